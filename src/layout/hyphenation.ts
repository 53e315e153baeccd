/**
 * @module
 * Joining lines into running text, undoing German line-end hyphenation without breaking compounds.
 */

/** Words that follow a suspended compound ("Datenschutz- und Sicherheitsaspekte"): the hyphen stays. */
const COORDINATORS = new Set(['und', 'oder', 'bzw', 'bzw.', 'sowie', 'als', 'wie', 'noch', 'beziehungsweise', 'u.', 'o.'])

/** A fragment before the hyphen that is an acronym or has a digit ("KI", "IT", "5G", "2"): hyphen stays. */
const ACRONYM_END = /(?:\b[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9]+|\d)$/

/**
 * Joins two consecutive lines of one paragraph.
 * - "Verwal-" + "tung"        → "Verwaltung"    (hyphen at a syllable break)
 * - "KI-" + "Systemen"        → "KI-Systemen"   (capital after the hyphen: a real compound)
 * - "KI-" + "gestützt"        → "KI-gestützt"   (acronym or digit before the hyphen)
 * - "Datenschutz-" + "und …"  → "Datenschutz- und …"
 * - "Verwal\u00AD" + "tung"   → "Verwaltung"    (soft hyphen)
 * - "2024-" + "2026"          → "2024-2026"     (a range)
 */
export function joinLines(left: string, right: string): string {
  // trimEnd, not /\s+$/: that pattern retries a long run of spaces from each of its characters
  const a = left.trimEnd()
  const b = right.replace(/^\s+/, '')
  if (a === '') return b
  if (b === '') return a
  if (a.endsWith('\u00AD')) return a.slice(0, -1) + b
  // a hyphen after a letter or a digit ("Verwal-", "CO2-", "2024-"), not a dash
  if (!/[\p{L}\d]-$/u.test(a)) return `${a} ${b}`
  const firstWord = b.split(/\s/, 1)[0] ?? ''
  if (COORDINATORS.has(firstWord.toLowerCase())) return `${a} ${b}`
  if (/^\p{Lu}/u.test(b) || /^\d/.test(b)) return a + b
  if (/^\p{Ll}/u.test(b)) return ACRONYM_END.test(a.slice(0, -1)) ? a + b : a.slice(0, -1) + b
  return a + b
}

/** Joins a paragraph's lines in order. */
export function joinParagraphLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => joinLines(text, line), '').replace(/\u00AD/g, '')
}
