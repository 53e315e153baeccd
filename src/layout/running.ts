/**
 * @module
 * Running headers and footers: lines that repeat near the top or bottom of most pages (allowing a changing
 * page number), page-number forms in the margins ("- 2 -", "Seite 2 von 3", "Drucksache 18/4711 – Seite 2"),
 * and a bare page number as the first or last line of a page, also when it sits lower than the margin or is
 * glued in front of the page's first line ("2 3. Wie lange …" → "3. Wie lange …").
 */
import type { Page, TextLine } from '../nodes.js'
import { splitLabel } from './label.js'

/** How many rows (baselines) at the top and at the bottom of a page may belong to a header or footer. */
const EDGE_ROWS = 3

const NUMBER = String.raw`(\d{1,4})`
const PAGE_NUMBER_FORMS = [
  new RegExp(String.raw`^[-–—]\s*${NUMBER}\s*[-–—]$`), //                                  - 2 -
  new RegExp(String.raw`^(?:Seite|S\.|Blatt|Page)\s*${NUMBER}(?:\s*(?:von|/|of)\s*\d{1,4})?$`, 'i'), // Seite 2 von 3
  new RegExp(String.raw`^${NUMBER}\s*(?:/|von)\s*\d{1,4}$`), //                              2/3, 2 von 3
  new RegExp(String.raw`^${NUMBER}$`), //                                                    2
  // Drucksache 18/4711 – Seite 2, Drs. 18/4711, S. 2 von 5
  new RegExp(String.raw`^(?:Drucksache|Drs\.)\s*\S+\s*[-–—,|]?\s*(?:Seite|S\.)\s*${NUMBER}(?:\s*(?:von|/)\s*\d{1,4})?$`, 'i'),
]

/** "Seite 2", "S. 2 von 5", "2/5": a page number that names itself, also as one part of a longer footer. */
const NAMED_PAGE_NUMBER = new RegExp(String.raw`^(?:(?:Seite|S\.|Blatt|Page)\s*${NUMBER}(?:\s*(?:von|/|of)\s*\d{1,4})?|${NUMBER}\s*(?:/|von)\s*\d{1,4})$`, 'i')

/**
 * The printed page number of a page-number line, or null when the line is no such form. A footer of parts
 * ("Seite 1 von 2 – nur für den Dienstgebrauch", "Stadt Lindenau | Seite 2") counts when one part is a
 * page number that names itself.
 */
export function pageNumberOf(text: string): number | null {
  const trimmed = text.trim()
  for (const form of PAGE_NUMBER_FORMS) {
    const m = form.exec(trimmed)
    if (m) return Number(m[1])
  }
  for (const part of trimmed.split(/\s+[–—|·•]\s+/).slice(0, 4)) {
    const m = NAMED_PAGE_NUMBER.exec(part.trim())
    if (m) return Number(m[1] ?? m[2])
  }
  return null
}

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

/** Keys a line can recur by: its own text and its whole row's, each with a 6-pt y bucket. */
function keysOf(line: TextLine, row: readonly TextLine[], bucket = Math.round(line.y / 6)): string[] {
  const rowText = [...row].sort((a, b) => a.x - b.x).map((l) => l.text).join(' ')
  return [`${signature(line.text)}@${bucket}`, `row:${signature(rowText)}@${bucket}`]
}

type Occurrence = { page: Page; line: TextLine; text: string }

/**
 * Keys of edge lines that recur on at least half the pages, and on two or more. Where the masked digits
 * differ, each number must either stay the same or follow the page number where page numbers stand
 * ("Seite 2 von 3", "Seite 3 von 3"), and the line must sit in the outer 15 % of the page: "Zu Frage 2:"
 * atop page 2 and "Zu Frage 3:" atop page 3 are no header.
 */
