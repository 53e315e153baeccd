/**
 * @module
 * pdf.js text items → lines. Items on one baseline are joined in x order; a wide gap splits a baseline into
 * separate lines (two columns, a header's left and right parts), except after a list label.
 */
import type { TextLine } from '../nodes.js'
import { splitLabel } from '../layout/label.js'

/** A text item reduced to what the layout needs, in page coordinates (origin top-left, y = baseline). */
export type Glyphs = { text: string; x: number; y: number; width: number; fontSize: number; bold: boolean }

const sameBaseline = (a: Glyphs, b: Glyphs): boolean => Math.abs(a.y - b.y) <= 0.4 * Math.min(a.fontSize, b.fontSize)

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
  return rows.sort((a, b) => a[0]!.y - b[0]!.y)
}

function toLine(items: Glyphs[]): TextLine {
  let text = ''
  let end = -Infinity
  let boldChars = 0
  let chars = 0
  for (const item of items) {
    const gap = item.x - end
    if (text !== '' && gap > 0.15 * item.fontSize && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' '
    text += item.text
    end = Math.max(end, item.x + item.width)
    chars += item.text.length
    if (item.bold) boldChars += item.text.length
  }
  const first = items[0]!
  const fontSize = Math.max(...items.map((i) => i.fontSize))
  const y = items.reduce((sum, i) => sum + i.y, 0) / items.length
  const round = (n: number) => Math.round(n * 100) / 100
  return { type: 'line', text: text.replace(/\s+/g, ' ').trim(), x: round(first.x), y: round(y), width: round(end - first.x), fontSize: round(fontSize), bold: chars > 0 && boldChars / chars > 0.5 }
}

/** Splits a baseline where a gap is wider than a column gutter, unless the left side is a list label. */
function splitAtGaps(row: Glyphs[]): Glyphs[][] {
  const parts: Glyphs[][] = [[]]
  let end = -Infinity
  for (const item of row) {
    const current = parts[parts.length - 1]!
    const gap = item.x - end
    const leftText = current.map((i) => i.text).join('').trim()
    if (current.length > 0 && gap > 2.5 * item.fontSize && !isBareLabel(leftText)) parts.push([item])
    else current.push(item)
    end = Math.max(end, item.x + item.width)
  }
  return parts
}

const isBareLabel = (text: string): boolean => {
  const split = splitLabel(`${text} x`)
  return split !== null && split.body === 'x'
}

/** Turns a page's text items into lines in reading order (top to bottom, left to right). */
export function itemsToLines(items: Glyphs[]): TextLine[] {
  const visible = items.filter((i) => i.text.trim() !== '' && i.fontSize > 0)
  return groupBaselines(visible)
    .flatMap(splitAtGaps)
    .filter((part) => part.length > 0)
    .map(toLine)
    .filter((line) => line.text !== '')
}
