/**
 * @module
 * Tables in a PDF, found from the lines' geometry: a run of at least three consecutive lines on one page, each
 * parted by wide gaps into cells (load/pdf-lines.ts), whose cells stand in the same columns — left edges
 * aligned, or right edges for right-aligned numbers — with at least one column of numbers. A line of cells just
 * above such a run is its header row. What the run holds becomes one table, so that statistics by year or
 * district never run together into a paragraph (or a question) of numbers.
 */
import { pushAll } from '../arrays.js'
import type { LineCell } from '../nodes.js'
import { isDataGrid, isNumber, squareTable } from '../text/table.js'
import { joinLines } from './hyphenation.js'
import type { Metrics, Placed } from './line-breaks.js'

export type FoundTable = { type: 'table'; page: number; rows: string[][]; lines: Placed[] }

const MIN_ROWS = 3
/** Edges this close (in font sizes) are aligned. */
const ALIGN = 0.6
/** A row this far below the one before (in line spacings) is no longer the same table. */
const ROW_GAP = 2.6

/** The lines in order, with every table's lines replaced by the table. One look at each run of lines with cells. */
export function splitTables(placed: readonly Placed[], m: Metrics): (Placed | FoundTable)[] {
  const out: (Placed | FoundTable)[] = []
  let i = 0
  while (i < placed.length) {
    const end = runEnd(placed, i, m)
    // the run's first line may be the header, standing in other columns than the figures below it
    const count = placed[i]!.line.cells?.length ?? 0
    const table = end - i >= MIN_ROWS ? (tableOf(placed, i, end, count, m) ?? tableOf(placed, i + 1, end, count, m)) : null
    if (table) {
      if (table.lines[0] === out[out.length - 1]) out.pop()
      const before = out[out.length - 1]
      if (before && isTable(before) && continuesOnNextPage(before, table)) joinTables(before, table)
      else out.push(table)
    } else pushAll(out, placed.slice(i, end))
    i = end
  }
  return out
}

/**
 * Where the run of table rows that starts at `start` ends (`start + 1` for a line without cells). A line of one
 * piece, indented past the row's first cell, is a cell's text wrapped onto a second line when a full row
 * follows it.
 */
function runEnd(placed: readonly Placed[], start: number, m: Metrics): number {
  const first = placed[start]!
  if (!first.line.cells || first.aside) return start + 1
  const count = first.line.cells.length
  let end = start + 1
  while (end < placed.length) {
    if (sameTable(placed[end - 1]!, placed[end]!, count, m)) end++
    else if (
      isWrappedCell(placed[end - 1]!, placed[end]!, first, m) &&
      placed[end + 1] &&
      sameTable(placed[end]!, placed[end + 1]!, count, m)
    )
      end += 2
    else break
  }
  return end
}

/** The table whose rows are lines `start` to `end`, with the lines above as header rows if they fit, or null. */
function tableOf(placed: readonly Placed[], start: number, end: number, count: number, m: Metrics): FoundTable | null {
  const lines = placed.slice(start, end)
  const rows = lines.filter((p) => p.line.cells?.length === count)
  if (rows.length < MIN_ROWS) return null
  const columns = columnsOf(
    rows.map((p) => p.line.cells!),
    m.fontSize
  )
  if (!columns) return null
  const numbers = numberColumns(rows.map((p) => p.line.cells!))
  if (numbers.length === 0) return null
  const header = headerOf(placed[start - 1], lines[0]!, columns, m)
  const grid: string[][] = header ? [header.cells] : []
  let inHeader = true
  for (const p of lines) {
    const cells = placeCells(cellsOfLine(p), columns)
    const last = grid[grid.length - 1]
    // a cell's text wrapped onto a second line, and a header of several lines, join the row above
    if (last && p.line.cells?.length !== columns.length) grid[grid.length - 1] = last.map((c, j) => joinLines(c, cells[j]!))
    else if (last && inHeader && isHeaderRow(cells, numbers))
      grid[grid.length - 1] = last.map((c, j) => [c, cells[j]!].filter(Boolean).join(' '))
    else grid.push(cells)
    inHeader &&= isHeaderRow(cells, numbers)
  }
  const square = squareTable(grid)
  if (!isDataGrid(square)) return null
  return { type: 'table', page: lines[0]!.page, rows: square, lines: header ? [header.line, ...lines] : lines }
}

/** The next line is a row of the same table: same page, as many cells, close below. */
function sameTable(previous: Placed, next: Placed, count: number, m: Metrics): boolean {
  if (!next.line.cells || next.line.cells.length !== count || next.aside || next.page !== previous.page) return false
  const gap = next.line.y - previous.line.y
  return gap > 0 && gap <= ROW_GAP * Math.max(m.spacing, m.fontSize)
}

/**
 * A line of one piece close below a row, starting right of the row's first cell: a cell's text wrapped. (A row
 * whose first cell is blank has several pieces and is no such line.)
 */
