/**
 * @module
 * Character error rate: how far OCR text is from the text it should have read, as edits per character.
 */

/**
 * Whitespace and line breaks are layout, not reading: runs of whitespace count as one space, and a line
 * broken after a hyphen ("KI-\nSystemen") reads the same as the joined word.
 */
export function normalizeForCer(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(\p{L})-\s+(?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Levenshtein distance (insertions, deletions, substitutions), in two rows of memory. */
export function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let previous = Uint32Array.from({ length: y.length + 1 }, (_, j) => j)
  let current = new Uint32Array(y.length + 1)
  for (let i = 1; i <= x.length; i++) {
    current[0] = i
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[y.length]!
}

/** Edits needed to turn `read` into `truth`, per character of `truth` (0 = perfect; can exceed 1). */
export function characterErrorRate(read: string, truth: string): number {
  const expected = normalizeForCer(truth)
  if (expected.length === 0) return read.trim() === '' ? 0 : 1
  return editDistance(normalizeForCer(read), expected) / [...expected].length
}
