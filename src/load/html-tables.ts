/**
 * @module
 * An HTML table while it is read: rows of cells, each cell collecting the blocks read inside it. A cell that
 * spans columns or rows (`colspan`, `rowspan`) keeps its text in its first place and leaves the places it
 * covers blank, as a reader sees it. When the table closes it becomes what it is: a grid of data (one block
 * holding the table), a form layout ("Betreff: | …", one block per row), or a layout table (its cells' blocks
 * in reading order).
 */
import { InquiryError } from '../errors.js'
import type { Block } from '../nodes.js'
import { isFormLayout, squareTable } from '../text/table.js'
import { cellText, dataTableBlock } from './table-block.js'

/** Browsers clamp colspan to 1000 and rowspan to 65534; no table of data comes near these. */
const MAX_COLSPAN = 100
const MAX_ROWSPAN = 1000

type Cell = { blocks: Block[]; colspan: number; rowspan: number }

export class HtmlTable {
  /** text read inside the table but outside its cells (a caption): it goes before the table */
  readonly loose: Block[] = []
  private readonly rows: (Cell | null)[][] = []
  /** per column, how many more rows a cell above still covers */
  private covered: number[] = []
  private cell: Cell | null = null
  private rowOpen = false

  /** the blocks read now belong here */
  get sink(): Block[] {
    return this.cell?.blocks ?? this.loose
  }

  startRow(): void {
    this.endRow()
    this.rows.push([])
    this.rowOpen = true
  }

  endRow(): void {
    this.endCell()
    if (this.rowOpen) this.covered = this.covered.map((n) => Math.max(0, n - 1))
    this.rowOpen = false
  }

  /** Opens a cell; returns the blank places it covers to its right, which count against the paragraph budget. */
  startCell(attribs: Readonly<Record<string, string>>): number {
    this.endCell()
    if (!this.rowOpen) this.startRow()
    const row = this.rows[this.rows.length - 1]!
    while ((this.covered[row.length] ?? 0) > 0) row.push(null)
    const cell: Cell = { blocks: [], colspan: span(attribs.colspan, MAX_COLSPAN), rowspan: span(attribs.rowspan, MAX_ROWSPAN) }
    row.push(cell)
    for (let i = 1; i < cell.colspan; i++) row.push(null)
    for (let i = row.length - cell.colspan; i < row.length; i++) this.covered[i] = cell.rowspan
    this.cell = cell
    return cell.colspan - 1
  }

  endCell(): void {
    this.cell = null
  }

  /** What the table becomes, in reading order; `maxPlaces` bounds rows × columns (`too_complex`). */
  finish(maxPlaces: number): Block[] {
    this.endRow()
    const width = this.rows.reduce((max, row) => Math.max(max, row.length), 0)
    if (width * this.rows.length > maxPlaces) {
      throw new InquiryError(
        'too_complex',
        `A table of the web page has ${this.rows.length} rows of ${width} cells, more than the document may hold.`,
        { details: { rows: this.rows.length, width } }
      )
    }
    const cells = this.rows.map((row) => row.map((cell) => cell?.blocks ?? []))
    const table = dataTableBlock(cells)
    if (table) return [...this.loose, table]
    const nested = cells.some((row) => row.some((blocks) => blocks.some((b) => b.table)))
    if (!nested && isFormLayout(squareTable(cells.map((row) => row.map(cellText))))) return [...this.loose, ...cells.flatMap(formRow)]
    return [...this.loose, ...cells.flat(2).map((b): Block => ({ ...b, cell: true }))]
  }
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1
}

/** "Betreff:" and its value read as one line; a value of several paragraphs keeps them. */
function formRow(row: readonly Block[][]): Block[] {
  const [caption, ...values] = row.flat()
  if (!caption) return []
  const first = values[0]
  if (!first || first.label !== null || first.table) return [caption, ...values]
  return [{ ...first, text: `${caption.text} ${first.text}`, bold: caption.bold && first.bold }, ...values.slice(1)]
}
