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
