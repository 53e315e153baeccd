/**
 * PDF loading: text items → lines (baselines, columns, the tab after a label, pieces in the margin), and what
 * the loader reads from real PDFs (bold faces, font sizes, hyphens at line ends).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDocument } from '../src/load/index.js'
import { hasUsableText } from '../src/load/pdf.js'
import { itemsToLines, type Glyphs } from '../src/load/pdf-lines.js'
import type { Page, TextLine } from '../src/nodes.js'

const pdf = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}.pdf`, import.meta.url)))

/** A text item of a 10-pt font, about 5 pt per character. */
const item = (text: string, x: number, y: number, extra: Partial<Glyphs> = {}): Glyphs => ({
  text,
  x,
  y,
  width: text.length * 5,
  fontSize: 10,
  bold: false,
  ...extra,
})
const texts = (lines: TextLine[]) => lines.map((l) => l.text)

describe('itemsToLines', () => {
  it('joins the items of a baseline left to right, whatever their order, and orders baselines top to bottom', () => {
    const lines = itemsToLines([item('zweite Zeile', 70, 112), item('Welt', 110, 100.5), item('Hallo', 70, 100)])
    expect(texts(lines)).toEqual(['Hallo Welt', 'zweite Zeile'])
    expect(lines[0]).toMatchObject({ x: 70, fontSize: 10, bold: false })
  })

  it('joins the tab after a list label as "\\t", so layout can tell it from a space', () => {
    const lines = itemsToLines([item('1.', 70, 100), item('Wann beginnt die Sanierung?', 93, 100)])
    expect(texts(lines)).toEqual(['1.\tWann beginnt die Sanierung?'])
  })

  it('keeps a space after a label when the line is stretched everywhere (justified), and after running text', () => {
    // "2. Klassen" in a justified line whose other gaps are as wide as the one after "2."
    const stretched = itemsToLines([item('2.', 70, 100), item('Klassen', 89, 100), item('im', 139, 100), item('Nordflügel', 163, 100)])
    expect(texts(stretched)).toEqual(['2. Klassen im Nordflügel'])
    const noLabel = itemsToLines([item('Die', 70, 100), item('Verwaltung', 100, 100)])
    expect(texts(noLabel)).toEqual(['Die Verwaltung'])
  })

  it('does not split a justified line at its wide word spaces', () => {
    const lines = itemsToLines([
      item('zwei', 70, 100),
      item('Endhaltestellen', 115, 100),
      item('sind', 215, 100),
      item('zusätzlich', 260, 100),
    ])
    expect(texts(lines)).toEqual(['zwei Endhaltestellen sind zusätzlich'])
  })

  it('splits off a smaller page number that sits in the margin beside a line', () => {
    const lines = itemsToLines([item('2', 48, 100, { fontSize: 8, width: 4 }), item('3.', 71, 100), item('Wie lange dauert es?', 93, 100)])
    expect(texts(lines)).toEqual(['2', '3.\tWie lange dauert es?'])
  })

  it('reads two columns one after the other, and keeps a title across both in its place', () => {
    const items: Glyphs[] = [item('Titel über beide Spalten der Seite hinweg, sehr lang und breit gesetzt', 70, 60, { width: 450 })]
    for (let i = 0; i < 8; i++) {
      items.push(item(`links ${i + 1} mit etwas Text`, 70, 100 + 12 * i, { width: 200 }))
      // the right column's baselines need not line up with the left one's
      items.push(item(`rechts ${i + 1} mit etwas Text`, 310, 104 + 12 * i, { width: 200 }))
    }
    const lines = texts(itemsToLines(items))
    expect(lines[0]).toMatch(/^Titel/)
    expect(lines.slice(1, 9)).toEqual(Array.from({ length: 8 }, (_, i) => `links ${i + 1} mit etwas Text`))
    expect(lines.slice(9)).toEqual(Array.from({ length: 8 }, (_, i) => `rechts ${i + 1} mit etwas Text`))
  })

  it('drops an item printed twice over itself (simulated bold)', () => {
    expect(texts(itemsToLines([item('Begründung', 70, 100), item('Begründung', 70.3, 100)]))).toEqual(['Begründung'])
  })

  it('marks a line bold when most of its characters are bold, and says where a bold run stops inside it', () => {
    const [line] = itemsToLines([item('Zu Frage 1:', 70, 100, { bold: true }), item('ja', 130, 100)])
    expect(line).toMatchObject({ text: 'Zu Frage 1: ja', bold: true, boldEnds: { start: true, end: false } })
    const [plain] = itemsToLines([item('Begründung', 70, 100, { bold: true })])
    expect(plain).not.toHaveProperty('boldEnds')
  })

  it('keeps a raised footnote mark on its line, whose baseline stays the body text one', () => {
    const lines = itemsToLines([
      item('über zunehmenden Verkehrslärm.', 70, 131.7),
      item('1', 220.4, 127.4, { fontSize: 6.4, width: 3 }),
      item('Wir bitten', 226, 131.7),
    ])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ text: 'über zunehmenden Verkehrslärm.1 Wir bitten', y: 131.7, fontSize: 10 })
  })

  it('puts a space after a label even when its text follows without a gap ("(iii)" wider than its indent)', () => {
    expect(texts(itemsToLines([item('(iii)', 70, 100), item('die laufenden Kosten.', 95, 100)]))).toEqual(['(iii) die laufenden Kosten.'])
    expect(texts(itemsToLines([item('Verwal', 70, 100), item('tung', 100, 100)]))).toEqual(['Verwaltung'])
  })
})

