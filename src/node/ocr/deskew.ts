/**
 * @module
 * Straightening skewed scans. The angle comes from a projection profile: ink projected along the text lines
 * piles up into sharp peaks only when the projection angle matches the lines' slope.
 */
import { histogram, otsuThreshold, shrink, type Gray } from './bitmap.js'

/** Office scans are rarely more than a few degrees off; beyond this a page is likely meant to be rotated. */
const MAX_SKEW_DEGREES = 5
/** Below this, rotating costs sharpness and gains nothing for the OCR. */
const MIN_CORRECTION_DEGREES = 0.15
/** Working width for the estimate: enough to resolve 0.05°, small enough to take a few milliseconds. */
const PROFILE_WIDTH = 700

/** The dark pixels of a page at working size, and that size. */
export type Ink = { xs: Float64Array; ys: Float64Array; width: number; height: number }

/** The slope of the text lines in degrees (positive: lines fall to the right, as y grows downward). */
export function estimateSkew(image: Gray): number {
  const ink = inkPoints(image)
  if (ink.xs.length < 200) return 0
  const coarse = bestAngle(ink, -MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.25)
  return bestAngle(ink, coarse - 0.25, coarse + 0.25, 0.02)
}

/** Returns the page turned so that its text lines are level (or the page itself when they already are). */
export function deskew(image: Gray): { image: Gray; angle: number } {
  const angle = estimateSkew(image)
  if (Math.abs(angle) < MIN_CORRECTION_DEGREES) return { image, angle: 0 }
  // lines falling to the right are a clockwise skew: turn the page back counter-clockwise
  return { image: rotate(image, angle), angle }
}

/** Dark pixels of a copy of the page shrunk to about `width` pixels across and thresholded. */
export function inkPoints(image: Gray, width = PROFILE_WIDTH): Ink {
  const factor = Math.max(1, Math.round(image.width / width))
  const small = factor > 1 ? shrink(image, factor) : image
  const threshold = otsuThreshold(histogram(small))
  const xs: number[] = []
  const ys: number[] = []
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      if (small.data[y * small.width + x]! <= threshold) {
        xs.push(x)
        ys.push(y)
      }
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), width: small.width, height: small.height }
}

function bestAngle(ink: Ink, from: number, to: number, step: number): number {
  let best = from
  let bestScore = -1
  for (let angle = from; angle <= to + 1e-9; angle += step) {
    const score = profileSharpness(ink, angle)
    if (score > bestScore) {
      bestScore = score
      best = angle
    }
  }
  return Math.round(best * 100) / 100
}

/** Sum of squared row counts after shearing the ink by the angle: largest when rows line up with text lines. */
function profileSharpness(ink: Ink, degrees: number): number {
  let score = 0
  for (const count of shearedRows(ink, degrees)) score += count * count
  return score
}

/** Ink counts per row after shearing by the angle (rows along a slope of that many degrees). */
export function shearedRows(ink: Ink, degrees: number): Uint32Array {
  const slope = Math.tan((degrees * Math.PI) / 180)
  // sheared rows run from the lowest y minus the widest shift to the highest y plus it
  const shift = Math.ceil(ink.width * Math.abs(slope)) + 1
  const rows = new Uint32Array(ink.height + 2 * shift)
  for (let i = 0; i < ink.xs.length; i++) rows[Math.round(ink.ys[i]! - ink.xs[i]! * slope) + shift]!++
  return rows
}

/** Rotates about the centre (positive = counter-clockwise on screen), bilinear, white where nothing was. */
export function rotate(image: Gray, degrees: number): Gray {
  const { width, height, data: src } = image
  const data = new Uint8Array(width * height)
  const cos = Math.cos((degrees * Math.PI) / 180)
  const sin = Math.sin((degrees * Math.PI) / 180)
  const cx = width / 2
  const cy = height / 2
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // inverse mapping: where in the source does this target pixel come from
      const dx = x - cx
      const dy = y - cy
      const sx = cx + dx * cos - dy * sin
      const sy = cy + dx * sin + dy * cos
      data[y * width + x] = sample(src, width, height, sx, sy)
    }
  }
  return { width, height, data }
}

function sample(src: Uint8Array, width: number, height: number, x: number, y: number): number {
  const x0 = Math.floor(x)
  const y0 = Math.floor(y)
  if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) return 255
  const fx = x - x0
  const fy = y - y0
  const i = y0 * width + x0
  const top = src[i]! * (1 - fx) + src[i + 1]! * fx
  const bottom = src[i + width]! * (1 - fx) + src[i + width + 1]! * fx
  return Math.round(top * (1 - fy) + bottom * fy)
}
