import { describe, expect, it } from 'vitest'
import type { TextLine } from '../src/nodes.js'
import { repairLabels, repairParagraphSign } from '../src/node/ocr/labels.js'

const line = (text: string): TextLine => ({ type: 'line', text, x: 70, y: 100, width: 400, fontSize: 12, bold: false, confidence: 0.9 })
const repaired = (texts: string[]): string[] => repairLabels(texts.map(line)).map((l) => l.text)

describe('OCR label repair', () => {
  it('reads roman section numbers that tesseract took for ones among arabic questions', () => {
    // what tesseract made of fixtures/scans/grundschule-scan.pdf: "I." → "1.", "II." → "11.", "III." → "IH."
    const read = repaired([
      '1. Baulicher Zustand',
      '1. Welche Mängel an Dach, Fenstern, Heizung und Sanitäranlagen sind dem',
      '2. Wie viele Klassenräume können derzeit nicht genutzt werden?',
      '3. Entspricht der Brandschutz im Altbau den Vorschriften?',
      '11. Finanzierung',
      '4. Mit welchen Gesamtkosten rechnet der Gemeindevorstand?',
      'IH. Zeitplan und Ausweichquartiere',
      '7. Bis wann sollen die Arbeiten beginnen?',
      'Zu 1.: Der bauliche Zustand wurde im Herbst 2023 untersucht.',
      'Zu 1.: Das Dach des Altbaus ist an mehreren Stellen undicht.',
      'Zu 2.: Zwei Klassenräume im Obergeschoss können nicht genutzt werden.',
    ])
    expect(
      read.map((t) =>
        t
          .split(' ')
          .slice(0, t.startsWith('Zu') ? 2 : 1)
          .join(' ')
      )
    ).toEqual(['I.', '1.', '2.', '3.', 'II.', '4.', 'III.', '7.', 'Zu I.:', 'Zu 1.:', 'Zu 2.:'])
    expect(read[4]).toBe('II. Finanzierung')
  })

  it('reads section headings that break a numbering going on around them as roman, even without a clear roman numeral', () => {
    // what tesseract.js made of the same scan: "I." → "1.", "II." → "11.", and "III." → "11." (one "I" short)
    const read = repaired([
      '1. Baulicher Zustand',
      '1. Welche Mängel an Dach, Fenstern, Heizung und Sanitäranlagen sind dem',
      '3. Entspricht der Brandschutz im Altbau den Vorschriften?',
      '11. Finanzierung',
      '4. Mit welchen Gesamtkosten rechnet der Gemeindevorstand?',
      '11. Zeitplan und Ausweichquartiere',
      '5. Bis wann sollen die Arbeiten beginnen?',
      'Zu 1.: Der bauliche Zustand wurde im Herbst 2023 untersucht.',
      'Zu 1.: Das Dach des Altbaus ist an mehreren Stellen undicht.',
    ])
    expect(
      read.map((t) =>
        t
          .split(' ')
          .slice(0, t.startsWith('Zu') ? 2 : 1)
          .join(' ')
      )
    ).toEqual(['I.', '1.', '3.', 'II.', '4.', 'III.', '5.', 'Zu I.:', 'Zu 1.:'])
  })

  it('does not take a list that starts again, or short items, for roman sections', () => {
    const lists = ['1. Wie viele Plätze gibt es?', '1. Wann beginnt der Bau?', '2. Wer zahlt?']
    expect(repaired(lists)).toEqual(lists)
    const outline = ['9. Termine', '10. Kosten', '11. Sonstiges', '12. Anlagen']
    expect(repaired(outline)).toEqual(outline)
  })

  it('keeps "11." arabic where the numbering reached 10', () => {
    const tenQuestions = Array.from({ length: 10 }, (_, i) => `${i + 1}. Frage Nummer ${i + 1}?`)
    expect(repaired(['II. Zweiter Teil', ...tenQuestions, '11. Die elfte Frage?']).at(-1)).toBe('11. Die elfte Frage?')
  })

  it('keeps "1." and "11." arabic in a document without roman numbering', () => {
    expect(repaired(['1. Wie viele?', '2. Wann?', '11. Warum?'])).toEqual(['1. Wie viele?', '2. Wann?', '11. Warum?'])
  })

  it('turns a lower-case l before a label into a one', () => {
    expect(repaired(['l. Wie viele Unfälle gab es?', '2. Welche Maßnahmen sind geplant?', 'Zu l.: Sieben.'])).toEqual([
      '1. Wie viele Unfälle gab es?',
      '2. Welche Maßnahmen sind geplant?',
      'Zu 1.: Sieben.',
    ])
  })

  it('reads letter mixes that are no number as roman numerals', () => {
    expect(repaired(['I. Bestand', 'Il. Finanzierung', 'lII. Zeitplan', 'IV. Sonstiges'])).toEqual([
      'I. Bestand',
      'II. Finanzierung',
      'III. Zeitplan',
      'IV. Sonstiges',
    ])
  })

  it('reads digit mixes with a letter as arabic numbers', () => {
    expect(repaired(['9. Neunte Frage?', 'l0. Zehnte Frage?'])).toEqual(['9. Neunte Frage?', '10. Zehnte Frage?'])
  })

  it('leaves dates, initials and the middle of lines alone', () => {
    const untouched = [
      'l. Januar 2024 trat die Satzung in Kraft.',
      'H. Müller, Stadtverordneter',
      'wie in Abschnitt Il. beschrieben',
      'Il Gattopardo ist ein Roman.',
    ]
    expect(repaired(untouched)).toEqual(untouched)
  })
})

