/**
 * @module
 * pdf.js text items → lines in reading order. Items on one baseline are joined left to right; a page with
 * columns is read column by column (a title across the page stays where it is). A row is split only at a
 * column gutter, or where a smaller-print piece (a page number in the margin) sits far from the body text.
 *
 * One piece of geometry survives in the text: a list label followed by a tab-wide gap ("1." then the
 * question at the tab stop) is joined with "\t" instead of " ", so that layout can tell a list item from a
 * sentence that starts with "2. Klassen".
 */
import type { LineCell, TextLine } from '../nodes.js'
import { columnOf, findGutters, type Gutter } from '../layout/columns.js'
import { splitLabel } from '../layout/label.js'
import { maxOf, pushAll } from '../arrays.js'

/** A text item reduced to what the layout needs, in page coordinates (origin top-left, y = baseline). */
export type Glyphs = { text: string; x: number; y: number; width: number; fontSize: number; bold: boolean }

const end = (item: Glyphs): number => item.x + item.width

/** On one baseline: close in y, or raised or lowered within the bigger font's x-height (a footnote mark, "m²"). */
const sameBaseline = (a: Glyphs, b: Glyphs): boolean => {
  const [small, big] = a.fontSize <= b.fontSize ? [a, b] : [b, a]
  const limit = small.fontSize < 0.8 * big.fontSize ? 0.5 * big.fontSize : 0.4 * small.fontSize
  return Math.abs(a.y - b.y) <= limit
}

/** Groups items into baselines, top to bottom, each sorted left to right. */
function groupBaselines(items: Glyphs[]): Glyphs[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: Glyphs[][] = []
  for (const item of sorted) {
    // sorted by y, so a baseline's items are neighbours: only the last row can take this item
    const row = rows[rows.length - 1]
    if (row && sameBaseline(row[0]!, item)) row.push(item)
    else rows.push([item])
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x)
  return rows
}

/** Splits a row at the page's gutters; a piece crossing a gutter keeps the row whole (column -1). */
function splitAtGutters(row: Glyphs[], gutters: readonly Gutter[]): { column: number; items: Glyphs[] }[] {
  if (gutters.length === 0) return [{ column: 0, items: row }]
  const columns = row.map((item) => columnOf(item.x, end(item), gutters))
  if (columns.includes(-1)) return [{ column: -1, items: row }]
  const parts = new Map<number, Glyphs[]>()
  row.forEach((item, i) => {
    const part = parts.get(columns[i]!)
    if (part) part.push(item)
    else parts.set(columns[i]!, [item])
  })
  return [...parts].map(([column, items]) => ({ column, items }))
}

/** Splits off a piece in smaller print far from its neighbour: a page number or margin note beside a line. */
function splitMarginPieces(items: Glyphs[]): Glyphs[][] {
  const parts: Glyphs[][] = [[]]
  let previous: Glyphs | undefined
  for (const item of items) {
    const current = parts[parts.length - 1]!
    const far = previous !== undefined && item.x - end(previous) > 1.5 * Math.max(item.fontSize, previous.fontSize)
    if (far && Math.abs(item.fontSize - previous!.fontSize) > 0.75) parts.push([item])
    else current.push(item)
    previous = item
  }
  return parts
}

/**
 * Orders the pieces of a page: rows top to bottom, except that between rows crossing a gutter, each column
 * is read to its end before the next one starts.
 */
function readingOrder(rows: Glyphs[][], gutters: readonly Gutter[]): Glyphs[][] {
  const ordered: Glyphs[][] = []
  let region: Glyphs[][][] = []
  const flush = () => {
    for (const column of region) if (column) pushAll(ordered, column)
    region = []
  }
  for (const row of rows) {
    for (const { column, items } of splitAtGutters(row, gutters)) {
      if (column < 0) {
        flush()
        ordered.push(items)
      } else (region[column] ??= []).push(items)
    }
  }
  flush()
  return ordered
}

const isBareLabel = (text: string): boolean => {
  const split = splitLabel(`${text} x`)
  return split !== null && split.body === 'x'
}

