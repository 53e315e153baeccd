/**
 * Lines → paragraphs on synthetic pages: the traps of DESIGN.md as far as layout goes (ordinals and dates at
 * a line start, lists inside an answer, a label alone on its line) and the joins over page breaks.
 */
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import type { LoadedDocument, Page, TextLine } from '../src/nodes.js'

/** Text area 70–520 pt; 11-pt text at 14 pt line spacing. A line is full width unless `short`. */
type Spec = {
  text: string
  x?: number
  short?: boolean
  bold?: boolean
  gap?: number
  y?: number
  size?: number
  boldEnds?: { start: boolean; end: boolean }
}

const LEFT = 70
const RIGHT = 520

function page(number: number, specs: (Spec | string)[]): Page {
  let y = 80
  const lines = specs.map((s): TextLine => {
    const spec = typeof s === 'string' ? { text: s } : s
    y = spec.y ?? y + (spec.gap ?? 14)
    const x = spec.x ?? LEFT
    const width = spec.short ? spec.text.length * 5 : RIGHT - x
    const line: TextLine = { type: 'line', text: spec.text, x, y, width, fontSize: spec.size ?? 11, bold: spec.bold ?? false }
    return spec.boldEnds ? { ...line, boldEnds: spec.boldEnds } : line
  })
  return { type: 'page', number, width: 595, height: 842, lines }
}

const paragraphsOf = (...pages: (Spec | string)[][]) => {
  const doc: LoadedDocument = {
    type: 'document',
    format: 'pdf',
    pageCount: pages.length,
    ocr: false,
    pages: pages.map((p, i) => page(i + 1, p)),
    blocks: [],
    warnings: [],
  }
  return layoutDocument(doc).paragraphs.map((p) => p.text)
}

describe('list items and the traps that look like them', () => {
  it('keeps "2. Klassen" in its sentence when the line before it is full, even after a full stop', () => {
    expect(
      paragraphsOf([
        'Die Räume im Nordflügel sind kalt; betroffen sind die Räume der',
        '2. Klassen im Nordflügel. Der Unterricht wurde verlegt, weil die Heizung',
        { text: 'ausfiel.', short: true },
      ])
    ).toEqual([
      'Die Räume im Nordflügel sind kalt; betroffen sind die Räume der 2. Klassen im Nordflügel. Der Unterricht wurde verlegt, weil die Heizung ausfiel.',
    ])
    expect(
      paragraphsOf([
        'Der Antrag wurde zurückgestellt. Die Schülerinnen und Schüler aller Jahrgänge.',
        '2. Klassen werden im Container unterrichtet, bis die Arbeiten am Dach',
        { text: 'beendet sind.', short: true },
      ])
    ).toHaveLength(1)
  })

  it('keeps "1. Januar 2025" and "1.500 Euro" at a line start in the sentence', () => {
    expect(
      paragraphsOf([
        'Der Antrag auf Fördermittel aus dem Landesprogramm wurde zum',
        '1. Januar 2025 gestellt; bewilligt wurden bis heute lediglich',
        { text: '1.500 Euro für Planungen.', short: true },
      ])
    ).toEqual([
      'Der Antrag auf Fördermittel aus dem Landesprogramm wurde zum 1. Januar 2025 gestellt; bewilligt wurden bis heute lediglich 1.500 Euro für Planungen.',
    ])
  })

  it('makes a numbered list inside an answer into list paragraphs, after a colon', () => {
    expect(
      paragraphsOf([
        'Nach der Kostenschätzung sind im Einzelnen folgende Maßnahmen vorgesehen:',
        { text: '1. Abdichtung des Daches,', short: true },
        { text: '2. Austausch der Fenster,', short: true },
        { text: '3. neue Heizung.', short: true },
        { text: 'Die Arbeiten beginnen im Sommer.', short: true },
      ])
    ).toEqual([
      'Nach der Kostenschätzung sind im Einzelnen folgende Maßnahmen vorgesehen:',
      '1. Abdichtung des Daches,',
      '2. Austausch der Fenster,',
      '3. neue Heizung.',
      'Die Arbeiten beginnen im Sommer.',
    ])
  })

  it('starts sub-items after a line without a full stop when a tab follows the label or the text hangs', () => {
    expect(
      paragraphsOf([
        { text: '2.\tWie hoch sind die Kosten', short: true },
        { text: 'a)\tfür das Dach,', x: 93, short: true },
        { text: 'b)\tfür die Fenster?', x: 93, short: true },
      ])
    ).toEqual(['2. Wie hoch sind die Kosten', 'a) für das Dach,', 'b) für die Fenster?'])
    expect(
      paragraphsOf([
        { text: 'Wir fragen, wie hoch die Kosten sind', short: true },
        'a) für die Sanierung des Daches und der Fassade des Altbaus und des',
        { text: 'Anbaus aus dem Jahr 1971,', x: 85, short: true },
      ])
    ).toEqual([
      'Wir fragen, wie hoch die Kosten sind',
      'a) für die Sanierung des Daches und der Fassade des Altbaus und des Anbaus aus dem Jahr 1971,',
    ])
  })

  it('starts a typed list item when the paragraph itself began with a label of the same kind', () => {
    expect(
      paragraphsOf([
        '1. Wann beginnt die Sanierung der Grundschule am Lindenweg, und wie lange',
        'dauert sie? Wer trägt die Kosten, und wann liegt der Zeitplan vor, den die Eltern?',
        '2. Welche Räume stehen während der Bauarbeiten zur Verfügung, und wer',
        { text: 'entscheidet darüber?', short: true },
      ])
    ).toEqual([
      '1. Wann beginnt die Sanierung der Grundschule am Lindenweg, und wie lange dauert sie? Wer trägt die Kosten, und wann liegt der Zeitplan vor, den die Eltern?',
      '2. Welche Räume stehen während der Bauarbeiten zur Verfügung, und wer entscheidet darüber?',
    ])
  })

  it('joins a label printed alone on its line with the text below it', () => {
    expect(
      paragraphsOf([
        { text: '1.', short: true },
        { text: 'Wann beginnt die Sanierung?', short: true },
        { text: '2.', short: true },
        { text: 'Wer trägt die Kosten?', short: true },
      ])
    ).toEqual(['1. Wann beginnt die Sanierung?', '2. Wer trägt die Kosten?'])
  })
})

