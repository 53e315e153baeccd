/**
 * @module
 * HTML list numbering as a browser prints it: `<ol start>`, `<ol type>` (1, a, A, i, I), `<li value>`, `<ol
 * reversed>` with a start, and the nesting level. Each `<ol>` counts on its own, so a page that writes every
 * item as an `<ol>` of its own shows (and gets) "1." each time: the label is what the page shows.
 */
import { formatNumber } from './docx-numfmt.js'

export type HtmlList = { ordered: boolean; type: string; next: number; step: 1 | -1; hidden: boolean }

type Attributes = Readonly<Record<string, string>>

/** The browser's cap on a list's counter; a larger `start` or `value` counts as this. */
const MAX_COUNTER = 1_000_000

export function openList(name: 'ol' | 'ul', attribs: Attributes): HtmlList {
  const reversed = name === 'ol' && 'reversed' in attribs
  const start = parseCounter(attribs.start)
  return {
    ordered: name === 'ol',
    type: listType(attribs.type) ?? '1',
    // without a start a reversed list counts down from its item count, which a stream does not know yet: count up
    next: start ?? 1,
    step: reversed && start !== null ? -1 : 1,
    hidden: hidesMarker(attribs.style),
  }
}

/** The label of the next item of `list`, or null where the list prints no marker. */
export function nextLabel(list: HtmlList, attribs: Attributes): string | null {
  const value = parseCounter(attribs.value)
  const n = list.ordered && value !== null ? value : list.next
  list.next = n + list.step
  if (list.hidden || hidesMarker(attribs.style)) return null
  if (!list.ordered) return '•'
  return `${formatCounter(n, listType(attribs.type) ?? list.type)}.`
}

function formatCounter(n: number, type: string): string {
  if (type === 'a') return alphabetic(n)
  if (type === 'A') return alphabetic(n).toUpperCase()
  if (type === 'i') return formatNumber(n, 'lowerRoman')
  if (type === 'I') return formatNumber(n, 'upperRoman')
  return String(n)
}

/** CSS lower-alpha: a … z, aa, ab … (bijective base 26); 0 and below print as numbers. */
function alphabetic(n: number): string {
  if (n < 1) return String(n)
  let rest = n
  let out = ''
  while (rest > 0) {
    const digit = (rest - 1) % 26
    out = String.fromCharCode(97 + digit) + out
    rest = (rest - 1 - digit) / 26
  }
  return out
}

function listType(type: string | undefined): string | null {
  return type !== undefined && ['1', 'a', 'A', 'i', 'I'].includes(type.trim()) ? type.trim() : null
}

function parseCounter(value: string | undefined): number | null {
  const digits = value?.trim() ?? ''
  if (!/^[-+]?\d{1,12}$/.test(digits)) return null
  const n = Number.parseInt(digits, 10)
  return Math.max(-MAX_COUNTER, Math.min(MAX_COUNTER, n))
}

/** `style="list-style: none"` or `list-style-type: none`: the page prints the items without a marker. */
function hidesMarker(style: string | undefined): boolean {
  if (!style) return false
  const css = style.toLowerCase().replace(/\s/g, '')
  return css.includes('list-style:none') || css.includes('list-style-type:none')
}
