/**
 * @module
 * The topic terms of a text: its words, lower-cased, without stop words, each stemmed. A hyphenated compound
 * counts as itself and, as parts, by its pieces ("KI-Systemen" → "ki-system", and the parts "ki", "system"): a
 * part alone is weaker evidence than the whole, just as the tail of a compound written as one word is (see
 * `compounds.ts`).
 */
import { stemOfWord } from './lemmas.js'
import { isStopWord } from './stopwords.js'
import { hyphenParts, MAX_WORD_LENGTH, tokenize } from './tokenize.js'

/**
 * A stemmed term and the word it was first seen as (for evidence a reader understands); `part` marks a piece
 * of a hyphenated compound.
 */
export type Term = { stem: string; word: string; part?: true }

const MIN_LETTERS = 2
/** Gender forms split by the tokenizer ("Bürger*innen", "Lehrer:innen") leave these fragments behind. */
const FRAGMENTS = new Set(['innen', 'in', 'r', 'n'])

/** Gender forms: "Bürger*innen", "Lehrer:innen", "Schüler_innen", also inside compounds ("Bürger*innendienste"). */
const GENDER_SUFFIX = /(\p{Ll})[*:_](?:innen|in)(?=\p{Ll}|\b)/gu

export function termsOf(text: string): Term[] {
  const terms: Term[] = []
  for (const token of tokenize(text.replace(GENDER_SUFFIX, '$1'))) {
    const parts = hyphenParts(token.word).filter((part) => isTopicWord(part.toLowerCase()))
    const stems = parts.map((part) => stemOfWord(part.toLowerCase()))
    if (parts.length > 1) terms.push({ stem: stems.join('-'), word: token.word })
    parts.forEach((part, i) => terms.push(parts.length > 1 ? { stem: stems[i]!, word: part, part: true } : { stem: stems[i]!, word: part }))
  }
  return terms
}

/** A word longer than any German word in use is noise, no topic: nothing downstream looks inside it. */
function isTopicWord(lower: string): boolean {
  return (
    lower.length >= MIN_LETTERS && lower.length <= MAX_WORD_LENGTH && !/^\d+$/.test(lower) && !isStopWord(lower) && !FRAGMENTS.has(lower)
  )
}
