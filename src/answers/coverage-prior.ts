/**
 * @module
 * The coverage prior of free prose: a reply that answers an inquiry as a whole normally answers every question,
 * and each of its paragraphs answers something. So what similarity alone left open is reconsidered, on weaker
 * evidence but only where that evidence stands out:
 *
 * 1. Leftovers pair up: paragraphs left unlinked and questions left unanswered, one to one, best scores first.
 *    A pair needs a whole word in common (a compound's part is not enough), and the paragraph must be clearly
 *    the question's best among the leftovers (`margin` times the next one). Between equal scores the position
 *    decides: replies tend to answer in the order asked.
 * 2. A question still unanswered takes the paragraph that is clearly its best of all (`margin` times the
 *    next), if that paragraph's evidence for it passes the usual test of two shared whole words or a high score,
 *    or if it is the only paragraph with a word in common with the question, a word no other question uses
 *    ("Bundessozialgericht" in the answer on teachers, named by the question on the court's ruling). A paragraph takes at most one question
 *    on light evidence, in step 1 or here, the questions with the strongest evidence first.
 *
 * A question without such a paragraph stays unanswered.
 */
import { maxOf } from '../arrays.js'

export type CoverageEvidence = {
  /** scores[g][j]: paragraph g against question j */
  scores: readonly (readonly number[])[]
  /** the same, 0 where the evidence is too thin to link on its own (one shared word of little weight) */
  passing: readonly (readonly number[])[]
  /** whole words paragraph g and question j share */
  whole(g: number, j: number): number
  /** of those, the ones no other question uses */
  own(g: number, j: number): number
}

export type CoverageOptions = {
  /** the least score a pair needs */
  floor: number
  /** how many times the next paragraph's score the chosen one's must be */
  margin: number
}

/** A link the coverage prior added: paragraph `g` answers question `j`. */
export type CoverageLink = { g: number; j: number }

/** Adds to `chosen` (paragraph → questions) what the coverage prior finds; returns those links. */
export function coverUnanswered(chosen: number[][], evidence: CoverageEvidence, options: CoverageOptions): CoverageLink[] {
  const added = pairLeftovers(chosen, evidence, options)
  // a paragraph paired on light evidence already takes no further question on light evidence
  return [...added, ...anchorUnanswered(chosen, evidence, options, new Set(added.map((l) => l.g)))]
}

/**
 * Step 1 alone: leftover paragraphs and questions paired one to one; `fits` may rule a pair out (the ordered
 * reading keeps a pair only where it keeps the order of the links around it).
 */
export function pairLeftovers(
  chosen: number[][],
  evidence: CoverageEvidence,
  options: CoverageOptions,
  fits: (g: number, j: number) => boolean = () => true
): CoverageLink[] {
  const groups = chosen.length
  const questions = evidence.scores[0]?.length ?? 0
  const answered = new Set(chosen.flat())
  const open = new Set(chosen.flatMap((c, g) => (c.length === 0 ? [g] : [])))
  const distance = (g: number, j: number): number => Math.abs((g + 0.5) / groups - (j + 0.5) / questions)
  const candidates: [number, number, number][] = []
  // per question, the open groups best first: the runner-up is the first other one still open
  const ranked = new Map<number, number[]>()
  for (let j = 0; j < questions; j++) {
    if (answered.has(j)) continue
    ranked.set(
      j,
      [...open].sort((g, h) => evidence.scores[h]![j]! - evidence.scores[g]![j]!)
    )
    for (const g of open) {
      const score = evidence.scores[g]![j]!
      if (score >= options.floor && evidence.whole(g, j) >= 1) candidates.push([score, g, j])
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || distance(a[1], a[2]) - distance(b[1], b[2]))
  const added: CoverageLink[] = []
  for (const [score, g, j] of candidates) {
    if (!open.has(g) || answered.has(j) || !fits(g, j)) continue
    const next = ranked.get(j)!.find((h) => h !== g && open.has(h))
    if (next !== undefined && score < options.margin * evidence.scores[next]![j]!) continue
    chosen[g]!.push(j)
    open.delete(g)
    answered.add(j)
    added.push({ g, j })
  }
  return added
}

/** Step 2 alone: each question still unanswered takes the paragraph clearly its best, on the evidence above. */
export function anchorUnanswered(
  chosen: number[][],
  evidence: CoverageEvidence,
  options: CoverageOptions,
  light: Set<number>
): CoverageLink[] {
  const questions = evidence.scores[0]?.length ?? 0
  const answered = new Set(chosen.flat())
  const added: CoverageLink[] = []
  // strongest first: a paragraph takes at most one question on exclusive evidence
  const topScore = Array.from({ length: questions }, (_, j) => maxOf(evidence.scores.map((row) => row[j]!)))
  const open = [...topScore.keys()].filter((j) => !answered.has(j))
  for (const j of open.sort((a, b) => topScore[b]! - topScore[a]!)) {
    const column = evidence.scores.map((row) => row[j]!)
    const best = column.indexOf(maxOf(column))
    const next = maxOf(
      column.filter((_, g) => g !== best),
      0
    )
    if (column[best]! < options.margin * next) continue
    const passes = evidence.passing[best]![j]! >= options.floor
    // a whole word no other paragraph shares with the question, though too light to link on its own
    const exclusive = next === 0 && evidence.own(best, j) >= 1 && column[best]! >= options.floor && !light.has(best)
    if (!passes && !exclusive) continue
    if (!passes) light.add(best)
    chosen[best]!.push(j)
    added.push({ g: best, j })
  }
  return added
}
