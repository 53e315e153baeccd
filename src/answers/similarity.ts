/**
 * @module
 * Term similarity between reply texts and questions. Words are stemmed (German Porter), forms Porter leaves
 * apart joined ("verbessert" / "verbessern", `variants.ts`), stop words dropped; compounds also count by the
 * parts the document knows ("Sicherheitsaspekte" as "Aspekte", "Bürgerdienstleistungen" as "Bürger",
 * "KI-Anwendungen" as "Anwendungen"), at half weight. Terms weigh by TF-IDF over the questions and texts
 * together, so words every paragraph uses count little. The score is the cosine of the two weighted term
 * vectors. Cost: one sparse dot product per text and question.
 */
import type { SharedTerm } from '../schema.js'
import { compoundHead, compoundTails } from '../text/compounds.js'
import { termsOf, type Term } from '../text/terms.js'
import { contributions, inverseDocumentFrequency, weigh, type TermVector } from '../text/tfidf.js'
import { conceptOfCompound } from '../text/thesaurus.js'
import { variantMap } from '../text/variants.js'

/** Weight of a compound's part (its tail, a piece of a hyphenated compound) relative to the whole word. */
const TAIL_WEIGHT = 0.5
/** Weight of a compound's head: "Bürger" in "Bürgerdienstleistungen" narrows the topic, the tail names it. */
const HEAD_WEIGHT = 0.5
/** Weight of a shared concept ("Baubeginn" ≈ "Spatenstich", `thesaurus.ts`): a synonym is not quite the same word. */
const CONCEPT_WEIGHT = 0.75
/** Weight of a term the inquiry's title or preamble uses: the topic of the whole inquiry. */
const TOPIC_WEIGHT = 0.5
/** Concept terms are marked so they never meet a word's stem. */
const CONCEPT = '≈'

/**
 * A text's terms; `boost` for parts weaker than a whole word; `words` as printed; `own` the terms seen as whole
 * words; `sources` the stems behind each concept term.
 */
type Doc = { terms: string[]; boost: Map<string, number>; words: Map<string, string>; own: Set<string>; sources: Map<string, Set<string>> }

export type SimilarityTable = {
  /** scores[i][j]: text i against question j, 0..1 */
  scores: number[][]
  /** the shared words behind a score, most weighty first, as the question and the text print them */
  evidence(i: number, j: number): SharedTerm[]
  /**
   * how many distinctive words text i and question j share whole, not as a compound's part ("Arbeiten" in
   * "Bauarbeiten"), nor a term every question uses
   */
  whole(i: number, j: number): number
  /** how many of those whole words no other question uses: evidence for question j alone */
  own(i: number, j: number): number
}

export function scoreSimilarity(texts: readonly string[], questions: readonly string[], topic = ''): SimilarityTable {
  const raw = [...questions.map(termsOf), ...texts.map(termsOf), termsOf(topic)]
  const variants = variantMap(raw.flat().map((t) => t.stem))
  const base = raw.map((terms) => terms.map((t) => ({ ...t, stem: variants.get(t.stem) ?? t.stem })))
  const vocabulary = new Set(base.flat().map((t) => t.stem))
  const heads = new Map<string, string | null>()
  const headOf = (word: string, stem: string): string | null => {
    if (!heads.has(word)) heads.set(word, compoundHead(word, stem, vocabulary))
    return heads.get(word)!
  }
  const all = base.map((terms) => openCompounds(terms, vocabulary, headOf))
  const docs = all.slice(0, -1)
  // the inquiry's topic (its title and preamble) is what every answer is about: it tells no question apart
  const topical = all[all.length - 1]!.own
  for (const d of docs) for (const term of topical) if (d.boost.has(term)) d.boost.set(term, d.boost.get(term)! * TOPIC_WEIGHT)
  const idf = inverseDocumentFrequency(docs.map((d) => d.terms))
  const vectors = docs.map((d) => weigh(d.terms, idf, d.boost))
  const q = questions.length
  const asking = questionsPerTerm(docs.slice(0, q).map((d) => d.terms))
  const common = new Set([...asking].filter(([, n]) => q > 2 && n === q).map(([term]) => term))
  const pairs = texts.map((_, i) => questions.map((_, j) => dot(vectors[q + i]!, vectors[j]!, common, docs[q + i]!, docs[j]!, asking)))
  const scores = pairs.map((row) => row.map((p) => p.sum))
  // a compound and its part print as the same word: name it once; a concept names both words ("Baubeginn ≈ Spatenstich")
  const shown = (term: string, i: number, j: number): SharedTerm => {
    const asked = docs[j]!.words.get(term) ?? term
    return { question: asked, reply: docs[q + i]!.words.get(term) ?? asked, related: term.startsWith(CONCEPT) }
  }
  const evidence = (i: number, j: number): SharedTerm[] => {
    const terms = contributions(vectors[q + i]!, vectors[j]!).filter(([term]) => !sameWord(term, docs[q + i]!, docs[j]!))
    const seen = new Set<string>()
    return terms
      .map(([term]) => shown(term, i, j))
      .filter((t) => !seen.has(termLabel(t)) && seen.add(termLabel(t)) !== undefined)
      .slice(0, 4)
  }
  const whole = (i: number, j: number): number => pairs[i]![j]!.whole
  const own = (i: number, j: number): number => pairs[i]![j]!.own
  return { scores, evidence, whole, own }
}

