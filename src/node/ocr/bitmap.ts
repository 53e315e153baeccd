/**
 * @module
 * Greyscale page images as plain arrays: the format between rendering, cleaning and the OCR engines.
 */

/** One byte per pixel, 0 = black, 255 = white, rows top to bottom. */
export type Gray = { width: number; height: number; data: Uint8Array }

/** RGBA pixels (a canvas's ImageData) → grey, with the usual luma weights. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height)
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    // integer luma (0.299, 0.587, 0.114) × 1024
    data[i] = (306 * rgba[j]! + 601 * rgba[j + 1]! + 117 * rgba[j + 2]!) >> 10
  }
  return { width, height, data }
}

export function histogram(image: Gray): Uint32Array {
  const counts = new Uint32Array(256)
  for (const v of image.data) counts[v]!++
  return counts
}

/** Otsu's threshold: the grey level that best separates ink (this level and darker) from paper. */
export function otsuThreshold(counts: Uint32Array): number {
  let total = 0
  let sum = 0
  for (let v = 0; v < 256; v++) {
    total += counts[v]!
    sum += v * counts[v]!
  }
  let below = 0
  let belowSum = 0
  let best = 0
  let threshold = 128
  for (let v = 0; v < 256; v++) {
    below += counts[v]!
    if (below === 0 || below === total) continue
    belowSum += v * counts[v]!
    const meanBelow = belowSum / below
    const meanAbove = (sum - belowSum) / (total - below)
    const between = below * (total - below) * (meanBelow - meanAbove) ** 2
    if (between > best) {
      best = between
      threshold = v
    }
  }
  return threshold
}

/** Binary portable greymap (PGM, P5): read by leptonica, so by tesseract.js and the tesseract CLI alike. */
export function encodePgm(image: Gray): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`)
  const bytes = new Uint8Array(header.length + image.data.length)
  bytes.set(header)
  bytes.set(image.data, header.length)
  return bytes
}

/** Shrinks by an integer factor, each pixel the mean of its block (noise averages out, ink stays dark). */
export function shrink(image: Gray, factor: number): Gray {
  const width = Math.floor(image.width / factor)
  const height = Math.floor(image.height / factor)
  const data = new Uint8Array(width * height)
  const area = factor * factor
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx]!
      }
      data[y * width + x] = Math.round(sum / area)
    }
  }
  return { width, height, data }
}
