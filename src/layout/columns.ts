/**
 * @module
 * Column gutters of a page: vertical strips in the middle of the text area that (almost) no row of text
 * crosses while many rows have text on both sides. The loader reads a page column by column between them;
 * the layout measures each column's right edge.
 */
import { maxOf, minOf } from '../arrays.js'

/** One row (a baseline) as the horizontal spans its text covers, sorted by x. */
export type Row = { spans: [number, number][]; fontSize: number }

/** A gutter: the empty strip between two columns, in page x. */
export type Gutter = { from: number; to: number }

const BIN = 2
const MAX_BINS = (3 * 14_400) / BIN

/** Finds the gutters of a page; [] for a single-column page. Linear in spans + page width. */
export function findGutters(rows: readonly Row[]): Gutter[] {
  if (rows.length < 6) return []
  const left = minOf(rows.map((r) => r.spans[0]?.[0] ?? Infinity))
  const right = maxOf(rows.map((r) => r.spans[r.spans.length - 1]?.[1] ?? -Infinity))
  const bins = Math.ceil((right - left) / BIN) + 1
  // wider than three of the largest pages a PDF allows (200 in): no text layout, and no array to allocate by it
  if (!(bins > 10) || !(bins <= MAX_BINS)) return []
  const covered = coverage(rows, left, bins)
  const fontSize = median(rows.map((r) => r.fontSize))
  // rows that may cross a gutter: a title across the page, a signature; 5 % of the rows
  const allowed = Math.max(1, Math.floor(rows.length * 0.05))
  const gutters: Gutter[] = []
  let start = -1
  for (let b = 0; b <= bins; b++) {
    const open = b < bins && covered[b]! <= allowed
    if (open && start < 0) start = b
    if (!open && start >= 0) {
      const gutter = { from: left + start * BIN, to: left + b * BIN }
      if (isGutter(gutter, rows, left, right, fontSize)) gutters.push(gutter)
      start = -1
    }
  }
  return gutters
}

/** How many rows cover each bin: spans merged per row, counted with a difference array. */
function coverage(rows: readonly Row[], left: number, bins: number): Int32Array {
  const diff = new Int32Array(bins + 1)
  for (const row of rows) {
    let end = -Infinity
    for (const [from, to] of row.spans) {
      const a = Math.max(Math.floor((from - left) / BIN), Math.ceil((end - left) / BIN))
      const b = Math.ceil((to - left) / BIN)
      if (b > a) {
        diff[a]! += 1
        diff[Math.min(b, bins)]! -= 1
      }
      end = Math.max(end, to)
    }
  }
  const covered = new Int32Array(bins)
  let sum = 0
  for (let b = 0; b < bins; b++) covered[b] = sum += diff[b]!
  return covered
}

/** A real gutter lies in the middle of the text area, is wider than a word space and has text on both sides. */
function isGutter(g: Gutter, rows: readonly Row[], left: number, right: number, fontSize: number): boolean {
  const width = right - left
  if (g.from < left + 0.2 * width || g.to > right - 0.2 * width || g.to - g.from < 0.8 * fontSize) return false
  // the columns' baselines need not line up: count rows with text on each side separately
  let before = 0
  let after = 0
  for (const row of rows) {
    if (row.spans.some(([, to]) => to <= g.from + BIN)) before++
    if (row.spans.some(([from]) => from >= g.to - BIN)) after++
  }
  const needed = Math.max(3, rows.length * 0.25)
  return before >= needed && after >= needed
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** Which column a span belongs to (0 = leftmost), or -1 when it crosses a gutter. */
export function columnOf(from: number, to: number, gutters: readonly Gutter[]): number {
  let column = 0
  for (const g of gutters) {
    if (to <= g.from + BIN) return column
    if (from < g.to - BIN) return -1
    column++
  }
  return column
}
