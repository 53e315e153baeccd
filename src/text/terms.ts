/**
 * @module
 * The topic terms of a text: its words, lower-cased, without stop words, hyphenated compounds split into their
 * parts ("KI-Systemen" → "ki", "system"), each stemmed. A compound written as one word ("Sicherheitsaspekte")
 * can be opened with `compoundTails` once the vocabulary of the document is known.
 */
import { stemGerman } from './stem.js'
import { isStopWord } from './stopwords.js'
import { hyphenParts, tokenize } from './tokenize.js'

/** A stemmed term and the word it was first seen as (for evidence a reader understands). */
export type Term = { stem: string; word: string }

const MIN_LETTERS = 2
/** Gender forms split by the tokenizer ("Bürger*innen", "Lehrer:innen") leave these fragments behind. */
const FRAGMENTS = new Set(['innen', 'in', 'r', 'n'])

/** Gender forms: "Bürger*innen", "Lehrer:innen", "Schüler_innen", also inside compounds ("Bürger*innendienste"). */
const GENDER_SUFFIX = /(\p{Ll})[*:_](?:innen|in)(?=\p{Ll}|\b)/gu

export function termsOf(text: string): Term[] {
  const terms: Term[] = []
  for (const token of tokenize(text.replace(GENDER_SUFFIX, '$1'))) {
    for (const part of hyphenParts(token.word)) {
      const lower = part.toLowerCase()
      if (lower.length < MIN_LETTERS || /^\d+$/.test(lower) || isStopWord(lower) || FRAGMENTS.has(lower)) continue
      terms.push({ stem: stemGerman(lower), word: part })
    }
  }
  return terms
}

/** Shortest tail that opens a compound: "aspekt" in "sicherheitsaspekt", not "ung" in "verwaltung". */
const MIN_TAIL = 5

/**
 * The known stems a compound stem ends with: with `vocabulary` = {"aspekt", …}, "sicherheitsaspekt" →
 * ["aspekt"]. German compounds put their head last, so a shared tail is a shared topic.
 */
export function compoundTails(stem: string, vocabulary: ReadonlySet<string>): string[] {
  const tails: string[] = []
  for (let i = 3; i <= stem.length - MIN_TAIL; i++) {
    const tail = stem.slice(i)
    if (vocabulary.has(tail)) tails.push(tail)
  }
  return tails
}
