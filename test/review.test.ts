import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/export/markdown.js'
import { parseInquiry } from '../src/parse.js'
import { applyCorrections } from '../src/review/corrections.js'
import { explainLink, linkTier, TIER_NAMES } from '../src/review/explain.js'
import { errorText, kindName, warningText } from '../src/review/german.js'
import { ERROR_CODES, InquiryError } from '../src/errors.js'
import { Inquiry, type AnswerLink } from '../src/schema.js'

const text = (s: string) => new TextEncoder().encode(s)

const LABELLED = `Anfrage der Fraktion Bürgerliste

Betreff: Radwege am Mühlbach

1. Wann wird der Radweg am Mühlbach saniert?

2. Welche Kosten sind dafür eingeplant?

3. Wird der Winterdienst dort verstärkt?

Stellungnahme der Verwaltung

Vorbemerkung: Der Radweg liegt zum Teil auf Flächen des Wasserverbands.

Zu 1.: Die Arbeiten beginnen im Mai 2027.

Zu 2. und 3.: Im Haushalt stehen 120.000 Euro bereit; der Winterdienst bleibt wie bisher.
`

const PROSE = `Anfrage

1. Wann beginnt der Umbau der Stadtbücherei?

2. Wie viele Leseplätze wird die Stadtbücherei nach dem Umbau haben?

Antwort der Verwaltung

Der Umbau der Stadtbücherei beginnt nach jetziger Planung im März 2027.

Nach dem Umbau bietet die Stadtbücherei 64 Leseplätze, bisher sind es 40.
`

describe('explainLink and linkTier: what a clerk reads about a link', () => {
  it('words a label link in German with the label as printed, and calls it sure', async () => {
    const inquiry = await parseInquiry(text(LABELLED))
    const first = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Die Arbeiten'))!.answers[0]!
    expect(first.method).toBe('label')
    expect(explainLink(first)).toBe('Kennzeichnung „Zu 1.:“')
    expect(TIER_NAMES[linkTier(first)]).toBe('sicher')
  })

  it('words prose evidence from the basis: what the paragraph gives for the question, and the shared terms', () => {
    const link: AnswerLink = {
      question: '1',
      method: 'similarity',
      confidence: 0.62,
      evidence: 'shared terms: Umbau',
      basis: {
        terms: [
          { question: 'Umbau', reply: 'Umbau', related: false },
          { question: 'Baubeginn', reply: 'Spatenstich', related: true },
        ],
        gives: { kind: 'date', text: 'März 2027' },
      },
    }
    expect(explainLink(link, { text: 'Wann beginnt der Umbau?' })).toBe(
      'Datum oder Zeitraum (März 2027) auf die Frage ‚Wann beginnt der Umbau?‘; gemeinsame Begriffe: Umbau; verwandte Begriffe: Baubeginn ≈ Spatenstich'
    )
    expect(linkTier(link)).toBe('likely')
    expect(linkTier({ ...link, confidence: 0.35 })).toBe('check')
  })

  it('never calls a link by order alone sure, and says the order reason in German', () => {
    const byOrder: AnswerLink = { question: '2', method: 'order', confidence: 0.5, evidence: '…', basis: { order: 'in_order' } }
    expect(linkTier(byOrder)).toBe('check')
    expect(explainLink(byOrder)).toBe('Reihenfolge: die Antworten folgen der Reihenfolge der Fragen')
    expect(linkTier({ ...byOrder, basis: { order: 'declared' } })).toBe('likely')
  })

  it('gives every link of a parsed prose reply a German explanation without English words', async () => {
    const inquiry = await parseInquiry(text(PROSE))
    const links = inquiry.reply!.paragraphs.flatMap((p) => p.answers)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(explainLink(link)).not.toMatch(/\b(?:shared|terms|score|question|answer)\b/)
  })
})

describe('German texts for codes', () => {
  it('has a German sentence with advice for every fatal error code, and a German fallback', () => {
    for (const code of ERROR_CODES) expect(errorText(code)).toMatch(/^[A-ZÄÖÜ].+\.$/)
    expect(errorText('needs_ocr')).toContain('Texterkennung')
    expect(errorText('something_new')).toContain('Bitte')
    expect(warningText('links_by_order')).toContain('Reihenfolge')
    expect(warningText('unknown_code')).toBe('Hinweis des Programms (unknown_code).')
    expect(kindName('kleine-anfrage')).toBe('Kleine Anfrage')
  })
})

