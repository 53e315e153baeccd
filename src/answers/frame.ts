/**
 * @module
 * The letter's frame inside a reply: thanks for the inquiry, an offer to answer further questions, a request
 * for understanding, a greeting. Such a paragraph answers no question even when it names the inquiry's
 * topic, and it takes no question's place when the answers are counted off in order.
 */

/** Courtesy formulas of German administrative letters. */
const FORMULAS = [
  // "Die Verwaltung dankt der Fraktion für die Anfrage", "Vielen Dank für Ihr Interesse"; not "dank der
  // Förderung", a preposition that opens many an answer
  /\b(?:dank(?:t|en|e)|bedank(?:t|en|e))\b[^.!?]*\bfür\b/iu,
  /^(?:Vielen|Herzlichen|Besten)\s+Dank\b/iu,
  // "Für Rückfragen steht … gerne zur Verfügung"
  /\b(?:Rück|weiteren?\s+|ergänzenden?\s+)fragen\b[^.!?]*\bzur\s+Verfügung\b/iu,
  /\bsteh(?:t|en|e)\b[^.!?]*\bgerne?\b[^.!?]*\bzur\s+Verfügung\b/iu,
  // "Das Bezirksamt bittet um Verständnis, dass …"
  /\bbitte(?:t|n)?\s+(?:\S+\s+){0,3}um\s+(?:Ihr\s+)?Verständnis\b/iu,
  /^Mit\s+freundlichen\s+Grüßen\b/iu,
  // "Der Magistrat wird die Stadtverordnetenversammlung über den weiteren Verlauf unterrichten."
  /\b(?:weiteren|aktuellen)\s+(?:Verlauf|Fortgang|Sachstand|Entwicklungen?)\b[^.!?]*\b(?:unterrichte[nt]?|informiere[nt]?|berichte[nt]?)\b/iu,
  /\bzu\s+gegebener\s+Zeit\b[^.!?]*\b(?:unterrichte[nt]?|informiere[nt]?|berichte[nt]?)\b/iu,
  // "Der Magistrat nimmt zu den einzelnen Punkten wie folgt Stellung."
  /\bwie\s+folgt\b/iu,
  // "Das Bezirksamt wird sich weiterhin für eine zügige Beseitigung der Mängel einsetzen.", "Darüber hinaus werde
  // ich mich gegenüber der Kassenärztlichen Vereinigung und dem Land weiter dafür einsetzen, dass …": a promise
  // to keep at it, whoever makes it
  /\b(?:wird|werde|werden)\s+(?:ich\s+|wir\s+)?(?:sich|mich|uns)\s+(?:\S+\s+){0,8}?(?:weiterhin|weiter|auch\s+künftig|auch\s+in\s+Zukunft)\b[^.!?]*\beinsetzen\b/iu,
]

const MAX_FRAME_LENGTH = 600

/** A paragraph whose every sentence is a courtesy formula: "Wir danken für die Anfrage. Derzeit …" answers. */
export function isFrame(text: string): boolean {
  // courtesy is brief; the cap also bounds the formulas' scans to the end of a sentence
  if (text.length > MAX_FRAME_LENGTH) return false
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '')
  return sentences.length > 0 && sentences.every((sentence) => FORMULAS.some((formula) => formula.test(sentence)))
}

/**
 * The answering side's remark before its answers: "Vorab ist darauf hinzuweisen, dass …", "Einleitend sei
 * angemerkt …", "Zunächst ist festzuhalten …" (not "Zunächst zum Standort: …", which answers). Opening a reply,
 * it answers no question and holds no place in the order, as a "Vorbemerkung:" does.
 */
const PREFACE = /^(?:Vorab|Vorweg|Einleitend|Eingangs|Vorausgeschickt|Zunächst\s+(?:ist|sei|möchte|darf|muss))\b/u

export function isPreface(text: string): boolean {
  return PREFACE.test(text)
}
