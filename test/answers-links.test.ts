import { describe, expect, it } from 'vitest'
import { Inquiry } from '../src/schema.js'
import { parseInquiry } from '../src/parse.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const parse = (text: string, reply?: string) => parseInquiry(bytes(text), reply ? { reply: bytes(reply) } : {})
const links = (inquiry: Inquiry) =>
  inquiry.reply!.paragraphs.map((p) => [p.text.slice(0, 24), p.answers.map((a) => `${a.question}:${a.method}`)])

const QUESTIONS = `Anfrage der CDU-Fraktion

Betreff: Kindertagesstätten

Wir fragen den Magistrat:

1. Wie viele Kinder stehen auf der Warteliste für einen Kitaplatz?

2. Wie viele Erzieherinnen und Erzieher fehlen in den städtischen Kitas?

3. Welche Maßnahmen ergreift die Stadt, um Fachkräfte zu gewinnen?

4. Wann wird die neue Kita im Baugebiet Nord eröffnet?
`

describe('labelled replies', () => {
  const LABELLED = `${QUESTIONS}
Stellungnahme des Magistrats

Der Magistrat beantwortet die Anfrage wie folgt:

Vorbemerkung:

Die Zahlen beruhen auf dem Stand vom 31. März.

Zu 1.: Auf der Warteliste stehen 142 Kinder.

Zu den Fragen 2 und 3:

Es fehlen 14 Fachkräfte.

Die Stadt zahlt eine Zulage und bildet mehr aus. Folgende Schritte sind geplant:

1. Mehr Ausbildungsplätze.

2. Eine Wohnung für neue Fachkräfte.

Zu 4.: Die Kita wird im Herbst eröffnet.

Zu 7.: Diese Frage wurde nicht gestellt.

Mit freundlichen Grüßen

Dr. Max Muster
Bürgermeister
`

  it('links each paragraph to the questions of the label above it, until the next label', async () => {
    const inquiry = await parse(LABELLED)
    expect(links(inquiry)).toEqual([
      ['Der Magistrat beantworte', []],
      ['Die Zahlen beruhen auf d', []],
      ['Auf der Warteliste stehe', ['1:label']],
      ['Es fehlen 14 Fachkräfte.', ['2:label', '3:label']],
      ['Die Stadt zahlt eine Zul', ['2:label', '3:label']],
      ['Mehr Ausbildungsplätze.', ['2:label', '3:label']],
      ['Eine Wohnung für neue Fa', ['2:label', '3:label']],
      ['Die Kita wird im Herbst ', ['4:label']],
      ['Diese Frage wurde nicht ', []],
    ])
    expect(inquiry.reply!.heading).toBe('Stellungnahme des Magistrats')
  })

  it('warns about a label naming a question that does not exist, and covers every asked question', async () => {
    const inquiry = await parse(LABELLED)
    expect(inquiry.warnings.map((w) => w.code)).toContain('reference_to_missing_question')
    expect(inquiry.coverage).toEqual({ answered: ['1', '2', '3', '4'], unanswered: [] })
  })

  it('points every paragraph into the text, without its label', async () => {
    const inquiry = await parse(LABELLED)
    for (const p of inquiry.reply!.paragraphs) expect(inquiry.text.slice(p.position.start, p.position.end)).toBe(p.text)
    expect(inquiry.reply!.paragraphs[2]!.answers[0]).toEqual({
      question: '1',
      method: 'label',
      confidence: 0.95,
      evidence: 'label "Zu 1.:"',
      basis: { label: 'Zu 1.:' },
    })
  })

  it('links a joint-answer sentence to the questions it names', async () => {
    const inquiry = await parse(
      `${QUESTIONS}\nAntwort\n\nZu 1.: 142 Kinder.\n\nDie Fragen 2 und 3 werden gemeinsam beantwortet. Es fehlen 14 Fachkräfte; die Stadt zahlt eine Zulage.\n\nZu 4.: Im Herbst.\n`
    )
    expect(links(inquiry)[1]).toEqual(['Die Fragen 2 und 3 werde', ['2:joint', '3:joint']])
    expect(inquiry.coverage.unanswered).toEqual([])
  })
})

describe('answers numbered like the questions', () => {
  const ASKED = `Anfrage\n\n1. Wie viele Anlagen gibt es?\n\n2. Wer betreibt sie?\n\n3. Welche Maßnahmen sind geplant?\n\nStellungnahme\n\n`

  it('reads "1." … "3." as answer labels when they run through every question', async () => {
    const inquiry = await parse(
      `${ASKED}1. Es gibt zwölf Anlagen.\n\n2. Die Stadtwerke.\n\nSie tun das seit 2010.\n\n3. Neue Anlagen am Hafen.\n`
    )
    expect(links(inquiry)).toEqual([
      ['Es gibt zwölf Anlagen.', ['1:label']],
      ['Die Stadtwerke.', ['2:label']],
      ['Sie tun das seit 2010.', ['2:label']],
      ['Neue Anlagen am Hafen.', ['3:label']],
    ])
  })

  it('does not take a list inside an answer for answer numbers', async () => {
    const inquiry = await parse(
      `${ASKED}Es gibt zwölf Anlagen der Stadtwerke. Geplant sind folgende Maßnahmen:\n\n1. Neue Anlagen.\n\n2. Sanierung.\n\n3. Ausbau.\n`
    )
    expect(inquiry.reply!.paragraphs.flatMap((p) => p.answers.map((a) => a.method))).not.toContain('label')
  })
})

