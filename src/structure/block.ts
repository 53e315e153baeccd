/**
 * @module
 * The questions of an inquiry as one block: the numbered list (or the run of it) that best explains the
 * paragraphs before the reply. Numbered lists in a preamble or "Begründung" form runs of their own and lose to
 * the run that asks; without any numbered run, unnumbered paragraphs that ask become questions numbered 1, 2, ….
 */
import type { Warning } from '../schema.js'
import { continuesText, inHead, isMarker, questionText, type Context } from './context.js'
import type { FoundQuestion } from './found.js'
import { parseOutline, type OutlineItem, type Placement } from './outline.js'

/** Finds the question block in paragraphs [from, to), or null. */
export function findBlockQuestions(ctx: Context, from: number, to: number): { questions: FoundQuestion[]; warnings: Warning[] } | null {
  const { items, renumbered } = numberEqualLabels(outlineItems(ctx, from, to, () => true))
  const outline = parseOutline(items, { maxPage: ctx.maxPage })
  const run = bestRun(ctx, outline.placed)
  if (run) return withRenumbering(fromPlacements(ctx, run, to, new Set(outline.demoted)), renumbered)
  const unnumbered = unnumberedQuestions(ctx, from, to)
  return unnumbered.length > 0 ? { questions: unnumbered, warnings: [] } : null
}

/** The labelled paragraphs of a range, each with whether running text stands before it. */
export function outlineItems(ctx: Context, from: number, to: number, accept: (i: number) => boolean): OutlineItem[] {
  const items: OutlineItem[] = []
  let afterText = false
  let previous = ''
  for (let i = from; i < to; i++) {
    const cue = ctx.cues[i]!
    if (cue.furniture) continue
    if (cue.label !== null && cue.replyLabel?.kind !== 'zu' && accept(i)) {
      items.push({ index: i, readings: cue.label.readings, asks: cue.asksLoosely, afterText })
      afterText = false
    } else if (cue.label === null && !continuesText(ctx, previous, i)) afterText = true
    previous = ctx.paragraphs[i]!.text
  }
  return items
}

/**
 * A web page's list that printed every item as "1.", or that a paragraph broke after its first item, so the
 * list starts again at "1." ("1. …? Wenn ja, …? 1. … 2. … 6. …", an `<ol>` split by a `<p>`): when every arabic
 * label of the range reads 1, or they read 1, 1, 2, 3 …, in one style, and most of them ask (all of them, for
 * a restart), the items are numbered by their order.
 */
export function numberEqualLabels(items: readonly OutlineItem[]): { items: OutlineItem[]; renumbered: boolean } {
  const simple = items.filter((it) => it.readings.length === 1 && it.readings[0]!.kind === 'arabic' && it.readings[0]!.parts.length === 1)
  const first = simple[0]?.readings[0]
  const oneStyle = first !== undefined && simple.every((it) => it.readings[0]!.style === first.style)
  const equal = oneStyle && simple.length >= 2 && simple.every((it) => it.readings[0]!.value === 1)
  const restarted =
    oneStyle && simple.length >= 3 && simple.every((it, k) => it.readings[0]!.value === Math.max(1, k)) && simple.every((it) => it.asks)
  if (!(equal || restarted) || simple.filter((it) => it.asks).length * 2 < simple.length) return { items: [...items], renumbered: false }
  const equalItems = new Set(simple)
  let k = 0
  const renumber = (it: OutlineItem): OutlineItem => {
    if (!equalItems.has(it)) return it
    k++
    return { ...it, readings: [{ ...it.readings[0]!, parts: [String(k)], value: k }] }
  }
  return { items: items.map(renumber), renumbered: true }
}

export function withRenumbering<T extends { warnings: Warning[] }>(found: T, renumbered: boolean): T {
  if (!renumbered) return found
  const warning = {
    code: 'question_numbers_by_order',
    message:
      'The questions are printed with the same number ("1."), or their list starts again at "1." after its first item; they were numbered by their order.',
  }
  return { ...found, warnings: [...found.warnings, warning] }
}

