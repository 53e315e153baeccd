/**
 * @module
 * Markers a PDF's text extraction glued to their neighbours where the page had only a narrow gap: "Frage1:",
 * "Antwort2:", "zuFrage 3". They are parted again, so that a label reads as a label. Only these few words, and
 * only before a number of up to three digits or before the marker word: "Anfrage2024" and "Frage2024" stay.
 */

/** "Frage1:", "Antwort2:", "Teilfrage3a)", "Ziffer4": the marker word and its number */
const WORD_BEFORE_NUMBER = /\b(Frage|Fragen|Teilfrage|Antwort|Ziffer)(?=\d{1,3}(?!\d))/gu
/** "zuFrage 3", "ZurFrage 2", "zuZiffer 4": the "zu" of a reply label and its marker word */
const ZU_BEFORE_WORD = /\b([Zz]u|[Zz]ur)(?=(?:Frage|Fragen|Ziffer|Punkt)\b)/gu
const MAYBE_GLUED = /(?:[Ff]rage|Antwort|Ziffer)\d|[Zz]ur?(?:Frage|Ziffer|Punkt)/u

export function partGluedMarkers(text: string): string {
  if (!MAYBE_GLUED.test(text)) return text
  return text.replace(WORD_BEFORE_NUMBER, '$1 ').replace(ZU_BEFORE_WORD, '$1 ')
}
