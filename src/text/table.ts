/**
 * @module
 * Tables of data shared by the loaders and the layout: telling a grid of data (statistics by year or district)
 * from a table used to lay out text (questions in cells, a letterhead, a page frame), and the one text form a
 * kept table has in the paragraphs: one row a line, cells joined by " | ".
 */
import { collapseSpaces } from './normalize.js'

export type TableRows = string[][]

export const CELL_SEPARATOR = ' | '

/** The table as text: what `text` and every position hold for a table paragraph. */
export function tableText(rows: readonly (readonly string[])[]): string {
  return rows.map(rowText).join('\n')
}

/** A row's cells up to its last filled one. */
function rowText(row: readonly string[]): string {
  let filled = row.length
  while (filled > 0 && row[filled - 1] === '') filled--
  return row.slice(0, filled).join(CELL_SEPARATOR)
}

/** Cells trimmed and collapsed, empty rows dropped, every row as wide as the widest; empty columns at the right end go. */
export function squareTable(rows: readonly (readonly string[])[]): TableRows {
  const clean = rows.map((row) => row.map((cell) => collapseSpaces(cell))).filter((row) => row.some((cell) => cell !== ''))
  let width = clean.reduce((max, row) => Math.max(max, row.length), 0)
  while (width > 0 && clean.every((row) => (row[width - 1] ?? '') === '')) width--
  return clean.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
}

/** A cell this long is running text, not a datum. */
const PROSE_CELL = 240
/** Mean length of the filled cells of a grid of data. */
const DATA_CELL_MEAN = 60

/** A figure: "12", "4.200", "38,2", "-3", "15 %", "48.500 €" (a list label "1." or "2)" is none). */
const NUMBER = /^[-+–]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s?(?:%|€|Euro|EUR|Mio\.|ha|km|t)?$/u
export const isNumber = (text: string): boolean => NUMBER.test(text) && !/^\d{1,2}[.)]$/.test(text)

/**
 * A grid of data: at least two rows and two columns, a column of figures, no cell asking a question, cells short
 * like data, and no form layout (every first cell a caption ending in ":", which reads as "Betreff: …" lines).
 * Tables that put questions, answers or a letter's parts into cells fail this and stay paragraphs.
 */
export function isDataGrid(rows: readonly (readonly string[])[]): boolean {
  if (rows.length < 2 || !rows.some((r) => r.length >= 2)) return false
  const filled = rows.flat().filter((cell) => cell !== '')
  if (filled.length < 4) return false
  if (filled.some((cell) => cell.includes('?') || cell.length > PROSE_CELL)) return false
  if (filled.reduce((sum, cell) => sum + cell.length, 0) / filled.length > DATA_CELL_MEAN) return false
  return hasFigures(rows) && !isFormLayout(rows)
}

/** Some column holds figures in most of the rows below the header row (and at least two). */
function hasFigures(rows: readonly (readonly string[])[]): boolean {
  const body = rows.slice(1)
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0)
  for (let j = 0; j < width; j++) {
    const cells = body.map((row) => row[j] ?? '').filter((cell) => cell !== '')
    const figures = cells.filter(isNumber).length
    if (figures >= 2 && figures >= (2 / 3) * cells.length) return true
  }
  return false
}

/** "Betreff: | Radwege", "Datum: | 12.03.2024": caption and value, one pair a row. */
export function isFormLayout(rows: readonly (readonly string[])[]): boolean {
  return rows.every((row) => row.length >= 1 && /:$/.test(row[0] ?? '') && row.slice(2).every((cell) => cell === ''))
}
