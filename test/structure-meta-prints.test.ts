/**
 * The printed forms of the Bürgerschaften and of Niedersachsen (heads of our own writing in their shapes): the
 * answer's date from the Drucksache's header where the form prints "und Antwort des Senats" or "Antwort des Senats
 * auf …", the inquiry's number after "eingegangen am …", Bremen's quoted title line, and the receipt lines kept
 * out of the answers.
 */
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/parse.js'
import { extractMeta } from '../src/structure/meta.js'

const parse = (text: string) => parseInquiry(new TextEncoder().encode(text))

describe('a Bürgerschaft answer', () => {
  it("Hamburg: the header date is the answer's, the date after the submitter the inquiry's", () => {
    const head = [
      'BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 22/14321',
      '22. Wahlperiode 19.03.24',
      'Schriftliche Kleine Anfrage',
      'des Abgeordneten Peter Albers (CDU) vom 11.03.24',
      'und Antwort des Senats',
      'Betr.: Sanierung der Brücke am Osdorfer Weg',
    ]
    expect(extractMeta(head)).toMatchObject({
      reference: '22/14321',
      inquiryDate: '2024-03-11',
      replyDate: '2024-03-19',
      submitter: 'Peter Albers (CDU)',
      title: 'Sanierung der Brücke am Osdorfer Weg',
    })
  })

  it('Bremen: the title in quotes on the line after the inquiry, the addressee without "gerichtet"', () => {
    const head = [
      'BREMISCHE BÜRGERSCHAFT Drucksache 21/812',
      'Landtag 21. Wahlperiode 26.03.24',
      'Antwort des Senats auf die Kleine Anfrage der Fraktion der FDP vom 6. Februar 2024',
      '„Wie steht es um die Sanierung der Schulturnhallen?“',
      'Die Fraktion der FDP hat folgende Kleine Anfrage an den Senat gerichtet:',
    ]
    expect(extractMeta(head)).toMatchObject({
      reference: '21/812',
      inquiryDate: '2024-02-06',
      replyDate: '2024-03-26',
      title: 'Wie steht es um die Sanierung der Schulturnhallen?',
      addressee: 'Senat',
      body: 'Bremische Bürgerschaft',
    })
  })

  it("an inquiry Drucksache keeps its header date out of the answer's, and so does a date before the inquiry", () => {
    expect(
      extractMeta([
        'Drucksache 22/14001',
        '22. Wahlperiode 11.03.24',
        'Schriftliche Kleine Anfrage',
        'des Abgeordneten Peter Albers (CDU) vom 11.03.24',
      ]).replyDate
    ).toBeNull()
    expect(
      extractMeta([
        'Drucksache 21/812',
        'Landtag 21. Wahlperiode 01.02.24',
        'Antwort des Senats auf die Kleine Anfrage der Fraktion der FDP vom 6. Februar 2024',
      ]).replyDate
    ).toBeNull()
  })
})

describe('a Niedersachsen answer', () => {
  const text = [
    'Niedersächsischer Landtag – 19. Wahlperiode Drucksache 19/3412',
    'Kleine Anfrage zur schriftlichen Beantwortung gemäß § 46 Abs. 1 GO LT mit Antwort der Landesregierung',
    'Anfrage der Abgeordneten Jonas Kerner und Lena Hofmann (GRÜNE)',
    'Sanierung der Landesstraße 214 bei Wendeburg',
    'Anfrage der Abgeordneten Jonas Kerner und Lena Hofmann (GRÜNE), eingegangen am 12.01.2024 - Drs. 19/3120\nan die Staatskanzlei übersandt am 16.01.2024',
    'Antwort des Niedersächsischen Ministeriums für Wirtschaft, Verkehr und Bauen namens der Landesregierung vom 14.02.2024',
    '1. Wann soll die Sanierung beginnen?',
    'Die Sanierung ist für das Jahr 2025 vorgesehen.',
    '2. Welche Kosten sind veranschlagt?',
    'Veranschlagt sind rund 3,1 Millionen Euro.',
    '(Verteilt am 20.02.2024)',
  ].join('\n\n')

  it('keeps both numbers and both dates', async () => {
    const { meta } = await parse(text)
    expect(meta).toMatchObject({
      reference: '19/3412',
      inquiryReference: '19/3120',
      inquiryDate: '2024-01-12',
      replyDate: '2024-02-14',
      body: 'Niedersächsischer Landtag',
      submitter: 'Jonas Kerner und Lena Hofmann (GRÜNE)',
      title: 'Sanierung der Landesstraße 214 bei Wendeburg',
    })
  })

  it('links the answers and not the receipt line', async () => {
    const { reply } = await parse(text)
    const linked = reply!.paragraphs.filter((p) => p.answers.length > 0).map((p) => [p.answers.map((a) => a.question), p.text.slice(0, 15)])
    expect(linked).toEqual([
      [['1'], 'Die Sanierung i'],
      [['2'], 'Veranschlagt si'],
    ])
  })
})
