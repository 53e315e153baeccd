import { describe, expect, it } from 'vitest'
import { decodeText } from '../src/load/decode.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
const paragraphsOf = async (bytes: Uint8Array) => layoutDocument(await loadDocument(bytes)).paragraphs.map((p) => p.text)

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Größe')]))).toEqual({ text: 'Größe', encoding: 'utf-8' })
  })

  it('reads Windows-1252 bytes that are not UTF-8, keeping umlauts, ß and typographic quotes', () => {
    // "Straße „Süd“ – 5 €" in Windows-1252
    const bytes = new Uint8Array([
      0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x84, 0x53, 0xfc, 0x64, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
    ])
    expect(decodeText(bytes)).toEqual({ text: 'Straße „Süd“ – 5 €', encoding: 'windows-1252' })
  })

  it('reads UTF-16 with a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0xc4, 0x00, 0x72, 0x00])
    expect(decodeText(le).text).toBe('Är')
  })
})

describe('plain text layout', () => {
  it('keeps one paragraph per line when lines are unwrapped paragraphs', async () => {
    const long =
      'Die Verwaltung prüft derzeit, ob die Sanierung der Turnhalle im kommenden Haushaltsjahr finanziert werden kann, und berichtet im Ausschuss.'
    const text = `Anfrage der Fraktion Grüne\n${long}\n1. Wann beginnt die Sanierung?\n2. Wer trägt die Kosten?\n`
    expect(await paragraphsOf(utf8(text))).toEqual([
      'Anfrage der Fraktion Grüne',
      long,
      '1. Wann beginnt die Sanierung?',
      '2. Wer trägt die Kosten?',
    ])
  })

  it('joins hard-wrapped lines, undoes hyphenation and starts a paragraph at each label', async () => {
    const text = [
      'Wir bitten den Magistrat um die Beantwortung der folgenden',
      'Fragen zur Schulwegsicherung:',
      '1. Wie viele Unfälle mit Kindern gab es 2023 auf den Schul-',
      'wegen der Stadt?',
      '2. Welche Maßnahmen plant die Verwaltung für die',
      '2. Klassen der Grundschule Süd?',
      '3. Werden die KI-',
      'Systeme der Verkehrsüberwachung und die Datenschutz-',
      'und Sicherheitsaspekte geprüft?',
    ].join('\n')
    expect(await paragraphsOf(utf8(text))).toEqual([
      'Wir bitten den Magistrat um die Beantwortung der folgenden Fragen zur Schulwegsicherung:',
      '1. Wie viele Unfälle mit Kindern gab es 2023 auf den Schulwegen der Stadt?',
      '2. Welche Maßnahmen plant die Verwaltung für die 2. Klassen der Grundschule Süd?',
      '3. Werden die KI-Systeme der Verkehrsüberwachung und die Datenschutz- und Sicherheitsaspekte geprüft?',
    ])
  })

  it('gives a label printed on its own line to the text below it', async () => {
    const text = 'Fragen:\n\n1.\nWie hoch sind die Kosten?\n\n2.\nWann wird gebaut?\n'
    const layout = layoutDocument(await loadDocument(utf8(text)))
    expect(layout.paragraphs.map((p) => [p.label, p.body])).toEqual([
      [null, 'Fragen:'],
      ['1.', 'Wie hoch sind die Kosten?'],
      ['2.', 'Wann wird gebaut?'],
    ])
  })

  it('does not take a date or an amount at a line start for a label', async () => {
    const text = 'Die Satzung gilt ab dem\n1. Januar 2025 und kostet\n1.500 Euro im Jahr.\n'
    expect(await paragraphsOf(utf8(text))).toEqual(['Die Satzung gilt ab dem 1. Januar 2025 und kostet 1.500 Euro im Jahr.'])
  })

  it('positions point into the normalized text', async () => {
    const layout = layoutDocument(await loadDocument(utf8('Erster Absatz.\n\nZweiter\u00A0Absatz.')))
    for (const p of layout.paragraphs) expect(layout.text.slice(p.position.start, p.position.end)).toBe(p.text)
    expect(layout.paragraphs[1]!.text).toBe('Zweiter Absatz.')
    expect(layout.paragraphs[1]!.position.page).toBeNull()
  })
})

describe('plain text layout of extracted documents', () => {
  const wrapped = (lines: string[]) => utf8(lines.join('\n'))

  it('keeps a short heading line apart from the list item below it', async () => {
    const text = wrapped([
      'Wir bitten den Gemeindevorstand um die Beantwortung der folgenden Fragen zum',
      'Zustand der Grundschule und zu ihrer Finanzierung in den nächsten Jahren:',
      'I. Baulicher Zustand',
      '1. Welche Mängel an Dach, Fenstern und Heizung sind dem Gemeindevorstand',
      'bekannt?',
      'Antwort des Gemeindevorstands',
      'Der Gemeindevorstand teilt die Einschätzung, dass die Schule dringend saniert',
      'werden muss.',
    ])
    expect(await paragraphsOf(text)).toEqual([
      'Wir bitten den Gemeindevorstand um die Beantwortung der folgenden Fragen zum Zustand der Grundschule und zu ihrer Finanzierung in den nächsten Jahren:',
      'I. Baulicher Zustand',
      '1. Welche Mängel an Dach, Fenstern und Heizung sind dem Gemeindevorstand bekannt?',
      'Antwort des Gemeindevorstands',
      'Der Gemeindevorstand teilt die Einschätzung, dass die Schule dringend saniert werden muss.',
    ])
  })

  it('joins a sentence that a blank line (a page break) cut in two, but not short letterhead lines', async () => {
    const text = [
      'A N T W O R T',
      '',
      'zu der Anfrage des Abgeordneten',
      '',
      '8. Wo sollen die Kinder während der Bauzeit unterrichtet werden, und welche Kosten',
      '',
      'entstehen für die Ausweichquartiere in den Containern auf dem Schulhof?',
    ].join('\n')
    expect(await paragraphsOf(utf8(text))).toEqual([
      'ANTWORT', // letter-spaced: read as the word
      'zu der Anfrage des Abgeordneten',
      '8. Wo sollen die Kinder während der Bauzeit unterrichtet werden, und welche Kosten entstehen für die Ausweichquartiere in den Containern auf dem Schulhof?',
    ])
  })
})
