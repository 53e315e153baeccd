/**
 * @module
 * Applying a clerk's corrections of the links: a pure function from a parsed inquiry and a list of corrections of
 * the right shape to the corrected inquiry. Links set by hand carry the method `manual`; the coverage follows the
 * corrections; the corrections themselves are kept in the result, after any applied before, so every download
 * says what a person changed and the same list applied to the same parse gives the same result.
 *
 * Without zod, so that the clerk's page, which makes its corrections itself, loads no schema library (its bundle
 * is 15 KiB gzip instead of 106); `applyCorrections` (corrections.ts) checks a list from elsewhere first.
 */
import { coverageOf } from '../answers/index.js'
import { InquiryError } from '../errors.js'
import type { AnswerLink, Correction, Inquiry, Question, ReplyParagraph } from '../schema.js'
import { flattenQuestions } from '../structure/tree.js'

const manualLink = (question: string): AnswerLink => ({ question, method: 'manual', confidence: 1, evidence: 'linked by hand', basis: {} })

/**
 * Applies `corrections` (of the contract's shape) in order; one naming a paragraph or question the inquiry does
 * not have is an `invalid_option` error, and nothing is applied.
 */
export function correct(inquiry: Inquiry, corrections: readonly Correction[]): Inquiry {
  const all = [...(inquiry.corrections ?? []), ...corrections]
  const questionIds = new Set(flattenQuestions(inquiry.questions).map((q: Question) => q.id))
  const paragraphs = new Map((inquiry.reply?.paragraphs ?? []).map((p) => [p.id, { ...p, answers: [...p.answers] }]))
  // earlier corrections' links are in the paragraphs already; their marks are replayed, the newest mark wins
  const marks = correctionMarks(inquiry.corrections ?? [])
  for (const correction of corrections) {
    if (!questionIds.has(correction.question))
      throw new InquiryError('invalid_option', `The inquiry has no question "${correction.question}".`)
    if (correction.op === 'mark') {
      setMark(marks, correction.question, correction.answered)
      continue
    }
    const paragraph = paragraphs.get(correction.paragraph)
    if (!paragraph) throw new InquiryError('invalid_option', `The reply has no paragraph "${correction.paragraph}".`)
    paragraph.answers = corrected(paragraph, correction)
  }
  const reply = inquiry.reply && { ...inquiry.reply, paragraphs: inquiry.reply.paragraphs.map((p) => paragraphs.get(p.id)!) }
  return { ...inquiry, reply, coverage: coverageOf(inquiry.questions, reply?.paragraphs ?? [], marks), corrections: all }
}

function corrected(paragraph: ReplyParagraph, correction: Exclude<Correction, { op: 'mark' }>): AnswerLink[] {
  const others = paragraph.answers.filter((a) => a.question !== correction.question)
  if (correction.op === 'unlink') return others
  if (correction.op === 'move') return [manualLink(correction.question)]
  return [...others, manualLink(correction.question)]
}

function setMark(marks: Map<string, boolean>, question: string, answered: boolean | null): void {
  if (answered === null) marks.delete(question)
  else marks.set(question, answered)
}

/** Each question's newest mark among the corrections: true answered, false unanswered, whatever its links say. */
export function correctionMarks(corrections: readonly Correction[]): Map<string, boolean> {
  const marks = new Map<string, boolean>()
  for (const c of corrections) if (c.op === 'mark') setMark(marks, c.question, c.answered)
  return marks
}
