/**
 * Reply paragraphs around a numbered list in plain text: where blank lines part the reply's paragraphs, a lead-in
 * and the list written in its block, without blank lines, are one paragraph; a list whose items stand apart are
 * paragraphs of their own; the numbered answers after "wie folgt:" stay answers of their own.
 */
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'
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
  it('is one paragraph with its lead-in where no blank line parts them', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:
1. Die Realschule Brettach erhielt einen außenliegenden Sonnenschutz.
2. Die Klassenräume der Gesamtschule werden nachts selbsttätig gelüftet.
3. Alle Schulgebäude haben Trinkwasserspender.

Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs.map((p) => p.text.split('\n').length)).toEqual([4, 1])
    expect(paragraphs[0]!.text).toMatch(/^An den Schulen .*umgesetzt:\n1\. Die Realschule .*\n3\. Alle Schulgebäude/su)
    expect(paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['2']])
  })

  it('keeps items apart that blank lines part', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:

1. An der Realschule Brettach wurde ein außenliegender Sonnenschutz angebracht.

2. In der Gesamtschule lüften die Klassenräume nachts selbsttätig.

Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs).toHaveLength(4)
  })

  it('is one paragraph of its own where a blank line parts it from a lead-in ending in a colon', async () => {
    const paragraphs = await paragraphsOf(`An den Schulen des Kreises wurden folgende Maßnahmen zum Hitzeschutz umgesetzt:

1. Die Realschule Brettach erhielt einen außenliegenden Sonnenschutz.
2. Die Klassenräume der Gesamtschule werden nachts selbsttätig gelüftet.
3. Alle Schulgebäude haben Trinkwasserspender.

Die Sanierung der Turnhalle in Brettach beginnt nach den Sommerferien im August.
`)
    expect(paragraphs.map((p) => p.text.split('\n').length)).toEqual([1, 3, 1])
    expect(paragraphs[1]!.text).toMatch(/^Die Realschule .*\n2\. Die Klassenräume .*\n3\. Alle Schulgebäude/su)
    expect(paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['1'], ['2']])
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

describe('layout of plain text', () => {
  it('marks the paragraphs that go on the block before, where blank lines part paragraphs', async () => {
    const layout = layoutDocument(await loadDocument(bytes('Erster Absatz.\n\nFolgende Punkte:\n1. eins\n2. zwei\n')))
    expect(layout.paragraphs.map((p) => [p.text, p.joined ?? false])).toEqual([
      ['Erster Absatz.', false],
      ['Folgende Punkte:', false],
      ['1. eins', true],
      ['2. zwei', true],
    ])
  })

  it('marks nothing in a text of one block, one paragraph a line', async () => {
    const layout = layoutDocument(await loadDocument(bytes('Erster Absatz.\nFolgende Punkte:\n1. eins\n2. zwei\n')))
    expect(layout.paragraphs.some((p) => p.joined)).toBe(false)
  })
})
