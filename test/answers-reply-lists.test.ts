/**
 * Reply paragraphs around a numbered list in plain text: the lead-in and each item are reply paragraphs of their
 * own, whether the list is written in the lead-in's block, in a block of its own or one item a block (as DOCX
 * and HTML give them), and each item answers what its lead-in answers; the numbered answers after "wie folgt:"
 * stay answers of their own.
 */
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/parse.js'

const bytes = (text: string) => new TextEncoder().encode(text)

const INQUIRY = `Anfrage der Fraktion Grüne Liste

Betreff: Hitzeschutz an Schulen

Wir fragen die Verwaltung:

1. Welche Maßnahmen zum Hitzeschutz wurden an den Schulen des Kreises umgesetzt?

2. Wann beginnt die Sanierung der Turnhalle in Brettach?

Antwort der Verwaltung
`

const paragraphsOf = async (reply: string) => (await parseInquiry(bytes(`${INQUIRY}\n${reply}`))).reply!.paragraphs

describe('a numbered list in a reply of plain text', () => {
  it('is a paragraph an item where no blank line parts it from its lead-in, each answering what the lead-in answers', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:
1. Die Realschule Brettach erhielt einen außenliegenden Sonnenschutz.
2. Die Klassenräume der Gesamtschule werden nachts selbsttätig gelüftet.
3. Alle Schulgebäude haben Trinkwasserspender.

Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs.map((p) => p.text.slice(0, 24))).toEqual([
      'An den Schulen des Kreis',
      'Die Realschule Brettach ',
      'Die Klassenräume der Ges',
      'Alle Schulgebäude haben ',
      'Die Sanierung der Turnha',
    ])
    expect(paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['1'], ['1'], ['1'], ['2']])
  })

  it('keeps items apart that blank lines part', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:

1. An der Realschule Brettach wurde ein außenliegender Sonnenschutz angebracht.

2. In der Gesamtschule lüften die Klassenräume nachts selbsttätig.

Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs).toHaveLength(4)
  })

  it('is a paragraph an item in a block of its own after a lead-in ending in a colon', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:

1. Die Realschule Brettach erhielt einen außenliegenden Sonnenschutz.
2. Die Klassenräume der Gesamtschule werden nachts selbsttätig gelüftet.
3. Alle Schulgebäude haben Trinkwasserspender.

Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs.map((p) => p.text.split('\n').length)).toEqual([1, 1, 1, 1, 1])
    expect(paragraphs[3]!.text).toBe('Alle Schulgebäude haben Trinkwasserspender.')
    expect(paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['1'], ['1'], ['1'], ['2']])
  })

  it('keeps a block of numbered lines apart after a lead-in that ends in a full stop', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurde einiges zum Hitzeschutz umgesetzt.

1. Die Realschule Brettach erhielt einen außenliegenden Sonnenschutz.
2. Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs).toHaveLength(3)
  })

  it('keeps the numbered answers after "wie folgt:" apart', async () => {
    const paragraphs = await paragraphsOf(`Die Verwaltung beantwortet die Anfrage wie folgt:
1. An den Schulen des Kreises wurden Sonnenschutz, Nachtlüftung und Trinkwasserspender eingerichtet.
2. Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    const answers = paragraphs.filter((p) => p.answers.length > 0)
    expect(answers.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['2']])
  })
})
