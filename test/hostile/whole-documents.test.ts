/**
 * Whole documents of a megabyte of one pattern, through every stage: each ends cleanly (a result or an
 * InquiryError) well inside the test timeout. A quadratic step anywhere would need about 10^12 operations.
 */
import { describe, expect, it } from 'vitest'
import { buildDocx, p } from '../../fixtures/make/docx/docx-builder.js'
import { isInquiryError } from '../../src/errors.js'
import { parseInquiry } from '../../src/parse.js'

const MB = 1_000_000
const text = (s: string) => new TextEncoder().encode(s)

async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const inquiry = await parseInquiry(bytes)
    return `ok, ${inquiry.questions.length} questions`
  } catch (error) {
    if (isInquiryError(error)) return error.code
    throw error
  }
}

describe('a megabyte of one pattern', () => {
  it('a text of spaces is empty', async () => {
    expect(await outcome(text(' '.repeat(MB)))).toBe('empty')
  })

  it('a text of spaces around one word parses', async () => {
    expect(await outcome(text(`${' '.repeat(MB / 2)}Anfrage${' '.repeat(MB / 2)}`))).toBe('ok, 0 questions')
  })

  it('a text of dots parses', async () => {
    expect(await outcome(text('.'.repeat(MB)))).toMatch(/^ok/)
  })

  it('a text of "1. 1. 1." parses', async () => {
    expect(await outcome(text('1. '.repeat(MB / 3)))).toMatch(/^ok/)
  })

  it('a text of 9,000 "1." blocks, each a question, parses', async () => {
    expect(await outcome(text('1.\n\n'.repeat(9_000)))).toMatch(/^ok/)
  })

  it('a text of 9,900 lowercase blocks, each joined to the one before, parses', async () => {
    expect(await outcome(text('a\n\n'.repeat(9_900)))).toMatch(/^ok/)
  })

  it('a text of 49,000 "Zu 1.:" blocks (a fuzz find that took over 10 s) is refused as too complex', async () => {
    expect(await outcome(text('Zu 1.:\n\n'.repeat(49_000)))).toBe('too_complex')
  })

  it('so are 49,000 "Zu 1.:" lines in a few blocks, which layout cuts into as many paragraphs', async () => {
    expect(await outcome(text(`Anfrage\n\n${'Zu 1.:\n'.repeat(49_000)}`))).toBe('too_complex')
  })

  it('a DOCX paragraph of a million spaces between two words parses', async () => {
    const docx = buildDocx({ body: p(`Anfrage${' '.repeat(MB)}Radwege`) + p(`Frage${' '.repeat(MB)}\t\n x`) })
    expect(await outcome(docx)).toMatch(/^ok/)
  })
})

/**
 * An inquiry with a reply in free prose (no labels, so every paragraph is matched by its words), and room for a
 * word of a million letters in its head, a question or an answer.
 */
function inquiryWith({ prose = '', question = '', reply = '' }): Uint8Array {
  return text(`Kleine Anfrage

des Abgeordneten Max Muster

Musikschule ${prose}

Vorbemerkung des Fragestellers: Die Musikschule führt lange Wartelisten. ${prose}

1. Wie viele Kinder stehen auf der Warteliste der Musikschule ${question}?

2. Welche Gebühren erhebt die Musikschule für den Einzelunterricht?

Antwort der Verwaltung

Auf der Warteliste stehen derzeit 140 Ki${reply}nder, die meisten für Klavier und Gitarre.

Für den Einzelunterricht erhebt die Musikschule Gebühren von 60 Euro im Monat.
`)
}

// the fuzz found prose with a run of 130,000 "a" taking a minute: stemming every head of a compound is
// quadratic in the word, and the Porter stemmer rescans it per rule; a word over 64 letters is no term now
describe('a word of a million letters', () => {
  const word = 'a'.repeat(MB)
  const answered = async (bytes: Uint8Array) => {
    const inquiry = await parseInquiry(bytes)
    return inquiry.reply?.paragraphs.map((p) => p.answers.map((a) => a.question))
  }

  it('in the prose of the head', async () => {
    expect(await answered(inquiryWith({ prose: word }))).toEqual([['1'], ['2']])
  })

  it('in a question', async () => {
    expect(await answered(inquiryWith({ question: word }))).toEqual([['1'], ['2']])
  })

  it('in an answer', async () => {
    expect(await answered(inquiryWith({ reply: word }))).toEqual([['1'], ['2']])
  })
})
