/**
 * @module
 * The label in front of an answer: "Zu 1.:", "Zu Frage 2:", "Antwort zu 3", "Antwort 3:", "Zu 2 a)", "Zu den Fragen 2 bis 4:",
 * "Zu 5. und 6.:", "Zu Ziffer 3:", and the bare markers of a repeated question ("Frage 1:") and of an answer
 * ("Antwort:"). A reference to another inquiry ("Zu den Fragen 2 bis 4 der Drucksache 18/123") is no label.
 */
import { readRefs, type QuestionRef } from './refs.js'

export type ReplyLabel = {
  /** "zu": names the questions it answers; "frage": a repeated question follows; "antwort": an answer follows;
   * "vorbemerkung": the answering side's preface, which answers no question */
  kind: 'zu' | 'frage' | 'antwort' | 'vorbemerkung'
  refs: QuestionRef[]
  /** the label as printed */
  printed: string
  /** the paragraph's text after the label ("" when the label stands alone) */
  rest: string
}

const ZU_PREFIX =
  /^(?:Zu|Zur|Ad|Antwort\s+(?:zu|auf)|Antwort(?=\s+\d{1,3}\b)|Antworten\s+zu|Beantwortung\s+(?:der|zu)|Stellungnahme\s+zu)\s+(?:(?:den|der|die)\s+)?(?:(?:Teil)?Fragen?(?:\s+Nr\.?)?|Ziffer(?:n)?|Ziff\.|Punkte?|Nr\.|Nummern?|Frage-?Nr\.?)?\s*/iu
const FRAGE_PREFIX = /^(?:Frage|Fragen|Teilfrage)(?:\s+Nr\.?)?\s*/u
const ANTWORT_ALONE = /^(?:Antwort|Antworten|Beantwortung|Stellungnahme)(?:\s+(?:de[rs]|von)\s+[^:]{1,60})?\s*:\s*/u
/** "Vorbemerkung:", "Vorbemerkung der Landesregierung:" — but not the questioner's ("des Fragestellers"). */
const PREFACE =
  /^Vorbemerkung(?:en)?(?:\s+(?!(?:de[rs]\s+|der\s+)?(?:Fragesteller|Abgeordneten|Antragsteller|Fraktion|Kleinen|Großen|Anfrage))[^:]{2,80})?\s*:\s*/u
const OTHER_INQUIRY = /^\s*(?:de[rs]|aus\s+de[rm]|in\s+de[rm])\s+(?:Drucksache|Drs\.|Anfrage|Kleinen\s+Anfrage|Großen\s+Anfrage|Vorlage)/iu
const MAX_NUMBER = 200
const HEADING_BEFORE_LABEL = /^(?:Antwort|Stellungnahme|Beantwortung)(?:\s(?:de[rs]|der)\s\S+(?:\s\S+){0,3}?)?\s(?=Zu\s)/u

/** Reads an answer label at the start of a paragraph, or returns null. */
export function readReplyLabel(text: string): ReplyLabel | null {
  const t = text.trim()
  const zu = ZU_PREFIX.exec(t)
  if (zu) return labelWithRefs('zu', t, zu[0].length)
  // "Antwort des Senats Zu Frage 1:": the reply's heading and the first label on one line
  const heading = HEADING_BEFORE_LABEL.exec(t)
  const headed = heading ? ZU_PREFIX.exec(t.slice(heading[0].length)) : null
  if (heading && headed) return labelWithRefs('zu', t, heading[0].length + headed[0].length)
  const frage = FRAGE_PREFIX.exec(t)
  if (frage) return labelWithRefs('frage', t, frage[0].length)
  const preface = PREFACE.exec(t)
  if (preface) return { kind: 'vorbemerkung', refs: [], printed: preface[0].trim(), rest: t.slice(preface[0].length).trim() }
  const antwort = ANTWORT_ALONE.exec(t)
  if (antwort) return { kind: 'antwort', refs: [], printed: antwort[0].trim(), rest: t.slice(antwort[0].length).trim() }
  if (/^(?:Antwort|Antworten)\s*$/u.test(t)) return { kind: 'antwort', refs: [], printed: t, rest: '' }
  return null
}

/** "Zu Frage eins:", "Zu Frage zwei:": a question's number in words (a Fragestunde's answers, read out) */
const NUMBER_WORDS = ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn']
const NUMBER_WORD = new RegExp(`^(${NUMBER_WORDS.join('|')})(?=\\s?:)`, 'iu')

function labelWithRefs(kind: 'zu' | 'frage', text: string, start: number): ReplyLabel | null {
  const word = NUMBER_WORD.exec(text.slice(start))
  const list = word
    ? { refs: [{ kind: 'one' as const, parts: [String(NUMBER_WORDS.indexOf(word[1]!.toLowerCase()) + 1)] }], length: word[0].length }
    : readRefs(text.slice(start))
  if (!list || list.refs.some(tooLarge)) return null
  let end = start + list.length
  const after = text.slice(end)
  if (OTHER_INQUIRY.test(after)) return null
  const colon = /^\s*[:.)]?\s*:?/.exec(after)![0]
  const rest = after.slice(colon.length)
  // a label ends in a colon or stands alone; "Zu 2024 wurden …" is a sentence
  if (!colon.includes(':') && rest.trim() !== '' && !(kind === 'frage' && colon.trim() !== '')) return null
  end += colon.length
  return { kind, refs: list.refs, printed: text.slice(0, end).trim(), rest: rest.trim() }
}

function tooLarge(ref: QuestionRef): boolean {
  const numbers = ref.kind === 'one' ? [ref.parts[0]] : [ref.from[0], ref.to[0]]
  return numbers.some((n) => /^\d+$/.test(n ?? '') && Number(n) > MAX_NUMBER)
}
