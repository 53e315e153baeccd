/**
 * @module
 * OCR lines in pixels → TextLines in PDF points (origin top-left, y = baseline), shaped like the lines pdf.js
 * gives for a text layer, so that the layout stage treats both alike.
 */
import { splitLabel } from '../../layout/label.js'
import type { TextLine } from '../../nodes.js'
import type { OcrLine, OcrWord } from './hocr.js'

/** A gap this many text heights wide separates two columns (or a header's left and right parts). */
const COLUMN_GAP = 2.5

const round = (n: number): number => Math.round(n * 100) / 100

/** `scale`: pixels per PDF point (dpi / 72). `bold[i]` belongs to `lines[i]`. */
export function toTextLines(lines: readonly OcrLine[], scale: number, bold: readonly boolean[]): TextLine[] {
  return lines.flatMap((line, i) => splitAtGaps(line).map((words) => toTextLine(words, line, scale, bold[i] ?? false)))
}

function toTextLine(words: OcrWord[], line: OcrLine, scale: number, bold: boolean): TextLine {
  const first = words[0]!
  const last = words[words.length - 1]!
  const chars = words.reduce((n, w) => n + w.text.length, 0)
  const confidence = words.reduce((sum, w) => sum + w.confidence * w.text.length, 0) / chars
  return {
    type: 'line',
    text: words.map((w) => w.text).join(' '),
    x: round(first.box.x0 / scale),
    y: round(line.baseline / scale),
    width: round((last.box.x1 - first.box.x0) / scale),
    fontSize: round(line.size / scale),
    bold,
    confidence: Math.round(confidence * 1000) / 1000,
  }
}

/** Splits a line where a gap is wider than a column gutter, unless what is left of it is a bare list label. */
function splitAtGaps(line: OcrLine): OcrWord[][] {
  const parts: OcrWord[][] = [[]]
  for (const word of line.words) {
    const current = parts[parts.length - 1]!
    const previous = current[current.length - 1]
    const gap = previous ? word.box.x0 - previous.box.x1 : 0
    if (previous && gap > COLUMN_GAP * line.size && !isBareLabel(current)) parts.push([word])
    else current.push(word)
  }
  return parts
}

function isBareLabel(words: OcrWord[]): boolean {
  const split = splitLabel(`${words.map((w) => w.text).join(' ')} x`)
  return split !== null && split.body === 'x'
}

/**
 * OCR measures every line's size anew, a pixel or two apart; a text layer gives body lines one size. Sizes
 * within 15 % of a more common size take that size, so that paragraphs do not break at a measuring error.
 */
export function evenFontSizes(lines: TextLine[]): TextLine[] {
  const weights = new Map<number, number>()
  for (const line of lines) weights.set(line.fontSize, (weights.get(line.fontSize) ?? 0) + line.text.length)
  const common = [...weights].sort((a, b) => b[1] - a[1]).map(([size]) => size)
  const snapped = new Map<number, number>()
  for (const size of common) {
    const near = common.find((c) => snapped.get(c) === c && Math.abs(c - size) <= 0.15 * c)
    snapped.set(size, near ?? size)
  }
  const even = lines.map((line) => ({ ...line, fontSize: snapped.get(line.fontSize) ?? line.fontSize }))
  // a short line hanging under a list item ("Tempo 30." of capitals and digits) is measured larger than the
  // item's first line, though it is the same text: it takes the item's size
  for (let i = 1; i < even.length; i++) {
    const [item, line] = [even[i - 1]!, even[i]!]
    if (line.text.length <= SHORT_LINE && hangsUnder(line, item) && Math.abs(line.fontSize - item.fontSize) <= 0.25 * item.fontSize) {
      even[i] = { ...line, fontSize: item.fontSize }
    }
  }
  return even
}

/** Lines of at most this many characters are too short for OCR to measure their size well. */
const SHORT_LINE = 16

/** `line` starts at the text of the list item `item` (right of its label), one line below it. */
function hangsUnder(line: TextLine, item: TextLine): boolean {
  const label = splitLabel(item.text)
  if (!label) return false
  const below = line.y > item.y && line.y - item.y < 2 * item.fontSize
  return below && line.x > item.x + 0.5 * item.fontSize && line.x < item.x + 4 * item.fontSize
}
