/**
 * A list inside an answer, the same reply in every format (`list-formats.ts`): the lead-in and each item are
 * reply paragraphs of their own, the items printed without their labels, and each item answers what its
 * lead-in answers — the label's question, the answer number's, or in free prose the lead-in's. Every format
 * gives the same paragraphs with the same links (questions, methods and all).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/parse.js'
import { FORMATS, type Letter, type Piece } from './list-formats.js'

const head = ['Anfrage der Fraktion Grüne Liste', 'Betreff: Hitzeschutz an Schulen', 'Wir fragen die Verwaltung:']
const questions = [
  'Welche Maßnahmen zum Hitzeschutz wurden an den Schulen des Kreises umgesetzt?',
  'Wann beginnt die Sanierung der Turnhalle in Brettach?',
  'An welchen Schulen stehen bereits Trinkwasserspender?',
]
const letter = (reply: Piece[]): Letter => ({ head, questions, replyHeading: 'Antwort der Verwaltung', reply })

const MEASURES = [
  'Die Realschule Brettach erhielt einen außenliegenden Sonnenschutz.',
  'Die Klassenräume der Gesamtschule werden nachts selbsttätig gelüftet.',
]
const SCHOOLS = ['Grundschule am Markt', 'Gesamtschule Brettach']

/** Each reply, and the questions each of its paragraphs answers, in order. */
const CASES: { name: string; letter: Letter; answers: string[][] }[] = [
  {
    name: 'labelled ("Zu 1.:")',
    letter: letter([
      'Zu 1.: An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:',
      { numbered: true, items: MEASURES },
      'Zu 2.: Die Sanierung der Turnhalle beginnt nach den Sommerferien im August.',
      'Zu 3.: Trinkwasserspender stehen bereits an diesen Schulen:',
      { numbered: false, items: SCHOOLS },
    ]),
    answers: [['1'], ['1'], ['1'], ['2'], ['3'], ['3'], ['3']],
  },
  {
    name: 'free prose',
    letter: letter([
      'An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:',
      { numbered: true, items: [...MEASURES, 'Die Grundschule am Markt bekam Ventilatoren.'] },
      'Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.',
      'Trinkwasserspender stehen bereits an diesen Schulen:',
      { numbered: false, items: SCHOOLS },
    ]),
    answers: [['1'], ['1'], ['1'], ['1'], ['2'], ['3'], ['3'], ['3']],
  },
  {
    name: 'numbered like the questions, a bulleted list inside',
    letter: letter([
      'Die Verwaltung beantwortet die Anfrage wie folgt:',
      '1. An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:',
      { numbered: false, items: MEASURES },
      '2. Die Sanierung der Turnhalle beginnt nach den Sommerferien im August.',
      '3. Trinkwasserspender stehen bereits an der Grundschule am Markt.',
    ]),
    answers: [[], ['1'], ['1'], ['1'], ['2'], ['3']],
  },
  {
    // the list's "1." and "2." are no answers' numbers: they start again at 1 after the answer's colon
    name: 'numbered like the questions, a numbered list inside',
    letter: letter([
      'Die Verwaltung beantwortet die Anfrage wie folgt:',
      '1. An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:',
      { numbered: true, items: MEASURES },
      '2. Die Sanierung der Turnhalle beginnt nach den Sommerferien im August.',
      '3. Trinkwasserspender stehen bereits an der Grundschule am Markt.',
    ]),
    answers: [[], ['1'], ['1'], ['1'], ['2'], ['3']],
  },
]

/** The reply's paragraphs as the letter writes them: a paragraph an item, without labels ("Zu 1.:", "1."). */
const written = (reply: readonly Piece[]): string[] =>
  reply.flatMap((piece) => (typeof piece === 'string' ? [piece.replace(/^(?:Zu \d\.:|\d\.)\s+/u, '')] : piece.items))

describe.each(CASES)('a list inside an answer, $name', ({ letter, answers }) => {
  const parse = async (write: (l: Letter) => Uint8Array) => (await parseInquiry(write(letter))).reply!.paragraphs

  it.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])(
    'as %s: a paragraph an item, each answering what its lead-in answers',
    async (format) => {
      const paragraphs = await parse(FORMATS[format])
      expect(paragraphs.map((p) => p.text)).toEqual(written(letter.reply))
      expect(paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual(answers)
    }
  )

  it('has the same paragraphs and links in every format', async () => {
    const reading = async (write: (l: Letter) => Uint8Array) =>
      (await parse(write)).map((p) => ({ text: p.text, answers: p.answers.map((a) => [a.question, a.method]) }))
    const docx = await reading(FORMATS.docx)
    for (const [format, write] of Object.entries(FORMATS)) expect(await reading(write), format).toEqual(docx)
  })
})

/** Fixtures with a list inside an answer, saved by LibreOffice as DOCX, PDF, DOC, RTF and ODT. */
const SAVED = [
  'bvv-lichtenberg-schulplaetze',
  'kreistag-lennetal-rettungsdienst',
  'svv-lindenau-schulwege',
  'svv-altenkirch-sozialwohnungen',
]

describe.each(SAVED)('the fixture %s, a list inside an answer', (name) => {
  it('has the same paragraphs and links in every format it was saved as', async () => {
    const read = (ext: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/inquiries', `${name}.${ext}`)))
    const reading = async (ext: string) =>
      (await parseInquiry(read(ext))).reply!.paragraphs.map((p) => ({ text: p.text, answers: p.answers.map((a) => a.question) }))
    const docx = await reading('docx')
    expect(docx.length).toBeGreaterThan(3)
    for (const ext of ['pdf', 'doc', 'rtf', 'odt']) expect(await reading(ext), `${name}.${ext}`).toEqual(docx)
  })
})
