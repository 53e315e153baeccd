/**
 * @module
 * The body of an OpenDocument text (`office:text`) → blocks in reading order: paragraphs and headings with the
 * list labels their `text:list` numbering prints, tables row by row and cell by cell.
 *
 * ODF's list rules, as read here (ODF 1.3 part 3, 5.3): the level of an item is how deep its `text:list` is
 * nested; a list continues an earlier one when it says `text:continue-list` (by xml:id) or
 * `text:continue-numbering` (the last list of its style), and starts anew otherwise; an item's
 * `text:start-value` restarts its level; a `text:list-header` and an item's second paragraph print no label.
 * Counting and printing are the DOCX loader's (Word counts the same way).
 */
import type { Block } from '../nodes.js'
import { normalizeChars, trimAroundBreaks } from '../text/normalize.js'
import { createListCounter, type ListCounter } from './docx-list-counter.js'
import type { ListInstance } from './docx-numbering.js'
import { childElements, isElement, type Element } from './docx-xml.js'
import { TEXT_NS, type ClampStart, type OdtStyles } from './odt-styles.js'
import { dataTableBlock } from './table-block.js'

const TABLE_NS = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const LEVELS = 9
/** `text:s text:c="…"`: spaces written as one element; more than this are no layout of a question */
const MAX_SPACES = 64

export type OdtBody = { blocks: Block[]; notes: number; cutLabels: number }

type Context = {
  styles: OdtStyles
  clamp: ClampStart
  blocks: Block[]
  notes: number
  counter: ListCounter
  /** list key (and style) by xml:id, and by list style (the last list of that style), for continuing lists */
  listById: Map<string, { key: string; style: string | null }>
  lastListOfStyle: Map<string, string>
  lists: number
}

/** Where a paragraph stands in a list: the instance to count in and its level, or null outside lists. */
type ListPlace = { key: string; style: string | null; depth: number; instance: ListInstance | null; labelled: boolean }

export function readOdtBody(text: Element, styles: OdtStyles, clamp: ClampStart, maxLabelLength: number): OdtBody {
  const ctx: Context = {
    styles,
    clamp,
    blocks: [],
    notes: 0,
    counter: createListCounter(maxLabelLength),
    listById: new Map(),
    lastListOfStyle: new Map(),
    lists: 0,
  }
  readContainer(text, ctx, null, false)
  return { blocks: ctx.blocks, notes: ctx.notes, cutLabels: ctx.counter.cutLabels }
}

/** Block-level content: the body, a section, a list item, a table cell. */
function readContainer(container: Element, ctx: Context, place: ListPlace | null, cell: boolean): void {
  let first = true
  for (const el of childElements(container)) {
    const name = el.localName ?? ''
    if (el.namespaceURI === TEXT_NS && (name === 'p' || name === 'h')) {
      readParagraph(el, ctx, first && place?.labelled ? place : null, cell)
      first = false
    } else if (el.namespaceURI === TEXT_NS && name === 'list') readList(el, ctx, place, cell)
    else if (el.namespaceURI === TABLE_NS && name === 'table') readTable(el, ctx)
    else if (isTransparent(el)) readContainer(el, ctx, place, cell)
  }
}

/** Sections, indexes and their bodies hold ordinary paragraphs; tracked deletions, declarations and forms none. */
function isTransparent(el: Element): boolean {
  if (el.namespaceURI !== TEXT_NS) return false
  return [
    'section',
    'index-body',
    'table-of-content',
    'alphabetical-index',
    'illustration-index',
    'table-index',
    'object-index',
    'user-index',
    'bibliography',
    'index-title',
  ].includes(el.localName ?? '')
}

function readList(list: Element, ctx: Context, outer: ListPlace | null, cell: boolean): void {
  const own = list.getAttributeNS(TEXT_NS, 'style-name') || outer?.style || null
  const depth = outer ? Math.min(outer.depth + 1, LEVELS - 1) : 0
  const { key, style } = outer ? { key: outer.key, style: own } : topList(list, own, ctx)
  for (const item of childElements(list)) {
    if (item.namespaceURI !== TEXT_NS || (item.localName !== 'list-item' && item.localName !== 'list-header')) continue
    const labelled = item.localName === 'list-item'
    const start = Number.parseInt(item.getAttributeNS(TEXT_NS, 'start-value') ?? '', 10)
    const instance = listInstance(ctx, key, style, depth, start >= 0 ? ctx.clamp(start) : null)
    readContainer(item, ctx, { key, style, depth, instance, labelled }, cell)
  }
}

/**
 * The counters a top-level list counts with (its own, or those of the list it continues) and its style (its
 * own, or the continued list's).
 */
