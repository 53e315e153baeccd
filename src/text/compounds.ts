/**
 * @module
 * Opening German compounds written as one word by what the document itself knows: "Sicherheitsaspekte" shares
 * its tail with "Aspekten", "Bürgerdienstleistungen" its head with "Bürger". Only words the document uses count
 * as parts, so nothing is split by a dictionary guess, and short pieces ("ung", "amt") never do.
 */
import { stemGerman } from './stem.js'
import { MAX_WORD_LENGTH } from './tokenize.js'

/** Shortest tail that opens a compound: "aspekt" in "sicherheitsaspekt", not "ung" in "verwaltung". */
const MIN_TAIL = 5
/** Shortest head, and the least that must follow it: "bürger|dienstleistungen", not "plan|ung". */
const MIN_HEAD = 4
const MIN_REST = 5

/**
 * The known stems a compound stem ends with: with `vocabulary` = {"aspekt", …}, "sicherheitsaspekt" →
 * ["aspekt"]. German compounds put their head last, so a shared tail is a shared topic.
 */
export function compoundTails(stem: string, vocabulary: ReadonlySet<string>): string[] {
  const tails: string[] = []
  // each tail is a slice: a stem longer than any word would cost its length squared
  if (stem.length > MAX_WORD_LENGTH) return tails
  for (let i = 3; i <= stem.length - MIN_TAIL; i++) {
    const tail = stem.slice(i)
    if (vocabulary.has(tail)) tails.push(tail)
  }
  return tails
}

/**
 * The longest known stem a compound word begins with: with `vocabulary` = {"burg" (Bürger), …},
 * "bürgerdienstleistungen" → "burg". The first part narrows the second ("Bürger-" of "-dienstleistungen"),
 * so it is evidence too, if weaker than the tail.
 */
export function compoundHead(word: string, stem: string, vocabulary: ReadonlySet<string>): string | null {
  const lower = word.toLowerCase()
  // each head is stemmed anew: a word longer than any word would cost its length squared
  if (lower.length > MAX_WORD_LENGTH) return null
  for (let i = lower.length - MIN_REST; i >= MIN_HEAD; i--) {
    const head = stemGerman(lower.slice(0, i))
    if (head !== stem && head.length >= MIN_HEAD - 1 && vocabulary.has(head)) return head
  }
  return null
}