/** A shared term as one reads it: the word, or "Baubeginn ≈ Spatenstich" where question and reply differ. */
export function termLabel(term: SharedTerm): string {
  return term.related && term.question.toLowerCase() !== term.reply.toLowerCase() ? `${term.question} ≈ ${term.reply}` : term.question
}

function openCompounds(
  terms: readonly Term[],
  vocabulary: ReadonlySet<string>,
  headOf: (word: string, stem: string) => string | null
): Doc {
  const out: string[] = []
  const boost = new Map<string, number>()
  const words = new Map<string, string>()
  const own = new Set<string>()
  const sources = new Map<string, Set<string>>()
  const add = (stem: string, word: string, weight: number): void => {
    out.push(stem)
    // a term weighs as much as its strongest occurrence in this text
    if (!(boost.get(stem)! >= weight)) boost.set(stem, weight)
    if (!words.has(stem)) words.set(stem, word)
  }
  for (const { stem, word, part } of terms) {
    add(stem, word, part ? TAIL_WEIGHT : 1)
    if (!part) own.add(stem)
    const concept = part ? null : conceptOfCompound(stem.slice(stem.lastIndexOf('-') + 1))
    if (concept !== null) {
      const term = CONCEPT + concept
      add(term, word, CONCEPT_WEIGHT)
      own.add(term)
      if (!sources.has(term)) sources.set(term, new Set())
      sources.get(term)!.add(stem)
    }
    if (stem.includes('-')) continue
    for (const tail of compoundTails(stem, vocabulary)) add(tail, word, TAIL_WEIGHT)
    const head = headOf(word, stem)
    if (head !== null) add(head, word, HEAD_WEIGHT)
  }
  return { terms: out, boost, words, own, sources }
}

/** A concept both texts have through the same word: the word itself already counts, the concept adds nothing. */
function sameWord(term: string, a: Doc, b: Doc): boolean {
  if (!term.startsWith(CONCEPT)) return false
  const fromA = a.sources.get(term)
  const fromB = b.sources.get(term)
  if (!fromA || !fromB) return false
  for (const stem of fromA) if (fromB.has(stem)) return true
  return false
}

/** How many questions use each term. Terms every question uses ("KI" in an inquiry about KI) show nothing. */
function questionsPerTerm(questions: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const terms of questions) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

/**
 * The dot product, the number of distinctive terms both texts have as whole words, and how many of those only
 * this one question uses; walks the smaller vector.
 */
function dot(
  a: TermVector,
  b: TermVector,
  common: ReadonlySet<string>,
  docA: Doc,
  docB: Doc,
  asking: ReadonlyMap<string, number>
): { sum: number; whole: number; own: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  let whole = 0
  let own = 0
  for (const [term, weight] of small) {
    const other = large.get(term)
    if (other === undefined || sameWord(term, docA, docB)) continue
    sum += weight * other
    if (common.has(term) || !docA.own.has(term) || !docB.own.has(term)) continue
    whole++
    if (asking.get(term) === 1) own++
  }
  return { sum, whole, own }
}
