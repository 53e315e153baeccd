import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/index.js'

const parseText = (lines: string[]) => parseInquiry(new TextEncoder().encode(lines.join('\n\n')))
const ids = (questions: { id: string; children: { id: string }[] }[]): string[] =>
  questions.flatMap((q) => [q.id, ...ids(q.children as never)])

describe('questions grouped under roman headings', () => {
  const inquiry = [
    'Große Anfrage der SPD-Fraktion',
    'Wir bitten um Beantwortung der folgenden Fragen:',
    'I. Baulicher Zustand',
    '1. Welche Mängel sind bekannt?',
    '2. Wie viele Räume sind gesperrt?',
    'II. Finanzierung',
    '3. Mit welchen Kosten rechnet der Gemeindevorstand?',
    '4. Welche Förderprogramme kommen in Frage?',
    'Antwort des Gemeindevorstands',
  ]

  it('keeps the numbers running on through the groups: 3. under II. is "II.3", not a question of I.', async () => {
    const result = await parseText([...inquiry, 'Zu 1.: Das Dach ist undicht.'])
    expect(ids(result.questions)).toEqual(['I.1', 'I.2', 'II.3', 'II.4'])
    expect(result.questions.map((q) => q.label)).toEqual(['1.', '2.', '3.', '4.'])
  })

  it('reads "Zu 3.:" as the one question numbered 3, and a group label answered item by item as a preface', async () => {
    const result = await parseText([
      ...inquiry,
      'Zu I.: Ein Gutachten zum Zustand liegt seit Dezember vor.',
      'Zu 1.: Das Dach ist undicht.',
      'Zu 2.: Zwei Räume sind gesperrt.',
      'Zu II.: Die Finanzierung wird im Haushalt 2025 dargestellt.',
      'Zu 3.: Rund 4,8 Millionen Euro.',
      'Zu 4.: Das Investitionsprogramm des Landes.',
    ])
    expect(result.reply!.paragraphs.map((p) => [p.text.slice(0, 12), p.answers.map((a) => a.question)])).toEqual([
      ['Ein Gutachte', []],
      ['Das Dach ist', ['I.1']],
      ['Zwei Räume s', ['I.2']],
      ['Die Finanzie', []],
      ['Rund 4,8 Mil', ['II.3']],
      ['Das Investit', ['II.4']],
    ])
  })

  it('links a group label to its questions when they get no labels of their own', async () => {
    const result = await parseText([
      ...inquiry,
      'Zu I.: Das Dach ist undicht, zwei Räume sind gesperrt.',
      'Zu II.: Rund 4,8 Millionen Euro aus dem Programm des Landes.',
    ])
    expect(result.reply!.paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([
      ['I.1', 'I.2'],
      ['II.3', 'II.4'],
    ])
  })
})
