import { describe, expect, it } from 'vitest'
import { encodePgm, otsuThreshold, histogram, type Gray } from '../src/node/ocr/bitmap.js'
import { boldLines } from '../src/node/ocr/bold.js'
import { characterErrorRate, editDistance } from '../src/node/ocr/cer.js'
import { deskew, estimateSkew } from '../src/node/ocr/deskew.js'
import { parseHocr } from '../src/node/ocr/hocr.js'
import { evenFontSizes, toTextLines } from '../src/node/ocr/lines.js'
import type { TextLine } from '../src/nodes.js'

/** A white page with rows of dark "words" whose baselines fall by `degrees` to the right. */
function fakeScan(degrees: number, width = 1200, height = 1600): Gray {
  const data = new Uint8Array(width * height).fill(235)
  const slope = Math.tan((degrees * Math.PI) / 180)
  for (let row = 150; row < height - 150; row += 40) {
    for (let x = 120; x < width - 120; x++) {
      if (x % 90 > 70) continue // gaps between words
      const y = Math.round(row + x * slope)
      for (let dy = 0; dy < 12; dy++) data[(y + dy) * width + x] = 30
    }
  }
  return { width, height, data }
}

describe('deskew', () => {
  it.each([-2, -0.8, 1.5, 3])('finds a skew of %s° within 0.1°', (degrees) => {
    expect(Math.abs(estimateSkew(fakeScan(degrees)) - degrees)).toBeLessThan(0.1)
  })

  it('turns the page so that its lines are level', () => {
    const { image, angle } = deskew(fakeScan(1.8))
    expect(angle).toBeCloseTo(1.8, 1)
    expect(Math.abs(estimateSkew(image))).toBeLessThan(0.1)
  })

  it('leaves a straight page untouched', () => {
    const page = fakeScan(0)
    const result = deskew(page)
    expect(result.angle).toBe(0)
    expect(result.image).toBe(page)
  })

  it('leaves a blank page alone', () => {
    const blank: Gray = { width: 400, height: 500, data: new Uint8Array(400 * 500).fill(255) }
    expect(estimateSkew(blank)).toBe(0)
  })
})

describe('bitmaps', () => {
  it('separates ink from grey paper with Otsu', () => {
    const threshold = otsuThreshold(histogram(fakeScan(0)))
    expect(threshold).toBeGreaterThanOrEqual(30)
    expect(threshold).toBeLessThan(235)
  })

  it('writes a binary PGM header before the pixels', () => {
    const pgm = encodePgm({ width: 2, height: 1, data: Uint8Array.from([0, 255]) })
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n')
    expect([...pgm.subarray(11)]).toEqual([0, 255])
  })

  it('tells bold lines by their wider strokes', () => {
    const width = 600
    const height = 120
    const data = new Uint8Array(width * height).fill(255)
    const stroke = (y0: number, thickness: number) => {
      for (let x = 20; x < 580; x += 8) for (let y = y0; y < y0 + 20; y++) for (let t = 0; t < thickness; t++) data[y * width + x + t] = 0
    }
    stroke(10, 2)
    stroke(45, 2)
    stroke(80, 4)
    const box = (y0: number) => ({ x0: 0, y0, x1: width, y1: y0 + 20 })
    expect(boldLines({ width, height, data }, [box(10), box(45), box(80)])).toEqual([false, false, true])
  })
})

const HOCR = `<div class='ocr_page' id='page_1' title='image "unknown.png"; bbox 0 0 1241 1754; ppageno 0; scan_res 150 150'>
   <div class='ocr_carea' id='block_1_1' title="bbox 149 153 647 303">
    <p class='ocr_par' id='par_1_1' lang='deu' title="bbox 149 153 647 303">
     <span class='ocr_line' id='line_1_1' title="bbox 150 300 1050 325; baseline 0.001 -6; x_size 25; x_descenders 5; x_ascenders 6">
      <span class='ocrx_word' id='word_1_1' title='bbox 150 301 180 320; x_wconf 96'>1.</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 195 300 300 325; x_wconf 90'>Kosten</span>
      <span class='ocrx_word' id='word_1_3' title='bbox 310 300 420 320; x_wconf 80'>&amp;</span>
      <span class='ocrx_word' id='word_1_4' title='bbox 430 300 560 320; x_wconf 70'>&quot;Nutzen&quot;</span>
      <span class='ocrx_word' id='word_1_5' title='bbox 900 300 1050 320; x_wconf 60'>Seite</span>
     </span>
     <span class='ocr_line' id='line_1_2' title="bbox 150 345 400 370; baseline 0 -5; x_size 26; x_descenders 5; x_ascenders 6">
      <span class='ocrx_word' id='word_1_6' title='bbox 150 345 400 370; x_wconf 95'>Stellungnahme</span>
     </span>
    </p>
   </div>
</div>`

