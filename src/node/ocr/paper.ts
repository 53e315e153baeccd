/**
 * @module
 * Grey, grainy paper made white before OCR. tesseract binarises each page by Otsu's threshold, which splits
 * the page's darkest pixels from its lightest: on a page of text that is ink against paper, but on a page
 * that is nearly blank (a signature line, a closing greeting) it splits the paper's own grain, and tesseract
 * reads hundreds of words of garbage out of noise ("ee nn a ER"). Every pixel as light as the paper, within
 * its grain, becomes white; ink, far darker than the grain, stays as it was.
 */
import { histogram, type Gray } from './bitmap.js'

/** How many grain widths below the paper's level a pixel must be to count as ink. */
const GRAIN_WIDTHS = 4
/** The lightest the cut may be set below the paper level, so that faint but real ink is never wiped. */
const MAX_CUT = 96

/** The paper's level (the median pixel: most of a page is paper) and its grain (the spread above it). */
export function paperLevel(image: Gray): { level: number; grain: number } {
  const counts = histogram(image)
  const total = image.data.length
  const at = (share: number): number => {
    let seen = 0
    for (let v = 0; v < 256; v++) {
      seen += counts[v]!
      if (seen >= share * total) return v
    }
    return 255
  }
  const level = at(0.5)
  // the lighter side of the paper holds no ink: one standard deviation above the median is the 84th percentile;
  // paper scanned white is clipped at 255 there, and its darker side (p50 − p25 = 0.674 σ) is used instead
  const upper = at(0.84)
  const grain = upper < 255 ? upper - level : (level - at(0.25)) / 0.674
  return { level, grain }
}

/** The page with its paper white; a page already clean comes back as it is. */
export function whitenPaper(image: Gray): Gray {
  const { level, grain } = paperLevel(image)
  const cut = level - Math.min(MAX_CUT, Math.max(1, GRAIN_WIDTHS * grain))
  if (level === 255 && grain === 0) return image
  const data = new Uint8Array(image.data.length)
  for (let i = 0; i < data.length; i++) {
    const v = image.data[i]!
    data[i] = v >= cut ? 255 : v
  }
  return { width: image.width, height: image.height, data }
}
