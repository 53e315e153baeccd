/**
 * @module
 * Number formats of Word list levels (`w:numFmt`, ECMA-376 17.18.59): a counter value → the text Word prints.
 */

import { numberToRoman } from '../text/roman.js'

/**
 * Formats `n` as Word does for the number format `format` (bullets are handled by `bulletLabel`). Letter
 * formats repeat their letter n/26 times: `maxLength` stops them early, the caller cuts the label.
 */
export function formatNumber(n: number, format: string, custom: string | null = null, maxLength = Number.POSITIVE_INFINITY): string {
  switch (format) {
    case 'none':
      return ''
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n)
    case 'upperRoman':
      return roman(n) ?? String(n)
    case 'lowerRoman':
      return roman(n)?.toLowerCase() ?? String(n)
    case 'upperLetter':
      return letters(n, maxLength)?.toUpperCase() ?? String(n)
    case 'lowerLetter':
      return letters(n, maxLength) ?? String(n)
    case 'ordinal':
      // the ordinal suffix depends on the language; German writes "1."
      return `${n}.`
    case 'decimalEnclosedParen':
      return `(${n})`
    case 'decimalEnclosedFullstop':
      return `${n}.`
    case 'decimalEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n)
    case 'custom':
      return zeroPadded(n, custom)
    default:
      // decimal, and the East Asian, Hebrew, … systems we render as decimal
      return String(n)
  }
}

const roman = (n: number): string | null => (n >= 1 && n <= 3999 ? numberToRoman(n) : null)

/** Word's letter numbering repeats the letter after z: 26 → "z", 27 → "aa", 28 → "bb". */
function letters(n: number, maxLength: number): string | null {
  if (!(n >= 1) || !Number.isSafeInteger(n)) return null
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.min(Math.ceil(n / 26), maxLength))
}

/** `w:numFmt w:val="custom" w:format="001, 002, 003"`: zero-padded decimals; other custom formats as decimal. */
function zeroPadded(n: number, custom: string | null): string {
  const first = custom?.match(/^0+1/)?.[0]
  return first ? String(n).padStart(first.length, '0') : String(n)
}

/** Dash bullets stay dashes; every other bullet glyph (often a Symbol-font character) prints as "•". */
export function bulletLabel(lvlText: string): string {
  const glyph = lvlText.trim()
  return /^[-–—−\uF02D]$/.test(glyph) ? '–' : '•'
}
