/**
 * @module
 * Every paragraph's role once the questions are known: header, preamble, question, rationale ("Begründung"),
 * reply, signature, page furniture. Contiguous roles make the document's sections.
 */
import { isMarker, type Context } from './context.js'
import type { Frame } from './frame.js'
import type { QuestionFinding } from './found.js'
import { minOf } from '../arrays.js'

export type Role = 'header' | 'preamble' | 'question' | 'rationale' | 'reply' | 'signature' | 'furniture' | 'other'

export type Section = { kind: Role; from: number; to: number }

/** A header line: short, no sentence. The header ends at the first paragraph of running text. */
const HEADER_WORDS = 14

export function assignRoles(ctx: Context, frame: Frame, finding: QuestionFinding | null): Role[] {
  const n = ctx.paragraphs.length
  const roles: Role[] = new Array<Role>(n).fill('other')
  const questionAt = new Set(finding?.questions.flatMap((q) => q.paragraphs) ?? [])
  const firstQuestion = minOf(questionAt, n)
  const replyFrom = replyStartOf(frame, finding, firstQuestion, questionAt, n)
  markHeader(ctx, roles, Math.min(firstQuestion, replyFrom ?? n))
  for (let i = 0; i < n; i++) {
    if (questionAt.has(i)) roles[i] = 'question'
    else if (replyFrom !== null && i >= replyFrom) roles[i] = 'reply'
  }
  markRationale(ctx, roles, replyFrom ?? n)
  markAskerPreamble(ctx, roles)
  markSignatures(ctx, roles)
  ctx.cues.forEach((cue, i) => {
    if (cue.furniture) roles[i] = 'furniture'
  })
  return roles
}

/** Block: the reply starts at its heading or first label. Interleaved: at the first answer after a question. */
function replyStartOf(
  frame: Frame,
  finding: QuestionFinding | null,
  firstQuestion: number,
  questionAt: ReadonlySet<number>,
  n: number
): number | null {
  if (finding?.replyFrom !== undefined) return finding.replyFrom < n ? finding.replyFrom : null
  if (finding?.mode === 'interleaved') {
    const afterFirst = [...Array(n).keys()].find((i) => i > firstQuestion && !questionAt.has(i)) ?? null
    if (frame.replyStart !== null && frame.replyStart < firstQuestion) return frame.replyStart
    return afterFirst
  }
  // a reply document's letterhead before its heading is no part of the reply
  if (frame.replyStart !== null && frame.replyHeading !== null && frame.replyHeading > frame.replyStart) return frame.replyHeading
  return frame.replyStart
}

function markHeader(ctx: Context, roles: Role[], end: number): void {
  let inHeader = true
  for (let i = 0; i < end; i++) {
    const cue = ctx.cues[i]!
    const words = ctx.paragraphs[i]!.text.split(/\s+/).length
    if (inHeader && (words > HEADER_WORDS || cue.salutation || cue.preambleHeading || cue.rationaleHeading || cue.questionsIntro))
      inHeader = false
    roles[i] = inHeader ? 'header' : 'preamble'
  }
}

/** "Begründung" and what follows it, up to the next structural marker or the reply. */
function markRationale(ctx: Context, roles: Role[], replyFrom: number): void {
  for (let i = 0; i < replyFrom; i++) {
    if (!ctx.cues[i]!.rationaleHeading || roles[i] === 'question') continue
    roles[i] = 'rationale'
    for (let j = i + 1; j < replyFrom && roles[j] !== 'question' && !isMarker(ctx.cues[j]!); j++) roles[j] = 'rationale'
  }
}

/** "Vorbemerkung des Fragestellers" inside a reply document: the questioner's words, up to the next marker or question. */
function markAskerPreamble(ctx: Context, roles: Role[]): void {
  for (let i = 0; i < roles.length; i++) {
    if (!ctx.cues[i]!.askerPreamble || roles[i] !== 'reply') continue
    roles[i] = 'preamble'
    for (let j = i + 1; j < roles.length && roles[j] === 'reply' && !isMarker(ctx.cues[j]!) && ctx.cues[j]!.label === null; j++)
      roles[j] = 'preamble'
  }
}

/** A closing greeting and the short lines under it (names, functions, "i. A."). */
function markSignatures(ctx: Context, roles: Role[]): void {
  for (let i = 0; i < roles.length; i++) {
    if (!ctx.cues[i]!.closing || roles[i] === 'question') continue
    roles[i] = 'signature'
    for (let j = i + 1; j < roles.length && isSignatureContinuation(ctx, j); j++) roles[j] = 'signature'
  }
}

function isSignatureContinuation(ctx: Context, i: number): boolean {
  const cue = ctx.cues[i]!
  const text = ctx.paragraphs[i]!.text
  if (cue.label !== null || cue.replyHeading || cue.replyLabel !== null || cue.rationaleHeading || cue.preambleHeading) return false
  return (
    cue.signatureLine ||
    cue.closing ||
    (text.split(/\s+/).length <= 12 && !/[.?!:]$/.test(text.replace(/\b(?:i\.\s?A|i\.\s?V|gez|Dr|Prof)\.$/u, '')))
  )
}

/** Contiguous runs of one role. */
export function sectionsOf(roles: readonly Role[]): Section[] {
  const sections: Section[] = []
  roles.forEach((kind, i) => {
    const last = sections[sections.length - 1]
    if (last && last.kind === kind) last.to = i + 1
    else sections.push({ kind, from: i, to: i + 1 })
  })
  return sections
}