describe('hasUsableText', () => {
  const page = (...texts: string[]): Page => ({
    type: 'page',
    number: 1,
    width: 595,
    height: 842,
    lines: texts.map((text, i) => ({ type: 'line', text, x: 70, y: 100 + 12 * i, width: 400, fontSize: 10, bold: false })),
  })

  it('accepts German text with punctuation and rejects glyph garbage and near-empty pages', () => {
    expect(hasUsableText(page('Straßenbeleuchtung „in den Ortsteilen“ – § 3, 1.500 €?'))).toBe(true)
    expect(hasUsableText(page('\u0001\u0002\u0003\u0004\u0005 ab'))).toBe(false)
    expect(hasUsableText(page(' . '))).toBe(false)
  })
})

describe('loading real PDFs', () => {
  it('reads bold faces, font sizes and the tab after list labels (schule-dreiseitig.pdf)', async () => {
    const [page1] = (await loadDocument(pdf('schule-dreiseitig'))).pages
    const line = (start: string) => page1!.lines.find((l) => l.text.startsWith(start))!
    expect(line('Anfrage der Fraktion')).toMatchObject({ bold: true, fontSize: 15 })
    expect(line('Sanierung der Grundschule am Lindenweg')).toMatchObject({ bold: true, fontSize: 12 })
    expect(line('Die Grundschule am Lindenweg wurde')).toMatchObject({ bold: false, fontSize: 12 })
    expect(line('1.').text).toBe('1.\tWelche Ergebnisse hat die Bestandsaufnahme der Schulgebäude für die Grundschule am')
    expect(line('a)').text).toBe('a)\tfür die Sanierung des Daches und der Fassade,')
  })

  it('knows bold faces on later pages from the fonts classified on the first (schule-dreiseitig.pdf)', async () => {
    const page3 = (await loadDocument(pdf('schule-dreiseitig'))).pages[2]!
    expect(page3.lines.filter((l) => l.bold).map((l) => l.text)).toEqual(['Zu 5.:', 'Zu 6.:'])
  })

  it('gives each page its number and size, and keeps the hyphen a line ends with', async () => {
    const doc = await loadDocument(pdf('schule-dreiseitig'))
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 3, ocr: false, warnings: [] })
    expect(doc.pages.map((p) => [p.number, Math.round(p.width), Math.round(p.height)])).toEqual([
      [1, 595, 842],
      [2, 595, 842],
      [3, 595, 842],
    ])
    expect(doc.pages[1]!.lines.map((l) => l.text)).toContain(
      'Sanierung von Schulgebäuden derzeit erhebliche Fördermittel bereitstellen, deren Antrags-'
    )
  })
})
