/**
 * @module
 * Positioned lines → draft paragraphs. A paragraph breaks at a wider vertical gap, a change of font size or
 * weight, a list label after a finished sentence, a first-line indent, or a short line that ends a sentence.
 * A paragraph that runs over a page break is joined with its continuation on the next page.
 */
import type { Page, TextLine } from '../nodes.js'
import type { Warning } from '../schema.js'
import { joinParagraphLines } from './hyphenation.js'
import { splitLabel } from './label.js'
import { draftFrom, type Draft } from './paragraphs.js'
import { removeRunningLines } from './running.js'

const SENTENCE_END = /[.?!:;]["“”'»)]*$/

/** Typical measures of the body text, from the lines themselves. */
type Metrics = { fontSize: number; spacing: number; left: number; right: number }

type Group = { page: number; lines: TextLine[] }

export function pagesToDrafts(pages: readonly Page[]): { drafts: Draft[]; warnings: Warning[] } {
  const { pages: clean } = removeRunningLines(pages)
  const metrics = measure(clean)
  const groups = joinAcrossPages(clean.flatMap((page) => groupLines(page, metrics)), metrics)
  const levels = labelLevels(groups, metrics)
  const headingSizes = headingLevels(groups, metrics)
  const drafts = groups.map((group) => {
    const first = group.lines[0]!
    const text = joinParagraphLines(group.lines.map((l) => l.text))
    return draftFrom(text, {
      page: group.page,
      bold: group.lines.every((l) => l.bold),
      indent: first.x,
      heading: headingSizes.get(first.fontSize) ?? null,
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

function measure(pages: readonly Page[]): Metrics {
  const lines = pages.flatMap((p) => p.lines)
  const fontSize = mode(lines.map((l) => [l.fontSize, l.text.length])) ?? 12
  const gaps: [number, number][] = []
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const next = page.lines[i + 1]
      if (next && Math.abs(next.fontSize - fontSize) < 0.5 && next.y > line.y) gaps.push([next.y - line.y, 1])
    })
  }
  const spacing = mode(gaps) ?? fontSize * 1.2
  const body = lines.filter((l) => Math.abs(l.fontSize - fontSize) < 0.5)
  const left = mode(body.map((l) => [l.x, 1])) ?? 0
  const right = Math.max(...body.map((l) => l.x + l.width), left + 1)
  return { fontSize, spacing, left, right }
}

function groupLines(page: Page, m: Metrics): Group[] {
  const groups: Group[] = []
  let previous: TextLine | undefined
  for (const line of page.lines) {
    const current = groups[groups.length - 1]
    if (!current || !previous || breaksBefore(previous, line, current.lines[0]!, m)) groups.push({ page: page.number, lines: [line] })
    else current.lines.push(line)
    previous = line
  }
  return groups
}

function breaksBefore(previous: TextLine, line: TextLine, first: TextLine, m: Metrics): boolean {
  const gap = line.y - previous.y
  const lineHeight = Math.max(previous.fontSize, line.fontSize) * (m.spacing / m.fontSize)
  if (gap > lineHeight * 1.4 || gap < 0) return true
  if (Math.abs(line.fontSize - previous.fontSize) > 0.75 || line.bold !== previous.bold) return true
  const ended = SENTENCE_END.test(previous.text)
  if (splitLabel(line.text) !== null && ended) return true
  if (splitLabel(line.text) !== null && line.x < first.x - 2) return true
  // a first-line indent after a finished sentence
  if (ended && line.x > first.x + m.fontSize * 0.8 && line.x > previous.x + m.fontSize * 0.8) return true
  // a short line that ends a sentence ends its paragraph
  return ended && previous.x + previous.width < m.right - 0.25 * (m.right - m.left)
}

/** Joins the last paragraph of a page with the first of the next when the sentence runs on. */
function joinAcrossPages(groups: Group[], m: Metrics): Group[] {
  const joined: Group[] = []
  for (const group of groups) {
    const last = joined[joined.length - 1]
    if (last && last.page !== group.page && continues(last, group, m)) last.lines.push(...group.lines)
    else joined.push({ page: group.page, lines: [...group.lines] })
  }
  return joined
}

function continues(before: Group, after: Group, m: Metrics): boolean {
  const end = before.lines[before.lines.length - 1]!
  const start = after.lines[0]!
  if (Math.abs(end.fontSize - start.fontSize) > 0.75 || end.bold !== start.bold) return false
  if (splitLabel(start.text) !== null && SENTENCE_END.test(end.text)) return false
  if (/-$/.test(end.text) || !SENTENCE_END.test(end.text)) return true
  // a sentence that ended exactly at the line's end may still go on: a full last line and a lower-case start
  return end.x + end.width > m.right - m.fontSize * 2 && /^\p{Ll}/u.test(start.text)
}

/** Nesting level of labelled paragraphs from the label's indentation, ranked (0 = leftmost). */
function labelLevels(groups: readonly Group[], m: Metrics): Map<Group, number> {
  const labelled = groups.filter((g) => splitLabel(g.lines[0]!.text) !== null)
  const indents = [...new Set(labelled.map((g) => Math.round((g.lines[0]!.x - m.left) / 6)))].sort((a, b) => a - b)
  return new Map(labelled.map((g) => [g, indents.indexOf(Math.round((g.lines[0]!.x - m.left) / 6))]))
}

/** Heading level by font size: larger than the body text, biggest first. */
function headingLevels(groups: readonly Group[], m: Metrics): Map<number, number> {
  const sizes = [...new Set(groups.map((g) => g.lines[0]!.fontSize).filter((s) => s > m.fontSize + 0.75))].sort((a, b) => b - a)
  return new Map(sizes.slice(0, 6).map((size, i) => [size, i + 1]))
}
