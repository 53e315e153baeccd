/**
 * @module
 * Roman numerals, for question groups numbered "I.", "II.", "IV.".
 */

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
const VALID = /^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/

/** "IV" → 4; null for anything that is not a well-formed numeral. */
export function romanToNumber(numeral: string): number | null {
  if (!VALID.test(numeral)) return null
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const value = VALUES[numeral[i]!]!
    const next = VALUES[numeral[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** 4 → "IV" (1..399). */
export function numberToRoman(value: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let rest = value
  let out = ''
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s
      rest -= n
    }
  }
  return out
}