describe('hOCR → lines', () => {
  const lines = parseHocr(HOCR)

  it('reads every line with all its words, baselines and confidences', () => {
    expect(lines.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['1. Kosten & "Nutzen" Seite', 'Stellungnahme'])
    expect(lines[0]!.baseline).toBe(319)
    expect(lines[0]!.size).toBe(25)
    expect(lines[0]!.words[1]!.confidence).toBeCloseTo(0.9)
  })

  it('turns pixels into PDF points and splits at a column-wide gap', () => {
    const scale = 150 / 72
    const text = toTextLines(lines, scale, [false, true])
    expect(text.map((l) => l.text)).toEqual(['1. Kosten & "Nutzen"', 'Seite', 'Stellungnahme'])
    expect(text[0]!.x).toBeCloseTo(150 / scale, 1)
    expect(text[0]!.y).toBeCloseTo(319 / scale, 1)
    expect(text[0]!.fontSize).toBeCloseTo(12, 1)
    expect(text[2]!.bold).toBe(true)
    // confidence weighted by characters: (2·.96 + 6·.9 + 1·.8 + 8·.7) / 17
    expect(text[0]!.confidence).toBeCloseTo((2 * 0.96 + 6 * 0.9 + 0.8 + 8 * 0.7) / 17, 2)
  })

  it('gives body lines measured a little apart one font size, and keeps a heading size', () => {
    const at = (fontSize: number, text: string): TextLine => ({ type: 'line', text, x: 0, y: 0, width: 100, fontSize, bold: false })
    const even = evenFontSizes([
      at(12, 'a long body line of text'),
      at(12.5, 'another body line'),
      at(11.6, 'a third body line'),
      at(16, 'Heading'),
    ])
    expect(even.map((l) => l.fontSize)).toEqual([12, 12, 12, 16])
  })

  it("gives a short line hanging under a list item the item's size, and no other line", () => {
    const at = (x: number, y: number, fontSize: number, text: string): TextLine => ({
      type: 'line',
      text,
      x,
      y,
      width: 100,
      fontSize,
      bold: false,
    })
    const even = evenFontSizes([
      at(72, 100, 10.6, '2. In der Schulstraße gilt seit den Sommerferien 2023 zwischen 7.00 Uhr und 17.00 Uhr'),
      at(92, 114, 12.5, 'Tempo 30.'),
      at(72, 134, 10.6, 'Die Stadt prüft weitere Maßnahmen an allen Schulen.'),
      at(72, 160, 12.5, 'Ergebnis'),
      at(92, 300, 12.5, 'Anlage 2'),
    ])
    expect(even.map((l) => l.fontSize)).toEqual([10.6, 10.6, 10.6, 12.5, 12.5])
  })
})

describe('character error rate', () => {
  it('counts edits per character of the truth', () => {
    expect(editDistance('Kitten', 'Sitting')).toBe(3)
    expect(characterErrorRate('Die Stadt Karben', 'Die Stadt Karben')).toBe(0)
    expect(characterErrorRate('Die Stadt Karbcn', 'Die Stadt Karben')).toBeCloseTo(1 / 16)
  })

  it('ignores line breaks, runs of spaces and hyphenated line ends', () => {
    expect(characterErrorRate('Die  Nutzung von\nKI-\nSystemen', 'Die Nutzung von KI-Systemen')).toBe(0)
  })
})
