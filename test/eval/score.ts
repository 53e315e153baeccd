/**
 * @module
 * Scoring one parse against its gold file, as DESIGN.md defines it:
 * - questions: a predicted question counts when a gold question has its id and a text ≥ 0.9 similar;
 * - reply paragraphs: each predicted paragraph is matched one-to-one to the gold paragraph its words overlap
 *   most (Dice ≥ 0.8), best pairs first;
 * - links: (paragraph, question) pairs after that matching; links of unmatched paragraphs are wrong.
 * Counts, not ratios, so cases add up.
 */
import type { Inquiry, Question } from '../../src/schema.js'
import { editSimilarity, wordOverlap } from '../../src/text/compare.js'
import type { Gold } from './gold.js'

export type Counts = { tp: number; fp: number; fn: number }
export type CaseScore = { questions: Counts; paragraphs: Counts; links: Counts; meta: { right: number; total: number; wrong: string[] } }

export const QUESTION_SIMILARITY = 0.9
export const PARAGRAPH_OVERLAP = 0.8

const META_FIELDS = ['kind', 'title', 'reference', 'date', 'submitter', 'addressee', 'body'] as const

export function scoreCase(inquiry: Inquiry, gold: Gold): CaseScore {
  const predicted = flatten(inquiry.questions)
  const questions = countQuestions(predicted, gold.questions)
  const paragraphs = inquiry.reply?.paragraphs ?? []
  const matching = matchParagraphs(
    paragraphs.map((p) => p.text),
    gold.statement.map((s) => s.text)
  )
  const links = countLinks(
    paragraphs.map((p) => p.answers.map((a) => a.question)),
    gold.statement.map((s) => s.answers),
    matching
  )
  return { questions, paragraphs: countMatched(matching, paragraphs.length, gold.statement.length), links, meta: scoreMeta(inquiry, gold) }
}

function flatten(questions: readonly Question[]): Question[] {
  return questions.flatMap((q) => [q, ...flatten(q.children)])
}

function countQuestions(predicted: readonly Question[], gold: Gold['questions']): Counts {
  const byId = new Map(gold.map((q) => [q.id, q.text]))
  let tp = 0
  for (const q of predicted) {
    const text = byId.get(q.id)
    if (text !== undefined && editSimilarity(q.text, text) >= QUESTION_SIMILARITY) {
      tp++
      byId.delete(q.id)
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp }
}

/** predicted index → gold index, one to one, best overlaps first. */
export function matchParagraphs(predicted: readonly string[], gold: readonly string[]): Map<number, number> {
  const pairs: [number, number, number][] = []
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const overlap = wordOverlap(p, g)
      if (overlap >= PARAGRAPH_OVERLAP) pairs.push([overlap, i, j])
    })
  )
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const matching = new Map<number, number>()
  const taken = new Set<number>()
  for (const [, i, j] of pairs) {
    if (matching.has(i) || taken.has(j)) continue
    matching.set(i, j)
    taken.add(j)
  }
  return matching
}

function countMatched(matching: ReadonlyMap<number, number>, predicted: number, gold: number): Counts {
  return { tp: matching.size, fp: predicted - matching.size, fn: gold - matching.size }
}

function countLinks(predicted: readonly string[][], gold: readonly string[][], matching: ReadonlyMap<number, number>): Counts {
  const goldPairs = new Set(gold.flatMap((ids, j) => ids.map((id) => `${j}|${id}`)))
  const predictedPairs = new Set(
    predicted.flatMap((ids, i) => ids.map((id) => `${matching.has(i) ? matching.get(i) : `unmatched${i}`}|${id}`))
  )
  let tp = 0
  for (const pair of predictedPairs) if (goldPairs.has(pair)) tp++
  return { tp, fp: predictedPairs.size - tp, fn: goldPairs.size - tp }
}

function scoreMeta(inquiry: Inquiry, gold: Gold): CaseScore['meta'] {
  const wrong: string[] = []
  let total = 0
  for (const field of META_FIELDS) {
    if (!(field in gold.meta)) continue
    total++
    const expected = gold.meta[field] ?? null
    const got = inquiry.meta[field]
    if (normalize(got) !== normalize(expected)) wrong.push(`${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`)
  }
  return { right: total - wrong.length, total, wrong }
}

const normalize = (value: string | null): string | null => (value === null ? null : value.replace(/\s+/g, ' ').trim().toLowerCase())

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 }

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
}

export function f1(c: Counts): number {
  const p = precision(c)
  const r = recall(c)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}
