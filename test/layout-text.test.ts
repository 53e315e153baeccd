/**
 * Plain-text fixtures: a legacy Windows-1252 file and a UTF-8 file with BOM and CRLF, paragraph by paragraph.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'
import { parseInquiry } from '../src/parse.js'

const text = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url)))

describe('anfrage-windows1252.txt', () => {
  it('is not UTF-8: its umlauts, ß, „“, – and € are single bytes', () => {
    const bytes = text('anfrage-windows1252.txt')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(bytes).toContain(0xdf) // ß
    expect(bytes).toContain(0x80) // €
  })

  it('has exactly its paragraphs, wrapped lines joined, with umlauts, ß and € intact', async () => {
    const layout = layoutDocument(await loadDocument(text('anfrage-windows1252.txt')))
    expect(layout.paragraphs.map((p) => p.text)).toEqual([
      'Anfrage der Fraktion Unabhängige Wähler an den Gemeinderat Großenbach',
      'Betreff: Öffnungszeiten des Bürgerbüros und Gebühren für Meldebescheinigungen',
      'Seit dem 1. März 2024 ist das Bürgerbüro nur noch an drei Tagen in der Woche geöffnet. Ältere Bürgerinnen und Bürger müssen für einen Termin häufig mehr als zwei Wochen warten; die Gebühr für eine Meldebescheinigung wurde zugleich von 5 € auf 12 € erhöht.',
      'Wir fragen die Verwaltung:',
      '1. Aus welchen Gründen wurden die Öffnungszeiten verkürzt?',
      '2. Wie viele Termine wurden im ersten Halbjahr 2024 vergeben, und wie lange betrug die Wartezeit im Durchschnitt?',
      '3. Welche Einnahmen erwartet die Gemeinde aus der Gebührenerhöhung – und wofür sollen sie verwendet werden?',
      'Großenbach, den 2. Mai 2024',
      'Jürgen Weiß',
    ])
    expect(layout.warnings).toEqual([{ code: 'legacy_encoding', message: expect.stringContaining('Windows-1252') }])
  })
})

describe('anfrage-utf8-bom.txt', () => {
  it('has exactly its paragraphs, one per line, without the BOM or carriage returns', async () => {
    const inquiry = await parseInquiry(text('anfrage-utf8-bom.txt'))
    expect(inquiry.source).toMatchObject({ format: 'text', pages: null })
    expect(inquiry.text.split('\n\n')).toEqual([
      'Schriftliche Anfrage zur Sanierung der Straße „Am Mühlgraben“',
      'Die Straße Am Mühlgraben ist seit dem Hochwasser im Juni 2023 nur einspurig befahrbar. Anwohnerinnen und Anwohner beklagen Umwege von bis zu vier Kilometern; für die Müllabfuhr und den Winterdienst gelten Sonderregelungen, deren Kosten die Gemeinde trägt.',
      '1. Wann beginnt die Sanierung der Straße?',
      '2. Wie hoch sind die geschätzten Kosten, und welcher Anteil wird vom Land übernommen?',
      '3. Ist eine Beteiligung der Anlieger an den Kosten vorgesehen?',
      'Mit freundlichen Grüßen',
      'Sabine Köhler',
    ])
    expect(inquiry.text).not.toMatch(/[\uFEFF\r]/)
    expect(inquiry.warnings.map((w) => w.code)).not.toContain('legacy_encoding')
  })
})

describe('text wrapped wider than 110 columns', () => {
  /** Greedy word wrap, as an editor or a mail program does it. */
  const wrap = (paragraph: string, width: number): string => {
    const lines: string[] = []
    let line = ''
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line)
        line = word
      } else line = line === '' ? word : `${line} ${word}`
    }
    return [...lines, line].join('\n')
  }
  const sentences = [
    'Die bauliche Unterhaltung der Schulgebäude obliegt dem Bezirk als Schulträger, wobei größere Vorhaben über das Sanierungsprogramm des Landes finanziert werden.',
    'Für den Doppelhaushalt sind insgesamt 4,2 Mio. Euro veranschlagt, die sich zu etwa gleichen Teilen aus Landes- und Bezirksmitteln zusammensetzen. Bis Ende Januar sind Aufträge über rund 1,1 Mio. Euro erteilt worden.',
    'Eine verbindliche Aussage, wann sämtliche Standorte erneuert sein werden, ist derzeit nicht möglich, weil die Landesmittel nur jeweils für zwei Jahre feststehen. Der Fachbereich Hochbau geht von einem Zeitraum bis einschließlich 2030 aus.',
  ]
  const paragraphsOf = async (text: string): Promise<string[]> =>
    layoutDocument(await loadDocument(new TextEncoder().encode(text))).paragraphs.map((p) => p.text)

  it('joins the lines of each paragraph at 116 columns, however the next line starts ("1,1 Mio.", "Hochbau")', async () => {
    const text = ['Bezirksverordnetenversammlung Lindau', ...sentences.map((s) => wrap(s, 116))].join('\n\n')
    expect(text.split('\n').some((l) => l.length > 110)).toBe(true)
    expect(await paragraphsOf(text)).toEqual(['Bezirksverordnetenversammlung Lindau', ...sentences])
  })

  it('keeps one paragraph per line where the lines are paragraphs of every length', async () => {
    const lines = [
      'Die Verwaltung wird gebeten, folgende Fragen zu beantworten.',
      sentences[0]!,
      'Wie viele Schulen sind betroffen und welche Mittel sind dafür vorgesehen, aufgeschlüsselt nach Jahren und Bezirken?',
      sentences[2]!,
    ]
    expect(await paragraphsOf(lines.join('\n'))).toEqual(lines)
  })
})
