/**
 * DOCX tables: a grid of data is kept as one table (rows of cells), a table that lays out text — questions in
 * cells, a letterhead — stays its cells' paragraphs, as before tables were kept.
 */
import { describe, expect, it } from 'vitest'
import { buildDocx, p } from '../fixtures/make/docx/docx-builder.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocx } from '../src/load/docx.js'

const cell = (text: string, span = 1) => `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${p(text)}</w:tc>`
const table = (rows: (string | [string, number])[][]) =>
  `<w:tbl>${rows.map((row) => `<w:tr>${row.map((c) => (typeof c === 'string' ? cell(c) : cell(c[0], c[1]))).join('')}</w:tr>`).join('')}</w:tbl>`

describe('DOCX tables', () => {
  it('keeps a table of figures by year as one table, a spanning cell leaving the places it covers blank', async () => {
    const body =
      p('Zu 2.: Die Zahl der Einsätze entwickelte sich wie folgt:') +
      table([
        ['Jahr', ['Einsätze', 2]],
        ['', 'Brand', 'Hilfe'],
        ['2022', '41', '118'],
        ['2023', '37', '132'],
      ]) +
      p('Zu 3.: Nein.')
    const doc = await loadDocx(buildDocx({ body }))
    expect(doc.blocks.map((b) => b.table ?? b.text)).toEqual([
      'Zu 2.: Die Zahl der Einsätze entwickelte sich wie folgt:',
      [
        ['Jahr', 'Einsätze', ''],
        ['', 'Brand', 'Hilfe'],
        ['2022', '41', '118'],
        ['2023', '37', '132'],
      ],
      'Zu 3.: Nein.',
    ])
    const paragraphs = layoutDocument(doc).paragraphs
    expect(paragraphs[1]).toMatchObject({ label: null, text: 'Jahr | Einsätze\n | Brand | Hilfe\n2022 | 41 | 118\n2023 | 37 | 132' })
    expect(paragraphs[1]!.table).toHaveLength(4)
  })

  it('leaves a table whose cells are questions as paragraphs, one per cell', async () => {
    const body =
      p('Wir fragen den Magistrat:') +
      table([
        ['1.', 'Wie viele Ladesäulen betreibt die Stadt derzeit?'],
        ['2.', 'Wo sollen bis 2026 weitere Ladesäulen entstehen?'],
      ])
    const doc = await loadDocx(buildDocx({ body }))
    expect(doc.blocks.some((b) => b.table)).toBe(false)
    expect(doc.blocks.filter((b) => b.cell).map((b) => b.text)).toEqual([
      '1.',
      'Wie viele Ladesäulen betreibt die Stadt derzeit?',
      '2.',
      'Wo sollen bis 2026 weitere Ladesäulen entstehen?',
    ])
  })

  it('leaves a letterhead table of short cells without figures as paragraphs', async () => {
    const body = table([
      ['Stadt Kellerbach', 'Datum: 18.11.2024'],
      ['Der Bürgermeister', 'Az.: 37-2/2024'],
      ['Amt für Brandschutz', 'Auskunft: Frau Weiß'],
    ])
    const doc = await loadDocx(buildDocx({ body }))
    expect(doc.blocks.some((b) => b.table)).toBe(false)
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Stadt Kellerbach',
      'Datum: 18.11.2024',
      'Der Bürgermeister',
      'Az.: 37-2/2024',
      'Amt für Brandschutz',
      'Auskunft: Frau Weiß',
    ])
  })

  it('leaves a one-column table and a table of long text as paragraphs', async () => {
    const prose =
      'Die Verwaltung hat die Standorte im Frühjahr mit den Stadtwerken abgestimmt und wird dem Ausschuss für Umwelt und Verkehr in seiner nächsten Sitzung einen Vorschlag für die Reihenfolge des Ausbaus vorlegen, der die Auslastung der bestehenden Säulen berücksichtigt.'
    const body =
      table([['Anlage 1'], ['Anlage 2']]) +
      table([
        ['Hinweis', prose],
        ['Stand', 'März 2025'],
      ])
    const doc = await loadDocx(buildDocx({ body }))
    expect(doc.blocks.some((b) => b.table)).toBe(false)
    expect(doc.blocks.map((b) => b.text)).toEqual(['Anlage 1', 'Anlage 2', 'Hinweis', prose, 'Stand', 'März 2025'])
  })
})
