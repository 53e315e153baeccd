/**
 * @module
 * Pages scanned sideways or upside down, as whole archives have them. Two cues from the ink alone, before
 * any OCR:
 *
 * 1. Sideways: ink projected onto rows piles up into text lines with white between them; projected onto
 *    columns it spreads evenly. A page whose columns are the peaky ones lies on its side.
 * 2. Upside down: in a line of Latin text, ascenders (b, d, h, k, l, t, and the capitals German gives every
 *    noun) put far more ink above the x-height band than descenders (g, p, q, y) put below it. A page with
 *    more ink below its lines' cores than above is upside down.
 *
 * Where the cues are not clear (a page of a few words, a table, a drawing) the page stays as it is.
 */
import { histogram, otsuThreshold, shrink, type Gray } from './bitmap.js'
import { deskew, inkPoints, shearedRows, type Ink } from './deskew.js'

/** Quarter turns clockwise that bring a page upright. */
export type Turns = 0 | 1 | 2 | 3

/** How much peakier one profile must be than the other, and how much more ink above than below. */
const CLEAR = 1.3
/** Working width: enough for the x-height band of 10 pt type at 150 dpi to stay several pixels tall. */
const WORK_WIDTH = 1200
/** Text lines stay lines at a third of that: enough to tell rows from columns, at a ninth of the work. */
const SIDEWAYS_WIDTH = 400
/** Fewer lines of text than this are too few to judge a page by. */
const MIN_LINES = 3
/** The tallest band of ink that is a line of text, as a share of the page's height (a heading in 30 pt). */
const MAX_LINE_SHARE = 0.025
/** Fewer ink pixels than this at working size are a few words at most: too little to judge by. */
const MIN_INK = 200
/** The slopes tried, in degrees: as far as deskewing goes. */
const SLOPES = Array.from({ length: 11 }, (_, i) => -5 + i)

/**
 * The page turned upright and levelled: on its feet by quarter turns clockwise (`turns`), then straightened
 * by `angle` degrees. The upside-down test needs level lines, so it comes after straightening.
 */
export function straighten(image: Gray): { image: Gray; turns: Turns; angle: number } {
  const sideways = liesSideways(image)
  const level = deskew(sideways ? turn(image, 1) : image)
  const upsideDown = isUpsideDown(level.image)
  const turns = ((sideways ? 1 : 0) + (upsideDown ? 2 : 0)) as Turns
  return { image: upsideDown ? turn(level.image, 2) : level.image, turns, angle: level.angle }
}

export function liesSideways(image: Gray): boolean {
  const ink = inkPoints(image, SIDEWAYS_WIDTH)
  if (ink.xs.length < MIN_INK) return false
  const across: Ink = { xs: ink.ys, ys: ink.xs, width: ink.height, height: ink.width }
  // a skewed page blurs its lines' peaks: each direction is judged at its best slope
  const best = (of: Ink) => Math.max(...SLOPES.map((degrees) => peakiness(shearedRows(of, degrees))))
  return best(across) > CLEAR * best(ink)
}

export function isUpsideDown(image: Gray): boolean {
  const { lines, above, below } = inkAboveAndBelow(workingInk(image))
  return lines >= MIN_LINES && below > CLEAR * above
}

function workingInk(image: Gray): Gray {
  const factor = Math.max(1, Math.round(Math.min(image.width, image.height) / WORK_WIDTH))
  return binarize(factor > 1 ? shrink(image, factor) : image)
}

/** Rotates by quarter turns clockwise: a pure rearrangement of pixels. */
export function turn(image: Gray, turns: number): Gray {
  const { width, height, data } = image
  const q = ((turns % 4) + 4) % 4
  if (q === 0) return image
  const [w, h] = q === 2 ? [width, height] : [height, width]
  const out = new Uint8Array(width * height)
  // where source pixel (x, y) lands: out[y0 + x * dx + y * dy]
  const [origin, dx, dy] = q === 1 ? [height - 1, w, -1] : q === 2 ? [width * height - 1, -1, -w] : [(width - 1) * w, -w, 1]
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out[origin + x * dx + y * dy] = data[y * width + x]!
  }
  return { width: w, height: h, data: out }
}

/** 1 for ink, 0 for paper. */
function binarize(image: Gray): Gray {
  const threshold = otsuThreshold(histogram(image))
  return { ...image, data: image.data.map((v) => (v <= threshold ? 1 : 0)) }
}

function rowProfile(ink: Gray): Uint32Array {
  const counts = new Uint32Array(ink.height)
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) counts[y]! += ink.data[y * ink.width + x]!
  }
  return counts
}

/** Mean square over squared mean, over the stretch that has ink: 1 for even ink, large for sharp peaks. */
function peakiness(counts: Uint32Array): number {
  const first = counts.findIndex((c) => c > 0)
  const last = counts.findLastIndex((c) => c > 0)
  if (first < 0) return 0
  let sum = 0
  let squares = 0
  for (let i = first; i <= last; i++) {
    sum += counts[i]!
    squares += counts[i]! ** 2
  }
  const n = last - first + 1
  return (squares * n) / (sum * sum)
}

/**
 * Ink above and below the cores of the text lines. A line is a run of rows with ink; its core, the x-height
 * band, the rows that hold at least half the line's densest row.
 */
function inkAboveAndBelow(ink: Gray): { lines: number; above: number; below: number } {
  const rows = rowProfile(ink)
  const noise = Math.max(1, Math.round(ink.width * 0.002))
  // a band taller than this is a picture, a table's frame or a blot, not a line of text
  const tallest = Math.round(ink.height * MAX_LINE_SHARE)
  let lines = 0
  let above = 0
  let below = 0
  for (let y = 0; y < rows.length; ) {
    if (rows[y]! <= noise) {
      y++
      continue
    }
    const top = y
    while (y < rows.length && rows[y]! > noise) y++
    const line = rows.subarray(top, y)
    if (line.length < 3 || line.length > tallest) continue
    lines++
    const peak = Math.max(...line)
    const coreTop = line.findIndex((c) => c >= peak / 2)
    const coreBottom = line.findLastIndex((c) => c >= peak / 2)
    for (let i = 0; i < coreTop; i++) above += line[i]!
    for (let i = coreBottom + 1; i < line.length; i++) below += line[i]!
  }
  return { lines, above, below }
}
