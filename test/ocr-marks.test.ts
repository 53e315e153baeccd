import { describe, expect, it } from 'vitest'
import type { Gray } from '../src/node/ocr/bitmap.js'
import type { OcrLine } from '../src/node/ocr/hocr.js'
import { BULLET, readListMarks } from '../src/node/ocr/marks.js'
import { paperLevel, whitenPaper } from '../src/node/ocr/paper.js'

/** A deterministic grain: the same page on every run. */
function grainyPage(width: number, height: number, paper: number, spread: number): Gray {
  const data = new Uint8Array(width * height)
  let state = 12345
  for (let i = 0; i < data.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    // a sum of three uniforms: roughly bell-shaped, within ±1.5 spread
    const u = ((state >>> 8) & 0xff) / 255 + ((state >>> 16) & 0xff) / 255 + ((state >>> 24) & 0xff) / 255 - 1.5
    data[i] = Math.max(0, Math.min(255, Math.round(paper + u * spread * 2)))
  }
  return { width, height, data }
}

function paint(image: Gray, box: { x0: number; y0: number; x1: number; y1: number }, level: number): void {
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) image.data[y * image.width + x] = level
}

describe('whitening grey paper', () => {
  it('finds the paper level and its grain', () => {
    const { level, grain } = paperLevel(grainyPage(300, 300, 210, 8))
    expect(level).toBeGreaterThanOrEqual(207)
    expect(level).toBeLessThanOrEqual(213)
    expect(grain).toBeGreaterThan(3)
    expect(grain).toBeLessThan(16)
  })

  it('makes a blank grainy page white, so that no threshold can split its grain into letters', () => {
    const white = whitenPaper(grainyPage(300, 300, 210, 8))
    const dark = white.data.filter((v) => v < 255).length
    expect(dark).toBeLessThan(10)
  })

  it('keeps the ink as it was', () => {
    const page = grainyPage(300, 300, 210, 8)
    paint(page, { x0: 50, y0: 50, x1: 250, y1: 60 }, 40)
    const white = whitenPaper(page)
    expect(white.data[55 * 300 + 100]).toBe(40)
    expect(white.data[150 * 300 + 100]).toBe(255)
  })

  it('leaves a clean white page alone', () => {
    const page: Gray = { width: 10, height: 10, data: new Uint8Array(100).fill(255) }
    page.data[5] = 0
    expect(whitenPaper(page)).toBe(page)
  })
})

const word = (text: string, x0: number, x1: number, y0 = 100, y1 = 120) => ({ text, box: { x0, y0, x1, y1 }, confidence: 0.9 })
const line = (y: number, ...words: ReturnType<typeof word>[]): OcrLine => ({
  box: { x0: words[0]!.box.x0, y0: y, x1: words[words.length - 1]!.box.x1, y1: y + 20 },
  baseline: y + 16,
  size: 22,
  words: words.map((w) => ({ ...w, box: { ...w.box, y0: y, y1: y + 20 } })),
})
const blank = (): Gray => ({ width: 1200, height: 800, data: new Uint8Array(1200 * 800).fill(255) })
const firstWords = (lines: OcrLine[]) => lines.map((l) => l.words[0]!.text)

describe('list marks OCR garbles', () => {
  it('reads symbols that stand for a bullet, narrow and set apart, as "•"', () => {
    const lines = [line(100, word('*', 150, 158), word('Wie', 180, 220)), line(140, word('«', 150, 159), word('Welche', 180, 260))]
    expect(firstWords(readListMarks(lines, blank()))).toEqual([BULLET, BULLET])
  })

  it('reads "e" as a bullet only in a list or before a hanging indent', () => {
    const list = [
      line(100, word('e', 150, 160), word('Wie', 180, 220), word('viele', 230, 290)),
      line(140, word('e', 150, 160), word('Welche', 180, 260)),
    ]
    expect(firstWords(readListMarks(list, blank()))).toEqual([BULLET, BULLET])
    const hanging = [line(100, word('e', 150, 160), word('Wie', 180, 220)), line(125, word('festgestellt?', 181, 300))]
    expect(firstWords(readListMarks(hanging, blank()))).toEqual([BULLET, 'festgestellt?'])
    // a lone "e" with the next line back at the margin is left as read
    const lone = [line(100, word('e', 150, 160), word('Wie', 180, 220)), line(125, word('Danach', 150, 230))]
    expect(firstWords(readListMarks(lone, blank()))).toEqual(['e', 'Danach'])
  })

  it('leaves a mark that touches its text, or a wide first word, alone', () => {
    const lines = [line(100, word('*', 150, 158), word('Wie', 162, 200)), line(140, word('«Wie', 150, 230), word('viele', 240, 290))]
    expect(firstWords(readListMarks(lines, blank()))).toEqual(['*', '«Wie'])
  })

  it('finds a bullet OCR dropped as a small blob of ink left of the line', () => {
    const image = blank()
    paint(image, { x0: 152, y0: 106, x1: 159, y1: 113 }, 20)
    const lines = [line(100, word('Wie', 180, 220), word('viele', 230, 290)), line(140, word('Welche', 180, 260))]
    const read = readListMarks(lines, image)
    expect(firstWords(read)).toEqual([BULLET, 'Welche'])
    expect(read[0]!.words[0]!.box.x0).toBe(152)
  })

  it('takes no digit, no letter and no speck of grain for a dropped bullet', () => {
    const image = blank()
    paint(image, { x0: 150, y0: 102, x1: 160, y1: 118 }, 20) // as tall as a digit
    paint(image, { x0: 155, y0: 150, x1: 156, y1: 151 }, 20) // one pixel
    const lines = [line(100, word('Wie', 180, 220)), line(140, word('Welche', 180, 260))]
    expect(firstWords(readListMarks(lines, image))).toEqual(['Wie', 'Welche'])
  })
})
