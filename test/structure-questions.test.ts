import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'
import { structureInquiry } from '../src/structure/index.js'
import { flattenQuestions } from '../src/structure/tree.js'

const structureOf = async (text: string) => {
  const layout = layoutDocument(await loadDocument(new TextEncoder().encode(text)))
  return structureInquiry(layout)
}
const ids = async (text: string) => flattenQuestions((await structureOf(text)).questions).map((q) => q.id)
const codes = async (text: string) => (await structureOf(text)).warnings.map((w) => w.code)

const TRAPS = `Fraktion Bündnis 90/Die Grünen im Gemeinderat Musterstadt

Begründung:

Die Schule wurde am 1. September 1965 eröffnet. Seit 2019 gilt:

1. Die Fenster sind undicht.

2. Die Heizung fällt regelmäßig aus.

Für die Sanierung wurden 1.500 Euro je Klassenraum geschätzt; nach § 3 Abs. 2 der Satzung entscheidet der Gemeinderat.

Wir fragen die Verwaltung:

1. Wann wurde das Gebäude zuletzt saniert, und welche Arbeiten wurden am 02.08.2024 abgeschlossen?

2. Wie viele 2. Klassen werden derzeit in den Containern unterrichtet?

3. Welche Kosten entstehen für die Sanierung der Fenster, und wie

- 2 -

hoch ist der Anteil des Landes?

4. Bis wann soll die Sanierung abgeschlossen sein?

Mit freundlichen Grüßen

Petra Schulz
Fraktionsvorsitzende
`

describe('questions in a block', () => {
  it('takes the list that asks, not the numbered list of the rationale, and none of the traps', async () => {
    const s = await structureOf(TRAPS)
    expect(flattenQuestions(s.questions).map((q) => [q.id, q.label])).toEqual([
      ['1', '1.'],
      ['2', '2.'],
      ['3', '3.'],
      ['4', '4.'],
    ])
    expect(s.questions[1]!.text).toBe('Wie viele 2. Klassen werden derzeit in den Containern unterrichtet?')
  })

  it('joins a question that a page break (and its page number) cut in two', async () => {
    const s = await structureOf(TRAPS)
    expect(s.questions[2]!.text).toBe('Welche Kosten entstehen für die Sanierung der Fenster, und wie hoch ist der Anteil des Landes?')
  })

  it('gives each question a position that covers its text', async () => {
    const layout = layoutDocument(await loadDocument(new TextEncoder().encode(TRAPS)))
    const q = structureInquiry(layout).questions[3]!
    expect(layout.text.slice(q.position.start, q.position.end)).toBe('4. Bis wann soll die Sanierung abgeschlossen sein?')
  })

  it('nests sub-questions under their question: "3.a", "3.b"', async () => {
    const text = `Wir fragen:\n\n1. Wie viele Kitas gibt es?\n\n2. Wie viele Plätze fehlen?\n\na) Wie viele davon für Kinder unter drei Jahren?\n\nb) Wie viele für ältere Kinder?\n\n3. Wann werden neue Kitas gebaut?\n`
    const s = await structureOf(text)
    expect(flattenQuestions(s.questions).map((q) => q.id)).toEqual(['1', '2', '2.a', '2.b', '3'])
    expect(s.questions[1]!.children.map((q) => q.id)).toEqual(['2.a', '2.b'])
  })

  it('drops a numbered heading that asks nothing, keeping its number in the ids under it', async () => {
    const text = `Anfrage\n\nI. Personal\n\n1. Wie viele Stellen sind besetzt?\n\n2. Wie viele sind frei?\n\nII. Ausstattung\n\n1. Wie viele Fahrzeuge gibt es?\n`
    expect(await ids(text)).toEqual(['I.1', 'I.2', 'II.1'])
  })

  it('reads decimal outlines and doubled letters as levels', async () => {
    expect(
      await ids(`Anfrage\n\n1.1 Wie viele Bäume gibt es?\n\n1.2 Wie viele wurden gefällt?\n\n2.1 Wie viele werden nachgepflanzt?\n`)
    ).toEqual(['1.1', '1.2', '2.1'])
    const doubled = `Anfrage\n\n1. Bibliothek\n\na) Wie viele Besucher kamen?\n\nb) Digitale Angebote\n\naa) Wie viele Ausleihen gab es online?\n\nbb) Ist eine Open Library geplant?\n`
    expect(await ids(doubled)).toEqual(['1.a', '1.b.aa', '1.b.bb'])
  })

  it('numbers bulleted questions in order', async () => {
    expect(await ids(`Wir fragen:\n\n• Wie viele Fälle gab es?\n\n• Was kostete die Beseitigung?\n`)).toEqual(['1', '2'])
  })

  it('finds unnumbered questions that ask, after the sentence that introduces them', async () => {
    const text = `Warum ist das so? Diese Frage stellen viele Eltern.\n\nWir bitten um Beantwortung folgender Fragen:\n\nWie viele Kinder warten auf einen Platz?\n\nWann wird die neue Kita eröffnet?\n`
    const s = await structureOf(text)
    expect(flattenQuestions(s.questions).map((q) => [q.id, q.label, q.text])).toEqual([
      ['1', '', 'Wie viele Kinder warten auf einen Platz?'],
      ['2', '', 'Wann wird die neue Kita eröffnet?'],
    ])
  })
})

