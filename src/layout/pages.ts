/**
 * @module
 * Positioned lines → draft paragraphs. Running headers and footers go first; then each line is placed in its
 * column (edges measured per page), and consecutive lines are grouped into paragraphs by the rules of
 * line-breaks.ts, in one pass over the whole document, so a paragraph runs on over page and column breaks.
 */
import type { Page, TextLine } from '../nodes.js'
import type { Warning } from '../schema.js'
import { columnOf, findGutters, type Row } from './columns.js'
import { joinParagraphLines } from './hyphenation.js'
import { splitLabel } from './label.js'
import { startsParagraph, type Metrics, type Placed } from './line-breaks.js'
import { draftFrom, type Draft } from './paragraphs.js'
import { removeRunningLines } from './running.js'

/** The text area: where most body lines start, and where the longest ones end. */
type Area = { left: number; right: number }

export function pagesToDrafts(pages: readonly Page[]): { drafts: Draft[]; warnings: Warning[] } {
  const { pages: clean } = removeRunningLines(pages)
  const metrics = measure(clean)
  const area = textArea(clean, metrics)
  const placed = clean.flatMap((page) => placeLines(page, area, metrics))
  const paragraphs = groupParagraphs(placed, metrics)
  const levels = labelLevels(paragraphs)
  const headingSizes = headingLevels(paragraphs, metrics)
  const justified = isJustified(paragraphs)
  const drafts = paragraphs.map((group) => {
    const first = group[0]!
    return draftFrom(joinParagraphLines(restoreSoftHyphens(group, justified)), {
      page: first.page,
      bold: group.every((p) => p.line.bold),
      indent: Math.round((first.line.x - first.left) * 10) / 10,
      heading: headingSizes.get(first.line.fontSize) ?? null,
      level: levels.get(group) ?? null,
    })
  })
  return { drafts, warnings: [] }
}

