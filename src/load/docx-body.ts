/**
 * @module
 * The document body → blocks in reading order: paragraphs with their restored list labels, tables row by row
 * and cell by cell, content controls unwrapped, text boxes after the paragraph that anchors them.
 */
import type { Block } from '../nodes.js'
import { normalizeChars, trimAroundBreaks } from '../text/normalize.js'
import { createListCounter, paragraphNumbering, type ListCounter, type ListItem } from './docx-list-counter.js'
import type { NumberingDefinitions } from './docx-numbering.js'
import { readParagraphContent } from './docx-runs.js'
import { dataTableBlock } from './table-block.js'
import type { Styles } from './docx-styles.js'
import { childElements, isW, isWordElement, toInt, wChild, wChildVal, type Element } from './docx-xml.js'

export type BodyResult = {
  blocks: Block[]
  footnotes: number
  endnotes: number
  /** `w:altChunk`: content imported from another file (HTML, RTF) that Word converts only when opening */
  altChunks: number
  /** list labels longer than `maxLabelLength`, cut */
  cutLabels: number
}

type Context = Omit<BodyResult, 'cutLabels'> & {
  styles: Styles
  definitions: NumberingDefinitions
  counter: ListCounter
}

/** Block-level wrappers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(['sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag'])

export function readBody(document: Element, styles: Styles, definitions: NumberingDefinitions, maxLabelLength: number): BodyResult {
  const counter = createListCounter(maxLabelLength)
  const ctx: Context = { blocks: [], footnotes: 0, endnotes: 0, altChunks: 0, styles, definitions, counter }
  const body = wChild(document, 'body')
  if (body) readContainer(body, ctx, false)
  const { blocks, footnotes, endnotes, altChunks } = ctx
  return { blocks, footnotes, endnotes, altChunks, cutLabels: counter.cutLabels }
}

/** Reads block-level content: the body, a table cell, a text box, a content control. */
function readContainer(container: Element, ctx: Context, cell: boolean): void {
  // text of a paragraph whose mark was deleted (a tracked change): it joins the next paragraph
  let carried = ''
  for (const el of childElements(container)) {
    if (!isWordElement(el)) continue
    const name = el.localName ?? ''
    if (name === 'p') {
      carried = readParagraph(el, ctx, cell, carried)
      continue
    }
    // a deleted paragraph mark before a table has no paragraph to join: its text stands alone
    carried = flushCarried(ctx, carried, cell)
    if (name === 'tbl') readTable(el, ctx)
    else if (name === 'sdt') readContainer(wChild(el, 'sdtContent') ?? el, ctx, cell)
    else if (TRANSPARENT.has(name)) readContainer(el, ctx, cell)
    else if (name === 'altChunk') ctx.altChunks++
    // sectPr, bookmarks, del, moveFrom … carry no text of their own
  }
  flushCarried(ctx, carried, cell)
}

/**
 * Rows in order, cells in order; rows deleted as tracked changes are left out. A grid of data becomes one block
 * holding the table (a cell spanning columns leaves the places it covers blank); any other table, questions in
 * cells included, stays its cells' paragraphs.
 */
function readTable(tbl: Element, ctx: Context): void {
  const from = ctx.blocks.length
  const cells: Block[][][] = []
  for (const row of unwrapped(tbl, 'tr')) {
    if (wChild(wChild(row, 'trPr'), 'del')) continue
    const read: Block[][] = []
    for (const cell of unwrapped(row, 'tc')) {
      const start = ctx.blocks.length
      readContainer(cell, ctx, true)
      read.push(ctx.blocks.slice(start))
      const span = Math.min(toInt(wChildVal(wChild(cell, 'tcPr'), 'gridSpan')) ?? 1, 64)
      for (let i = 1; i < span; i++) read.push([])
    }
    cells.push(read)
  }
  const table = dataTableBlock(cells)
  if (table) ctx.blocks.splice(from, ctx.blocks.length - from, table)
}

/** Children `w:<local>` of `parent`, also those wrapped in content controls or custom XML. */
function unwrapped(parent: Element, local: string): Element[] {
  return childElements(parent).flatMap((el) => {
    if (isW(el, local)) return [el]
    if (isW(el, 'sdt')) return unwrapped(wChild(el, 'sdtContent') ?? el, local)
    if (isW(el, 'customXml') || isW(el, 'sdtContent')) return unwrapped(el, local)
    return []
  })
}

/** Reads one paragraph and returns the text it carries over to the next one (see `readContainer`). */
function readParagraph(p: Element, ctx: Context, cell: boolean, carried: string): string {
  const pPr = wChild(p, 'pPr')
  const styleId = wChildVal(pPr, 'pStyle')
  const content = readParagraphContent(p, ctx.styles, ctx.styles.paragraphBold(styleId) === true)
  ctx.footnotes += content.footnotes
  ctx.endnotes += content.endnotes
  // accepting a deleted paragraph mark merges the paragraph into the next one, which keeps its own properties
  const markDeleted = wChild(wChild(pPr, 'rPr'), 'del') !== null
  if (!markDeleted) {
    const numbering = paragraphNumbering(pPr, styleId, ctx.styles, ctx.definitions)
    const item = numbering ? ctx.counter.next(numbering.instance, numbering.ilvl) : null
    pushBlock(ctx, carried + content.text, { item, heading: headingOf(pPr, styleId, ctx.styles), bold: content.bold, cell })
  }
  for (const box of content.textBoxes) readContainer(box, ctx, cell)
  return markDeleted ? carried + content.text : ''
}

/** Direct outline level first (0-based, 9 = body text), then the style's heading level. */
function headingOf(pPr: Element | null, styleId: string | null, styles: Styles): number | null {
  const outline = toInt(wChildVal(pPr, 'outlineLvl'))
  if (outline !== null) return outline >= 0 && outline < 9 ? Math.min(outline + 1, 6) : null
  return styles.heading(styleId)
}

type BlockProps = { item: ListItem | null; heading: number | null; bold: boolean; cell: boolean }

function pushBlock(ctx: Context, raw: string, props: BlockProps): void {
  const text = trimAroundBreaks(normalizeChars(raw)).trim()
  if (text === '') return
  const block: Block = {
    type: 'block',
    text,
    label: props.item?.label ?? null,
    // a list level without a printed label (format "none", hidden number) is not shown as a list item
    level: props.item?.label ? props.item.level : null,
    heading: props.heading,
    bold: props.bold,
  }
  if (props.cell) block.cell = true
  ctx.blocks.push(block)
}

/** Text left over from a deleted paragraph mark with no paragraph after it becomes a block of its own. */
function flushCarried(ctx: Context, carried: string, cell: boolean): string {
  if (carried !== '') pushBlock(ctx, carried, { item: null, heading: null, bold: false, cell })
  return ''
}
