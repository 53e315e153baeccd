/**
 * @module
 * A Unicode word tokenizer for German text. Words are runs of letters and digits (`\p{L}`, `\p{N}`), joined by
 * inner hyphens ("KI-Systeme") — unlike natural's tokenizers, which drop capital umlauts.
 */

/**
 * The longest word the text stages stem, split or compare. German's longest words in use stay below it
 * ("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" has 63 letters); a longer run of letters
 * is noise (a fuzzed or padded file), and every step that looks inside a word (stemming, compound heads and
 * tails) would cost its length squared.
 */
export const MAX_WORD_LENGTH = 64

/** A word as printed (case kept) and where it starts in the text. */
export type Token = { word: string; start: number }

const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu

/** Splits text into words with their offsets; punctuation and spaces are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) tokens.push({ word: match[0], start: match.index })
  return tokens
}

/** The words of a text, lower-cased. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word.toLowerCase())
}

/** The parts of a hyphenated word ("ki-systemen" → ["ki", "systemen"]); a plain word is its own only part. */
export function hyphenParts(word: string): string[] {
  return word.split(/[-‐'’]/).filter((part) => part !== '')
}