describe('applyCorrections', () => {
  it('moves a paragraph to another question by hand, and the coverage follows', async () => {
    const inquiry = await parseInquiry(text(LABELLED))
    const joint = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Im Haushalt'))!
    expect(joint.answers.map((a) => a.question)).toEqual(['2', '3'])
    const moved = applyCorrections(inquiry, [{ op: 'move', paragraph: joint.id, question: '2' }])
    const after = moved.reply!.paragraphs.find((p) => p.id === joint.id)!
    expect(after.answers).toEqual([{ question: '2', method: 'manual', confidence: 1, evidence: 'linked by hand', basis: {} }])
    expect(moved.coverage.unanswered).toEqual(['3'])
    expect(moved.corrections).toEqual([{ op: 'move', paragraph: joint.id, question: '2' }])
    expect(Inquiry.safeParse(moved).success).toBe(true)
    // the parse itself is left as it was
    expect(inquiry.reply!.paragraphs.find((p) => p.id === joint.id)!.answers).toHaveLength(2)
  })

  it('adds and removes links, and marks questions answered or unanswered whatever the links say', async () => {
    const inquiry = await parseInquiry(text(LABELLED))
    const thanks = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Der Radweg liegt'))!
    const first = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Die Arbeiten'))!
    const step1 = applyCorrections(inquiry, [
      { op: 'unlink', paragraph: first.id, question: '1' },
      { op: 'link', paragraph: thanks.id, question: '3' },
    ])
    expect(step1.coverage.unanswered).toEqual(['1'])
    expect(step1.reply!.paragraphs.find((p) => p.id === thanks.id)!.answers.map((a) => a.method)).toEqual(['manual'])
    // a later call builds on the earlier corrections; the newest mark of a question wins
    const step2 = applyCorrections(step1, [
      { op: 'mark', question: '1', answered: true },
      { op: 'mark', question: '2', answered: false },
    ])
    expect(step2.coverage).toEqual({ answered: ['1', '3'], unanswered: ['2'] })
    expect(step2.corrections).toHaveLength(4)
    const step3 = applyCorrections(step2, [{ op: 'mark', question: '2', answered: null }])
    expect(step3.coverage).toEqual({ answered: ['1', '2', '3'], unanswered: [] })
  })

  it('carries the corrections into the Markdown export', async () => {
    const inquiry = await parseInquiry(text(LABELLED))
    const thanks = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Der Radweg liegt'))!
    const md = toMarkdown(
      applyCorrections(inquiry, [
        { op: 'link', paragraph: thanks.id, question: '1' },
        { op: 'mark', question: '3', answered: false },
      ])
    )
    expect(md).toContain('Der Radweg liegt zum Teil auf Flächen des Wasserverbands. _(sicher: von Hand zugeordnet)_')
    expect(md).toContain('**Unbeantwortet** (von Hand markiert).')
    expect(md).toContain('_(sicher: Kennzeichnung „Zu 2. und 3.:“; beantwortet auch Frage 3)_')
  })

  it('refuses a correction that names what the inquiry does not have, or is of the wrong shape, and applies nothing', async () => {
    const inquiry = await parseInquiry(text(LABELLED))
    const id = inquiry.reply!.paragraphs[0]!.id
    const attempt = (corrections: unknown) => () => applyCorrections(inquiry, corrections as never)
    expect(attempt([{ op: 'link', paragraph: id, question: '9' }])).toThrow(InquiryError)
    expect(attempt([{ op: 'link', paragraph: 'p999', question: '1' }])).toThrow(/no paragraph "p999"/)
    expect(attempt([{ op: 'delete', paragraph: id }])).toThrow(/link, unlink, move or mark/)
    expect(attempt('move')).toThrow(InquiryError)
  })
})

describe('the letter frame after labelled answers', () => {
  it('leaves thanks after the last labelled answer unlinked, though the label runs to the end', async () => {
    const inquiry = await parseInquiry(text(`${LABELLED}\nWir danken für die Anfrage und stehen für Rückfragen gerne zur Verfügung.\n`))
    const thanks = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Wir danken'))!
    expect(thanks.answers).toEqual([])
    expect(inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Im Haushalt'))!.answers.map((a) => a.question)).toEqual(['2', '3'])
  })
})
