/**
 * @module
 * tesseract's hOCR (the same from tesseract.js and the tesseract command) → lines of words in pixels.
 * hOCR, unlike TSV, carries each line's baseline and text size, which the layout stage needs.
 */

export type Box = { x0: number; y0: number; x1: number; y1: number }
export type OcrWord = { text: string; box: Box /** 0..1 */; confidence: number }
export type OcrLine = {
  box: Box
  /** baseline y in pixels at the line's left edge */
  baseline: number
  /** tesseract's text size (ascender to descender) in pixels */
  size: number
  words: OcrWord[]
}

const LINE = /<span class='(?:ocr_line|ocr_header|ocr_textfloat|ocr_caption)'[^>]*?title="([^"]*)"[^>]*>([\s\S]*?<\/span>)\s*<\/span>/g
const WORD = /<span class='ocrx_word'[^>]*?title='([^']*)'[^>]*>([\s\S]*?)<\/span>/g

/** All text lines of an hOCR page, in tesseract's reading order. */
export function parseHocr(hocr: string): OcrLine[] {
  const lines: OcrLine[] = []
  for (const [, title = '', body = ''] of hocr.matchAll(LINE)) {
    const box = bbox(title)
    if (!box) continue
    const words = [...body.matchAll(WORD)]
      .map(([, wordTitle = '', text = '']) => toWord(wordTitle, text))
      .filter((w): w is OcrWord => w !== null)
    if (words.length === 0) continue
    // "baseline 0.003 -6": slope, then the offset from the box's bottom edge
    const offset = numbers(title, 'baseline')[1] ?? 0
    lines.push({ box, baseline: box.y1 + offset, size: numbers(title, 'x_size')[0] ?? box.y1 - box.y0, words })
  }
  return lines
}

function toWord(title: string, html: string): OcrWord | null {
  const box = bbox(title)
  const text = unescapeHtml(html.replace(/<[^>]*>/g, '')).trim()
  if (!box || text === '') return null
  return { text, box, confidence: (numbers(title, 'x_wconf')[0] ?? 0) / 100 }
}

function bbox(title: string): Box | null {
  const [x0, y0, x1, y1] = numbers(title, 'bbox')
  return x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined ? null : { x0, y0, x1, y1 }
}

/** The numbers after a property name in an hOCR title ("bbox 1 2 3 4; x_wconf 96"). */
function numbers(title: string, property: string): number[] {
  const part = title.split(';').find((p) => p.trim().startsWith(`${property} `))
  return part ? part.trim().slice(property.length).trim().split(/\s+/).map(Number).filter(Number.isFinite) : []
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name] ?? entity
  })
}