describe('repeated questions', () => {
  it('takes a repeated question as the label of the answers after it, and not as a reply paragraph', async () => {
    const reply = `Stadt Musterstadt – Der Magistrat\n\nBeantwortung der Anfrage der CDU-Fraktion\n\nWie viele Kinder stehen auf der Warteliste für einen Kitaplatz?\n\nEs sind 142 Kinder.\n\nWie viele Erzieherinnen und Erzieher fehlen in den städtischen Kitas?\n\nEs fehlen 14.\n\nWelche Maßnahmen ergreift die Stadt, um Fachkräfte zu gewinnen?\n\nSie zahlt eine Zulage.\n\nWann wird die neue Kita im Baugebiet Nord eröffnet?\n\nIm Herbst.\n`
    const inquiry = await parse(QUESTIONS, reply)
    expect(links(inquiry)).toEqual([
      ['Es sind 142 Kinder.', ['1:repeat']],
      ['Es fehlen 14.', ['2:repeat']],
      ['Sie zahlt eine Zulage.', ['3:repeat']],
      ['Im Herbst.', ['4:repeat']],
    ])
    expect(inquiry.source.files.map((f) => f.role)).toEqual(['inquiry', 'reply'])
  })
})

describe('interleaved documents', () => {
  it('links each answer to the question before it', async () => {
    const text = `Kleine Anfrage\n\n1. Wie viele Anlagen wurden genehmigt?\n\nZwölf.\n\n2. Wie lange dauert ein Verfahren?\n\nVierzehn Monate.\n\nIm Vorjahr waren es sechzehn.\n`
    const inquiry = await parse(text)
    expect(links(inquiry)).toEqual([
      ['Zwölf.', ['1:interleaved']],
      ['Vierzehn Monate.', ['2:interleaved']],
      ['Im Vorjahr waren es sech', ['2:interleaved']],
    ])
  })
})

describe('free prose', () => {
  const PROSE = `${QUESTIONS}
Stellungnahme

Auf der Warteliste für einen Kitaplatz stehen derzeit 142 Kinder.

Die neue Kita im Baugebiet Nord wird im Herbst eröffnet.

Um Fachkräfte zu gewinnen, zahlt die Stadt eine Zulage und bildet mehr aus.

Die Stadt dankt allen Beteiligten für ihr Engagement.
`

  it('links by shared topic words, naming them as evidence, and leaves a paragraph without them unlinked', async () => {
    const inquiry = await parse(PROSE)
    const answers = inquiry.reply!.paragraphs.map((p) => p.answers.map((a) => a.question))
    expect(answers).toEqual([['1'], ['4'], ['3'], []])
    const evidence = inquiry.reply!.paragraphs[0]!.answers[0]!
    expect(evidence.method).toBe('similarity')
    expect(evidence.evidence).toMatch(/Warteliste/)
    expect(inquiry.warnings.map((w) => w.code)).toContain('answer_link_abstained')
  })

  it('follows the order the reply announces', async () => {
    const reply = `Antwort\n\nDie Fragen werden in der gestellten Reihenfolge beantwortet.\n\nEs sind 142.\n\nEs fehlen 14.\n\nEine Zulage.\n\nIm Herbst.\n`
    const inquiry = await parse(QUESTIONS, reply)
    expect(links(inquiry)).toEqual([
      ['Die Fragen werden in der', []],
      ['Es sind 142.', ['1:order']],
      ['Es fehlen 14.', ['2:similarity']],
      ['Eine Zulage.', ['3:order']],
      ['Im Herbst.', ['4:order']],
    ])
    expect(inquiry.warnings.map((w) => w.code)).toContain('links_by_order')
  })
})

describe('the contract', () => {
  it('produces output the schema accepts, with null reply and all questions unanswered when there is none', async () => {
    const inquiry = await parse(QUESTIONS)
    expect(Inquiry.parse(inquiry)).toEqual(inquiry)
    expect(inquiry.reply).toBeNull()
    expect(inquiry.coverage).toEqual({ answered: [], unanswered: ['1', '2', '3', '4'] })
    expect(inquiry.meta).toMatchObject({ kind: 'anfrage', title: 'Kindertagesstätten', submitter: 'CDU-Fraktion' })
  })
})
