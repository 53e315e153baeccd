/**
 * Tables in replies, end to end on the fixtures: the same reply as DOCX and PDF (stadtrat-kellerbach-feuerwehr,
 * pandoc → LibreOffice) and a parliament portal page in HTML give each table as rows of cells in the reply
 * paragraph after the text it belongs to, linked to the same question, shown as a pipe table in Markdown.
 * The saved page in Windows-1252 keeps its umlauts, quotes and euro sign.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/export/markdown.js'
import { parseInquiry } from '../src/index.js'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/inquiries', name)))

const BY_YEAR = [
  ['Jahr', 'Brände', 'Technische Hilfe', 'Einsätze insgesamt'],
  ['2020', '38', '112', '150'],
  ['2021', '41', '139', '180'],
  ['2022', '47', '128', '175'],
  ['2023', '44', '161', '205'],
]
const BY_DISTRICT = [
  ['Nr.', 'Ortsteil', 'Einsätze', 'davon Brände'],
  ...[
    ['Altstadt', 48, 9],
    ['Bachwiesen', 22, 5],
    ['Eichenhof', 17, 4],
    ['Grubenfeld', 25, 6],
    ['Hammerau', 14, 3],
    ['Kellerbach-Nord', 31, 7],
    ['Lindenau', 12, 2],
    ['Mühlental', 19, 4],
    ['Oberdorf', 9, 2],
    ['Steinbruch', 8, 2],
  ].map(([name, all, fires], i) => [String(i + 1), String(name), String(all), String(fires)]),
]

describe.each(['docx', 'pdf'])('the Kellerbach reply as %s', (format) => {
  it('keeps the table by year and the numbered table by district (over a page break in the PDF) as tables, in the answers to 1 and 2', async () => {
    const inquiry = await parseInquiry(fixture(`stadtrat-kellerbach-feuerwehr.${format}`))
    const paragraphs = inquiry.reply!.paragraphs
    const tables = paragraphs.filter((p) => p.table)
    expect(tables.map((p) => p.table)).toEqual([BY_YEAR, BY_DISTRICT])
    expect(tables.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['2']])
    // the rows are no questions and no paragraphs of their own
    expect(inquiry.questions.map((q) => q.id)).toEqual(['1', '2', '3', '4'])
    expect(paragraphs).toHaveLength(7)
    // the table's text is where its position says
    const byYear = tables[0]!
    expect(inquiry.text.slice(byYear.position.start, byYear.position.end)).toBe(byYear.text)
    expect(byYear.text.split('\n')[1]).toBe('2020 | 38 | 112 | 150')
  })
})

describe('the parliament portal page', () => {
  it('keeps its tables by year and by district, the colspan and rowspan blank, the caption as a paragraph before', async () => {
    const inquiry = await parseInquiry(fixture('landtag-portal-schulbau.html'))
    expect(inquiry.source.format).toBe('html')
    const paragraphs = inquiry.reply!.paragraphs
    expect(paragraphs.map((p) => (p.table ? `table of ${p.table.length} rows` : p.text.slice(0, 30)))).toEqual([
      'Die Zahl der Anträge ist von J',
      'Tabelle 1: Anträge und Bewilli',
      'table of 4 rows',
      'Die im Jahr 2023 bewilligten M',
      'table of 10 rows',
      'Die Unterschiede folgen vor al',
      'Die Landesregierung beabsichti',
    ])
    expect(paragraphs[4]!.table!.slice(0, 3)).toEqual([
      ['Landkreis / kreisfreie Stadt', '2023', ''],
      ['', 'Vorhaben', 'Mio. Euro'],
      ['Landkreis Ahrensmoor', '7', '6,1'],
    ])
    expect(paragraphs[4]!.answers.map((a) => a.question)).toEqual(['2'])
  })

  it('shows a table as a GFM pipe table in Markdown, escaping the cells', async () => {
    const inquiry = await parseInquiry(fixture('landtag-portal-schulbau.html'))
    const markdown = toMarkdown(inquiry)
    expect(markdown).toContain(
      ['| Jahr | Anträge | bewilligt | Fördersumme in Mio. Euro |', '| --- | --- | --- | --- |', '| 2021 | 84 | 51 | 38,2 |'].join('\n')
    )
    expect(markdown).toContain('| Landkreis / kreisfreie Stadt | 2023 |  |')
    const piped = {
      ...inquiry,
      reply: {
        ...inquiry.reply!,
        paragraphs: [
          {
            ...inquiry.reply!.paragraphs[2]!,
            table: [
              ['a|b', 'c*'],
              ['1', '2'],
            ],
          },
        ],
      },
    }
    expect(toMarkdown(piped)).toContain('| a\\|b | c\\* |\n| --- | --- |\n| 1 | 2 |')
  })
})

describe('the saved page in Windows-1252', () => {
  it('is read as Windows-1252, as its meta tag declares, umlauts, quotes and euro sign intact', async () => {
    const inquiry = await parseInquiry(fixture('gemeinderat-talbrunn-winterdienst.html'))
    expect(inquiry.source.format).toBe('html')
    expect(inquiry.text).toContain('Anfrage der Fraktion „Bürger für Talbrunn“ vom 07.01.2019')
    expect(inquiry.reply!.paragraphs[2]!.text).toBe(
      'Der Winterdienst kostete im Winter 2017/18 rund 48.500 €; verbraucht wurden 112 Tonnen Streusalz.'
    )
    expect(inquiry.warnings.map((w) => w.code)).not.toContain('legacy_encoding')
  })
})

describe('a table in a free-prose reply', () => {
  it('answers what the paragraph before it answers, and is not linked by its words', async () => {
    const html = `<!DOCTYPE html><html><body>
      <h1>Anfrage der Fraktion Bündnis 90/Die Grünen</h1>
      <p>Wir fragen den Magistrat:</p>
      <ol><li>Wie viele Bäume wurden im Stadtgebiet in den Jahren 2022 und 2023 gefällt?</li>
      <li>Wie viele Ladesäulen für Elektroautos betreibt die Stadtwerke GmbH an öffentlichen Parkplätzen?</li></ol>
      <h2>Stellungnahme des Magistrats</h2>
      <p>Die Stadtwerke GmbH betreibt derzeit Ladesäulen für Elektroautos an vierzehn öffentlichen Parkplätzen.</p>
      <p>Im Stadtgebiet wurden in den beiden Jahren zusammen 312 Bäume gefällt, überwiegend wegen Trockenschäden:</p>
      <table><tr><th>Jahr</th><th>gefällt</th><th>nachgepflanzt</th></tr><tr><td>2022</td><td>141</td><td>160</td></tr><tr><td>2023</td><td>171</td><td>185</td></tr></table>
    </body></html>`
    const inquiry = await parseInquiry(new TextEncoder().encode(html))
    const paragraphs = inquiry.reply!.paragraphs
    expect(paragraphs.map((p) => [p.table ? 'table' : p.text.slice(0, 20), p.answers.map((a) => a.question)])).toEqual([
      ['Die Stadtwerke GmbH ', ['2']],
      ['Im Stadtgebiet wurde', ['1']],
      ['table', ['1']],
    ])
    expect(inquiry.warnings.filter((w) => w.code === 'answer_link_abstained')).toEqual([])
  })
})
