/**
 * @module
 * Every paragraph's cues, computed once: its label readings, whether it asks, and which section marker it
 * is. Plain data, so the stages after it only look things up.
 */
import { readReplyLabel, type ReplyLabel } from '../answers/reply-label.js'
import type { Paragraph } from '../nodes.js'
import {
  asks,
  asksWithoutMark,
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

export type Cue = {
  label: ReadLabel | null
  /** the text without its label */
  body: string
  /** has a question mark */
  asks: boolean
  /** opens like a question or a request, mark or not */
  asksLoosely: boolean
  replyHeading: boolean
  /** the reply heading is a sentence ("Der Magistrat beantwortet die Anfrage wie folgt:"), kept as a paragraph */
  replySentence: boolean
  replyLabel: ReplyLabel | null
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

export function describeParagraphs(paragraphs: readonly Paragraph[]): Cue[] {
  const repeated = repeatedLines(paragraphs)
  return paragraphs.map((p, i) => describe(p, repeated.has(i)))
}

function describe(p: Paragraph, repeated: boolean): Cue {
  const label = readLabel(p)
  const body = label ? label.body : p.text
  const replyLabel = readReplyLabel(p.text)
  return {
    label,
    body,
    asks: /\?/.test(body),
    asksLoosely: asks(body) || asksWithoutMark(body),
    replyHeading: (replyLabel === null || replyLabel.kind === 'antwort' || replyLabel.kind === 'vorbemerkung') && isReplyHeading(p.text),
    replySentence: isReplySentence(p.text),
    replyLabel,
    preambleHeading: isPreambleHeading(p.text),
    askerPreamble: isAskerPreamble(p.text),
    metaLine: label === null && isMetaLine(p.text),
    rationaleHeading: isRationaleHeading(p.text),
    questionsIntro: isQuestionsIntro(p.text),
    salutation: isSalutation(p.text),
    closing: isClosing(p.text),
    signatureLine: isSignatureLine(p.text),
    furniture: isPageFurniture(p.text) || repeated,
    heading: label === null && replyLabel === null && looksLikeHeading(p.text, p),
  }
}

/** Running headers that reached us as paragraphs (text extracted by other tools): short lines seen three times. */
function repeatedLines(paragraphs: readonly Paragraph[]): Set<number> {
  const seen = new Map<string, number[]>()
  paragraphs.forEach((p, i) => {
    const words = p.text.split(/\s+/).length
    if (words > 20 || /:$/.test(p.text) || readReplyLabel(p.text) || /[.?!]$/.test(p.text)) return
    const key = p.text.replace(/\d+/g, '#').toLowerCase()
    seen.set(key, [...(seen.get(key) ?? []), i])
  })
  return new Set([...seen.values()].filter((at) => at.length >= 3).flat())
}