/** The most common value, weighted; rounds to half points so near-equal values count together. */
function mode(values: Iterable<[number, number]>): number | undefined {
  const counts = new Map<number, number>()
  for (const [value, weight] of values) {
    const key = Math.round(value * 2) / 2
    counts.set(key, (counts.get(key) ?? 0) + weight)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

const percentile = (values: number[], p: number): number | undefined => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]

/** Body font size (by characters) and line spacing: the smallest gap between body lines that is common. */
function measure(pages: readonly Page[]): Metrics {
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
  const most = Math.max(0, ...counts.values())
  // paragraph gaps can outnumber line gaps (one-line list items): take the smallest gap that is common
  const common = [...counts].filter(([, n]) => n >= Math.max(2, most * 0.25)).map(([gap]) => gap)
  const spacing = common.length > 0 ? Math.min(...common) : fontSize * 1.2
  return { fontSize, spacing }
}

function textArea(pages: readonly Page[], m: Metrics): Area {
  const body = pages.flatMap((p) => p.lines).filter((l) => Math.abs(l.fontSize - m.fontSize) < 0.5)
  const left = mode(body.map((l): [number, number] => [l.x, 1])) ?? 0
  const right = percentile(body.map((l) => l.x + l.width), 0.9) ?? left + 1
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
function placeLines(page: Page, area: Area, m: Metrics): Placed[] {
  const gutters = findGutters(rowsOf(page.lines))
  const columns = page.lines.map((l) => (gutters.length > 0 ? columnOf(l.x, l.x + l.width, gutters) : -1))
  const edges = new Map<number, Area>()
  for (const column of new Set(columns)) {
    const lines = page.lines.filter((_, i) => columns[i] === column)
    edges.set(column, column < 0 ? narrowPage(lines, area, m) : { left: Math.min(...lines.map((l) => l.x)), right: Math.max(...lines.map((l) => l.x + l.width)) })
  }
  // footnotes: small print below the last line of body text
  const bodyEnd = Math.max(...page.lines.filter((l) => Math.abs(l.fontSize - m.fontSize) < 0.75).map((l) => l.y))
  let previous: TextLine | undefined
  return page.lines.map((line, i) => {
    const { left, right } = edges.get(columns[i]!)!
    const aside = isMarginPrint(line, page, m) || (line.fontSize < m.fontSize - 0.75 && line.y > bodyEnd)
    const flowStart = !aside && (!previous || line.y < previous.y - 0.5 * line.fontSize)
    if (!aside) previous = line
    return { line, page: page.number, left, right, flowStart, aside }
  })
}

/** Smaller than the body text and in the outer tenth of the page: a header or footer of some kind. */
const isMarginPrint = (line: TextLine, page: Page, m: Metrics): boolean =>
  line.fontSize < m.fontSize - 0.75 && (line.y < page.height * 0.1 || line.y > page.height * 0.9)

/** A page of many lines that all end well short of the text area's right edge: one column of several. */
function narrowPage(lines: readonly TextLine[], area: Area, m: Metrics): Area {
  const body = lines.filter((l) => Math.abs(l.fontSize - m.fontSize) < 0.5)
  const right = Math.max(...body.map((l) => l.x + l.width))
  const narrow = body.length >= 6 && right < area.left + 0.85 * (area.right - area.left)
  return narrow ? { left: Math.min(...body.map((l) => l.x)), right } : area
}

/** One pass over all lines; margin print waits beside the paragraph that runs across it, then follows it. */
function groupParagraphs(placed: readonly Placed[], m: Metrics): Placed[][] {
  const body = placed.filter((p) => !p.aside)
  const paragraphs: Placed[][] = []
  let aside: Placed[][] = []
  let open: Placed[] | undefined
  let b = 0
  for (const current of placed) {
    if (current.aside) {
      aside.push([current])
      continue
    }
    const previous = body[b - 1]
    if (!open || !previous || startsParagraph(previous, current, body[b + 1], open, m)) {
      paragraphs.push(...aside)
      aside = []
      open = [current]
      paragraphs.push(open)
    } else open.push(current)
    b++
  }
  paragraphs.push(...aside)
  return paragraphs
}

/** Justified text: most lines that go on in their paragraph end at their column's right edge. */
function isJustified(paragraphs: readonly Placed[][]): boolean {
  let inner = 0
  let flush = 0
  for (const paragraph of paragraphs) {
    for (const p of paragraph.slice(0, -1)) {
      inner++
      if (Math.abs(p.right - (p.line.x + p.line.width)) < 0.6) flush++
    }
  }
  return inner >= 3 && flush >= 0.6 * inner
}

/**
 * pdf.js leaves a soft hyphen (U+00AD, a format character) out of the text even where one was printed at a
 * line end, as in Word's PDFs. In justified text such a line stops short of the margin by just a hyphen's
 * width: the soft hyphen is put back there, so that joining the lines makes the word whole again.
 */
function restoreSoftHyphens(paragraph: readonly Placed[], justified: boolean): string[] {
  return paragraph.map((p, i) => {
    const next = paragraph[i + 1]
    if (!justified || !next) return p.line.text
    const short = p.right - (p.line.x + p.line.width)
    const hyphenWide = short > 0.15 * p.line.fontSize && short < 0.5 * p.line.fontSize
    return hyphenWide && /\p{L}$/u.test(p.line.text) && /^\p{Ll}/u.test(next.line.text) ? `${p.line.text}\u00AD` : p.line.text
  })
}

/** Nesting level of labelled paragraphs from the label's indentation, ranked (0 = leftmost). */
function labelLevels(paragraphs: readonly Placed[][]): Map<Placed[], number> {
  const indentOf = (p: Placed[]) => Math.round((p[0]!.line.x - p[0]!.left) / 6)
  const labelled = paragraphs.filter((p) => splitLabel(p[0]!.line.text) !== null)
  const indents = [...new Set(labelled.map(indentOf))].sort((a, b) => a - b)
  return new Map(labelled.map((p) => [p, indents.indexOf(indentOf(p))]))
}

/** Heading level by font size: larger than the body text, biggest first. */
function headingLevels(paragraphs: readonly Placed[][], m: Metrics): Map<number, number> {
  const sizes = [...new Set(paragraphs.map((p) => p[0]!.line.fontSize).filter((s) => s > m.fontSize + 0.75))].sort((a, b) => b - a)
  return new Map(sizes.slice(0, 6).map((size, i) => [size, i + 1]))
}
