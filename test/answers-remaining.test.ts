/**
 * "Zu den übrigen Fragen liegen keine Erkenntnisse vor.": the sentence answers every question the rest of the
 * reply leaves open, read once the other paragraphs have their links.
 */
import { describe, expect, it } from 'vitest'
import { linksOfTheRest } from '../src/answers/remaining.js'
import { parseInquiry } from '../src/index.js'
import type { Question } from '../src/schema.js'

const question = (id: string, children: Question[] = []): Question =>
  ({ id, label: `${id}.`, text: `Frage ${id}?`, children, position: {} }) as unknown as Question
const linked = (...ids: string[]) => ids.map((question) => ({ question, method: 'similarity' as const, confidence: 0.6, evidence: '' }))

const INQUIRY = `Gemeinderat Tannhausen

Anfrage der Fraktion Freie Wähler: Winterdienst auf Gehwegen

1. Wie viele Kilometer Gehweg räumt der Bauhof im Winter?
2. Wie viele Fahrzeuge stehen dem Bauhof für den Winterdienst zur Verfügung?
3. Wurden im vergangenen Jahr Stürze bei Glätte gemeldet?
4. Wie viele Anwohner wurden verwarnt, weil sie nicht gestreut haben?

Antwort der Verwaltung:

Der Bauhof räumt im Winter rund 42 Kilometer Gehweg, vor allem an Schulwegen und im Ortskern.

Für den Winterdienst stehen dem Bauhof drei Fahrzeuge zur Verfügung, davon ein Kleintraktor mit Schneeschild.

`

describe('the remaining questions', () => {
  it('links "Zu den übrigen Fragen …" to every question no other paragraph answers', async () => {
    const inquiry = await parseInquiry(
      new TextEncoder().encode(`${INQUIRY}Zu den übrigen Fragen liegen der Verwaltung keine Erkenntnisse vor.\n`)
    )
    const last = inquiry.reply!.paragraphs.at(-1)!
    expect(last.answers.map((a) => [a.question, a.method, a.basis?.order])).toEqual([
      ['3', 'order', 'remaining'],
      ['4', 'order', 'remaining'],
    ])
    expect(inquiry.warnings.map((w) => w.code)).not.toContain('answer_link_abstained')
  })

  it('leaves a lead-in to what follows, and a sentence before the first answer, to the other rules', () => {
    const flat = ['1', '2', '3'].map((id) => question(id))
    expect(linksOfTheRest([{ text: 'Die übrigen Fragen beantworte ich wie folgt:', answers: [] }], flat)).toBeNull()
    expect(
      linksOfTheRest(
        [
          { text: 'Zu den übrigen Fragen liegen keine Erkenntnisse vor.', answers: [] },
          { text: 'Es gibt zwölf Stellen.', answers: linked('1') },
        ],
        flat
      )
    ).toBeNull()
  })

  it('counts a question answered through its parts, or a part through its question, as answered', () => {
    const flat = [
      question('1', [question('1.a'), question('1.b')]),
      question('1.a'),
      question('1.b'),
      question('2', [question('2.a')]),
      question('2.a'),
      question('3'),
    ]
    const rest = linksOfTheRest(
      [
        { text: 'Zu a: zwölf; zu b: drei.', answers: linked('1.a', '1.b') },
        { text: 'Zum Zweiten: ja.', answers: linked('2') },
        { text: 'Zu den weiteren Fragen liegen keine Zahlen vor.', answers: [] },
      ],
      flat
    )
    expect(rest).toMatchObject({ at: 2, answers: [{ question: '3' }] })
  })

  it('finds "übrigen" after a space, where \\b would not (ü is no ASCII word character)', () => {
    const flat = [question('1'), question('2')]
    const rest = linksOfTheRest(
      [
        { text: 'Es gibt zwölf Stellen.', answers: linked('1') },
        { text: 'Zu den übrigen Fragen liegen keine Erkenntnisse vor.', answers: [] },
      ],
      flat
    )
    expect(rest?.answers.map((a) => a.question)).toEqual(['2'])
  })
})

describe('the remaining questions, cautiously', () => {
  it('does not give it a question asked before every answered one: that answer was more likely missed', () => {
    const flat = ['1', '2', '3', '4'].map((id) => question(id))
    const rest = linksOfTheRest(
      [
        { text: 'Bei der Prüfung im Juni wurden Mängel festgestellt.', answers: [] },
        { text: 'Die Geräte werden ersetzt.', answers: linked('3') },
        { text: 'Zu den übrigen Fragen liegen keine Erkenntnisse vor.', answers: [] },
      ],
      flat
    )
    expect(rest?.answers.map((a) => a.question)).toEqual(['4'])
  })
})