function recurringKeys(pages: readonly Page[], edges: ReadonlyMap<Page, TextLine[][]>): Set<string> {
  const occurrences = new Map<string, Occurrence[]>()
  for (const page of pages) {
    const seen = new Map<string, Occurrence>()
    for (const row of edges.get(page)!) {
      const rowText = [...row].sort((a, b) => a.x - b.x).map((l) => l.text).join(' ')
      for (const line of row) {
        const [own, whole] = keysOf(line, row)
        seen.set(own!, { page, line, text: line.text })
        seen.set(whole!, { page, line, text: rowText })
      }
    }
    for (const [key, occurrence] of seen) occurrences.set(key, [...(occurrences.get(key) ?? []), occurrence])
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
  return varying.every((i) => {
    const offsets = new Set(numbers.map((n, k) => n[i]! - list[k]!.page.number))
    return offsets.size === 1 && list.every((o) => isPageNumberSlot(o.text, i))
  }) && list.every(({ line, page }) => line.y < page.height * 0.15 || line.y > page.height * 0.85)
}

/** Words before a number that make it something else than a page number. */
const NOT_A_PAGE = /(?:^|\s)(?:Frage|Fragen|Zu|Nr\.?|Punkt|Ziffer|Antwort|Anlage|Abs\.|§)$/i

/** Where a page number stands: after "Seite"/"S.", between dashes, or first or last on the line. */
function isPageNumberSlot(text: string, index: number): boolean {
  const match = [...text.matchAll(/\d+/g)][index]!
  const before = text.slice(0, match.index).trimEnd()
  const after = text.slice(match.index + match[0].length).trimStart()
  if (/(?:Seite|S\.|Blatt|Page)$/i.test(before) || (/[-–—]$/.test(before) && /^[-–—]/.test(after))) return true
  return (before === '' || after === '' || /^[/|·]/.test(after)) && !NOT_A_PAGE.test(before)
}

function isRecurring(line: TextLine, row: readonly TextLine[], recurring: ReadonlySet<string>): boolean {
  // a y bucket of 6 pt tolerates small shifts; check the neighbour buckets too
  const bucket = Math.round(line.y / 6)
  return [bucket - 1, bucket, bucket + 1].some((b) => keysOf(line, row, b).some((key) => recurring.has(key)))
}

/** A page-number form is running matter in the page's top or bottom margin. */
function isMarginPageNumber(line: TextLine, page: Page): boolean {
  const inMargin = line.y < page.height * 0.12 || line.y > page.height * 0.88
  return inMargin && pageNumberOf(line.text) !== null
}

export type RunningLine = { page: number; text: string }

/** Removes running headers and footers; returns the cleaned pages and what was removed. */
export function removeRunningLines(pages: readonly Page[]): { pages: Page[]; removed: RunningLine[] } {
  const edges = new Map(pages.map((page) => [page, edgeRows(page)]))
  const recurring = recurringKeys(pages, edges)
  const removed: RunningLine[] = []
  const cleaned = pages.map((page) => {
    const running = new Set<TextLine>()
    for (const row of edges.get(page)!) {
      for (const line of row) if (isRecurring(line, row, recurring) || isMarginPageNumber(line, page)) running.add(line)
    }
    for (const line of running) removed.push({ page: page.number, text: line.text })
    return { ...page, lines: page.lines.filter((line) => !running.has(line)) }
  })
  const offset = pageNumberOffset(pages, removed)
  return { pages: cleaned.map((page) => removeBodyPageNumber(page, page.number + offset, removed)), removed }
}

/** Printed minus physical page number, as most removed page numbers show it (0 when none did). */
function pageNumberOffset(pages: readonly Page[], removed: readonly RunningLine[]): number {
  const counts = new Map<number, number>()
  for (const { page, text } of removed) {
    const printed = pageNumberOf(text)
    if (printed !== null) counts.set(printed - page, (counts.get(printed - page) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

/** Lines on the first and on the last baseline of a page. */
function firstAndLastRows(page: Page): { top: TextLine[]; bottom: TextLine[] } {
  const ys = page.lines.map((l) => l.y)
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)]
  const near = (y: number, line: TextLine) => Math.abs(line.y - y) <= 0.4 * line.fontSize
  return { top: page.lines.filter((l) => near(minY, l)), bottom: page.lines.filter((l) => near(maxY, l)) }
}

/**
 * The page number as the first or last line of the page body (a header set low, a margin number beside
 * the first line), or glued in front of the first line when that starts with a list label.
 */
function removeBodyPageNumber(page: Page, printed: number, removed: RunningLine[]): Page {
  if (page.lines.length < 2) return page
  const { top, bottom } = firstAndLastRows(page)
  const glued = new RegExp(String.raw`^${printed}\s+(?=\S)`)
  const lines = page.lines.flatMap((line): TextLine[] => {
    if (!top.includes(line) && !bottom.includes(line)) return [line]
    if (pageNumberOf(line.text) === printed) {
      removed.push({ page: page.number, text: line.text })
      return []
    }
    const prefix = glued.exec(line.text)?.[0]
    if (!top.includes(line) || prefix === undefined || splitLabel(line.text.slice(prefix.length)) === null) return [line]
    removed.push({ page: page.number, text: String(printed) })
    return [unglue(line, prefix.length, page)]
  })
  return { ...page, lines }
}

/** The line without its glued page number, starting at the next left edge the page's other lines share. */
function unglue(line: TextLine, cut: number, page: Page): TextLine {
  const estimate = line.x + (line.width * cut) / line.text.length
  const edges = page.lines.map((l) => l.x).filter((x) => x > line.x + 0.5 * line.fontSize)
  const x = edges.length > 0 ? Math.min(...edges) : estimate
  return { ...line, text: line.text.slice(cut), x, width: line.width - (x - line.x) }
}
