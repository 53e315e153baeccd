/**
 * @module
 * Plain question numbers from answer-label references, for numbering questions that lost theirs: "1 und 3" →
 * ["1", "3"], "6 bis 8" → ["6", "7", "8"]. Anything but plain top-level numbers gives null.
 */
import type { QuestionRef } from '../answers/refs.js'

const MAX_RANGE = 50

export function expandNumbers(refs: readonly QuestionRef[]): string[] | null {
  const numbers: string[] = []
  for (const ref of refs) {
    if (ref.kind === 'one') {
      if (ref.parts.length !== 1 || !/^\d+$/.test(ref.parts[0]!)) return null
      numbers.push(String(Number(ref.parts[0])))
      continue
    }
    const from = Number(ref.from[0])
    const to = Number(ref.to[0])
    if (ref.from.length !== 1 || ref.to.length !== 1 || !(from < to) || to - from > MAX_RANGE) return null
    for (let n = from; n <= to; n++) numbers.push(String(n))
  }
  return numbers
}