describe('labels that extraction or OCR damaged', () => {
  it('repairs a page number glued to a question number where the sequence proves it', async () => {
    const text = `Anfrage\n\n1. Wie viele Radwege gibt es?\n\n2. Welche werden geräumt?\n\n3. Wie viele Beschwerden gab es?\n\n4. Was kostet der Winterdienst?\n\n25. Plant die Verwaltung weitere Radwege?\n\n6. Braucht sie dafür Fahrzeuge?\n`
    const s = await structureOf(text)
    expect(flattenQuestions(s.questions).map((q) => q.id)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(s.questions[4]!.label).toBe('25.')
    expect(s.warnings.map((w) => w.code)).toEqual(['page_number_glued'])
  })

  it('repairs a glued page number on the first question of a page ("21." for 1.)', async () => {
    expect(await ids(`Anfrage\n\n21. Wie viele Radwege gibt es?\n\n2. Welche werden geräumt?\n\n3. Wann?\n`)).toEqual(['1', '2', '3'])
  })

  it('keeps a real jump in the numbering, with a warning, rather than guessing', async () => {
    const text = `Anfrage\n\n1. Wie viele Radwege gibt es?\n\n2. Welche werden geräumt?\n\n4. Was kostet der Winterdienst?\n`
    expect(await ids(text)).toEqual(['1', '2', '4'])
    expect(await codes(text)).toEqual(['question_number_skipped'])
  })

  it('reads "l." as 1 and "Il." as II where the sequence asks for it', async () => {
    const text = `Anfrage\n\nI. Personal\n\nl. Wie viele Stellen sind besetzt?\n\n2. Wie viele sind frei?\n\nIl. Ausstattung\n\nl. Wie viele Fahrzeuge gibt es?\n`
    expect(await ids(text)).toEqual(['I.1', 'I.2', 'II.1'])
    expect(await codes(text)).toContain('label_ocr_confusion')
  })

  it('tells an ordinal that starts a paragraph from a question number', async () => {
    const text = `Anfrage\n\n1. Wie viele Schüler besuchen die Schule?\n\n2. Klassen gibt es dort nur eine.\n\n2. Wie viele Lehrer unterrichten dort?\n\n3. Wann wird saniert?\n`
    const s = await structureOf(text)
    expect(flattenQuestions(s.questions).map((q) => q.id)).toEqual(['1', '2', '3'])
    expect(s.questions[0]!.text).toBe('Wie viele Schüler besuchen die Schule? 2. Klassen gibt es dort nur eine.')
  })
})

describe('questions among their answers', () => {
  const INTERLEAVED = `Kleine Anfrage des Abgeordneten Max Beispiel (FDP)

1. Wie viele Windenergieanlagen wurden 2023 genehmigt?

Im Jahr 2023 wurden zwölf Anlagen genehmigt.

2. Welche Maßnahmen ergreift das Land, um die Verfahren zu beschleunigen?

Das Land hat folgende Maßnahmen ergriffen:

1. Die Genehmigungsbehörden erhielten zusätzliche Stellen.

2. Die Antragsunterlagen werden digital eingereicht.

3. Wie lange dauert ein Verfahren im Durchschnitt?

Ein Verfahren dauert derzeit 14 Monate.
`

  it('finds the questions and not the numbered list inside an answer', async () => {
    const s = await structureOf(INTERLEAVED)
    expect(s.mode).toBe('interleaved')
    expect(flattenQuestions(s.questions).map((q) => q.text)).toEqual([
      'Wie viele Windenergieanlagen wurden 2023 genehmigt?',
      'Welche Maßnahmen ergreift das Land, um die Verfahren zu beschleunigen?',
      'Wie lange dauert ein Verfahren im Durchschnitt?',
    ])
  })

  it('takes the numbers of unnumbered questions from the answer labels after them', async () => {
    const text = `ANTWORT\n\nzu der\n\nAnfrage der Abgeordneten Erika Muster\n\nVorbemerkung der Landesregierung:\n\nDas Land fördert den Radverkehr.\n\nWie viele Kilometer Radweg wurden gebaut?\n\nWelche Mittel stellt das Land bereit?\n\nZu den Fragen 1 und 3:\n\nEs wurden 42 Kilometer gebaut.\n\nGibt es ein Radverkehrskonzept?\n\nZu Frage 2:\n\nEs wurde 2021 beschlossen.\n`
    const s = await structureOf(text)
    expect(flattenQuestions(s.questions).map((q) => q.id)).toEqual(['1', '3', '2'])
    expect(s.warnings.map((w) => w.code)).toEqual(['question_numbers_from_reply'])
  })
})

describe('sections', () => {
  it('tells header, rationale, questions, signature and reply apart', async () => {
    const text = `SPD-Fraktion\n\nBegründung:\n\nDie Lage ist schwierig, wie alle wissen und wie die Zahlen zeigen.\n\nWir fragen:\n\n1. Wie viele Fälle gab es?\n\nMit freundlichen Grüßen\n\nAnna Beispiel\n\nStellungnahme der Verwaltung\n\nZu 1.: Es gab drei Fälle.\n`
    const s = await structureOf(text)
    expect(s.sections.map((x) => x.kind)).toEqual(['header', 'rationale', 'preamble', 'question', 'signature', 'reply'])
    expect(s.frame.replyHeading).toBe(7)
  })

  it('knows a reply document by its title without taking the title for the reply heading', async () => {
    const s = await structureOf(
      `Antwort der Landesregierung\n\nauf die Kleine Anfrage Nr. 12\n\nFrage 1: Wie viele Fälle gab es?\n\nZu Frage 1: Drei.\n\nFrage 2: Wer ist zuständig?\n\nZu Frage 2: Das Land.\n`
    )
    expect(s.frame.replyHeading).toBeNull()
    expect(s.mode).toBe('interleaved')
  })
})

describe('a single unnumbered question', () => {
  it('keeps "Frage:" as its label, not as its text', async () => {
    const text =
      'Antwort der Landesregierung auf die Kleine Anfrage Nr. 812\n\nFrage: Wie viele Ladesäulen stehen an Dienstgebäuden des Landes zur Verfügung?\n\nAn Dienstgebäuden stehen derzeit 64 Ladepunkte zur Verfügung.\n'
    const [question] = (await structureOf(text)).questions
    expect(question).toMatchObject({
      id: '1',
      label: 'Frage:',
      text: 'Wie viele Ladesäulen stehen an Dienstgebäuden des Landes zur Verfügung?',
    })
  })
})

describe('a joint answer that opens the reply', () => {
  it('starts the reply at "Die Fragen 1 bis 3 werden gemeinsam beantwortet." after the questions', async () => {
    const text =
      'Kleine Anfrage und Antwort der Landesregierung\n\n1. Wie viele Kurse gab es?\n\n2. Wie viele Kinder nahmen teil?\n\n3. Wie viele können schwimmen?\n\nDie Fragen 1 bis 3 werden gemeinsam beantwortet. Eine Statistik wird nicht geführt.\n'
    const structure = await structureOf(text)
    expect(flattenQuestions(structure.questions).map((q) => q.id)).toEqual(['1', '2', '3'])
    expect(structure.frame.replyStart).toBe(4)
    expect(structure.roles[4]).toBe('reply')
  })
})