/** The run of the outline that asks most; an introducing sentence ("Wir fragen:") counts in its favour. */
export function bestRun(ctx: Context, placed: readonly Placement[]): Placement[] | null {
  const runs = new Map<number, Placement[]>()
  for (const p of placed) runs.set(p.run, [...(runs.get(p.run) ?? []), p])
  let best: Placement[] | null = null
  let bestScore = 0.9
  for (const run of runs.values()) {
    const score = runScore(ctx, run)
    if (score >= bestScore) [best, bestScore] = [run, score]
  }
  return best
}

function runScore(ctx: Context, run: readonly Placement[]): number {
  let score = 0
  for (const p of run) {
    const cue = ctx.cues[p.index]!
    score += cue.asks ? 1.5 : cue.asksLoosely ? 1 : p.reading.kind === 'bullet' ? 0 : 0.2
  }
  const first = run[0]!.index
  for (let j = first - 1; j >= Math.max(0, first - 3); j--) if (ctx.cues[j]!.questionsIntro) score += 2
  return score
}

export function fromPlacements(
  ctx: Context,
  run: readonly Placement[],
  to: number,
  demoted: ReadonlySet<number>
): { questions: FoundQuestion[]; warnings: Warning[] } {
  const starts = new Set(run.map((p) => p.index))
  const stop = (i: number): boolean => i >= to || starts.has(i) || isMarker(ctx.cues[i]!)
  const questions = run.map((p): FoundQuestion => {
    const { text, paragraphs } = questionText(ctx, p.index, stop, demoted)
    return { path: p.path, label: ctx.cues[p.index]!.label!.printed, text, paragraphs, at: p.index }
  })
  const warnings = run.flatMap((p) =>
    p.notes.map((n) => ({ code: n.code, message: n.message, position: ctx.paragraphs[p.index]!.position }))
  )
  return { questions, warnings }
}

const ASKS_FOR_ANSWER = /\b(?:Beantwortung|beantworten|Antwort|Rückantwort)\b/iu
/** An introduction to further questions: "Daher haben wir eine weitere Frage:", "Ferner fragen wir weiter:". */
const FURTHER = /\bweitere[n]?\s+Fragen?\b/iu

/**
 * Paragraphs that ask but carry no number (after the sentence introducing them, if any), numbered in order.
 * Right after the introduction ("Frage:", "Wir fragen:") a paragraph that opens like a question is one, mark or not.
 */
function unnumberedQuestions(ctx: Context, from: number, to: number): FoundQuestion[] {
  const asking: number[] = []
  let start = from
  // "… haben wir folgende weitere Frage:" introduces one more, after questions asked above it
  for (let i = from; i < to; i++) if (ctx.cues[i]!.questionsIntro && !FURTHER.test(ctx.paragraphs[i]!.text)) start = i + 1
  let run = start > from
  for (let i = start; i < to; i++) {
    const cue = ctx.cues[i]!
    if (cue.furniture) continue
    const candidate = cue.label === null && !isMarker(cue) && !inHead(ctx, i)
    // "Ich bitte um schriftliche Beantwortung." asks for the answer, not a question
    run = run && candidate && cue.asksLoosely && !ASKS_FOR_ANSWER.test(ctx.paragraphs[i]!.text)
    if (run || (candidate && (cue.cutOff || /\?["“”»)]*\s*$/.test(ctx.paragraphs[i]!.text)))) asking.push(i)
  }
  return asking.map((i, n) => ({ path: [String(n + 1)], ...unnumberedLabel(ctx.cues[i]!.body), paragraphs: [i], at: i }))
}

/** "Frage: Wie viele …?" — the one question's word is its label, as "Frage 3:" is a numbered one's. */
export function unnumberedLabel(body: string): { label: string; text: string } {
  const m = /^(?:Frage|Anfrage)\s?:\s*(?=\S)/u.exec(body)
  return m ? { label: m[0].trim(), text: body.slice(m[0].length) } : { label: '', text: body }
}
