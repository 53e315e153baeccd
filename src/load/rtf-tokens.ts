/**
 * @module
 * The RTF tokenizer (RTF 1.9.1 specification, "RTF syntax"): groups, control words with their parameter,
 * control symbols and text, in one pass over the bytes. Text is handed over as runs, not as characters, so a
 * page of text costs a few tokens; `\'hh` and `\uN` are decoded here (Windows-1252, the code page of German
 * documents, for `\'hh`).
 */
import { decodeWindows1252 } from './decode.js'

/** Windows-1252 as a table: character n is what byte n means (decode.ts's mapping, not TextDecoder's). */
const CP1252 = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))

export type RtfToken =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'word'; word: string; param: number | null }
  /** `\'hh`: one byte of the document's code page */
  | { type: 'hex'; text: string }
  /** a control symbol other than `\'`: `\~`, `\-`, `\_`, `\*`, `\\`, `\{`, `\}`, … */
  | { type: 'symbol'; symbol: string }
  | { type: 'text'; text: string }

/** A control word has at most 32 letters and its parameter at most 10 digits (the spec's own bounds). */
const MAX_WORD = 32
const MAX_PARAM = 10

/** Reads tokens from `source` (the file as Latin-1 characters, one per byte); `next` returns null at the end. */
export function rtfTokenizer(source: string): { next(): RtfToken | null; skipBytes(count: number): void } {
  let at = 0
  const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  const isDigit = (c: number) => c >= 0x30 && c <= 0x39

  function controlWord(): RtfToken {
    const start = at
    while (at < source.length && at - start < MAX_WORD && isLetter(source.charCodeAt(at))) at++
    const word = source.slice(start, at)
    let param: number | null = null
    const signAt = at
    if (source.charCodeAt(at) === 0x2d /* - */) at++
    const digits = at
    while (at < source.length && at - digits < MAX_PARAM && isDigit(source.charCodeAt(at))) at++
    if (at > digits) param = Number(source.slice(signAt, at))
    else at = signAt
    // one space after a control word is its delimiter, not text
    if (source.charCodeAt(at) === 0x20) at++
    return { type: 'word', word, param }
  }

  function control(): RtfToken {
    at++ // the backslash
    const c = source.charCodeAt(at)
    if (isLetter(c)) return controlWord()
    if (c === 0x27 /* ' */) {
      const byte = Number.parseInt(source.slice(at + 1, at + 3), 16)
      at += 3
      return { type: 'hex', text: Number.isNaN(byte) ? '' : CP1252.charAt(byte) }
    }
    at++
    // "\<CR><LF>" is a paragraph mark, as "\par"
    if (c === 0x0a || c === 0x0d) return { type: 'word', word: 'par', param: null }
    return { type: 'symbol', symbol: Number.isNaN(c) ? '' : String.fromCharCode(c) }
  }

  function text(): RtfToken {
    let out = ''
    let start = at
    for (; at < source.length; at++) {
      const c = source.charCodeAt(at)
      if (c === 0x5c || c === 0x7b || c === 0x7d) break
      // line breaks in the file are no text
      if (c === 0x0a || c === 0x0d) {
        out += source.slice(start, at)
        start = at + 1
      }
    }
    return { type: 'text', text: out + source.slice(start, at) }
  }

  return {
    next() {
      if (at >= source.length) return null
      const c = source.charCodeAt(at)
      if (c === 0x7b) {
        at++
        return { type: 'open' }
      }
      if (c === 0x7d) {
        at++
        return { type: 'close' }
      }
      return c === 0x5c ? control() : text()
    },
    skipBytes(count) {
      at = Math.min(source.length, at + Math.max(0, count))
    },
  }
}

/** `\uN` is a signed 16-bit number: -4064 is U+F020. */
export const unicodeChar = (param: number): string => String.fromCharCode(param < 0 ? param + 0x10000 : param & 0xffff)
