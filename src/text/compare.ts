/**
 * @module
 * Comparing two texts as a reader would: case, punctuation and spacing do not matter. Used to recognise a
 * reply quoting a question, and by the evaluation to match predicted and expected texts.
 */
import { words } from './tokenize.js'

/** Lower case, words only, single spaces: "Frage 1: Wie  viele?" → "frage 1 wie viele". */
export function foldForCompare(text: string): string {
  return words(text.normalize('NFC')).join(' ')
}

/** Levenshtein similarity of two folded texts, 0..1 (1 = equal). Quadratic: meant for question-sized texts. */
export function editSimilarity(a: string, b: string): number {
  const x = foldForCompare(a)
  const y = foldForCompare(b)
  const longest = Math.max(x.length, y.length)
  if (longest === 0) return 1
  if (Math.min(x.length, y.length) / longest < 0.5) return Math.min(x.length, y.length) / longest
  return 1 - levenshtein(x, y) / longest
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** Dice coefficient of the two texts' word multisets, 0..1: linear time, for paragraph-sized texts. */
export function wordOverlap(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  if (x.length + y.length === 0) return 1
  return (2 * commonCount(x, y)) / (x.length + y.length)
}

/** Share of `part`'s words that also occur in `whole` (multiset): how much of a quote a paragraph contains. */
export function containment(part: string, whole: string): number {
  const x = words(part)
  return x.length === 0 ? 0 : commonCount(x, words(whole)) / x.length
}

function commonCount(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of x) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      common++
      counts.set(w, n - 1)
    }
  }
  return common
}
