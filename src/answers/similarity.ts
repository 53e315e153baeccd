/**
 * @module
 * Term similarity between reply texts and questions. Words are stemmed (German Porter), forms Porter leaves
 * apart joined ("verbessert" / "verbessern", `variants.ts`), stop words dropped; compounds also count by the
 * parts the document knows ("Sicherheitsaspekte" as "Aspekte", "Bürgerdienstleistungen" as "Bürger",
 * "KI-Anwendungen" as "Anwendungen"), at half weight. Terms weigh by TF-IDF over the questions and texts
 * together, so words every paragraph uses count little. The score is the cosine of the two weighted term
 * vectors. Cost: the pairs of text and question that share a term, found through an inverted index.
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
  const parts = partsKnown(vocabulary)
  const all = base.map((terms) => openCompounds(terms, parts))
  const docs = all.slice(0, -1)
  // the inquiry's topic (its title and preamble) is what every answer is about: it tells no question apart
  const topical = all[all.length - 1]!.own
  for (const d of docs) for (const term of topical) if (d.boost.has(term)) d.boost.set(term, d.boost.get(term)! * TOPIC_WEIGHT)
  const idf = inverseDocumentFrequency(docs.map((d) => d.terms))
  const vectors = docs.map((d) => weigh(d.terms, idf, d.boost))
  const q = questions.length
  const asking = questionsPerTerm(docs.slice(0, q).map((d) => d.terms))
  const common = new Set([...asking].filter(([, n]) => q > 2 && n === q).map(([term]) => term))
  const pairs = scorePairs(vectors, docs, q, { common, asking })
  const scores = pairs.scores
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
  const whole = (i: number, j: number): number => pairs.whole[i * q + j]!
  const own = (i: number, j: number): number => pairs.own[i * q + j]!
  return { scores, evidence, whole, own }
}

/** A shared term as one reads it: the word, or "Baubeginn ≈ Spatenstich" where question and reply differ. */
export function termLabel(term: SharedTerm): string {
  return term.related && term.question.toLowerCase() !== term.reply.toLowerCase() ? `${term.question} ≈ ${term.reply}` : term.question
}

/** What a word's parts are among the document's stems, each worked out once per word or stem. */
type Parts = { concept(stem: string): string | null; tails(stem: string): string[]; head(word: string, stem: string): string | null }

function partsKnown(vocabulary: ReadonlySet<string>): Parts {
  const memo = <T>(f: (key: string, stem: string) => T): ((key: string, stem?: string) => T) => {
    const seen = new Map<string, T>()
    return (key, stem = key) => {
      if (!seen.has(key)) seen.set(key, f(key, stem))
      return seen.get(key)!
    }
  }
  return {
    concept: memo((stem) => conceptOfCompound(stem.slice(stem.lastIndexOf('-') + 1))),
    tails: memo((stem) => compoundTails(stem, vocabulary)),
    head: memo((word, stem) => compoundHead(word, stem, vocabulary)),
  }
}

function openCompounds(terms: readonly Term[], parts: Parts): Doc {
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
    const concept = part ? null : parts.concept(stem)
    if (concept !== null) {
      const term = CONCEPT + concept
      add(term, word, CONCEPT_WEIGHT)
      own.add(term)
      if (!sources.has(term)) sources.set(term, new Set())
      sources.get(term)!.add(stem)
    }
    if (stem.includes('-')) continue
    for (const tail of parts.tails(stem)) add(tail, word, TAIL_WEIGHT)
    const head = parts.head(word, stem)
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

/** What marks a shared term as distinctive: `common` terms every question uses, `asking` questions per term. */
type Distinct = { common: ReadonlySet<string>; asking: ReadonlyMap<string, number> }

/** Per text and question (flat, `i * q + j`): the dot product, the distinctive whole words shared, and own ones. */
type Pairs = { scores: number[][]; whole: Int32Array; own: Int32Array }

/**
 * The dot products of every text with every question, through an inverted index of the questions' terms: only
 * the pairs that share a term cost anything, so a long reply to a long inquiry costs its shared terms, not
 * texts × questions × terms. `whole` counts the distinctive terms both have as whole words, `own` those of them
 * only this one question uses.
 */
function scorePairs(vectors: readonly TermVector[], docs: readonly Doc[], q: number, distinct: Distinct): Pairs {
  const postings = new Map<string, { j: number; weight: number }[]>()
  for (let j = 0; j < q; j++) {
    for (const [term, weight] of vectors[j]!) {
      const list = postings.get(term)
      if (list) list.push({ j, weight })
      else postings.set(term, [{ j, weight }])
    }
  }
  const texts = vectors.length - q
  const whole = new Int32Array(texts * q)
  const own = new Int32Array(texts * q)
  const scores: number[][] = []
  for (let i = 0; i < texts; i++) {
    const row = new Array<number>(q).fill(0)
    const text = docs[q + i]!
    for (const [term, weight] of vectors[q + i]!) {
      const list = postings.get(term)
      if (!list) continue
      const distinctive = !distinct.common.has(term) && text.own.has(term)
      const alone = distinct.asking.get(term) === 1
      const concept = term.startsWith(CONCEPT)
      for (const { j, weight: other } of list) {
        if (concept && sameWord(term, text, docs[j]!)) continue
        row[j] = row[j]! + weight * other
        if (!distinctive || !docs[j]!.own.has(term)) continue
        const k = i * q + j
        whole[k] = whole[k]! + 1
        if (alone) own[k] = own[k]! + 1
      }
    }
    scores.push(row)
  }
  return { scores, whole, own }
}
