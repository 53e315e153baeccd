/**
 * @module
 * Where the chosen reading of free prose (`prose.ts`) links a paragraph by its place alone, the few words it has
 * may still speak against that place; then it links to nothing, as a wrong link is worse than none:
 *
 * 1. A paragraph that shares more with the question the paragraph before it answers than with the one its place
 *    gives it continues that answer (a second paragraph on the same question); the question its place would give
 *    may be one the reply skips. Its words are too few to link it to the earlier question either: it stays open.
 * 2. A paragraph the order reaches only by passing over a question ("nothing better links it") has no order to
 *    speak for it, unless it stands in its question's place (the k-th answer, the k-th question).
 *
 * A reply whose order is declared ("in der gestellten Reihenfolge") keeps every order link.
 */
import type { AnswerLink } from '../schema.js'
import type { ProseQuestion, Scored } from './prose-evidence.js'

/** The least a paragraph must share with the earlier answer's question to continue it: more than one light word. */
const CONTINUES = 0.03

export function dropOrderAgainstWords(
  chosen: AnswerLink[][],
  scored: Pick<Scored, 'groups' | 'frame' | 'scores'>,
  questions: readonly ProseQuestion[],
  declaredOrder: boolean
): void {
  if (declaredOrder) return
  const index = new Map(questions.map((q, j) => [q.id, j]))
  const places = scored.groups.flatMap((_, g) => (scored.frame[g] ? [] : [g]))
  let previous: number[] = []
  places.forEach((g, k) => {
    const links = chosen[g]!
    const byOrder = links.length > 0 && links.every((l) => l.method === 'order')
    if (byOrder && links.some((l) => againstWords(l, index.get(l.question)!, k, scored.scores[g]!, previous))) chosen[g] = []
    if (chosen[g]!.length > 0) previous = chosen[g]!.map((l) => index.get(l.question)!)
  })
}

function againstWords(link: AnswerLink, j: number, place: number, row: readonly number[], previous: readonly number[]): boolean {
  const continued = Math.max(0, ...previous.filter((p) => p !== j).map((p) => row[p]!))
  if (continued >= CONTINUES && continued > row[j]!) return true
  return link.basis?.order === 'gap' && j !== place
}
