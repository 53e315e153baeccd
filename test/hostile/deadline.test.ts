/**
 * The deadline (`timeoutMs`) is checked inside the stages, between pages, blocks and paragraphs, so that a
 * slow stage ends with too_complex rather than running on. A clock that moves on at each look stands in for
 * time passing (no timed assertion): each stage must stop inside itself, at the block or paragraph it had
 * reached. Then a tiny timeout on large generated documents, through parseInquiry.
 */
import { describe, expect, it } from 'vitest'
import { linkAnswers } from '../../src/answers/index.js'
import { InquiryError } from '../../src/errors.js'
import { layoutDocument } from '../../src/layout/index.js'
import { Deadline, DEFAULT_LIMITS } from '../../src/limits.js'
import { loadDocument } from '../../src/load/index.js'
import { parseInquiry } from '../../src/parse.js'
import { structureInquiry } from '../../src/structure/index.js'
import { INQUIRY_LINES, textPdf } from './build-pdf.js'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** An inquiry of `n` questions, each answered below in prose. */
function longInquiry(n: number): string {
  const questions = Array.from({ length: n }, (_, i) => `${i + 1}. Wann wird die Brücke Nummer ${i + 1} über den Mühlbach saniert?`)
  const answers = Array.from({ length: n }, (_, i) => `Zu ${i + 1}.: Die Brücke Nummer ${i + 1} wird im Jahr ${2025 + (i % 5)} saniert.`)
  return ['Kleine Anfrage', 'Sanierung der Brücken am Mühlbach', ...questions, 'Antwort des Senats', ...answers].join('\n\n')
}

/** A deadline of 100 ms on a clock that moves 1 ms at each look: it passes at the 101st check. */
const passingDeadline = () => {
  let now = 0
  return new Deadline(100, () => now++)
}

/** The `where` of the too_complex error a stage stops with. */
function stoppedAt(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof InquiryError && error.code === 'too_complex') return String(error.details?.where)
    throw error
  }
  return 'not stopped'
}

describe('the deadline inside the stages', async () => {
  const loaded = await loadDocument(utf8(longInquiry(300)), { limits: DEFAULT_LIMITS })
  const layout = layoutDocument(loaded)
  const structure = structureInquiry(layout)

  it('layout stops between blocks', () => {
    expect(stoppedAt(() => layoutDocument(loaded, { deadline: passingDeadline() }))).toMatch(/^layout, block \d+$/)
  })

  it('layout of a PDF stops between pages', async () => {
    const pdf = await loadDocument(textPdf(Array.from({ length: 120 }, () => [...INQUIRY_LINES])), { limits: DEFAULT_LIMITS })
    expect(stoppedAt(() => layoutDocument(pdf, { deadline: passingDeadline() }))).toMatch(/^layout, page \d+$/)
  })

  it('structure stops between paragraphs', () => {
    expect(stoppedAt(() => structureInquiry(layout, { deadline: passingDeadline() }))).toMatch(/^structure, paragraph \d+$/)
  })

  it('answers stop between reply paragraphs', () => {
    expect(stoppedAt(() => linkAnswers(layout, structure, { deadline: passingDeadline() }))).toMatch(/^answers, reply paragraph \d+$/)
  })

  it('without a deadline, each stage runs to its end', () => {
    expect(structure.questions).toHaveLength(300)
    expect(linkAnswers(layout, structure).reply?.paragraphs.length).toBeGreaterThanOrEqual(300)
  })
})

describe('a tiny timeout on a large document', () => {
  it('a text of 3,000 questions and answers ends with too_complex', async () => {
    const error = await parseInquiry(utf8(longInquiry(3000)), { timeoutMs: 1 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'too_complex', details: { timeoutMs: 1 } })
  })

  it('a PDF of 300 pages ends with too_complex', async () => {
    const pdf = textPdf(Array.from({ length: 300 }, () => [...INQUIRY_LINES]))
    const error = await parseInquiry(pdf, { timeoutMs: 1 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'too_complex', details: { timeoutMs: 1 } })
  })
})
