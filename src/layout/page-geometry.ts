/**
 * @module
 * The measures of a PDF's pages: the body text's size and line spacing, the text area, and each line's place
 * in it (its column's edges, whether it opens a page or column, whether it is small print in a margin).
 */
import { maxOf, minOf } from '../arrays.js'
import type { Page, TextLine } from '../nodes.js'
import { columnOf, findGutters, type Row } from './columns.js'
import type { Metrics, Placed } from './line-breaks.js'

/** The text area: where most body lines start, and where the longest ones end. */
export type Area = { left: number; right: number }

/** The most common value, weighted; rounds to half points so near-equal values count together. */
function mode(values: Iterable<[number, number]>): number | undefined {
  const counts = new Map<number, number>()
  for (const [value, weight] of values) {
    const key = Math.round(value * 2) / 2
    counts.set(key, (counts.get(key) ?? 0) + weight)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

const percentile = (values: number[], p: number): number | undefined =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]

/** Body font size (by characters) and line spacing: the smallest gap between body lines that is common. */
export function measure(pages: readonly Page[]): Metrics {
  const fontSize = mode(pages.flatMap((p) => p.lines.map((l): [number, number] => [l.fontSize, l.text.length]))) ?? 12
  const counts = new Map<number, number>()
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const next = page.lines[i + 1]
      const gap = next ? Math.round((next.y - line.y) * 2) / 2 : 0
      if (next && Math.abs(next.fontSize - fontSize) < 0.5 && Math.abs(line.fontSize - fontSize) < 0.5 && gap > 0.8 * fontSize) {
        counts.set(gap, (counts.get(gap) ?? 0) + 1)
      }
    })
  }
  const most = maxOf(counts.values(), 0)
  // paragraph gaps can outnumber line gaps (one-line list items): take the smallest gap that is common
  const common = [...counts].filter(([, n]) => n >= Math.max(2, most * 0.25)).map(([gap]) => gap)
  const spacing = common.length > 0 ? minOf(common) : fontSize * 1.2
  return { fontSize, spacing }
}

export function textArea(pages: readonly Page[], m: Metrics): Area {
  const body = pages.flatMap((p) => p.lines).filter((l) => Math.abs(l.fontSize - m.fontSize) < 0.5)
  const left = mode(body.map((l): [number, number] => [l.x, 1])) ?? 0
  const right =
    percentile(
      body.map((l) => l.x + l.width),
      0.9
    ) ?? left + 1
  return { left, right: Math.max(right, left + 1) }
}

/** Rows of a page's lines by baseline, for gutter finding (lines come in reading order, not by row). */
function rowsOf(lines: readonly TextLine[]): Row[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: { y: number; row: Row }[] = []
  for (const line of sorted) {
    const last = rows[rows.length - 1]
    const span: [number, number] = [line.x, line.x + line.width]
    if (last && Math.abs(last.y - line.y) <= 0.4 * line.fontSize) last.row.spans.push(span)
    else rows.push({ y: line.y, row: { spans: [span], fontSize: line.fontSize } })
  }
  return rows.map((r) => r.row)
}

/** Places a page's lines in their columns; a page whose text stays narrow gets its own right edge. */
export function placeLines(page: Page, area: Area, m: Metrics): Placed[] {
  const gutters = findGutters(rowsOf(page.lines))
  const columns = page.lines.map((l) => (gutters.length > 0 ? columnOf(l.x, l.x + l.width, gutters) : -1))
  const edges = new Map<number, Area>()
  for (const column of new Set(columns)) {
    const lines = page.lines.filter((_, i) => columns[i] === column)
    edges.set(
      column,
      column < 0 ? narrowPage(lines, area, m) : { left: minOf(lines.map((l) => l.x)), right: maxOf(lines.map((l) => l.x + l.width)) }
    )
  }
  // footnotes: small print below the last line of body text
  const bodyEnd = maxOf(page.lines.filter((l) => Math.abs(l.fontSize - m.fontSize) < 0.75).map((l) => l.y))
  let previous: TextLine | undefined
  return page.lines.map((line, i) => {
    const { left, right } = edges.get(columns[i]!)!
    const aside = isMarginPrint(line, page, m) || (isSmallPrint(line, m) && line.y > bodyEnd)
    const flowStart = !aside && (!previous || line.y < previous.y - 0.5 * line.fontSize)
    if (!aside) previous = line
    return { line, page: page.number, left, right, flowStart, aside }
  })
}

/** Clearly smaller than the body text: a tenth and most of a point (OCR's size estimates wobble less). */
const isSmallPrint = (line: TextLine, m: Metrics): boolean => line.fontSize < Math.min(m.fontSize - 0.75, 0.9 * m.fontSize)

/** Smaller than the body text and in the outer tenth of the page: a header or footer of some kind. */
const isMarginPrint = (line: TextLine, page: Page, m: Metrics): boolean =>
  isSmallPrint(line, m) && (line.y < page.height * 0.1 || line.y > page.height * 0.9)

/** A page of many lines that all end well short of the text area's right edge: one column of several. */
function narrowPage(lines: readonly TextLine[], area: Area, m: Metrics): Area {
  const body = lines.filter((l) => Math.abs(l.fontSize - m.fontSize) < 0.5)
  const right = maxOf(body.map((l) => l.x + l.width))
  const narrow = body.length >= 6 && right < area.left + 0.85 * (area.right - area.left)
  return narrow ? { left: minOf(body.map((l) => l.x)), right } : area
}
