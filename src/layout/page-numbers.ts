/**
 * @module
 * Page numbers: the forms they are printed in, where in a line they stand, and the page number that sits in
 * the body's first or last line (a header set low, a margin number beside the first line) or is glued in
 * front of the first line ("2 3. Wie lange …" → "3. Wie lange …").
 */
import { maxOf, minOf } from '../arrays.js'
import type { Page, TextLine } from '../nodes.js'
import { splitLabel } from './label.js'

/** A line taken out as running matter, for the record. */
export type RunningLine = { page: number; text: string }

const NUMBER = String.raw`(\d{1,4})`
const PAGE_NUMBER_FORMS = [
  new RegExp(String.raw`^[-–—]\s*${NUMBER}\s*[-–—]$`), //                                  - 2 -
  new RegExp(String.raw`^(?:Seite|S\.|Blatt|Page)\s*${NUMBER}(?:\s*(?:von|/|of)\s*\d{1,4})?$`, 'i'), // Seite 2 von 3
  new RegExp(String.raw`^${NUMBER}\s*(?:/|von)\s*\d{1,4}$`), //                              2/3, 2 von 3
  new RegExp(String.raw`^${NUMBER}$`), //                                                    2
  // Drucksache 18/4711 – Seite 2, Drs. 18/4711, S. 2 von 5
  // the separator and the spaces before it together: two runs of \s* side by side are quadratic on spaces
  new RegExp(String.raw`^(?:Drucksache|Drs\.)\s*\S+(?:\s*[-–—,|])?\s*(?:Seite|S\.)\s*${NUMBER}(?:\s*(?:von|/)\s*\d{1,4})?$`, 'i'),
]

/** "Seite 2", "S. 2 von 5", "2/5": a page number that names itself, also as one part of a longer footer. */
const NAMED_PAGE_NUMBER = new RegExp(
  String.raw`^(?:(?:Seite|S\.|Blatt|Page)\s*${NUMBER}(?:\s*(?:von|/|of)\s*\d{1,4})?|${NUMBER}\s*(?:/|von)\s*\d{1,4})$`,
  'i'
)

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
  // (?<!\s): a separator's spaces are tried from the first of them only, so a long run of spaces stays linear
  for (const part of trimmed.split(/(?<!\s)\s+[–—|·•]\s+/).slice(0, 4)) {
    const m = NAMED_PAGE_NUMBER.exec(part.trim())
    if (m) return Number(m[1] ?? m[2])
  }
  return null
}

/** Words before a number that make it something else than a page number. */
const NOT_A_PAGE = /(?:^|\s)(?:Frage|Fragen|Zu|Nr\.?|Punkt|Ziffer|Antwort|Anlage|Abs\.|§)$/i

/** Where a page number stands: after "Seite"/"S.", between dashes, or first or last on the line. */
export function isPageNumberSlot(text: string, index: number): boolean {
  const match = [...text.matchAll(/\d+/g)][index]!
  const before = text.slice(0, match.index).trimEnd()
  const after = text.slice(match.index + match[0].length).trimStart()
  if (/(?:Seite|S\.|Blatt|Page)$/i.test(before) || (/[-–—]$/.test(before) && /^[-–—]/.test(after))) return true
  return (before === '' || after === '' || /^[/|·]/.test(after)) && !NOT_A_PAGE.test(before)
}

/** Printed minus physical page number, as most removed page numbers show it (0 when none did). */
function pageNumberOffset(removed: readonly RunningLine[]): number {
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
  const [minY, maxY] = [minOf(ys), maxOf(ys)]
  const near = (y: number, line: TextLine) => Math.abs(line.y - y) <= 0.4 * line.fontSize
  return { top: page.lines.filter((l) => near(minY, l)), bottom: page.lines.filter((l) => near(maxY, l)) }
}

/** Takes the page number out of each page's first or last line, at the offset the removed numbers show. */
export function removeBodyPageNumbers(pages: readonly Page[], removed: RunningLine[]): Page[] {
  const offset = pageNumberOffset(removed)
  return pages.map((page) => removeBodyPageNumber(page, page.number + offset, removed))
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
  const x = edges.length > 0 ? minOf(edges) : estimate
  return { ...line, text: line.text.slice(cut), x, width: line.width - (x - line.x) }
}
