/**
 * @module
 * Bold lines, from the ink itself: tesseract's LSTM engine reports no font weight. A bold line's strokes are
 * wider, so its dark runs along each pixel row are longer than the page's usual ones.
 */
import { histogram, otsuThreshold, type Gray } from './bitmap.js'
import type { Box } from './hocr.js'

/** Clearly wider strokes only: a body line wrongly taken for bold would split its paragraph. */
const BOLD_RATIO = 1.3
/** Lines with fewer ink runs than this say too little about their stroke width. */
const MIN_RUNS = 40

export function boldLines(image: Gray, boxes: readonly Box[]): boolean[] {
  const threshold = otsuThreshold(histogram(image))
  const widths = boxes.map((box) => strokeWidth(image, box, threshold))
  const usual = median(widths.filter((w): w is number => w !== null))
  return widths.map((w) => usual !== undefined && w !== null && w > BOLD_RATIO * usual)
}

/** Mean length of the dark horizontal runs inside the box, or null when there are too few. */
function strokeWidth(image: Gray, box: Box, threshold: number): number | null {
  let dark = 0
  let runs = 0
  const x0 = Math.max(0, box.x0)
  const x1 = Math.min(image.width, box.x1)
  for (let y = Math.max(0, box.y0); y < Math.min(image.height, box.y1); y++) {
    let inRun = false
    for (let x = x0; x < x1; x++) {
      const isDark = image.data[y * image.width + x]! <= threshold
      if (isDark) {
        dark++
        if (!inRun) runs++
      }
      inRun = isDark
    }
  }
  return runs < MIN_RUNS ? null : dark / runs
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
