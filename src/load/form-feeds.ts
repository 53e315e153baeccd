/**
 * @module
 * Form feeds in plain text: the page breaks of text extracted from a PDF (pdftotext puts one between pages).
 * A form feed is a paragraph break, and the page number beside it ("…ist.“ 1\fFrage 2:", "- 2 -" atop the
 * next page) is page furniture: it goes.
 */

/** A line that is only a page number: "2", "- 2 -", "Seite 2", "Seite 2 von 5", "2/5". */
const PAGE_NUMBER_LINE =
  /^[ \t]*(?:[-–—] ?\d{1,4} ?[-–—]|(?:Seite|S\.) ?\d{1,4}(?: ?(?:von|\/) ?\d{1,4})?|\d{1,4}(?: ?\/ ?\d{1,4})?)[ \t]*$/

/** A page number glued to the end of a page's last sentence: "…ist.“ 1". */
const GLUED_PAGE_NUMBER = /([.?!:;]["“”'»)]?)[ \t]{1,8}\d{1,3}$/

/** How far from a page's edge its number is looked for: a bounded window, whatever the page's size. */
const EDGE = 80

/** Replaces each form feed by a blank line and drops the page numbers on either side of it. */
export function breakPages(text: string): string {
  if (!text.includes('\f')) return text
  const pages = text.split('\f')
  return pages.map((page, i) => trimPageNumbers(page, i > 0, i < pages.length - 1)).join('\n\n')
}

function trimPageNumbers(page: string, hasBefore: boolean, hasAfter: boolean): string {
  let lines = page.split(/\r\n?|\n/)
  const blank = (l: string): boolean => l.trim() === ''
  if (hasAfter) {
    while (lines.length > 0 && blank(lines[lines.length - 1]!)) lines.pop()
    const last = lines[lines.length - 1]
    if (last !== undefined && PAGE_NUMBER_LINE.test(last.slice(-EDGE))) lines.pop()
    else if (last !== undefined) lines[lines.length - 1] = last.slice(0, -EDGE) + last.slice(-EDGE).replace(GLUED_PAGE_NUMBER, '$1')
  }
  if (hasBefore) {
    const first = lines.findIndex((l) => !blank(l))
    if (first >= 0 && lines[first]!.length <= EDGE && PAGE_NUMBER_LINE.test(lines[first]!)) lines = lines.slice(first + 1)
  }
  return lines.join('\n')
}