function isWrappedCell(previous: Placed, next: Placed, first: Placed, m: Metrics): boolean {
  const gap = next.line.y - previous.line.y
  return (
    !next.aside &&
    !next.line.cells &&
    next.page === previous.page &&
    next.line.x > first.line.x + ALIGN * m.fontSize &&
    gap > 0 &&
    gap <= 1.5 * Math.max(m.spacing, m.fontSize)
  )
}

const cellsOfLine = (p: Placed): LineCell[] => p.line.cells ?? [{ text: p.line.text, x: p.line.x, right: p.line.x + p.line.width }]

/** A row's cells in the columns they overlap; cells sharing a column are joined. */
function placeCells(cells: readonly LineCell[], columns: readonly Column[]): string[] {
  const row = columns.map(() => '')
  for (const cell of cells) {
    const j = Math.max(0, nearestColumn(cell, columns))
    row[j] = row[j] ? `${row[j]} ${cell.text}` : cell.text
  }
  return row
}

/** A header row: words, not figures, in the columns of numbers. */
const isHeaderRow = (row: readonly string[], numbers: readonly number[]): boolean => numbers.every((j) => !isNumber(row[j] ?? ''))

/** A table cut by a page break goes on at the top of the next page, under its header repeated or without one. */
function continuesOnNextPage(before: FoundTable, next: FoundTable): boolean {
  const width = before.rows[0]?.length
  return next.page === before.page + 1 && next.rows[0]?.length === width && next.lines[0]!.flowStart
}

function joinTables(before: FoundTable, next: FoundTable): void {
  const repeated = next.rows[0]!.join('|') === before.rows[0]!.join('|')
  pushAll(before.rows, repeated ? next.rows.slice(1) : next.rows)
  pushAll(before.lines, next.lines)
}

type Column = { x: number; right: number }

/** Every column aligned over all rows, at its left edge or its right edge; null where one is not. */
function columnsOf(rows: readonly LineCell[][], fontSize: number): Column[] | null {
  const columns: Column[] = []
  for (let j = 0; j < rows[0]!.length; j++) {
    let [minX, maxX, minRight, maxRight] = [Infinity, -Infinity, Infinity, -Infinity]
    for (const row of rows) {
      const cell = row[j]!
      ;[minX, maxX] = [Math.min(minX, cell.x), Math.max(maxX, cell.x)]
      ;[minRight, maxRight] = [Math.min(minRight, cell.right), Math.max(maxRight, cell.right)]
    }
    if (maxX - minX > ALIGN * fontSize && maxRight - minRight > ALIGN * fontSize) return null
    columns.push({ x: minX, right: maxRight })
  }
  // columns side by side, left to right, not overlapping
  return columns.every((c, j) => j === 0 || c.x >= columns[j - 1]!.right) ? columns : null
}

/** The columns with numbers in most rows (not list labels "1.", "2)"). */
function numberColumns(rows: readonly LineCell[][]): number[] {
  return rows[0]!.map((_, j) => j).filter((j) => rows.filter((r) => isNumber(r[j]!.text)).length >= (2 / 3) * rows.length)
}

/** The line above the body, as the header row, when it is close above and each of its cells sits over a column. */
function headerOf(
  above: Placed | undefined,
  first: Placed,
  columns: readonly Column[],
  m: Metrics
): { line: Placed; cells: string[] } | null {
  if (!above?.line.cells || above.aside || above.page !== first.page) return null
  const gap = first.line.y - above.line.y
  if (gap <= 0 || gap > ROW_GAP * Math.max(m.spacing, m.fontSize)) return null
  const cells: string[] = columns.map(() => '')
  for (const cell of above.line.cells) {
    const j = nearestColumn(cell, columns)
    if (j < 0 || cells[j] !== '') return null
    cells[j] = cell.text
  }
  return { line: above, cells }
}

/** The column a cell overlaps most, or -1 where it overlaps none. */
function nearestColumn(cell: LineCell, columns: readonly Column[]): number {
  let best = -1
  let bestOverlap = 0
  columns.forEach((c, j) => {
    const overlap = Math.min(cell.right, c.right) - Math.max(cell.x, c.x)
    if (overlap > bestOverlap) {
      best = j
      bestOverlap = overlap
    }
  })
  return best
}

/** Groups the lines between tables into paragraphs with `group`; a table stands between them, a paragraph of its own. */
export function groupAroundTables(
  pieces: readonly (Placed | FoundTable)[],
  group: (lines: Placed[]) => Placed[][]
): (Placed[] | FoundTable)[] {
  const out: (Placed[] | FoundTable)[] = []
  let lines: Placed[] = []
  for (const piece of pieces) {
    if (!isTable(piece)) {
      lines.push(piece)
      continue
    }
    pushAll(out, group(lines)).push(piece)
    lines = []
  }
  pushAll(out, group(lines))
  return out
}

export const isTable = (piece: Placed | Placed[] | FoundTable): piece is FoundTable =>
  !Array.isArray(piece) && 'type' in piece && piece.type === 'table'
