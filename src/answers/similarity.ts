/**
 * @module
 * Free prose: a reply paragraph is linked to the questions whose topic words it shares. Words are stemmed
 * (German Porter), stop words dropped, compounds opened by their known tails ("Sicherheitsaspekte" also counts
 * as "Aspekte"); terms weigh by TF-IDF over the questions and paragraphs, so words every paragraph uses count
 * little. A paragraph links to its best question and to others nearly as good; below a threshold it links to
 * nothing — a wrong link is worse than none. Cost: one sparse dot product per paragraph and question.
 */
import { compoundTails, termsOf, type Term } from '../text/terms.js'
import { contributions, inverseDocumentFrequency, weigh, type TermVector } from '../text/tfidf.js'
import type { AnswerLink } from '../schema.js'
import { link } from './scopes.js'

export type SimilarityOptions = {
  /** below this cosine a paragraph is linked to nothing */
  threshold: number
  /** further questions link when they reach this share of the best score */
  share: number
}

export const SIMILARITY: SimilarityOptions = { threshold: 0.14, share: 0.7 }

/** Weight of a compound's tail relative to the whole word. */
const TAIL_WEIGHT = 0.5

type Doc = { terms: string[]; boost: Map<string, number>; words: Map<string, string> }

export type SimilarityResult = { links: AnswerLink[][]; scores: number[][] }

export function linkBySimilarity(paragraphs: readonly string[], questions: readonly { id: string; text: string }[], options = SIMILARITY): SimilarityResult {
  const raw = [...questions.map((q) => termsOf(q.text)), ...paragraphs.map((p) => termsOf(p))]
  const vocabulary = new Set(raw.flat().map((t) => t.stem))
  const docs = raw.map((terms) => openCompounds(terms, vocabulary))
  const idf = inverseDocumentFrequency(docs.map((d) => d.terms))
  const vectors = docs.map((d) => weigh(d.terms, idf, d.boost))
  const qv = vectors.slice(0, questions.length)
  const pv = vectors.slice(questions.length)
  const scores = pv.map((p) => qv.map((q) => dot(p, q)))
  const links = pv.map((p, i) => chooseLinks(scores[i]!, options).map((j) => toLink(questions[j]!.id, scores[i]![j]!, p, qv[j]!, docs[questions.length + i]!, docs[j]!)))
  return { links, scores }
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

function dot(a: TermVector, b: TermVector): number {
  let sum = 0
  for (const [, value] of contributions(a, b)) sum += value
  return sum
}

/** The best question, and any other within `share` of it; nothing below the threshold. */
export function chooseLinks(scores: readonly number[], options: SimilarityOptions): number[] {
  const best = Math.max(0, ...scores)
  if (best < options.threshold) return []
  return scores.flatMap((s, j) => (s >= best * options.share && s >= options.threshold ? [j] : []))
}

function toLink(id: string, score: number, p: TermVector, q: TermVector, pd: Doc, qd: Doc): AnswerLink {
  const shared = contributions(p, q)
    .slice(0, 4)
    .map(([term]) => qd.words.get(term) ?? pd.words.get(term) ?? term)
  const confidence = 0.3 + 0.5 * Math.min(1, score / 0.5)
  return link(id, 'similarity', confidence, `shared terms: ${shared.join(', ')} (score ${score.toFixed(2)})`)
}
