/**
 * @module
 * Term similarity between reply texts and questions. Words are stemmed (German Porter), stop words dropped,
 * compounds opened by their known tails ("Sicherheitsaspekte" also counts as "Aspekte"); terms weigh by TF-IDF
 * over the questions and texts together, so words every paragraph uses count little. The score is the cosine
 * of the two weighted term vectors. Cost: one sparse dot product per text and question.
 */
import { compoundTails, termsOf, type Term } from '../text/terms.js'
import { contributions, inverseDocumentFrequency, weigh, type TermVector } from '../text/tfidf.js'

/** Weight of a compound's tail relative to the whole word. */
const TAIL_WEIGHT = 0.5

type Doc = { terms: string[]; boost: Map<string, number>; words: Map<string, string> }

export type SimilarityTable = {
  /** scores[i][j]: text i against question j, 0..1 */
  scores: number[][]
  /** the shared words behind a score, most weighty first, as the question (or text) prints them */
  evidence(i: number, j: number): string[]
  /** how many distinctive terms text i and question j share (not counting terms every question uses) */
  shared(i: number, j: number): number
}

export function scoreSimilarity(texts: readonly string[], questions: readonly string[]): SimilarityTable {
  const raw = [...questions.map(termsOf), ...texts.map(termsOf)]
  const vocabulary = new Set(raw.flat().map((t) => t.stem))
  const docs = raw.map((terms) => openCompounds(terms, vocabulary))
  const idf = inverseDocumentFrequency(docs.map((d) => d.terms))
  const vectors = docs.map((d) => weigh(d.terms, idf, d.boost))
  const q = questions.length
  const common = commonTerms(docs.slice(0, q).map((d) => d.terms))
  const pairs = texts.map((_, i) => questions.map((_, j) => dot(vectors[q + i]!, vectors[j]!, common)))
  const scores = pairs.map((row) => row.map((p) => p.sum))
  const evidence = (i: number, j: number): string[] =>
    contributions(vectors[q + i]!, vectors[j]!)
      .slice(0, 4)
      .map(([term]) => docs[j]!.words.get(term) ?? docs[q + i]!.words.get(term) ?? term)
  const shared = (i: number, j: number): number => pairs[i]![j]!.shared
  return { scores, evidence, shared }
}

function openCompounds(terms: readonly Term[], vocabulary: ReadonlySet<string>): Doc {
  const out: string[] = []
  const boost = new Map<string, number>()
  const words = new Map<string, string>()
  for (const { stem, word } of terms) {
    out.push(stem)
    if (!words.has(stem)) words.set(stem, word)
    for (const tail of compoundTails(stem, vocabulary)) {
      out.push(tail)
      if (!boost.has(tail)) boost.set(tail, TAIL_WEIGHT)
      if (!words.has(tail)) words.set(tail, word)
    }
  }
  // a term seen as a whole word somewhere in this text weighs fully
  for (const { stem } of terms) boost.delete(stem)
  return { terms: out, boost, words }
}

/** Terms every question uses ("KI" in an inquiry about KI): shared, they show nothing. */
function commonTerms(questions: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>()
  for (const terms of questions) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return new Set([...counts].filter(([, n]) => questions.length > 2 && n === questions.length).map(([term]) => term))
}

/** The dot product and the number of distinctive shared terms, walking the smaller vector. */
function dot(a: TermVector, b: TermVector, common: ReadonlySet<string>): { sum: number; shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  let shared = 0
  for (const [term, weight] of small) {
    const other = large.get(term)
    if (other === undefined) continue
    sum += weight * other
    if (!common.has(term)) shared++
  }
  return { sum, shared }
}
