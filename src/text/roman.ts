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

const NUMERALS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
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

/** 4 → "IV" (1..3999; the loop runs at most 15 times per numeral, since `value` is below 4000). */
export function numberToRoman(value: number): string {
  let rest = Math.min(Math.max(0, Math.floor(value)), 3999)
  let out = ''
  for (const [n, s] of NUMERALS) {
    for (; rest >= n; rest -= n) out += s
  }
  return out
}
