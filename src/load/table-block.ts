/**
 * @module
 * A table the loaders have read cell by cell (each cell the blocks inside it) → one block that holds the table,
 * when it is a grid of data (text/table.ts); null when it lays out text, whose cells stay paragraphs.
 */
import type { Block } from '../nodes.js'
import { isDataGrid, squareTable, tableText } from '../text/table.js'

export type CellBlocks = readonly (readonly (readonly Block[])[])[]

export function dataTableBlock(cells: CellBlocks): Block | null {
  // a table inside a cell: the outer one frames a page, it is no grid
  if (cells.some((row) => row.some((blocks) => blocks.some((b) => b.table)))) return null
  const grid = squareTable(cells.map((row) => row.map(cellText)))
  if (!isDataGrid(grid)) return null
  return { type: 'block', text: tableText(grid), label: null, level: null, heading: null, bold: false, table: grid }
}

/** A cell's text: its paragraphs in one line, list labels kept. */
export const cellText = (blocks: readonly Block[]): string => blocks.map((b) => (b.label ? `${b.label} ${b.text}` : b.text)).join(' ')
