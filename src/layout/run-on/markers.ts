/**
 * @module
 * Which marker starts at a candidate of run-on text, and where to cut for it: a running header, an imprint,
 * an item, a heading, "Frage N:", a lead-in, a signature, a dateline, an answer's label.
 */
import { IMPRINT_START } from '../imprint.js'
import { type Found, type State, decimalItem, letterItem, lowerItem, numberedItem } from './items.js'
import {
  ANTWORT,
  ANTWORT_DATED,
  DASH_ITEM,
  DATELINE,
  DECIMAL_ITEM,
  FRAGE,
  FRAGE_ALONE,
  HEADINGS,
  ITEM,
  LEAD_IN,
  LETTER,
  LOWER_ITEM,
  REPLY_INTRO,
  RUNNING_HEADER,
  SIGNATURE,
  SIGNER,
  SPACED_HEADING,
  ZU,
  match,
} from './patterns.js'

/** Whether a marker starts at `at`, and where to cut for it. */
export function cutAt(text: string, at: number, end: string | null, state: State): Found | null {
  let m: RegExpExecArray | null
  if ((m = match(RUNNING_HEADER, text, at))) return { at, after: at + m[0].length }
  if (IMPRINT_START.test(text.slice(at, at + 80))) return { at, ...coverNoteEnd(text, at) }
  const stop = end === 'ordinal' ? null : end
  if ((m = match(DECIMAL_ITEM, text, at))) return decimalItem(text, at, [Number(m[1]), Number(m[2])], m[0].length, end, state)
  if ((m = match(ITEM, text, at))) return numberedItem(text, at, Number(m[1]), m[0].length, end, state)
  if ((m = match(LOWER_ITEM, text, at))) return lowerItem(text, at, Number(m[1]), state)
  if ((m = match(LETTER, text, at))) return letterItem(text, at, m[1]!, stop, state)
  // "- Inwieweit …? - Inwieweit …?": the next dash item of a paragraph that opens as one, run on after its "?"
  if ((m = match(DASH_ITEM, text, at))) return end === '?' && text.startsWith(m[0]) ? { at } : null
  // on its own unless a spaced word follows ("A n t w o r t d e r L a n d e s r e g i e r u n g")
  // … and the reply's title that names the inquiry stays with it ("A n t w o r t auf die Schriftliche Anfrage Nr. …")
  if ((m = match(SPACED_HEADING, text, at))) {
    const rest = text.slice(at + m[0].length, at + m[0].length + 40)
    return / \p{L}\p{L}/uy.test(rest) && !/^ (?:auf|zu|zur) (?:die|der|den)?\b/u.test(rest) ? { at, after: at + m[0].length } : { at }
  }
  // "… (Eingang beim Abgeordnetenhaus am 22. Mai 2019) Frage 1: …": a head's date or bracket before "Frage N:"
  if (end === null && /[\d)] $/u.test(text.slice(Math.max(0, at - 2), at)) && (m = match(FRAGE, text, at)) && m[0].endsWith(':'))
    return { at }
  if (end === null) return headingWithoutStop(text, at)
  if ((m = match(LEAD_IN, text, at))) {
    const end = at + m[0].length
    // "Ich frage den Kreisausschuss: Wer hat …?": an unnumbered question after the lead-in is a paragraph of its own
    return /^ \p{Lu}[^.?!:]{3,380}\?/uy.test(text.slice(end, end + 400)) ? { at, after: end } : { at }
  }
  if (
    match(FRAGE, text, at) ||
    match(FRAGE_ALONE, text, at) ||
    match(HEADINGS, text, at) ||
    match(SIGNATURE, text, at) ||
    match(SIGNER, text, at)
  )
    return { at }
  if (end !== ':' && match(DATELINE, text, at)) return { at }
  if ((m = match(ANTWORT_DATED, text, at))) {
    state.replied = true
    return { at, after: at + m[0].length }
  }
  const zu = match(ZU, text, at)
  const labelled = zu !== null && isReplyReference(zu[1]!)
  if (labelled) state.labels++
  if (match(ANTWORT, text, at) || match(REPLY_INTRO, text, at) || labelled) {
    state.replied = true
    return { at }
  }
  return null
}

/** A line of plain text that opens with a marker ("Frage 2:", "Zu 1.:", "Antwort:", "Vorbemerkung"): it starts a paragraph. */
export function startsWithMarker(line: string): boolean {
  let m: RegExpExecArray | null
  if (IMPRINT_START.test(line) || match(FRAGE, line, 0) || match(ANTWORT, line, 0) || match(REPLY_INTRO, line, 0)) return true
  if (
    /^(?:Vorbemerkung(?:en)?|Begründung|Antwort)\b[^.?!:,]{0,60}(?::|$)/u.test(line) ||
    /^(?:Mit freundlichen Grüßen|In Vertretung)\b/u.test(line)
  )
    return true
  return (m = match(ZU, line, 0)) !== null && isReplyReference(m[1]!)
}

/** The Bundestag's cover note ("Die Antwort wurde namens der Bundesregierung … übermittelt.") ends at its sentence's stop. */
function coverNoteEnd(text: string, at: number): { after?: number } {
  if (!text.startsWith('Die Antwort wurde', at)) return {}
  const stop = /\bübermittelt\. /u.exec(text.slice(at, at + 400))
  return stop ? { after: at + stop.index + stop[0].length } : {}
}

/** A heading run into a title line without a stop: "… Staatskanzlei Vorbemerkung des Chefs …: Die …"; a signature. */
function headingWithoutStop(text: string, at: number): Found | null {
  // a signature's opening needs no stop before it: "Berlin, den 24. Mai 2024 In Vertretung Dr. …"
  if (/^(?:In Vertretung|Mit freundlichen Grüßen)\b/u.test(text.slice(at, at + 30))) return { at }
  if (!/^Vorbemerkung/u.test(text.slice(at, at + 12))) return null
  const before = text.slice(Math.max(0, at - 12), at)
  if (
    /(?:^|\s)(?:der|die|das|den|dem|in|zur|zum|siehe|vgl\.|s\.|diese[rnms]?|eine[rnms]?|meine[rnms]?|unsere[rnms]?|obige[rnms]?)\s$/iu.test(
      before
    )
  )
    return null
  return /^[^.?!:]{0,80}:/u.test(text.slice(at, at + 100)) ? { at } : null
}

/** "1.", "Frage 2", "den Fragen 1 und 2", "a) und b)": question numbers and joining words only. */
function isReplyReference(inside: string): boolean {
  const rest = inside.replace(/\b(?:und|bis|sowie|den|der|Fragen?|Nr\.)\b/gu, ' ')
  return /[\dIVX]|\b[a-z]\)/u.test(rest) && !/\p{L}{2,}/u.test(rest.replace(/\b[IVX]+\b/gu, ''))
}
