/**
 * splitLabel: list labels at the start of a paragraph, and the traps that look like one.
 */
import { describe, expect, it } from 'vitest'
import { splitLabel } from '../src/layout/label.js'

const labelOf = (text: string) => splitLabel(text)?.label ?? null

describe('splitLabel: labels', () => {
  it('splits the arabic forms "1." "1)" "1.)" "(1)" and keeps the label as printed', () => {
    expect(splitLabel('1. Wann beginnt die Sanierung?')).toEqual({
      label: '1.',
      body: 'Wann beginnt die Sanierung?',
      kind: 'arabic',
      parts: ['1'],
    })
    expect(['2) Wer', '3.) Wie', '(4) Was'].map(labelOf)).toEqual(['2)', '3.)', '(4)'])
  })

  it('splits a label followed by a tab (the PDF loader marks the tab after a label so)', () => {
    expect(splitLabel('1.\tWann beginnt die Sanierung?')).toMatchObject({ label: '1.', body: 'Wann beginnt die Sanierung?' })
    expect(splitLabel('a)\tfür das Dach,')).toMatchObject({ label: 'a)', body: 'für das Dach,', kind: 'alpha' })
  })

  it('splits letters "a)" "aa)" "(b)" "c.)" and "a." before a word (browsers print lower-alpha lists so)', () => {
    expect(['a) für', 'aa) für', '(b) für', 'c.) für', 'a. Die Schule', 'b. für den Austausch'].map(labelOf)).toEqual([
      'a)',
      'aa)',
      '(b)',
      'c.)',
      'a.',
      'b.',
    ])
    expect(labelOf('ab) für')).toBeNull()
  })

  it('splits decimal outline numbers and a number with a letter', () => {
    expect(splitLabel('1.2 Ziele der Planung')).toMatchObject({ label: '1.2', kind: 'decimal', parts: ['1', '2'] })
    expect(splitLabel('1.10. Anhang')).toMatchObject({ label: '1.10.', parts: ['1', '10'] })
    expect(splitLabel('2 a) Wie hoch')).toMatchObject({ label: '2 a)', kind: 'arabic', parts: ['2', 'a'] })
  })

  it('splits roman numerals, "Frage 3:" and bullets', () => {
    expect(splitLabel('IV. Finanzen')).toMatchObject({ label: 'IV.', kind: 'roman', parts: ['IV'] })
    expect(labelOf('IIV. Finanzen')).toBeNull()
    expect(splitLabel('(iii) die laufenden Kosten.')).toMatchObject({ label: '(iii)', kind: 'roman', parts: ['iii'] })
    expect(splitLabel('iv) die Folgekosten')).toMatchObject({ label: 'iv)', kind: 'roman' })
    // "(i)" and "(ii)" stay letters, as before; "(iiv)" is no numeral
    expect(splitLabel('(ii) die Kosten')).toMatchObject({ kind: 'alpha' })
    expect(labelOf('(iiv) die Kosten')).toBeNull()
    expect(splitLabel('Frage 3: Wann beginnt')).toMatchObject({ label: 'Frage 3:', kind: 'frage', parts: ['3'] })
    expect(splitLabel('• Abdichtung des Daches')).toMatchObject({ label: '•', kind: 'bullet', parts: [] })
    expect(splitLabel('- Abdichtung des Daches')).toMatchObject({ label: '-', body: 'Abdichtung des Daches' })
  })
})

describe('splitLabel: questions counted in words', () => {
  it('splits "Erstens:" … "Zehntens:" as the numbers 1 … 10 (a Fragestunde read out)', () => {
    expect(splitLabel('Erstens: Wann beginnt die Sanierung?')).toEqual({
      label: 'Erstens:',
      body: 'Wann beginnt die Sanierung?',
      kind: 'arabic',
      parts: ['1'],
    })
    expect(splitLabel('Zweitens: Wer zahlt?')?.parts).toEqual(['2'])
    expect(splitLabel('Zehntens : Wann?')?.parts).toEqual(['10'])
  })

  it('leaves an ordinal without its colon in its sentence', () => {
    expect(splitLabel('Erstens ist die Halle zu klein.')).toBeNull()
    expect(splitLabel('Zweitens, und das wiegt schwerer, fehlt das Geld.')).toBeNull()
  })
})

describe('splitLabel: traps', () => {
  it('rejects dates', () => {
    expect(
      ['1. Januar 2025 wurde', '3. Okt. beschlossen', '02.08.2024 beschlossen', '1.1.2025 gilt', '02.08. beschlossen'].map(labelOf)
    ).toEqual([null, null, null, null, null])
  })

  it('rejects amounts, quantities and times', () => {
    expect(
      ['1.500 Euro', '3.5 Mio. Euro', '2.5 ha Fläche', '12.5 % der Kosten', '9.30 Uhr beginnt', '14.30 bis 16 Uhr'].map(labelOf)
    ).toEqual([null, null, null, null, null, null])
  })

  it('rejects abbreviations ("z. B.", "z. T.", "d. h.", "v. a.", "a. D.") and a dash-wrapped page number', () => {
    expect(
      ['z. B. die Grundschule', 'z. T. erledigt', 'd. h. die Kosten', 'v. a. die Eltern', 'a. D. und', '- 2 -', '– 12 –'].map(labelOf)
    ).toEqual([null, null, null, null, null, null, null])
  })

  it('rejects a number before a digit or a lower-case word glued to it, and empty bullets', () => {
    expect(['1.2024 begann', '2.te Runde', '•'].map(labelOf)).toEqual([null, null, null])
  })

  it('takes an ordinal in running text ("2. Klassen") as a label: telling it from a list item is layout’s job', () => {
    expect(labelOf('2. Klassen im Nordflügel')).toBe('2.')
  })
})
