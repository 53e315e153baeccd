/**
 * @module
 * Running headers and footers: lines that repeat near the top or bottom of most pages (allowing a changing
 * page number), and page-number forms that need no repetition ("- 2 -", "Seite 2 von 3").
 */
import type { Page, TextLine } from '../nodes.js'

/** How many lines at the top and bottom of a page may belong to a header or footer. */
const EDGE_LINES = 3

const PAGE_NUMBER_FORMS = [
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, //            - 2 -
  /^(Seite|S\.|Blatt)\s*\d{1,4}(\s*(von|\/|of)\s*\d{1,4})?$/i, // Seite 2 von 3, Seite 2/3
  /^\d{1,4}\s*(\/|von)\s*\d{1,4}$/, //          2/3, 2 von 3
  /^\d{1,4}$/, //                              2
  /^(Drucksache|Drs\.)\s*\S+\s*[-–—,]?\s*(Seite|S\.)\s*\d{1,4}(\s*(von|\/)\s*\d{1,4})?$/i, // Drucksache 18/4711 – Seite 2
]

/** Digits vary from page to page (page numbers, dates): compare lines with digits masked. */
const signature = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()

const edgeLines = (page: Page): TextLine[] =>
  page.lines.length <= 2 * EDGE_LINES ? page.lines : [...page.lines.slice(0, EDGE_LINES), ...page.lines.slice(-EDGE_LINES)]

/** Signatures (with a rounded y) of edge lines that recur on at least half the pages, and on two or more. */
function recurringSignatures(pages: readonly Page[]): Set<string> {
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set(edgeLines(page).map((line) => `${signature(line.text)}@${Math.round(line.y / 6)}`))
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  return new Set([...counts].filter(([, n]) => n >= needed).map(([key]) => key))
}

export type RunningLine = { page: number; text: string }

/** Removes running headers and footers; returns the cleaned pages and what was removed. */
export function removeRunningLines(pages: readonly Page[]): { pages: Page[]; removed: RunningLine[] } {
  const recurring = recurringSignatures(pages)
  const removed: RunningLine[] = []
  const cleaned = pages.map((page) => {
    const edges = new Set(edgeLines(page))
    const lines = page.lines.filter((line) => {
      if (!edges.has(line)) return true
      // a y bucket of 6pt tolerates small shifts; check the neighbour bucket too
      const sig = signature(line.text)
      const bucket = Math.round(line.y / 6)
      const running =
        recurring.has(`${sig}@${bucket}`) || recurring.has(`${sig}@${bucket - 1}`) || recurring.has(`${sig}@${bucket + 1}`) || isPageNumberLine(line, page)
      if (running) removed.push({ page: page.number, text: line.text })
      return !running
    })
    return { ...page, lines }
  })
  return { pages: cleaned, removed }
}

/** A page-number form is only running matter in the page's top or bottom margin. */
function isPageNumberLine(line: TextLine, page: Page): boolean {
  const inMargin = line.y < page.height * 0.12 || line.y > page.height * 0.88
  return inMargin && PAGE_NUMBER_FORMS.some((form) => form.test(line.text.trim()))
}