function topList(list: Element, own: string | null, ctx: Context): { key: string; style: string | null } {
  const continuedId = list.getAttributeNS(TEXT_NS, 'continue-list')
  const previous = own === null ? undefined : ctx.lastListOfStyle.get(own)
  const found =
    (continuedId ? ctx.listById.get(continuedId) : undefined) ??
    (list.getAttributeNS(TEXT_NS, 'continue-numbering') === 'true' && previous ? { key: previous, style: own } : undefined)
  const style = own ?? found?.style ?? null
  const key = found?.key ?? `list ${++ctx.lists}`
  const id = list.getAttributeNS(XML_NS, 'id')
  if (id) ctx.listById.set(id, { key, style })
  if (style !== null) ctx.lastListOfStyle.set(style, key)
  return { key, style }
}

/** An instance for the counter; one with a start override is its own (the counter applies an override once per instance). */
function listInstance(ctx: Context, key: string, style: string | null, depth: number, start: number | null): ListInstance | null {
  const levels = ctx.styles.listLevels(style)
  if (!levels) return null
  return {
    numId: start === null ? 0 : ++ctx.lists,
    listKey: key,
    level: (ilvl) => levels[ilvl] ?? null,
    startOverride: (ilvl) => (ilvl === depth ? start : null),
  }
}

function readParagraph(p: Element, ctx: Context, place: ListPlace | null, cell: boolean): void {
  const style = p.getAttributeNS(TEXT_NS, 'style-name') || null
  const run = { text: '', boldSoFar: true, hasText: false }
  readInline(p, ctx, ctx.styles.bold(style) === true, run)
  const item = place?.instance ? ctx.counter.next(place.instance, place.depth) : null
  const text = trimAroundBreaks(normalizeChars(run.text)).trim()
  if (text === '') return
  const block: Block = {
    type: 'block',
    text,
    label: item?.label ?? null,
    level: item?.label ? item.level : null,
    heading: headingOf(p, style, ctx.styles),
    bold: run.hasText && run.boldSoFar,
  }
  if (cell) block.cell = true
  ctx.blocks.push(block)
}

function headingOf(p: Element, style: string | null, styles: OdtStyles): number | null {
  if (p.localName !== 'h') return styles.heading(style)
  const level = Number.parseInt(p.getAttributeNS(TEXT_NS, 'outline-level') ?? '', 10)
  return level >= 1 ? Math.min(level, 6) : (styles.heading(style) ?? 1)
}

type Run = { text: string; boldSoFar: boolean; hasText: boolean }

/** The text of a paragraph: spans, links and fields as their text; notes, annotations and frames left out. */
function readInline(parent: Element, ctx: Context, bold: boolean, run: Run): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (!isElement(node)) {
      // white space collapses (ODF 6.1.2); a soft hyphen (U+00AD) prints only where a line breaks
      if (node.nodeType === 3 /* text */) append(run, (node.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' ').replaceAll('\u00ad', ''), bold)
      continue
    }
    const name = node.localName ?? ''
    if (node.namespaceURI === TEXT_NS) {
      if (name === 's')
        append(run, ' '.repeat(Math.min(Number.parseInt(node.getAttributeNS(TEXT_NS, 'c') ?? '1', 10) || 1, MAX_SPACES)), bold)
      else if (name === 'tab') append(run, '\t', bold)
      else if (name === 'line-break') run.text += '\n'
      else if (name === 'note') ctx.notes++
      else if (name === 'span') readInline(node, ctx, spanBold(node, ctx.styles) ?? bold, run)
      else if (
        ![
          'bookmark',
          'bookmark-start',
          'bookmark-end',
          'change',
          'change-start',
          'change-end',
          'soft-page-break',
          'tracked-changes',
        ].includes(name)
      )
        readInline(node, ctx, bold, run)
    }
    // draw:frame (images, text boxes), office:annotation: not part of the paragraph's text
  }
}

const spanBold = (span: Element, styles: OdtStyles): boolean | null => styles.bold(span.getAttributeNS(TEXT_NS, 'style-name') || null)

function append(run: Run, text: string, bold: boolean): void {
  run.text += text
  if (text.trim() === '') return
  run.hasText = true
  run.boldSoFar &&= bold
}

/** Rows in order (header rows and row groups unwrapped), cells in order; a grid of data becomes one table block. */
function readTable(table: Element, ctx: Context): void {
  const from = ctx.blocks.length
  const cells: Block[][][] = []
  for (const row of tableRows(table, 0)) {
    const read: Block[][] = []
    for (const cell of childElements(row)) {
      if (cell.namespaceURI !== TABLE_NS) continue
      if (cell.localName === 'covered-table-cell') read.push([])
      if (cell.localName !== 'table-cell') continue
      const start = ctx.blocks.length
      readContainer(cell, ctx, null, true)
      read.push(ctx.blocks.slice(start))
    }
    cells.push(read)
  }
  const block = dataTableBlock(cells)
  if (block) ctx.blocks.splice(from, ctx.blocks.length - from, block)
}

function tableRows(parent: Element, depth: number): Element[] {
  return childElements(parent).flatMap((el) => {
    if (el.namespaceURI !== TABLE_NS) return []
    if (el.localName === 'table-row') return [el]
    const group = ['table-header-rows', 'table-rows', 'table-row-group']
    return depth < 4 && group.includes(el.localName ?? '') ? tableRows(el, depth + 1) : []
  })
}
