/**
 * @module
 * List marks that OCR garbles. A bullet is a short blob before a line's first word, with the item's text
 * hanging at the indent after it; tesseract reads the blob as "e", "«", "°", "*", "o", "©" … or not at all.
 * Both are read back as "•" from the geometry: a one-character first word that is narrow and set apart from
 * the text (and, for one that could be a letter, shared by other lines of the list or followed by a hanging
 * indent), or a lone small blob of ink in the page image just left of a line that OCR began later.
 */
import type { Gray } from './bitmap.js'
import type { Box, OcrLine, OcrWord } from './hocr.js'

/** Glyphs a bullet is read as that no German line starts with. */
const SYMBOL_MARKS = /^[•·●○◦▪■□*«»°©®¢@~]$/u
/** Letters a bullet is read as: a word of their own only in a list. */
const LETTER_MARKS = /^[eoc]$/
/** Relative to the line's text size: a mark's widest and tallest, and the least gap after it. */
const MARK_WIDTH = 0.8
const MARK_HEIGHT = 0.5
const MARK_GAP = 0.4
/** Two marks align when their positions are within this much of a text size. */
const ALIGN = 0.5
/** The darkest a pixel of paper is after whitening (paper.ts); anything darker is ink. */
const INK = 160

export const BULLET = '•'

/** The lines with their garbled or missing list marks read as "•". */
export function readListMarks(lines: readonly OcrLine[], image: Gray): OcrLine[] {
  const candidates = lines.map(markCandidate)
  return lines.map((line, i) => {
    const candidate = candidates[i]
    if (candidate === 'symbol' || (candidate === 'letter' && confirmed(lines, candidates, i))) {
      return { ...line, words: [{ ...line.words[0]!, text: BULLET }, ...line.words.slice(1)] }
    }
    if (candidate !== null || SYMBOL_MARKS.test(line.words[0]!.text)) return line
    const blob = markBefore(line, image)
    return blob ? { ...line, words: [{ text: BULLET, box: blob, confidence: line.words[0]!.confidence }, ...line.words] } : line
  })
}

type Candidate = 'symbol' | 'letter' | null

function markCandidate(line: OcrLine): Candidate {
  const [mark, text] = line.words
  if (!mark || !text || !/^\p{L}|^[„"»(]/u.test(text.text)) return null
  const narrow = mark.box.x1 - mark.box.x0 <= MARK_WIDTH * line.size
  const apart = text.box.x0 - mark.box.x1 >= MARK_GAP * line.size
  if (!narrow || !apart) return null
  if (SYMBOL_MARKS.test(mark.text)) return 'symbol'
  return LETTER_MARKS.test(mark.text) ? 'letter' : null
}

/** A letter is a mark when another line's mark stands where it does, or the next line hangs at its text. */
function confirmed(lines: readonly OcrLine[], candidates: readonly Candidate[], i: number): boolean {
  const line = lines[i]!
  const near = (a: number, b: number) => Math.abs(a - b) <= ALIGN * line.size
  const [mark, text] = line.words as [OcrWord, OcrWord]
  const aligned = lines.some(
    (other, j) =>
      j !== i && candidates[j] !== null && near(other.words[0]!.box.x0, mark.box.x0) && near(other.words[1]!.box.x0, text.box.x0)
  )
  const next = lines[i + 1]?.words[0]
  return aligned || (next !== undefined && near(next.box.x0, text.box.x0) && !near(next.box.x0, mark.box.x0))
}

/** A small lone blob of ink left of the line's first word, where a bullet stands: its box, or null. */
function markBefore(line: OcrLine, image: Gray): Box | null {
  const size = line.size
  const x0 = Math.max(0, Math.round(line.box.x0 - 2.5 * size))
  const x1 = Math.round(line.box.x0 - 0.3 * size)
  if (x1 - x0 < size) return null
  const found = inkBox(image, { x0, y0: line.box.y0, x1, y1: line.box.y1 })
  if (!found) return null
  const { box, pixels } = found
  const small = box.x1 - box.x0 <= MARK_WIDTH * size && box.y1 - box.y0 <= MARK_HEIGHT * size
  // a speck of grain is a pixel or two; a bullet at 150 dpi is dozens
  return small && pixels >= 0.03 * size * size && box.x0 > x0 ? box : null
}

/** The bounding box of the ink inside `area`, and how many ink pixels it holds. */
function inkBox(image: Gray, area: Box): { box: Box; pixels: number } | null {
  let box: Box | null = null
  let pixels = 0
  const y1 = Math.min(image.height, area.y1)
  const x1 = Math.min(image.width, area.x1)
  for (let y = Math.max(0, area.y0); y < y1; y++) {
    for (let x = area.x0; x < x1; x++) {
      if (image.data[y * image.width + x]! >= INK) continue
      pixels++
      box = box
        ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x), y1: Math.max(box.y1, y) }
        : { x0: x, y0: y, x1: x, y1: y }
    }
  }
  return box ? { box, pixels } : null
}
