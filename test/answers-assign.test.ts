import { describe, expect, it } from 'vitest'
import { assignQuestions, type AssignOptions } from '../src/answers/assign.js'
import { linkProse } from '../src/answers/prose.js'
import { PROSE, scoreGroups } from '../src/answers/prose-evidence.js'
import { scoreSimilarity } from '../src/answers/similarity.js'
import { parseInquiry } from '../src/parse.js'

const PRIOR: AssignOptions = { threshold: 0.07, advance: 0.04, stay: 0, skip: 0.03, back: 0.03, unreached: 0 }
const TRUSTED: AssignOptions = { ...PRIOR, advance: 0.15, unreached: 0.03 }
const questionsOf = (assigned: ReturnType<typeof assignQuestions>) => assigned.map((a) => (a ? a.question : null))

describe('one assignment for the reply (dynamic programming)', () => {
  it('follows the order where the groups match the questions in number, though the evidence is thin', () => {
    const evidence = [
      [0.02, 0, 0],
      [0, 0, 0.01],
      [0, 0, 0],
    ]
    expect(questionsOf(assignQuestions(evidence, 3, TRUSTED))).toEqual([0, 1, 2])
    // without that trust, order alone links nothing
    expect(questionsOf(assignQuestions(evidence, 3, PRIOR))).toEqual([null, null, null])
  })

  it('leaves an opening paragraph without evidence unlinked, and lets two paragraphs answer one question', () => {
    const evidence = [
      [0, 0],
      [0.3, 0],
      [0.12, 0],
      [0, 0.25],
    ]
    const assigned = assignQuestions(evidence, 2, PRIOR)
    expect(questionsOf(assigned)).toEqual([null, 0, 0, 1])
    expect(assigned.map((a) => a?.step ?? null)).toEqual([null, 'advance', 'stay', 'advance'])
  })

  it('skips a question nothing answers, and fills the one gap between two answers', () => {
    const skipped = assignQuestions(
      [
        [0.3, 0, 0],
        [0, 0, 0.3],
      ],
      3,
      PRIOR
    )
    expect(questionsOf(skipped)).toEqual([0, 2])
    expect(skipped[1]!.step).toBe('skip')
    // a paragraph between the answers to 1 and 3 with any evidence for 2 takes it
    expect(
      questionsOf(
        assignQuestions(
          [
            [0.3, 0, 0],
            [0, 0.01, 0],
            [0, 0, 0.3],
          ],
          3,
          PRIOR
        )
      )
    ).toEqual([0, 1, 2])
  })

  it('swaps two answers only where the words make it clear', () => {
    const clear = [
      [0.4, 0, 0, 0],
      [0, 0.02, 0.4, 0],
      [0, 0.4, 0.02, 0],
      [0, 0, 0, 0.4],
    ]
    expect(questionsOf(assignQuestions(clear, 4, TRUSTED))).toEqual([0, 2, 1, 3])
    const faint = [
      [0.4, 0, 0, 0],
      [0, 0.05, 0.1, 0],
      [0, 0.1, 0.05, 0],
      [0, 0, 0, 0.4],
    ]
    expect(questionsOf(assignQuestions(faint, 4, TRUSTED))).toEqual([0, 1, 2, 3])
  })

  it('assigns 3,000 paragraphs to 2,000 questions in one pass of the table per paragraph (a search over earlier states per question, 10¹⁰ steps, would time out)', () => {
    const rows = Array.from({ length: 2000 }, (_, j) => new Float64Array(2000).fill(0, 0).fill(0.2, j, j + 1))
    const evidence = Array.from({ length: 3000 }, (_, g) => rows[Math.floor(g / 1.5)]!)
    const assigned = assignQuestions(evidence, 2000, PRIOR)
    expect(assigned.filter((a) => a !== null)).toHaveLength(3000)
    expect(assigned[2999]!.question).toBe(1999)
  })
})

describe('free prose read in order', () => {
  const asked = (...texts: string[]) => texts.map((text, j) => ({ id: String(j + 1), text }))
  const replied = (...texts: string[]) => texts.map((text) => ({ text, listItem: false }))

  it('answers in order where the paragraphs paraphrase, and names the order as the evidence', () => {
    const questions = asked(
      'Wie viele Mitarbeitende hat der Soziale Dienst?',
      'Wie viele Fälle betreut eine Fachkraft?',
      'Gibt es ein Konzept für die Einarbeitung?'
    )
    const texts = replied(
      'Im Sachgebiet sind derzeit 22,5 Stellen besetzt, verteilt auf 27 Personen.',
      'Auf eine Vollzeitkraft entfallen rechnerisch rund 48 laufende Hilfen.',
      'Wer im Team beginnt, wird in den ersten Monaten von einer erfahrenen Kollegin begleitet.'
    )
    const links = linkProse(texts, questions).links
    expect(links.map((answers) => answers.map((a) => a.question))).toEqual([['1'], ['2'], ['3']])
    expect(links[1]![0]).toMatchObject({ method: 'order', basis: { order: 'in_order' } })
  })

  it('reads a reply that answers in another order by its words', () => {
    const questions = asked(
      'Wie viele Baugrundstücke entstehen im Neubaugebiet?',
      'Zu welchem Preis je Quadratmeter werden die Grundstücke verkauft?',
      'Wann beginnen die Erschließungsarbeiten?'
    )
    const texts = replied(
      'Mit der Erschließung wird im Spätsommer begonnen; die Erschließungsarbeiten dauern ein Jahr.',
      'Der Gemeinderat hat einen Preis von 265 Euro je Quadratmeter für den Verkauf der Grundstücke festgelegt.',
      'Der Bebauungsplan sieht 46 Baugrundstücke im Neubaugebiet vor.'
    )
    expect(linkProse(texts, questions).links.map((answers) => answers.map((a) => a.question))).toEqual([['3'], ['2'], ['1']])
  })
})

