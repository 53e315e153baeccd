/**
 * @module
 * The styles of an OpenDocument text that decide what the loader keeps: list styles (`text:list-style`, how each
 * level counts and prints), and which paragraph and text styles are bold or headings. Automatic styles
 * (content.xml) and common styles (styles.xml) share one name space; a style inherits from its
 * `style:parent-style-name`.
 */
import type { ListLevel } from './docx-numbering.js'
import { headingOfStyleName } from './docx-styles.js'
import { childElements, type Element } from './docx-xml.js'

export const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
export const STYLE_NS = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0'
const FO_NS = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'
const LOEXT_NS = 'urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0'

/** ODF list levels are 1..10; the counter (Word's) has nine, the deepest ODF levels share the last. */
const LEVELS = 9
/** parent-style chains are followed at most this far (a cycle ends there). */
const MAX_PARENTS = 16

export type OdtStyles = {
  /** the levels of a list style, 0-based, or null for a style the document does not define */
  listLevels(name: string | null): (ListLevel | null)[] | null
  /** the list style a paragraph style attaches (`style:list-style-name`) */
  paragraphList(name: string | null): string | null
  bold(name: string | null): boolean | null
  /** the heading level a paragraph style gives (its `style:default-outline-level`), or null */
  heading(name: string | null): number | null
}

type StyleInfo = { parent: string | null; bold: boolean | null; list: string | null; outline: number | null }

/** A list start over the budget (`maxListStart`) is lowered to it and counted, as in DOCX. */
export type ClampStart = (start: number) => number

/** Reads the styles of content.xml and styles.xml (either may be missing). */
export function readOdtStyles(roots: readonly (Element | null)[], clamp: ClampStart): OdtStyles {
  const styles = new Map<string, StyleInfo>()
  const lists = new Map<string, (ListLevel | null)[]>()
  for (const root of roots) if (root) collect(root, styles, lists, clamp, 0)
  const inherited = <T>(name: string | null, pick: (s: StyleInfo) => T | null): T | null => {
    for (let i = 0, at = name; at !== null && i < MAX_PARENTS; i++) {
      const style = styles.get(at)
      if (!style) return null
      const value = pick(style)
      if (value !== null) return value
      at = style.parent
    }
    return null
  }
  return {
    listLevels: (name) => (name === null ? null : (lists.get(name) ?? null)),
    paragraphList: (name) => inherited(name, (s) => s.list),
    bold: (name) => inherited(name, (s) => s.bold),
    heading: (name) => inherited(name, (s) => s.outline),
  }
}

/** Styles sit in office:styles and office:automatic-styles, list styles also inside a style (rare): a shallow walk. */
function collect(
  parent: Element,
  styles: Map<string, StyleInfo>,
  lists: Map<string, (ListLevel | null)[]>,
  clamp: ClampStart,
  depth: number
): void {
  for (const el of childElements(parent)) {
    const name = el.getAttributeNS(STYLE_NS, 'name')
    if (el.namespaceURI === STYLE_NS && el.localName === 'style' && name) styles.set(name, styleInfo(el))
    else if (el.namespaceURI === TEXT_NS && el.localName === 'list-style' && name) lists.set(name, listLevels(el, clamp))
    else if (depth < 2 && el.localName !== 'body') collect(el, styles, lists, clamp, depth + 1)
  }
}

function styleInfo(el: Element): StyleInfo {
  const text = childElements(el).find((c) => c.namespaceURI === STYLE_NS && c.localName === 'text-properties') ?? null
  const weight = text?.getAttributeNS(FO_NS, 'font-weight') || null
  const outline = Number.parseInt(el.getAttributeNS(STYLE_NS, 'default-outline-level') ?? '', 10)
  // the style's own name, "Heading_20_1" or "Title", where it sets no outline level
  const display = el.getAttributeNS(STYLE_NS, 'display-name') || (el.getAttributeNS(STYLE_NS, 'name') ?? '').replaceAll('_20_', ' ')
  return {
    parent: el.getAttributeNS(STYLE_NS, 'parent-style-name') || null,
    bold: weight === null ? null : weight === 'bold' || Number(weight) >= 600,
    list: el.getAttributeNS(STYLE_NS, 'list-style-name') || null,
    outline: outline >= 1 && outline <= 10 ? Math.min(outline, 6) : headingOfStyleName(display),
  }
}

/** The levels of a `text:list-style`, as the list counter reads them. */
function listLevels(style: Element, clamp: ClampStart): (ListLevel | null)[] {
  const levels: (ListLevel | null)[] = Array.from({ length: LEVELS }, () => null)
  for (const el of childElements(style)) {
    const level = Number.parseInt(el.getAttributeNS(TEXT_NS, 'level') ?? '', 10)
    if (!(level >= 1 && level <= LEVELS)) continue
    if (el.localName === 'list-level-style-number') levels[level - 1] = numberLevel(el, level, clamp)
    else if (el.localName === 'list-level-style-bullet') levels[level - 1] = bulletLevel(el)
  }
  return levels
}

/** "1", "I", "i", "A", "a" (ODF 19.500, as XSL-FO's format tokens) → the counter's format names. */
const FORMATS: Record<string, string> = { '1': 'decimal', I: 'upperRoman', i: 'lowerRoman', A: 'upperLetter', a: 'lowerLetter' }

function numberLevel(el: Element, level: number, clamp: ClampStart): ListLevel {
  const format = FORMATS[el.getAttributeNS(STYLE_NS, 'num-format') ?? ''] ?? 'none'
  const start = Number.parseInt(el.getAttributeNS(TEXT_NS, 'start-value') ?? '1', 10)
  // a level without a number format prints no label (prefix and suffix alone are no list number)
  const text = format === 'none' ? null : levelText(el, level)
  return { start: start >= 0 ? clamp(start) : 1, format, custom: null, text, restart: null, legal: false, styleId: null }
}

/**
 * The printed form with "%n" for level n's number: LibreOffice's own `loext:num-list-format` ("%1%.%2%.") when
 * written, else prefix, the shown levels (`text:display-levels`) joined by dots, and suffix.
 */
function levelText(el: Element, level: number): string {
  const own = el.getAttributeNS(LOEXT_NS, 'num-list-format')
  if (own) return own.replace(/%([1-9])%/g, '%$1').replace(/%10%/g, '')
  const shown = Math.min(Math.max(Number.parseInt(el.getAttributeNS(TEXT_NS, 'display-levels') ?? '1', 10) || 1, 1), level)
  const numbers = Array.from({ length: shown }, (_, i) => `%${level - shown + 1 + i}`).join('.')
  return `${el.getAttributeNS(STYLE_NS, 'num-prefix') ?? ''}${numbers}${el.getAttributeNS(STYLE_NS, 'num-suffix') ?? ''}`
}

function bulletLevel(el: Element): ListLevel {
  const glyph = el.getAttributeNS(TEXT_NS, 'bullet-char') || '•'
  return { start: 1, format: 'bullet', custom: null, text: glyph, restart: null, legal: false, styleId: null }
}
