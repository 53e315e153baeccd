/**
 * @module
 * styles.xml: what a paragraph or character style contributes to a block — heading level, bold, and list
 * numbering — resolved through the `w:basedOn` chain, with the document defaults at the end of the chain.
 */
import { childElements, isW, onOff, toInt, wAttr, wChild, wChildVal, type Element } from './docx-xml.js'

/** Numbering a paragraph gets from its style (`w:pPr/w:numPr` of the style). */
export type StyleNumbering = { numId: number; ilvl: number | null; styleId: string }

export type Styles = {
  /** heading level 1..6 the paragraph style gives, or null */
  heading(styleId: string | null): number | null
  /** bold set by the paragraph style (or the document defaults), or null when nothing sets it */
  paragraphBold(styleId: string | null): boolean | null
  /** bold set by a character style */
  characterBold(styleId: string | null): boolean | null
  numbering(styleId: string | null): StyleNumbering | null
}

type StyleRecord = {
  id: string
  name: string
  basedOn: string | null
  outlineLevel: number | null
  bold: boolean | null
  numbering: { numId: number; ilvl: number | null } | null
}

/** basedOn chains longer than this are broken (a cycle, or a generator gone wrong). */
const MAX_CHAIN = 20
/** The outline level Word uses for body text. */
const BODY_TEXT_OUTLINE = 9
/** Built-in heading style names as Word, LibreOffice and localized Office versions store them. */
const HEADING_NAME = /^(?:heading|überschrift|titre|titolo|título|kop|nagłówek|rubrik|otsikko)\s*([1-9])$/i
/** Style ids of headings; German Word drops the "Ü" of "Überschrift 1" and writes "berschrift1". */
const HEADING_ID = /^(?:heading|berschrift|Überschrift)([1-9])$/i
const TITLE = /^(?:title|titel|titre|titolo|título)$/i

/** The heading level a style's name says ("Heading 2", "Überschrift 1", "Title"), for the formats that name styles only. */
export function headingOfStyleName(name: string): number | null {
  const match = HEADING_NAME.exec(name.trim())
  if (match) return Math.min(Number(match[1]), 6)
  return TITLE.test(name.trim()) ? 1 : null
}

export function readStyles(root: Element | null): Styles {
  const records = new Map<string, StyleRecord>()
  let defaultParagraph: string | null = null
  for (const el of root ? childElements(root) : []) {
    if (!isW(el, 'style')) continue
    const record = readStyle(el)
    if (!record) continue
    records.set(record.id, record)
    if (wAttr(el, 'type') === 'paragraph' && isDefault(el)) defaultParagraph = record.id
  }
  const defaultBold = root ? onOff(wChild(wChild(wChild(wChild(root, 'docDefaults'), 'rPrDefault'), 'rPr'), 'b')) : null
  return stylesFrom(records, defaultParagraph, defaultBold)
}

const isDefault = (el: Element): boolean => ['1', 'true', 'on'].includes((wAttr(el, 'default') ?? '').toLowerCase())

function readStyle(el: Element): StyleRecord | null {
  const id = wAttr(el, 'styleId')
  if (id === null) return null
  const pPr = wChild(el, 'pPr')
  const numPr = wChild(pPr, 'numPr')
  const numId = toInt(wChildVal(numPr, 'numId'))
  return {
    id,
    name: wChildVal(el, 'name') ?? '',
    basedOn: wChildVal(el, 'basedOn'),
    outlineLevel: toInt(wChildVal(pPr, 'outlineLvl')),
    bold: onOff(wChild(wChild(el, 'rPr'), 'b')),
    numbering: numId === null ? null : { numId, ilvl: toInt(wChildVal(numPr, 'ilvl')) },
  }
}

function stylesFrom(records: Map<string, StyleRecord>, defaultParagraph: string | null, defaultBold: boolean | null): Styles {
  /** The first answer along the basedOn chain, starting at `styleId` (or the default paragraph style). */
  const firstInChain = <T>(styleId: string | null, pick: (record: StyleRecord) => T | null, fallback: string | null): T | null => {
    let record = records.get(styleId ?? '') ?? records.get(fallback ?? '')
    for (let depth = 0; record && depth < MAX_CHAIN; depth++) {
      const found = pick(record)
      if (found !== null) return found
      record = record.basedOn === null ? undefined : records.get(record.basedOn)
    }
    return null
  }
  const cached = <T>(compute: (styleId: string | null) => T) => {
    const cache = new Map<string | null, T>()
    return (styleId: string | null): T => {
      if (!cache.has(styleId)) cache.set(styleId, compute(styleId))
      return cache.get(styleId) as T
    }
  }
  return {
    heading: cached((id) => firstInChain(id, headingOf, defaultParagraph) || null),
    paragraphBold: cached((id) => firstInChain(id, (r) => r.bold, defaultParagraph) ?? defaultBold),
    characterBold: cached((id) => (id === null ? null : firstInChain(id, (r) => r.bold, null))),
    numbering: cached((id) => firstInChain(id, (r) => (r.numbering ? { ...r.numbering, styleId: r.id } : null), defaultParagraph)),
  }
}

/** A style's own heading level: its outline level, else its name; 0 for "body text" (stops the chain). */
function headingOf(record: StyleRecord): number | null {
  if (record.outlineLevel !== null) return record.outlineLevel >= BODY_TEXT_OUTLINE ? 0 : Math.min(record.outlineLevel + 1, 6)
  const match = HEADING_NAME.exec(record.name.trim()) ?? HEADING_ID.exec(record.id)
  if (match) return Math.min(Number(match[1]), 6)
  if (TITLE.test(record.name.trim()) || TITLE.test(record.id)) return 1
  return null
}
