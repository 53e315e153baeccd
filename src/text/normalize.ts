/**
 * @module
 * Character-level normalization shared by every loader: one canonical form for spaces, hyphens, ligatures
 * and bullets, so that later stages compare like with like.
 */

/** Spaces that are not U+0020: no-break, figure, narrow, thin, ideographic, en/em quads and friends. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g
/** Characters that carry no text: zero-width space/joiners, BOM, word joiner. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
/** Ligatures pdf.js passes through from some fonts. */
const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' }
/** Bullet glyphs, including Word's Symbol-font bullet in the private use area. */
const BULLETS = /[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\u25AA\u25CF\u2022\u2023\u2043\u25E6\u25A0\u25A1\u2219]/g

/** Normalizes characters within a line; keeps line breaks and soft hyphens (hyphenation needs them). */
export function normalizeChars(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ﬀ-ﬆ]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(BULLETS, '•')
    .replace(/\u2010|\u2011/g, '-')
    .replace(/\r\n?/g, '\n')
}

/**
 * Trims the spaces and tabs at both ends of every line. A loop, not a pattern of spaces around a line break,
 * which would retry a long run of spaces from each of its characters (quadratic).
 */
export function trimAroundBreaks(text: string): string {
  return text.split('\n').map(trimSpacesAndTabs).join('\n')
}

function trimSpacesAndTabs(line: string): string {
  const blank = (at: number) => line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09
  let start = 0
  let end = line.length
  while (start < end && blank(start)) start++
  while (end > start && blank(end - 1)) end--
  return line.slice(start, end)
}

/** "Antwort:" → "Antwort", with the white space before the colon; a loop, not the quadratic `\s*:$`. */
export function withoutTrailingColon(text: string): string {
  return text.endsWith(':') ? text.slice(0, -1).trimEnd() : text
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
