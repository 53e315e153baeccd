/**
 * @module
 * Questions placed among their answers (question, answer, question, answer): only paragraphs that ask can be
 * questions here, since the answers may carry numbered lists of their own. Unnumbered questions are numbered in
 * order — unless every group of them is followed by an answer label naming exactly as many questions
 * ("Zu den Fragen 1 und 3:"), which then tells their numbers.
 */
import type { Warning } from '../schema.js'
import { bestRun, fromPlacements, numberEqualLabels, outlineItems, unnumberedLabel, withRenumbering } from './block.js'
import { inHead, isMarker, nextSignificant, questionText, type Context } from './context.js'
import type { FoundQuestion } from './found.js'
import { parseOutline } from './outline.js'
import { expandNumbers } from './ref-numbers.js'
import { pushAll } from '../arrays.js'

const ENDS_ASKING = /\?["“”»)\s]*$/

export function findInterleavedQuestions(
  ctx: Context,
  from: number,
  to: number
): { questions: FoundQuestion[]; warnings: Warning[] } | null {
  const { items, renumbered } = numberEqualLabels(outlineItems(ctx, from, to, (i) => ctx.cues[i]!.asksLoosely))
  const outline = parseOutline(items, { maxPage: ctx.maxPage })
  const run = bestRun(ctx, outline.placed)
  if (run) return withRenumbering(fromPlacements(ctx, run, to, new Set()), renumbered)
  const asking = unnumberedAsking(ctx, from, to)
  if (asking.length === 0) return null
  const starts = new Set(asking)
  const stop = (i: number): boolean => starts.has(i) || isMarker(ctx.cues[i]!)
  const questions = asking.map((i, n): FoundQuestion => {
    const { text, paragraphs } = questionText(ctx, i, stop)
    return { path: [String(n + 1)], ...unnumberedLabel(text), paragraphs, at: i }
  })
  return numberFromReplyLabels(ctx, questions) ?? { questions, warnings: [] }
}

/**
 * Unlabelled paragraphs ending in "?" — or opening like a question right before an answer label ("Zu 1.:", "Antwort:"),
 * a question, or an answer in reported speech ("Bürgermeisterin Albers antwortet, …").
 */
function unnumberedAsking(ctx: Context, from: number, to: number): number[] {
  const strong = (i: number): boolean => {
    const cue = ctx.cues[i]!
    return cue.label === null && !isMarker(cue) && ENDS_ASKING.test(ctx.paragraphs[i]!.text) && !inHead(ctx, i)
  }
  const found: number[] = []
  for (let i = from; i < to; i++) {
    const cue = ctx.cues[i]!
    if (cue.label !== null || isMarker(cue) || cue.heading || inHead(ctx, i)) continue
    const next = nextSignificant(ctx, i, to)
    const kind = next >= 0 ? ctx.cues[next]!.replyLabel?.kind : undefined
    const beforeLabel = next >= 0 && (kind === 'zu' || kind === 'antwort' || strong(next) || ctx.cues[next]!.reportedAnswer)
    if (strong(i) || (cue.asksLoosely && beforeLabel)) found.push(i)
  }
  return found
}

/** Saarland style: the numbers were lost, but "Zu den Fragen 1 und 3:" after two questions tells them. */
function numberFromReplyLabels(ctx: Context, questions: FoundQuestion[]): { questions: FoundQuestion[]; warnings: Warning[] } | null {
  const ids: string[] = []
  let group: FoundQuestion[] = []
  for (const q of questions) {
    group.push(q)
    const next = nextSignificant(ctx, q.paragraphs[q.paragraphs.length - 1]!)
    const label = next >= 0 ? ctx.cues[next]!.replyLabel : null
    if (next >= 0 && questions.some((other) => other.at === next)) continue
    if (!label || label.kind !== 'zu') return null
    const numbers = expandNumbers(label.refs)
    if (numbers === null || numbers.length !== group.length) return null
    pushAll(ids, numbers)
    group = []
  }
  if (group.length > 0 || new Set(ids).size !== ids.length) return null
  const renumbered = questions.map((q, n) => ({ ...q, path: [ids[n]!] }))
  const warning = {
    code: 'question_numbers_from_reply',
    message: 'The questions carry no numbers; their numbers were taken from the labels of the answers that follow them.',
  }
  return { questions: renumbered, warnings: [warning] }
}