describe('OCR paragraph sign repair', () => {
  it('reads "$", "8" and "S" before a cited paragraph as "§"', () => {
    expect(repairParagraphSign('$ 3 Abs. 2 HGO regelt das Fragerecht.')).toBe('§ 3 Abs. 2 HGO regelt das Fragerecht.')
    expect(repairParagraphSign('8 50 Abs. 2 der Hessischen Gemeindeordnung')).toBe('§ 50 Abs. 2 der Hessischen Gemeindeordnung')
    expect(repairParagraphSign('$3 Nr. 4 gilt entsprechend.')).toBe('§ 3 Nr. 4 gilt entsprechend.')
    expect(repairParagraphSign('$$ 12 ff. BauGB sind anzuwenden.')).toBe('§§ 12 ff. BauGB sind anzuwenden.')
  })

  it('leaves numbers that cite nothing alone', () => {
    for (const text of ['8 Kinder wurden verletzt.', '8 50 Meter weiter', 'S 12 ist die Linie nach Talbach.', 'Sieben Unfälle']) {
      expect(repairParagraphSign(text)).toBe(text)
    }
  })
})

const at = (x: number, text: string): TextLine => ({ ...line(text), x })
const repairedAt = (lines: [number, string][]): string[] => repairLabels(lines.map(([x, text]) => at(x, text))).map((l) => l.text)

