/**
 * PDF tables from the lines' geometry (layout/tables.ts) on pages built here: rows of cells aligned in columns
 * with a column of figures become one table paragraph; a numbered list with a tab after each number, and lines
 * whose pieces do not stand in columns, stay text. A numbered table of 40 rows after a question is no question.
 */
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import type { LineCell, LoadedDocument, Page, TextLine } from '../src/nodes.js'
import { structureInquiry } from '../src/structure/index.js'

const CHAR = 6

/** A line at `y` from pieces [text, x] or [text, x, 'right'] (x is then the right edge). */
function line(y: number, ...pieces: [string, number, ('right' | undefined)?][]): TextLine {
  const cells: LineCell[] = pieces.map(([text, at, align]) =>
    align === 'right' ? { text, x: at - text.length * CHAR, right: at } : { text, x: at, right: at + text.length * CHAR }
  )
  const first = cells[0]!
  const last = cells[cells.length - 1]!
  const text = cells.map((c) => c.text).join(' ')
  return {
    type: 'line',
    text,
    x: first.x,
    y,
    width: last.right - first.x,
    fontSize: 12,
    bold: false,
    ...(cells.length > 1 ? { cells } : {}),
  }
}

const pdfOf = (lines: TextLine[]): LoadedDocument => {
  const page: Page = { type: 'page', number: 1, width: 595, height: 842, lines }
  return { type: 'document', format: 'pdf', pageCount: 1, ocr: false, pages: [page], blocks: [], warnings: [] }
}

const prose = (y: number, text: string) => line(y, [text, 72])

describe('tables from PDF lines', () => {
  it('keeps a numbered table of 40 rows after a question as one table, not as part of the question', () => {
    const lines: TextLine[] = [
      prose(100, 'Anfrage der Fraktion Die Linke'),
      prose(130, 'Wir fragen den Bezirksbürgermeister:'),
      prose(160, '1. Wie viele Spielplätze unterhält der Bezirk?'),
      prose(190, '2. Wie viele Spielgeräte wurden im Jahr 2023 je Ortsteil gesperrt?'),
      line(220, ['Nr.', 90, 'right'], ['Ortsteil', 110], ['gesperrt', 400, 'right']),
    ]
    for (let i = 1; i <= 40; i++)
      lines.push(
        line(
          220 + 15 * i,
          [String(i), 90, 'right'],
          [`Ortsteil ${String.fromCharCode(64 + ((i - 1) % 26) + 1)}${i}`, 110],
          [String((i * 7) % 13), 400, 'right']
        )
      )
    lines.push(prose(900, '3. Wann werden die gesperrten Geräte ersetzt?'))
    const layout = layoutDocument(pdfOf(lines))
    const tables = layout.paragraphs.filter((p) => p.table)
    expect(tables).toHaveLength(1)
    expect(tables[0]!.table![0]).toEqual(['Nr.', 'Ortsteil', 'gesperrt'])
    expect(tables[0]!.table![1]).toEqual(['1', 'Ortsteil A1', '7'])
    expect(tables[0]!.table).toHaveLength(41)
    const structure = structureInquiry(layout)
    expect(structure.questions.map((q) => [q.id, q.text])).toEqual([
      ['1', 'Wie viele Spielplätze unterhält der Bezirk?'],
      ['2', 'Wie viele Spielgeräte wurden im Jahr 2023 je Ortsteil gesperrt?'],
      ['3', 'Wann werden die gesperrten Geräte ersetzt?'],
    ])
  })

  it('leaves a numbered list with a tab after each number as list items', () => {
    const lines = [
      prose(100, 'Zu 2.: Die Verwaltung prüft die folgenden Maßnahmen:'),
      line(115, ['1.', 72], ['ein nächtliches Tempolimit,', 100]),
      line(130, ['2.', 72], ['einen lärmmindernden Asphalt,', 100]),
      line(145, ['3.', 72], ['die Förderung von Schallschutzfenstern.', 100]),
    ]
    const layout = layoutDocument(pdfOf(lines))
    expect(layout.paragraphs.some((p) => p.table)).toBe(false)
  })

  it('leaves lines whose pieces do not stand in columns as text', () => {
    const lines = [
      line(100, ['Kreistag Ohmtal', 72], ['KT/2024/0087', 400]),
      line(115, ['Sitzung am', 72], ['12', 250, 'right'], ['Mai', 330]),
      line(130, ['Vorlage', 72], ['3', 190, 'right'], ['öffentlich', 460]),
    ]
    const layout = layoutDocument(pdfOf(lines))
    expect(layout.paragraphs.some((p) => p.table)).toBe(false)
  })
})
