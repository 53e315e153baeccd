/**
 * Running headers and footers on synthetic pages: repetition with a changing page number, page-number forms
 * in the margins, and a page number in the body's first or last line.
 */
import { describe, expect, it } from 'vitest'
import { pageNumberOf } from '../src/layout/page-numbers.js'
import { removeRunningLines } from '../src/layout/running.js'
import type { Page, TextLine } from '../src/nodes.js'

const line = (text: string, y: number, x = 70, fontSize = 11): TextLine => ({
  type: 'line',
  text,
  x,
  y,
  width: text.length * 5.5,
  fontSize,
  bold: false,
})

/** An A4 page: the given header and footer lines around a body of numbered sentences. */
function page(number: number, head: TextLine[], body: string[], foot: TextLine[] = []): Page {
  const lines = [...head, ...body.map((text, i) => line(text, 120 + 14 * i)), ...foot]
  return { type: 'page', number, width: 595, height: 842, lines }
}

const ORDINAL = ['ersten', 'zweiten', 'dritten']
const body = (n: number) =>
  Array.from({ length: 8 }, (_, i) => `Satz ${i + 1} im ${ORDINAL[n - 1]} Teil über die Sanierung der Grundschule am Lindenweg.`)
const remaining = (pages: Page[]) => removeRunningLines(pages).pages.map((p) => p.lines.map((l) => l.text))

describe('pageNumberOf', () => {
  it('reads the usual page-number forms', () => {
    expect(
      [
        '- 2 -',
        '– 12 –',
        'Seite 2 von 3',
        'Seite 2',
        'S. 4',
        '2/3',
        '2 von 3',
        '7',
        'Drucksache 18/4711 – Seite 2',
        'Drs. 18/123, S. 5 von 9',
      ].map(pageNumberOf)
    ).toEqual([2, 12, 2, 2, 4, 2, 2, 7, 2, 5])
  })

  it('reads a page number that names itself as one part of a longer footer', () => {
    expect(['Seite 1 von 2 – nur für den Dienstgebrauch', 'Stadt Lindenau | Seite 4', '3/7 · Stadt Lindenau'].map(pageNumberOf)).toEqual([
      1, 4, 3,
    ])
    expect(['Stadt Lindenau – 2024', 'Kapitel 3 – Seite an Seite'].map(pageNumberOf)).toEqual([null, null])
  })

  it('does not read running text, dates or list labels as page numbers', () => {
    expect(['2. Klassen', '1. Januar 2025', '02.08.2024', '3.', 'Seite an Seite', '2 Tage'].map(pageNumberOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('removeRunningLines', () => {
  it('removes a header and a footer that repeat on most pages with a changing page number', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [line('Stadt Lindenau – Drucksache 18/4711', 50)], body(n), [line(`Bericht des Magistrats · ${n}`, 790)])
    )
    expect(remaining(pages)).toEqual([body(1), body(2), body(3)])
    const numbered = [1, 2, 3].map((n) => page(n, [line(`Drucksache 18/4711, Seite ${n} von 3`, 50)], body(n)))
    expect(remaining(numbered)).toEqual([body(1), body(2), body(3)])
  })

  it('removes page-number forms in the margins even on a single page', () => {
    for (const footer of ['- 1 -', 'Seite 1 von 3', 'Drucksache 18/4711 – Seite 1', '1']) {
      expect(remaining([page(1, [], body(1), [line(footer, 800)])])).toEqual([body(1)])
    }
  })

  it('keeps a short number line and a repeated sentence in the middle of the body', () => {
    const withNumber = page(1, [], [...body(1).slice(0, 4), '2', ...body(1).slice(4)])
    expect(remaining([withNumber])[0]).toContain('2')
    const repeated = [1, 2].map((n) => page(n, [], [...body(n).slice(0, 4), 'Die Verwaltung prüft den Antrag.', ...body(n).slice(4)]))
    expect(remaining(repeated).map((p) => p.filter((t) => t === 'Die Verwaltung prüft den Antrag.'))).toEqual([
      ['Die Verwaltung prüft den Antrag.'],
      ['Die Verwaltung prüft den Antrag.'],
    ])
  })

  it('matches a header whose parts are columns apart on one page and one line on another', () => {
    const split = page(1, [line('Kreistag Nordheide', 50), line('Drucksache 2024/117', 50, 450)], body(1))
    const whole = page(2, [line('Kreistag Nordheide Drucksache 2024/117', 50)], body(2))
    expect(remaining([split, whole])).toEqual([body(1), body(2)])
  })

  it('removes the page number as the first body line, below the margin, on its page only', () => {
    const pages = [page(1, [], body(1)), page(2, [line('2', 110, 70, 8)], ['3.\tWie lange dauert es?', ...body(2)])]
    expect(remaining(pages)[1]).toEqual(['3.\tWie lange dauert es?', ...body(2)])
  })

  it('cuts a page number glued in front of the first question, and moves the line to the body edge', () => {
    const glued = page(2, [], ['2 3. Wie lange dauert es?', ...body(2)])
    glued.lines[0] = { ...glued.lines[0]!, x: 48 }
    const [, second] = removeRunningLines([page(1, [], body(1)), glued]).pages
    expect(second!.lines[0]).toMatchObject({ text: '3. Wie lange dauert es?', x: 70 })
  })

  it('leaves a first line alone whose number is not the page number or is not followed by a label', () => {
    const pages = [
      page(1, [], body(1)),
      page(2, [], ['5 3. Wie lange dauert es?', ...body(2)]),
      page(3, [], ['3 Tage später begann der Bau.', ...body(3)]),
    ]
    const [, second, third] = remaining(pages)
    expect(second![0]).toBe('5 3. Wie lange dauert es?')
    expect(third![0]).toBe('3 Tage später begann der Bau.')
  })

  it('keeps "Zu Frage N:" atop consecutive pages, though its number follows the page number', () => {
    const pages = [1, 2, 3].map((n) => page(n, [line(`Zu Frage ${n}:`, 60)], body(n)))
    expect(remaining(pages).map((p) => p[0])).toEqual(['Zu Frage 1:', 'Zu Frage 2:', 'Zu Frage 3:'])
  })

  it('follows printed page numbers that are offset from the physical ones (a cover page without number)', () => {
    const pages = [
      page(1, [], body(1)),
      page(2, [], body(2), [line('- 1 -', 800)]),
      page(3, [], ['2 4. Gibt es Pläne?', ...body(3)], [line('- 2 -', 800)]),
    ]
    expect(remaining(pages)[2]![0]).toBe('4. Gibt es Pläne?')
  })
})