describe('reply labels and nested items', () => {
  it('starts a paragraph at "Zu 2.:" after a finished sentence, even after a nearly full line', () => {
    expect(
      paragraphsOf([
        'Zu 1.: Die Lärmkartierung 2022 weist tagsüber bis zu 68 dB(A) und nachts 59 dB(A) aus.',
        { text: 'Zu 2.: Die Verwaltung prüft die folgenden Maßnahmen.', short: true },
      ])
    ).toEqual([
      'Zu 1.: Die Lärmkartierung 2022 weist tagsüber bis zu 68 dB(A) und nachts 59 dB(A) aus.',
      'Zu 2.: Die Verwaltung prüft die folgenden Maßnahmen.',
    ])
    expect(
      paragraphsOf([
        'Die Kosten werden im Haushalt veranschlagt, soweit es sie gibt, und zwar',
        { text: 'zu 2 Teilen durch das Land: so die Zusage.', short: true },
      ])
    ).toHaveLength(1)
  })

  it('starts a nested item whose label sits further right than the line before, without tab or colon', () => {
    expect(
      paragraphsOf([
        { text: '1. Wie viele Vereine nutzen die Sporthallen?', x: 78 },
        { text: 'a. Wie viele davon im Jugendbereich?', x: 113, short: true },
        { text: 'b. Wie viele im Seniorensport?', x: 113, short: true },
      ])
    ).toEqual(['1. Wie viele Vereine nutzen die Sporthallen?', 'a. Wie viele davon im Jugendbereich?', 'b. Wie viele im Seniorensport?'])
  })
})

describe('weight and small print', () => {
  it('keeps a paragraph whole when its bold run stops inside a line', () => {
    expect(
      paragraphsOf([
        { text: 'Frage 1: Wie viele Planstellen für Staatsanwältinnen und Staatsanwälte waren zum', bold: true },
        { text: 'Stichtag 1. Oktober 2024 ausgewiesen, und wie viele davon waren', boldEnds: { start: true, end: false } },
        { text: 'besetzt?', short: true },
        { text: 'Zum Stichtag waren 412 Planstellen ausgewiesen.', short: true },
      ])
    ).toEqual([
      'Frage 1: Wie viele Planstellen für Staatsanwältinnen und Staatsanwälte waren zum Stichtag 1. Oktober 2024 ausgewiesen, und wie viele davon waren besetzt?',
      'Zum Stichtag waren 412 Planstellen ausgewiesen.',
    ])
  })

  it('starts a paragraph where a bold label begins a line after regular text', () => {
    const lines = ['Die Verwaltung hat die Anfrage geprüft und beantwortet sie wie folgt, wobei alle Zahlen']
    expect(
      paragraphsOf([...lines, { text: 'Zu 1: Die Zahl ist gestiegen.', boldEnds: { start: true, end: false }, short: true }])
    ).toHaveLength(2)
    expect(paragraphsOf([...lines, { text: 'Zu 1: Die Zahl ist gestiegen.', short: true }])).toHaveLength(1)
  })

  it('lets a paragraph run on across a one-page header and a footnote in small print', () => {
    const [first, ...rest] = paragraphsOf(
      [
        'Die Fächer Englisch, Musik und Naturwissenschaften sind besonders betroffen, weil Lehrkräfte',
        'fehlen. Um den Ausfall zu',
        { text: '¹ Vgl. den Bericht des Ministeriums vom Mai 2024.', size: 8, y: 760, short: true },
      ],
      [
        { text: 'Landtag Brandenburg Drucksache 7/8123', size: 8, y: 44, short: true },
        { text: 'verringern, hat die Landesregierung Maßnahmen ergriffen.', y: 80, short: true },
      ]
    )
    expect(first).toBe(
      'Die Fächer Englisch, Musik und Naturwissenschaften sind besonders betroffen, weil Lehrkräfte fehlen. Um den Ausfall zu verringern, hat die Landesregierung Maßnahmen ergriffen.'
    )
    expect(rest).toEqual(['¹ Vgl. den Bericht des Ministeriums vom Mai 2024.', 'Landtag Brandenburg Drucksache 7/8123'])
  })
})

