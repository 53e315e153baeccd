/**
 * @module
 * Deciding how an inquiry lays out its questions: as a block before the reply, or interleaved with the
 * answers. The block reading is tried first; a document without a reply heading whose questions each have
 * text after them — or whose asking paragraphs continue past the first answer label — is interleaved.
 */
import { findBlockQuestions } from './block.js'
import { isMarker, type Context } from './context.js'
import type { Frame } from './frame.js'
import type { FoundQuestion, QuestionFinding } from './found.js'
import { findInterleavedQuestions } from './interleaved.js'

export function findQuestions(ctx: Context, frame: Frame, twoDocuments: boolean): QuestionFinding | null {
  const n = ctx.paragraphs.length
  const block = findBlockQuestions(ctx, 0, frame.replyStart ?? n)
  if (block && !twoDocuments && asksAfter(ctx, frame.replyStart ?? 0)) {
    // the questions go on after the first answer: question, answer, question, answer
    const whole = findInterleavedQuestions(ctx, 0, n)
    if (whole && whole.questions.length > block.questions.length && answersBetween(ctx, whole.questions)) return { mode: 'interleaved', ...whole }
    if (frame.replyStart === null && answersBetween(ctx, block.questions)) return { mode: 'interleaved', ...block }
  }
  if (block) return { mode: 'block', ...block }
  const interleaved = findInterleavedQuestions(ctx, frame.replyStart ?? 0, n)
  return interleaved ? { mode: 'interleaved', ...interleaved } : null
}

/** Whether anything asks after the reply's start (cheap, before looking for questions among the answers). */
function asksAfter(ctx: Context, from: number): boolean {
  for (let i = from; i < ctx.cues.length; i++) if (ctx.cues[i]!.asks) return true
  return false
}

/** Whether most questions are followed by text of their own before the next question. */
function answersBetween(ctx: Context, questions: readonly FoundQuestion[]): boolean {
  let answered = 0
  for (let k = 0; k + 1 < questions.length; k++) {
    const from = questions[k]!.paragraphs[questions[k]!.paragraphs.length - 1]! + 1
    const to = questions[k + 1]!.at
    for (let i = from; i < to; i++) {
      const cue = ctx.cues[i]!
      if (cue.replyLabel !== null || (!isMarker(cue) && !cue.heading && !cue.signatureLine)) {
        answered++
        break
      }
    }
  }
  return questions.length >= 2 && answered >= Math.max(1, Math.ceil((questions.length - 1) / 2))
}
