/**
 * Every function whose pattern could backtrack on a long run of one character, fed a million such
 * characters. A quadratic version needs about 10^12 steps there and would blow the test timeout; these
 * finish in milliseconds. No test is timed: the input is simply too large for anything but linear time.
 */
import { describe, expect, it } from 'vitest'
import { jointSentence } from '../../src/answers/scopes.js'
import { layoutDocument } from '../../src/layout/index.js'
import { joinLines } from '../../src/layout/hyphenation.js'
import { pageNumberOf } from '../../src/layout/page-numbers.js'
import { loadText } from '../../src/load/text.js'
import { structureInquiry } from '../../src/structure/index.js'
import { endsWithParenthesis, findAddressee } from '../../src/structure/meta-people.js'
import { trimAroundBreaks, withoutTrailingColon } from '../../src/text/normalize.js'

const MILLION = 1_000_000
const run = (ch: string, tail = 'x') => ch.repeat(MILLION) + tail
const bytes = (text: string) => new TextEncoder().encode(text)

describe('a million characters of one kind, through each fixed function', () => {
  it('text loader: blocks are trimmed without /\\s+$/ (spaces, then a letter)', () => {
    const loaded = loadText(bytes(`Anfrage\n\n${run(' ')}\n\nFrage 1`))
    expect(loaded.blocks.map((b) => b.text.length)).toEqual([7, MILLION + 1, 7])
  })

  it('text loader: a million blank lines and spaces', () => {
    const loaded = loadText(bytes(`Anfrage${'\n \t'.repeat(MILLION / 3)}Ende`))
    // a blank line is a break and the spaces after it, so the last block keeps the spaces of its own lines
    expect(loaded.blocks.map((b) => b.text.trim())).toEqual(['Anfrage', 'Ende'])
  })

  it('DOCX body: spaces around line breaks are trimmed by a loop', () => {
    expect(trimAroundBreaks(`a${' '.repeat(MILLION)}\n${'\t'.repeat(MILLION)}b`)).toBe('a\nb')
    expect(trimAroundBreaks(`${run(' ')}\n${run('\t')}`)).toBe('x\nx')
  })

  it('hyphenation: a line ending in a million spaces before a letter', () => {
    expect(joinLines(`Verwal${' '.repeat(MILLION)}x`, 'tung')).toBe(`Verwal${' '.repeat(MILLION)}x tung`)
    expect(joinLines(`Verwal${' '.repeat(MILLION)}`, 'tung')).toBe('Verwal tung')
  })

  it('page numbers: a million spaces without a separator', () => {
    expect(pageNumberOf(run(' '))).toBeNull()
    expect(pageNumberOf(`Seite 3${' '.repeat(MILLION)}| Stadt Karben`)).toBe(3)
  })

  it('joint answers: the sentence around "gemeinsam" in a million letters', () => {
    expect(jointSentence(run('a'))).toBeNull()
    expect(jointSentence(`${'a'.repeat(MILLION)}. Die Fragen 1 und 2 werden gemeinsam beantwortet. Weiter`)).toBe(
      ' Die Fragen 1 und 2 werden gemeinsam beantwortet.'
    )
  })

  it('reply heading: a colon after a million spaces, and a million spaces without one', () => {
    expect(withoutTrailingColon(`Antwort${' '.repeat(MILLION)}:`)).toBe('Antwort')
    expect(withoutTrailingColon(run(' '))).toBe(run(' '))
  })

  it('party in parentheses: a million opening parentheses', () => {
    expect(endsWithParenthesis(`${'('.repeat(MILLION)}`)).toBe(false)
    expect(endsWithParenthesis(`${'('.repeat(MILLION)}x)`)).toBe(true)
    expect(['Jana Roth (ÖDP)', 'Jana Roth ()', 'Jana Roth (a) b', '(SPD) (FDP)'].map(endsWithParenthesis)).toEqual([
      true,
      false,
      false,
      true,
    ])
  })

  it('addressee: a person name after a million spaces', () => {
    expect(findAddressee([`An den Magistrat${' '.repeat(MILLION)}x`])).not.toBeNull()
  })
})

describe('layout of a million characters of one kind', () => {
  for (const [name, ch] of [
    ['spaces', ' '],
    ['dots', '.'],
    ['digits', '1'],
    ['letters', 'a'],
    ['"1. "', '1. '],
  ] as const) {
    it(`lays out a text of ${name}`, () => {
      const layout = layoutDocument(loadText(bytes(`Anfrage\n\n${ch.repeat(MILLION / ch.length)}x`)))
      expect(layout.paragraphs.length).toBeGreaterThan(0)
    })
  }
})

describe('the metadata and markers of real documents, on a million characters', () => {
  const inputs: [string, string][] = [
    ['a word after "Anfrage z. T."', `Anfrage z. T. ${run('a')}`],
    ['digits after "Drs.-Nr.:"', `Drs.-Nr.: ${run('1')}`],
    ['a letterhead name of a million letters', `Stadtverordneter Dr. A${run('a')}\n\nFraktion Wir`],
    ['a sentence that ends a million-letter word', `Anfragen\n\nA${'a'.repeat(MILLION)}. Wie`],
    ['conditions after a question', `Ich frage den Senat: 1. Wer? ${'Wenn ja '.repeat(MILLION / 8)}`],
    ['Landtag headers', `Ich frage: 1. Wer? Das Land. ${'LANDTAG NORDRHEIN-WESTFALEN - 1. Wahlperiode '.repeat(MILLION / 46)}`],
    ['signers', `Zu Frage 1: Ja. ${'Dr. Anna Berg Staatsminister '.repeat(MILLION / 29)}`],
    ['covering notes', `${'hat die Kleine Anfrage mit Schreiben vom '.repeat(MILLION / 42)}`],
  ]
  it.each(inputs)(
    '%s',
    (_, text) => {
      const structure = structureInquiry(layoutDocument(loadText(bytes(text))))
      expect(structure.meta).toBeDefined()
    },
    60_000
  )
})