describe('paragraph ends', () => {
  it('ends a paragraph at a wider gap, a change of weight, and a short line', () => {
    expect(
      paragraphsOf([
        { text: 'Begründung', bold: true, short: true },
        'Die Grundschule ist die größte im Stadtgebiet und wird seit dem Jahr',
        { text: '2022 vierzügig geführt.', short: true },
        { text: 'Neue Zeile nach einer kurzen Zeile.', short: true },
        { text: 'Ein Absatz nach einem Abstand.', gap: 24, short: true },
      ])
    ).toEqual([
      'Begründung',
      'Die Grundschule ist die größte im Stadtgebiet und wird seit dem Jahr 2022 vierzügig geführt.',
      'Neue Zeile nach einer kurzen Zeile.',
      'Ein Absatz nach einem Abstand.',
    ])
  })

  it('does not end a paragraph at a short line whose next word would not have fitted', () => {
    const long = 'Straßenbeleuchtungsmodernisierungsprogramms'
    expect(paragraphsOf([{ text: 'Die Kosten des', x: LEFT, short: true }, `${long} sind gestiegen.`])).toEqual([
      `Die Kosten des ${long} sind gestiegen.`,
    ])
  })
})

describe('page breaks', () => {
  const fill = (n: number) =>
    Array.from({ length: n }, (_, i) => `Zeile ${i + 1} eines langen Absatzes über die Sanierung der Grundschule, und`)

  it('runs a paragraph on over the page break, undoing a hyphen there', () => {
    const [paragraph] = paragraphsOf(
      [...fill(3), 'die Kosten trägt die Verwal-'],
      ['tung aus dem Haushalt des Jahres 2025, soweit das Land sie nicht', { text: 'übernimmt.', short: true }]
    )
    expect(paragraph).toMatch(/die Kosten trägt die Verwaltung aus dem Haushalt des Jahres 2025, soweit das Land sie nicht übernimmt\.$/)
  })

  it('runs a paragraph on after a full line ending with a full stop, unless the next page starts indented or with a list item', () => {
    expect(
      paragraphsOf(
        [...fill(2), 'und die Arbeiten sollen im kommenden Sommer beginnen, wenn die Mittel bereitstehen.'],
        ['Der Magistrat wird darüber im Bauausschuss berichten, sobald die Planung', { text: 'vorliegt.', short: true }]
      )
    ).toHaveLength(1)
    expect(
      paragraphsOf(
        [...fill(2), 'und die Arbeiten sollen im kommenden Sommer beginnen, wenn die Mittel bereitstehen.'],
        [
          { text: 'Der Magistrat wird darüber im Bauausschuss berichten, sobald die', x: 88 },
          { text: 'Planung vorliegt.', short: true },
        ]
      )
    ).toHaveLength(2)
    expect(
      paragraphsOf(
        [...fill(2), 'und wir fragen den Magistrat, ob die folgenden Punkte geprüft werden:'],
        [{ text: '3.\tWann beginnen die Arbeiten?', short: true }]
      )
    ).toEqual([expect.any(String), '3. Wann beginnen die Arbeiten?'])
  })

  it('starts a new paragraph on the next page after a short last line', () => {
    expect(
      paragraphsOf(
        [...fill(2), { text: 'Ende des Absatzes.', short: true }],
        ['Ein neuer Absatz beginnt oben auf der nächsten Seite und läuft über die', { text: 'ganze Zeile.', short: true }]
      )
    ).toHaveLength(2)
  })
})
