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