describe('OCR label repair: sections by their indent, reply labels with section numbers', () => {
  it('reads a column of look-alike ones left of questions that start at 1 as sections I, II, III', () => {
    // a Große Anfrage's parts at the margin, read "1,", "11." and "11." (one "I" short); the questions indented
    const read = repairedAt([
      [70, '1, Fahrzeuge und Ausrüstung'],
      [100, '1. Wie alt sind die Einsatzfahrzeuge im Durchschnitt?'],
      [100, '2; Entspricht die Schutzausrüstung dem Stand der Technik?'],
      [72, '11. Wie hat sich die Zahl der aktiven Mitglieder entwickelt?'],
      [72, '11. Feuerwehrgerätehaus Süd'],
      [100, '1. Wie ist der Stand der Planungen?'],
      [100, '2. Mit welchen Kosten wird gerechnet?'],
    ])
    expect(read.map((t) => t.split(' ')[0])).toEqual(['I.', '1.', '2.', 'II.', 'III.', '1.', '2.'])
  })

  it('counts on from a numeral read right in the column', () => {
    const read = repairedAt([
      [70, 'I. Angebot im Linienbusverkehr'],
      [100, '1. Wie viele Ortsteile werden angefahren?'],
      [72, 'II. Rufbus'],
      [100, '1. Welche Erfahrungen gibt es?'],
      [72, 'IN. Finanzierung'],
      [100, '1. Wie hoch war der Zuschuss?'],
      [72, 'ill. Sonstiges'],
      [100, '1. Was noch?'],
      [72, '11. Anhang'],
      [100, '1. Welche Anlagen?'],
    ])
    expect(read.map((t) => t.split(' ')[0])).toEqual(['I.', '1.', 'II.', '1.', 'III.', '1.', 'IV.', '1.', 'V.', '1.'])
  })

  it('reads a section number that repeats the one before as read an "I" short', () => {
    const read = repaired([
      'I. Baulicher Zustand',
      '1. Wie alt?',
      '3. Wie sicher?',
      'I. Finanzierung',
      '4. Wie teuer?',
      'III. Zeitplan',
      '7. Wann?',
    ])
    expect(read.map((t) => t.split(' ')[0])).toEqual(['I.', '1.', '3.', 'II.', '4.', 'III.', '7.'])
  })

  it('leaves an indented list that starts again under arabic headings alone', () => {
    const lists: [number, string][] = [
      [70, '1. Personal'],
      [100, '1. Wie viele Stellen sind besetzt?'],
      [70, '2. Räume'],
      [100, '1. Wie viele Räume gibt es?'],
      [70, '11. Sonstiges'],
      [100, '1. Was ist noch zu sagen?'],
    ]
    expect(repairedAt(lists)).toEqual(lists.map(([, t]) => t))
  })

  it('reads "Zu l.1:", "Zu I1.1:" and "Zu 11.1 und 111.2:" by the sections of the questions', () => {
    const read = repairedAt([
      [70, 'I. Angebot'],
      [100, '1. Wie viele?'],
      [72, 'II. Rufbus'],
      [100, '1. Welche?'],
      [72, 'III. Finanzierung'],
      [100, '1. Wie hoch?'],
      [70, 'Zul.1:'],
      [70, 'Zu l.2:'],
      [70, 'Zu I1.1:'],
      [70, 'Zu 11.2:'],
      [70, 'Zu 11.1 und 111.2:'],
      [70, 'Zu 111. 3.: Nach der Kostenschätzung'],
    ])
    expect(read.slice(6)).toEqual([
      'Zu I.1:',
      'Zu I.2:',
      'Zu II.1:',
      'Zu II.2:',
      'Zu III.1 und III.2:',
      'Zu III. 3.: Nach der Kostenschätzung',
    ])
  })

  it('keeps "Zu 1.1:" arabic in a document without sections', () => {
    expect(repaired(['1.1 Wie viele?', '1.2 Wann?', 'Zu 1.1: Drei.', 'Zu 1.2: Morgen.'])).toEqual([
      '1.1 Wie viele?',
      '1.2 Wann?',
      'Zu 1.1: Drei.',
      'Zu 1.2: Morgen.',
    ])
  })

  it('puts right "ZU2.", "Zu1.:" and bracketed sub-question labels', () => {
    expect(
      repaired([
        'ZU2.',
        'Zu1.: Ja.',
        'Frage1. Wie hoch?',
        'Zue):',
        'Zu.a):',
        'Zu b) und ce):',
        'Zu aa) und bb):',
        'Zu la):',
        'Zu2a):',
        'a} Wie viele?',
        'c] Wann?',
        '(b] Wo?',
        'Zu 3 b]: Nein.',
      ])
    ).toEqual([
      'Zu 2.',
      'Zu 1.: Ja.',
      'Frage 1. Wie hoch?',
      'Zu e):',
      'Zu a):',
      'Zu b) und c):',
      'Zu aa) und bb):',
      'Zu 1a):',
      'Zu 2a):',
      'a) Wie viele?',
      'c) Wann?',
      '(b) Wo?',
      'Zu 3 b): Nein.',
    ])
  })

  it('leaves words that start like "Zu" and running text that starts with "1," alone', () => {
    const texts = ['Zulassung und Betrieb', 'Zur Frage 2: Ja.', 'Zuletzt 2023 geprüft.', 'Fragebogen 2 wird verschickt.', 'Zue und Abgang']
    expect(repaired(texts)).toEqual(texts)
    // "1," with no label at its indent stays a comma
    expect(
      repairedAt([
        [70, 'Die Fragen lauten:'],
        [70, '1, 2 und 3 werden zusammen beantwortet.'],
        [120, '5, Die Summe'],
      ])
    ).toEqual(['Die Fragen lauten:', '1, 2 und 3 werden zusammen beantwortet.', '5, Die Summe'])
  })
})
