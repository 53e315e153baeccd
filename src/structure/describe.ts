/**
 * @module
 * Every paragraph's cues, computed once: its label readings, whether it asks, and which section marker it
 * is. Plain data, so the stages after it only look things up.
 */
import { findJointRefs } from '../answers/joint.js'
import { readReplyLabel, type ReplyLabel } from '../answers/reply-label.js'
import { Deadline } from '../limits.js'
import type { Paragraph } from '../nodes.js'
import {
  asks,
  isAskerPreamble,
  isClosing,
  isMetaLine,
  isPageFurniture,
  isPreambleHeading,
  isQuestionsIntro,
  isRationaleHeading,
  isReplyHeading,
  isReplySentence,
  isSalutation,
  isSignatureLine,
  looksLikeHeading,
} from './cues.js'
import { readLabel, type ReadLabel } from './labels.js'
import { answersInReportedSpeech } from './reported-speech.js'

export type Cue = {
  label: ReadLabel | null
  /** the text without its label */
  body: string
  /** has a question mark */
  asks: boolean
  /** opens like a question or a request, mark or not */
  asksLoosely: boolean
  /** the text ends inside this question: its mark was cut away with the rest (a stored copy cut short) */
  cutOff: boolean
  replyHeading: boolean
  /** the reply heading is a sentence ("Der Magistrat beantwortet die Anfrage wie folgt:"), kept as a paragraph */
  replySentence: boolean
  replyLabel: ReplyLabel | null
  /** an answer in minutes of reported speech: "Bürgermeisterin Albers antwortet, …" */
  reportedAnswer: boolean
  /** opens with a joint answer's announcement: "Die Fragen 1 bis 3 werden zusammenhängend beantwortet." */
  jointOpening: boolean
  preambleHeading: boolean
  /** "Vorbemerkung des Fragestellers" (alone or before its text) */
  askerPreamble: boolean
  /** a file or letterhead line: "Betreff: …", "Eingang: …", "… Hannover, 12.03.2024" */
  metaLine: boolean
  rationaleHeading: boolean
  questionsIntro: boolean
  salutation: boolean
  closing: boolean
  signatureLine: boolean
  furniture: boolean
  heading: boolean
}

/** A form's field for the reply that is still empty: "Stellungnahme der Verwaltung: offen". */
const PENDING_REPLY = /^(?:Stellungnahme|Antwort|Beantwortung)\b[^:]{0,60}:\s*(?:offen|ausstehend|steht noch aus)\s*$/iu

export function describeParagraphs(paragraphs: readonly Paragraph[], deadline = new Deadline(0)): Cue[] {
  const replyLabels = paragraphs.map((p) => (p.table || PENDING_REPLY.test(p.text) ? null : readReplyLabel(p.text)))
  const repeated = repeatedLines(paragraphs, replyLabels)
  const cues = paragraphs.map((p, i) => {
    deadline.check(`structure, paragraph ${i + 1}`)
    return describe(p, replyLabels[i]!, repeated.has(i))
  })
  const last = cues[cues.length - 1]
  if (last && cutOffQuestion(paragraphs[paragraphs.length - 1]!, last)) Object.assign(last, { asks: true, cutOff: true })
  return cues
}

/**
 * A stored copy cut off inside its last question ("… die Aufnahme von Haltepunkten in d", "3. Wie"): the text
 * ends mid-sentence in a paragraph that opens as a question does. It asks, although its mark was cut away.
 */
function cutOffQuestion(p: Paragraph, cue: Cue): boolean {
  if (p.table || cue.asks || !cue.asksLoosely || cue.replyLabel || cue.heading) return false
  return /[\p{L}\d,]$/u.test(cue.body.trimEnd())
}

function describe(p: Paragraph, replyLabel: ReplyLabel | null, repeated: boolean): Cue {
  if (p.table) return tableCue(p.text)
  const label = readLabel(p)
  const body = label ? label.body : p.text
  const replySentence = isReplySentence(p.text)
  return {
    label,
    body,
    asks: /\?/.test(body),
    asksLoosely: asks(body),
    cutOff: false,
    replyHeading:
      (replyLabel === null || replyLabel.kind === 'antwort' || replyLabel.kind === 'vorbemerkung') &&
      (replySentence || isReplyHeading(p.text)) &&
      !PENDING_REPLY.test(p.text),
    replySentence,
    replyLabel,
    reportedAnswer: label === null && replyLabel === null && answersInReportedSpeech(p.text),
    jointOpening: replyLabel === null && opensJointAnswer(p.text),
    preambleHeading: isPreambleHeading(p.text),
    askerPreamble: isAskerPreamble(p.text),
    metaLine: label === null && isMetaLine(p.text),
    rationaleHeading: isRationaleHeading(p.text),
    questionsIntro: isQuestionsIntro(p.text),
    salutation: isSalutation(p.text),
    closing: isClosing(p.text),
    signatureLine: isSignatureLine(p.text),
    furniture: p.furniture === true || isPageFurniture(p.text) || repeated,
    heading: label === null && replyLabel === null && looksLikeHeading(p.text, p),
  }
}

/** A table of data is body text and nothing else: no label, no question, no marker, whatever its cells say. */
function tableCue(text: string): Cue {
  const no = false
  return {
    label: null,
    body: text,
    asks: no,
    asksLoosely: no,
    cutOff: no,
    replyHeading: no,
    replySentence: no,
    replyLabel: null,
    reportedAnswer: no,
    jointOpening: no,
    preambleHeading: no,
    askerPreamble: no,
    metaLine: no,
    rationaleHeading: no,
    questionsIntro: no,
    salutation: no,
    closing: no,
    signatureLine: no,
    furniture: no,
    heading: no,
  }
}

/** The first sentence says which questions are answered together, as only the answering side says (no "bitte"). */
function opensJointAnswer(text: string): boolean {
  const first = /^[^.!?]{10,200}[.:]/u.exec(text)
  return first !== null && !/\bbitte\b/iu.test(first[0]) && findJointRefs(first[0]).length > 0
}

/** Running headers that reached us as paragraphs (text extracted by other tools): short lines seen three times. */
function repeatedLines(paragraphs: readonly Paragraph[], replyLabels: readonly (ReplyLabel | null)[]): Set<number> {
  const seen = new Map<string, number[]>()
  paragraphs.forEach((p, i) => {
    if (p.table || p.text.length > 200 || /[:.?!]$/.test(p.text) || replyLabels[i] || p.text.split(/\s+/).length > 20) return
    const key = p.text.replace(/\d+/g, '#').toLowerCase()
    const at = seen.get(key)
    if (at) at.push(i)
    else seen.set(key, [i])
  })
  return new Set([...seen.values()].filter((at) => at.length >= 3).flat())
}
