/**
 * @module
 * A reply that repeats a question before answering it: the paragraph's words are the question's words, in
 * the question's order. A bag-of-words test finds candidates cheaply; the longest common word sequence then
 * decides, so that an answer that echoes the question's words ("Auf der Warteliste stehen 142 Kinder") is not
 * taken for the question. Small differences — a dropped number, a changed hyphenation — do not matter.
 */
import { words } from '../text/tokenize.js'

export type QuoteMatch = { id: string; score: number }

type Bag = { id: string; words: string[]; counts: Map<string, number> }

/** At or above this similarity a paragraph is the question repeated, not an answer. */
export const QUOTE_THRESHOLD = 0.8
/** A paragraph that asks, as the question does, needs a little less. */
const ASKING_THRESHOLD = 0.7
/** Candidates need this much word overlap before their order is compared. */
const CANDIDATE_OVERLAP = 0.6

export type QuoteMatcher = (text: string) => QuoteMatch | null

export function quoteMatcher(questions: readonly { id: string; text: string }[]): QuoteMatcher {
  const bags = questions.map((q) => bagOf(q.id, q.text))
  return (text) => {
    const bag = bagOf('', text)
    if (bag.words.length === 0) return null
    const threshold = /\?["“”»)]*\s*$/.test(text) ? ASKING_THRESHOLD : QUOTE_THRESHOLD
    let best: QuoteMatch | null = null
    for (const q of bags) {
      const total = q.words.length + bag.words.length
      if (q.words.length === 0 || bag.words.length > 2 * q.words.length || q.words.length > 2 * bag.words.length) continue
      if ((2 * commonCount(q, bag)) / total < CANDIDATE_OVERLAP) continue
      const score = (2 * commonSequence(q.words, bag.words)) / total
      if (score >= threshold && (!best || score > best.score)) best = { id: q.id, score }
    }
    return best
  }
}

function bagOf(id: string, text: string): Bag {
  const list = words(text)
  const counts = new Map<string, number>()
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1)
  return { id, words: list, counts }
}

function commonCount(a: Bag, b: Bag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let common = 0
  for (const [w, n] of small.counts) common += Math.min(n, large.counts.get(w) ?? 0)
  return common
}

/** Length of the longest common subsequence of two word lists. */
function commonSequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const current = [0]
    for (let j = 1; j <= b.length; j++) current.push(a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!))
    previous = current
  }
  return previous[b.length]!
}
