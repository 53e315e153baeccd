/**
 * @module
 * Letter-spaced words ("V o r b e m e r k u n g", "A N T W O R T", "B e g r ü n d u n g"): headings set
 * with a space after every letter, words apart by two or more. They are read as the words.
 */
import { pushAll } from '../arrays.js'

/** Fewer single letters in a row are no spaced word ("u n d" alone is too rare to tell from letters). */
const MIN_LETTERS = 4

/** A letter, a digit, or the stop of a spaced label ("F r a g e  1 :"). */
const isSingle = (token: string): boolean => /^[\p{L}\d:.)]$/u.test(token)

/** "K l e i n e A n f r a g e" → "Kleine Anfrage": a capital after a small letter starts the next word. */
const closeUp = (word: string): string => word.replace(/ /g, '').replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')

/**
 * Joins single letters apart by one space into words, where one word of the run has at least four; two
 * spaces (an empty token between) part the words. One pass over the tokens.
 */
export function unspaceLetters(text: string): string {
  if (!/(?:^|\s)\p{L} \p{L} \p{L} \p{L}(?:\s|$)/u.test(text)) return text
  const tokens = text.split(' ')
  const out: string[] = []
  let span: string[] = []
  const flush = (): void => {
    const words = span
      .join(' ')
      .split('  ')
      .map((w) => w.trim())
      .filter((w) => w !== '')
    if (words.some((w) => w.split(' ').length >= MIN_LETTERS)) out.push(words.map(closeUp).join(' '))
    else pushAll(out, span)
    span = []
  }
  for (const token of tokens) {
    if (isSingle(token) || (token === '' && span.length > 0)) {
      span.push(token)
      continue
    }
    if (span.length > 0) flush()
    out.push(token)
  }
  if (span.length > 0) flush()
  return out.join(' ')
}
