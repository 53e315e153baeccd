/**
 * @module
 * German stemming with natural's Porter (Snowball) stemmer (`german.cjs`, bundled into dist by the build).
 * Words are lower-cased first (the stemmer expects it) and memoized, since an inquiry repeats its vocabulary.
 */
import german from './german.cjs'
import { MAX_WORD_LENGTH } from './tokenize.js'

const { stemmer } = german

const cache = new Map<string, string>()
const CACHE_LIMIT = 50_000

/**
 * The stem of one word ("Verwaltungen" → "verwalt", "Maßnahmen" → "massnahm"). A word longer than
 * `MAX_WORD_LENGTH` is its own stem, lower-cased: the stemmer's regular expressions rescan it once per suffix
 * rule, too slow on a run of a million letters.
 */
export function stemGerman(word: string): string {
  const lower = word.toLowerCase()
  if (lower.length > MAX_WORD_LENGTH) return lower
  let stem = cache.get(lower)
  if (stem === undefined) {
    stem = /^[\p{L}]+$/u.test(lower) ? stemmer.stem(lower) : lower
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(lower, stem)
  }
  return stem
}