describe("the inquiry's topic", () => {
  it('weighs the words of the title and preamble less: they name what every answer is about', () => {
    const questions = ['Wie viele Mitarbeitende hat der Allgemeine Soziale Dienst?', 'Wie hoch war die Fluktuation?']
    const text = 'Seit 2023 haben elf Personen den Allgemeinen Sozialen Dienst verlassen.'
    const plain = scoreSimilarity([text], questions).scores[0]![0]!
    const topical = scoreSimilarity([text], questions, 'Personalsituation im Allgemeinen Sozialen Dienst').scores[0]![0]!
    expect(topical).toBeGreaterThan(0)
    expect(topical).toBeLessThan(plain * 0.8)
  })
})

describe('a Vorbemerkung before free prose', () => {
  it('answers nothing itself, and leaves the paragraphs after it free prose to link', async () => {
    const inquiry = `Anfrage der Fraktion Junge Liste

Betreff: Schwimmkurse im Hallenbad

1. Wie viele Kinder stehen auf der Warteliste für einen Schwimmkurs?

2. Ist eine Ausweitung der Kurszeiten auf die Wochenenden möglich?

Stellungnahme der Verwaltung

Vorbemerkung: Das Hallenbad ist seit der Dachsanierung wieder voll in Betrieb; die Angaben beruhen auf Auskünften der Stadtwerke.

Auf der Warteliste für einen Schwimmkurs stehen derzeit 212 Kinder.

Die Stadtwerke prüfen, ab dem Herbst samstags zusätzliche Kurszeiten am Wochenende anzubieten.
`
    const parsed = await parseInquiry(new TextEncoder().encode(inquiry))
    expect(parsed.reply!.paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([[], ['1'], ['2']])
  })
})

describe('a counted reply that answers in another order', () => {
  const questions = [
    'Trifft es zu, dass das Hallenbad am Stadtpark im Sommer schließen soll?',
    'Wie viele Besucher hatte das Hallenbad in den Jahren 2024 und 2025?',
    'Welche Wege hätten Schulklassen im Fall einer Schließung bis zum nächsten Schwimmbad?',
    'Welchen Zuschuss erhält die Bädergesellschaft aus dem städtischen Haushalt?',
  ].map((text, j) => ({ id: String(j + 1), text }))
  // answers 2, 4, 1, 3: the words of the second and the fourth paragraph point clearly to other questions
  const reply = [
    'Im Jahr 2024 kamen rund 61.000 Gäste, 2025 waren es knapp 58.000.',
    'Die Stadt gleicht als Gesellschafterin das Defizit der Bädergesellschaft aus; im Haushalt 2026 ist dafür ein Zuschuss von 1,4 Millionen Euro eingestellt.',
    'Über die Zukunft des Bades ist noch nicht entschieden. Der Aufsichtsrat berät im Dezember über die Lage.',
    'Das nächste Schwimmbad liegt in Nordheim; Schulklassen hätten Wege von rund 12 Kilometern mit dem Bus.',
  ].map((text) => ({ text, listItem: false }))
  const inOrder = [reply[2]!, reply[0]!, reply[3]!, reply[1]!]

  it('is told by the words of half its paragraphs, and the same paragraphs in order are not', () => {
    expect(scoreGroups(reply, questions, PROSE, '').reordered).toBe(true)
    expect(scoreGroups(inOrder, questions, PROSE, '').reordered).toBe(false)
  })

  it('links by the words alone, with no paragraph linked by its place', () => {
    // the first and the third paragraph share too little with any question ("Gäste" is not "Besucher"): they stay
    // unlinked rather than take the question in their place
    const { links } = linkProse(reply, questions)
    expect(links.map((l) => l.map((a) => `${a.question}:${a.method}`))).toEqual([[], ['4:similarity'], [], ['3:similarity']])
  })

  it('while in the order asked, the positions link what the words leave open', () => {
    const { links } = linkProse(inOrder, questions)
    expect(links.map((l) => l.map((a) => a.question))).toEqual([['1'], ['2'], ['3'], ['4']])
  })
})