/** The gap after a leading label is a tab when it is wide and wider than any other gap on the line. */
function labelTabAt(items: Glyphs[], startsWithLabel: boolean): number {
  if (items.length < 2 || !startsWithLabel) return -1
  const gaps = items.slice(1).map((item, i) => item.x - end(items[i]!))
  const [first, ...others] = gaps
  const fontSize = items[0]!.fontSize
  return first! >= 0.6 * fontSize && others.every((gap) => gap < 0.7 * first!) ? 1 : -1
}

function toLine(items: Glyphs[]): TextLine {
  const startsWithLabel = isBareLabel(items[0]!.text.trim())
  const tabAt = labelTabAt(items, startsWithLabel)
  let text = ''
  let right = -Infinity
  let boldChars = 0
  let chars = 0
  items.forEach((item, i) => {
    const gap = item.x - right
    const afterLabel = i === 1 && startsWithLabel
    if (i === tabAt) text += '\t'
    else if (text !== '' && (gap > 0.15 * item.fontSize || afterLabel) && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' '
    text += item.text
    right = Math.max(right, end(item))
    chars += item.text.length
    if (item.bold) boldChars += item.text.length
  })
  const first = items[0]!
  const fontSize = maxOf(items.map((i) => i.fontSize))
  // the baseline of the line's biggest print: a raised footnote mark must not pull it up
  const main = items.filter((i) => i.fontSize >= fontSize - 0.5)
  const y = main.reduce((sum, i) => sum + i.y, 0) / main.length
  const round = (n: number) => Math.round(n * 100) / 100
  const clean = text
    .replace(/[^\S\t]+/g, ' ')
    .replace(/ ?\t ?/g, '\t')
    .trim()
  const bold = chars > 0 && boldChars / chars > 0.5
  const line: TextLine = {
    type: 'line',
    text: clean,
    x: round(first.x),
    y: round(y),
    width: round(right - first.x),
    fontSize: round(fontSize),
    bold,
  }
  const cells = cellsOf(items)
  if (cells.length >= 2) line.cells = cells
  const ends = { start: first.bold, end: items[items.length - 1]!.bold }
  return ends.start === bold && ends.end === bold ? line : { ...line, boldEnds: ends }
}

/** A gap this many font sizes wide parts a line into cells: wider than the word spaces of justified text. */
const CELL_GAP = 0.75

/** The line's pieces between wide gaps, for layout/tables.ts to find columns. */
function cellsOf(items: Glyphs[]): LineCell[] {
  const cells: { parts: string[]; x: number; right: number }[] = []
  for (const item of items) {
    const last = cells[cells.length - 1]
    const gap = last ? item.x - last.right : Infinity
    if (last && gap < CELL_GAP * item.fontSize) {
      if (gap > 0.15 * item.fontSize) last.parts.push(' ')
      last.parts.push(item.text)
      last.right = Math.max(last.right, end(item))
    } else cells.push({ parts: [item.text], x: item.x, right: end(item) })
  }
  const round = (n: number) => Math.round(n * 100) / 100
  return cells
    .map((c) => ({ text: c.parts.join('').replace(/\s+/g, ' ').trim(), x: round(c.x), right: round(c.right) }))
    .filter((c) => c.text !== '')
}

/** Drops an item printed twice over itself (simulated bold), which would double the text. */
function dropOverprints(row: Glyphs[]): Glyphs[] {
  return row.filter((item, i) => {
    const before = row[i - 1]
    return !before || before.text !== item.text || Math.abs(before.x - item.x) > 0.2 * item.fontSize
  })
}

/** Turns a page's text items into lines in reading order. */
export function itemsToLines(items: Glyphs[]): TextLine[] {
  const visible = items.filter((i) => i.text.trim() !== '' && i.fontSize > 0)
  const rows = groupBaselines(visible).map(dropOverprints)
  const gutters = findGutters(rows.map((row) => ({ spans: row.map((i): [number, number] => [i.x, end(i)]), fontSize: row[0]!.fontSize })))
  return readingOrder(rows, gutters)
    .flatMap(splitMarginPieces)
    .filter((part) => part.length > 0)
    .map(toLine)
    .filter((line) => line.text !== '')
}
