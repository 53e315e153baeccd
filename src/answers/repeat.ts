/**
 * @module
 * A reply that repeats a question before answering it: the paragraph's words are (nearly) the question's
 * words. Matched on word multisets (Dice coefficient, or containment for a quote with a few added words), so
 * small differences — a dropped number, a changed hyphenation — do not matter.
 */
import { words } from '../text/tokenize.js'

export type QuoteMatch = { id: string; score: number }

type Bag = { id: string; counts: Map<string, number>; size: number }

/** Above this similarity a paragraph is the question repeated, not an answer. */
export const QUOTE_THRESHOLD = 0.8

export type QuoteMatcher = (text: string) => QuoteMatch | null

export function quoteMatcher(questions: readonly { id: string; text: string }[]): QuoteMatcher {
  const bags = questions.map((q) => bagOf(q.id, q.text))
  return (text) => {
    const bag = bagOf('', text)
    if (bag.size === 0) return null
    let best: QuoteMatch | null = null
    for (const q of bags) {
      if (q.size === 0 || bag.size > 2 * q.size || q.size > 2 * bag.size) continue
      const common = commonCount(q, bag)
      const dice = (2 * common) / (q.size + bag.size)
      const contained = bag.size <= 1.4 * q.size ? common / q.size : 0
      const score = Math.max(dice, Math.min(contained, 0.95))
      if (score >= QUOTE_THRESHOLD && (!best || score > best.score)) best = { id: q.id, score }
    }
    return best
  }
}

function bagOf(id: string, text: string): Bag {
  const counts = new Map<string, number>()
  const list = words(text)
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1)
  return { id, counts, size: list.length }
}

function commonCount(a: Bag, b: Bag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let common = 0
  for (const [w, n] of small.counts) common += Math.min(n, large.counts.get(w) ?? 0)
  return common
}
