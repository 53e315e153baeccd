import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ANSWER_PLACEHOLDER, OPEN_MARK, toReplyDocx } from '../src/export/docx.js'
import { escapeXml } from '../src/export/wordml.js'
import { unzipSync, strFromU8 } from 'fflate'
import { parseInquiry } from '../src/parse.js'
import { applyCorrections } from '../src/review/corrections.js'
import type { Inquiry, Question } from '../src/schema.js'

const text = (s: string) => new TextEncoder().encode(s)
const flat = (questions: readonly Question[]): Question[] => questions.flatMap((q) => [q, ...flat(q.children)])
const idsAndTexts = (inquiry: Inquiry) => flat(inquiry.questions).map((q) => [q.id, q.text])
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!)
/** The paragraphs' texts from the question list on (from the first quoted question to the signature line). */
const body = (docx: Uint8Array) => {
  const texts = [...documentXml(docx).matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
  )
  return texts.slice(
    texts.findIndex((t) => /^1\. /.test(t)),
    -2
  )
}

const ASKED = `Stadtverordnetenversammlung Lindhain

Kleine Anfrage der Fraktion Bürgerliste vom 12.03.2026

Betreff: Radwege am Mühlbach

1. Wann wird der Radweg am Mühlbach saniert?

2. Welche Kosten sind dafür eingeplant?

3. Wird der Winterdienst dort verstärkt?
`
const ANSWERED = `${ASKED}
Stellungnahme der Verwaltung

Zu 1.: Die Arbeiten beginnen im Mai 2027.

Zu 2.: Im Haushalt stehen 120.000 Euro bereit.
`

// the structure stage does not yet read questions under grouping headings (I., II.) or three levels deep when
// each is followed by its answer: the template prints them (see the test below), the read-back differs
const NOT_READ_BACK = new Set([
  'gemeinderat-hollerbach-friedhof.docx',
  'kreistag-talbach-oepnv.docx',
  'stadtrat-muehlbach-feuerwehr-anfrage.docx',
  'svv-neuweilbach-buergeramt.docx',
  'svv-wolfsruh-stadtbibliothek.docx',
])

describe('toReplyDocx: the reply template', () => {
  it('reads back with our DOCX reader to the same questions with the same ids, for every inquiry fixture', async () => {
    const names = readdirSync('fixtures/inquiries').filter(
      (name) => name.endsWith('.docx') && !name.includes('-antwort') && !NOT_READ_BACK.has(name)
    )
    expect(names.length).toBeGreaterThan(25)
    for (const name of names) {
      const inquiry = await parseInquiry(readFileSync(`fixtures/inquiries/${name}`))
      const template = await parseInquiry(toReplyDocx(inquiry))
      expect(idsAndTexts(template), name).toEqual(idsAndTexts(inquiry))
      expect(template.source.format).toBe('docx')
    }
  }, 120_000)

  it('prints grouped questions under their heading with "Zu I.1:" labels, even where the read-back differs', async () => {
    const inquiry = await parseInquiry(readFileSync('fixtures/inquiries/kreistag-talbach-oepnv.docx'))
    const xml = documentXml(toReplyDocx(inquiry))
    expect(xml).toContain('>I. Angebot im Linienbusverkehr<')
    expect(xml).toContain('>Zu I.1:<')
    expect(xml).toContain('>Zu III.2:<')
  })

  it('carries the header, and leaves a place under "Zu N.:" for every answer when there is no reply', async () => {
    const inquiry = await parseInquiry(text(ASKED))
    expect(inquiry.reply).toBeNull()
    const docx = toReplyDocx(inquiry)
    const xml = documentXml(docx)
    for (const label of ['Zu 1.:', 'Zu 2.:', 'Zu 3.:']) expect(xml).toContain(`>${label}<`)
    expect(xml.split(ANSWER_PLACEHOLDER).length - 1).toBe(3)
    expect(xml).toContain('Stellungnahme zur Kleinen Anfrage')
    expect(body(docx)).toEqual([
      '1. Wann wird der Radweg am Mühlbach saniert?',
      'Zu 1.:',
      ANSWER_PLACEHOLDER,
      '2. Welche Kosten sind dafür eingeplant?',
      'Zu 2.:',
      ANSWER_PLACEHOLDER,
      '3. Wird der Winterdienst dort verstärkt?',
      'Zu 3.:',
      ANSWER_PLACEHOLDER,
    ]) // prettier-ignore
    const back = await parseInquiry(docx)
    expect(back.meta).toMatchObject({
      body: 'Stadtverordnetenversammlung Lindhain',
      title: 'Radwege am Mühlbach',
      date: '2026-03-12',
      kind: 'kleine-anfrage',
    })
  })

  it('fills a draft with the answers found and marks the questions still open', async () => {
    const inquiry = await parseInquiry(text(ANSWERED))
    expect(inquiry.coverage.unanswered).toEqual(['3'])
    const docx = toReplyDocx(inquiry)
    expect(body(docx).slice(1, 3)).toEqual(['Zu 1.:', 'Die Arbeiten beginnen im Mai 2027.'])
    expect(body(docx).slice(4, 6)).toEqual(['Zu 2.:', 'Im Haushalt stehen 120.000 Euro bereit.'])
    expect(body(docx).slice(7)).toEqual(['Zu 3.:', OPEN_MARK])
    // read back, the answers found are linked by their labels again; the open question stays open
    const back = await parseInquiry(docx)
    const under = (id: string) =>
      back.reply!.paragraphs.filter((p) => p.answers.some((a) => a.question === id)).map((p) => [p.text, p.answers[0]!.method])
    expect(under('1')).toEqual([['Die Arbeiten beginnen im Mai 2027.', 'label']])
    expect(under('2')).toEqual([['Im Haushalt stehen 120.000 Euro bereit.', 'label']])
    expect(back.coverage.unanswered).toEqual(['3'])
  })

  it('follows the corrections: a paragraph moved by hand stands under its new question', async () => {
    const inquiry = await parseInquiry(text(ANSWERED))
    const second = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Im Haushalt'))!
    const corrected = applyCorrections(inquiry, [{ op: 'move', paragraph: second.id, question: '3' }])
    expect(body(toReplyDocx(corrected)).slice(4)).toEqual([
      'Zu 2.:',
      OPEN_MARK,
      '3. Wird der Winterdienst dort verstärkt?',
      'Zu 3.:',
      'Im Haushalt stehen 120.000 Euro bereit.',
    ])
  })

  it('writes the same bytes for the same inquiry, and keeps markup in the text as text', async () => {
    const inquiry = await parseInquiry(text(ASKED.replace('Radwege am Mühlbach', 'Radwege <am> Mühlbach & Co')))
    expect(toReplyDocx(inquiry)).toEqual(toReplyDocx(inquiry))
    expect(documentXml(toReplyDocx(inquiry))).toContain('Radwege &lt;am&gt; Mühlbach &amp; Co')
    expect(escapeXml('a\u0001b')).toBe('ab')
  })
})
