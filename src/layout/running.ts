/**
 * @module
 * Running headers and footers: lines that repeat near the top or bottom of most pages (allowing a changing
 * page number), page-number forms in the margins ("- 2 -", "Seite 2 von 3", "Drucksache 18/4711 – Seite 2"),
 * and a page number in the body's first or last line (see page-numbers.ts).
 */
import type { Page, TextLine } from '../nodes.js'
import { isPageNumberSlot, pageNumberOf, removeBodyPageNumbers, type RunningLine } from './page-numbers.js'

export type { RunningLine }

/** How many rows (baselines) at the top and at the bottom of a page may belong to a header or footer. */
const EDGE_ROWS = 3

/** Digits vary from page to page (page numbers, dates): compare texts with digits masked. */
const signature = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()

/** The lines of a page by baseline, top to bottom, each left to right (a header's parts may be columns apart). */
function rowsOf(page: Page): TextLine[][] {
  const sorted = [...page.lines].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: TextLine[][] = []
  for (const line of sorted) {
    const row = rows[rows.length - 1]
    if (row && Math.abs(row[0]!.y - line.y) <= 0.4 * line.fontSize) row.push(line)
    else rows.push([line])
  }
  return rows
}

/** The top and bottom few rows of a page: where headers and footers are. */
function edgeRows(page: Page): TextLine[][] {
  const rows = rowsOf(page)
  return rows.length <= 2 * EDGE_ROWS ? rows : [...rows.slice(0, EDGE_ROWS), ...rows.slice(-EDGE_ROWS)]
}

/** An edge line with what it can recur by: its own text and its whole row's, digits masked. */
type EdgeLine = { line: TextLine; rowText: string; signatures: [string, string] }

function edgeLinesOf(rows: readonly TextLine[][]): EdgeLine[] {
  return rows.flatMap((row) => {
    const rowText = [...row]
      .sort((a, b) => a.x - b.x)
      .map((l) => l.text)
      .join(' ')
    const rowSignature = `row:${signature(rowText)}`
    return row.map((line): EdgeLine => ({ line, rowText, signatures: [signature(line.text), rowSignature] }))
  })
}

/** Keys with a 6-pt y bucket. */
const keysAt = (edge: EdgeLine, bucket: number): [string, string] => [`${edge.signatures[0]}@${bucket}`, `${edge.signatures[1]}@${bucket}`]

type Occurrence = { page: Page; line: TextLine; text: string }

/**
 * Keys of edge lines that recur on at least half the pages, and on two or more. Where the masked digits
 * differ, each number must either stay the same or follow the page number where page numbers stand
 * ("Seite 2 von 3", "Seite 3 von 3"), and the line must sit in the outer 15 % of the page: "Zu Frage 2:"
 * atop page 2 and "Zu Frage 3:" atop page 3 are no header.
 */
function recurringKeys(pages: readonly Page[], edges: ReadonlyMap<Page, EdgeLine[]>): Set<string> {
  const occurrences = new Map<string, Occurrence[]>()
  for (const page of pages) {
    const seen = new Map<string, Occurrence>()
    for (const edge of edges.get(page)!) {
      const [own, whole] = keysAt(edge, Math.round(edge.line.y / 6))
      seen.set(own, { page, line: edge.line, text: edge.line.text })
      seen.set(whole, { page, line: edge.line, text: edge.rowText })
    }
    for (const [key, occurrence] of seen) {
      const list = occurrences.get(key)
      if (list) list.push(occurrence)
      else occurrences.set(key, [occurrence])
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  return new Set([...occurrences].filter(([, list]) => list.length >= needed && numbersAgree(list)).map(([key]) => key))
}

const numbersIn = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number)

function numbersAgree(list: readonly Occurrence[]): boolean {
  const numbers = list.map((o) => numbersIn(o.text))
  const same = (i: number) => numbers.every((n) => n[i] === numbers[0]![i])
  const varying = numbers[0]!.map((_, i) => i).filter((i) => !same(i))
  if (varying.length === 0) return true
  return (
    varying.every((i) => {
      const offsets = new Set(numbers.map((n, k) => n[i]! - list[k]!.page.number))
      return offsets.size === 1 && list.every((o) => isPageNumberSlot(o.text, i))
    }) && list.every(({ line, page }) => line.y < page.height * 0.15 || line.y > page.height * 0.85)
  )
}

function isRecurring(edge: EdgeLine, recurring: ReadonlySet<string>): boolean {
  // a y bucket of 6 pt tolerates small shifts; check the neighbour buckets too
  const bucket = Math.round(edge.line.y / 6)
  return [bucket - 1, bucket, bucket + 1].some((b) => keysAt(edge, b).some((key) => recurring.has(key)))
}

/** A page-number form is running matter in the page's top or bottom margin. */
function isMarginPageNumber(line: TextLine, page: Page): boolean {
  const inMargin = line.y < page.height * 0.12 || line.y > page.height * 0.88
  return inMargin && pageNumberOf(line.text) !== null
}

/**
 * Removes running headers and footers; returns the cleaned pages, what was removed, and the first page's header
 * rows as text ("Landtag von Baden-Württemberg Drucksache 17 / 273"): on the first page the header is also the
 * document's head, which the metadata still reads.
 */
export function removeRunningLines(pages: readonly Page[]): { pages: Page[]; removed: RunningLine[]; firstHeader: string[] } {
  const edges = new Map(pages.map((page) => [page, edgeLinesOf(edgeRows(page))]))
  const recurring = recurringKeys(pages, edges)
  const removed: RunningLine[] = []
  const cleaned = pages.map((page) => {
    const running = new Set<TextLine>()
    for (const edge of edges.get(page)!) {
      if (isRecurring(edge, recurring) || isMarginPageNumber(edge.line, page)) running.add(edge.line)
    }
    for (const line of running) removed.push({ page: page.number, text: line.text })
    return { ...page, lines: page.lines.filter((line) => !running.has(line)) }
  })
  const first = pages[0]
  const firstHeader = first ? headerRows(first, new Set(removedLinesOf(first, cleaned[0]!))) : []
  return { pages: removeBodyPageNumbers(cleaned, removed), removed, firstHeader }
}

const removedLinesOf = (page: Page, clean: Page): TextLine[] => {
  const kept = new Set(clean.lines)
  return page.lines.filter((line) => !kept.has(line))
}

/** The top rows of a page that were taken out, each row's removed lines left to right. */
function headerRows(page: Page, removed: ReadonlySet<TextLine>): string[] {
  return rowsOf(page)
    .slice(0, EDGE_ROWS)
    .filter((row) => row[0]!.y < page.height * 0.15)
    .map((row) =>
      row
        .filter((line) => removed.has(line))
        .map((line) => line.text)
        .join(' ')
        .trim()
    )
    .filter((text) => text !== '')
}
