import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ANSWER_PLACEHOLDER, OPEN_MARK, QUESTIONS_HEADING, REPLY_HEADING, toReplyDocx } from '../src/export/docx.js'
import { answerLabel } from '../src/export/docx-labels.js'
import { escapeXml } from '../src/export/wordml.js'
import { unzipSync, strFromU8 } from 'fflate'
import { parseInquiry } from '../src/parse.js'
import { applyCorrections } from '../src/review/corrections.js'
import type { Inquiry, Question } from '../src/schema.js'
import { readGoldFiles, type GoldFile } from './eval/gold.js'

const text = (s: string) => new TextEncoder().encode(s)
const flat = (questions: readonly Question[]): Question[] => questions.flatMap((q) => [q, ...flat(q.children)])
const idsAndTexts = (inquiry: Inquiry) => flat(inquiry.questions).map((q) => [q.id, q.text])
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!)
const paragraphTexts = (docx: Uint8Array) =>
  [...documentXml(docx).matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
  )
/** The paragraphs' texts of the reply part (from its heading to the signature line). */
const body = (docx: Uint8Array) => {
  const texts = paragraphTexts(docx)
  return texts.slice(texts.indexOf(REPLY_HEADING) + 1, -2)
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

const FIXTURES = join(import.meta.dirname, '../fixtures')
/** Cases read by OCR, which the normal tests do not run */
const NEEDS_OCR = new Set(['scan', 'mixed'])
/** The one gold file whose only case is a scan: its template is read back in test/export-docx.system.test.ts */
const ONLY_BY_OCR = ['ob-oberau-beleuchtung-mixed']

/** Every gold file of every fixture folder, with its first case that is no scan (the DOCX, where there is one). */
function goldCases(): { id: string; dir: string; file: GoldFile | undefined }[] {
  const folders = readdirSync(FIXTURES).filter(
    (name) => !name.includes('.') && readdirSync(join(FIXTURES, name)).some((f) => f.endsWith('.gold.json'))
  )
  return folders.flatMap((folder) =>
    readGoldFiles(join(FIXTURES, folder)).map(({ dir, gold }) => {
      const cases = Object.entries(gold.files).filter(([name]) => !NEEDS_OCR.has(name))
      const docx = cases.find(([name]) => name === 'docx')
      return { id: gold.id, dir, file: (docx ?? cases[0])?.[1] }
    })
  )
}

function parseCase(dir: string, file: GoldFile): Promise<Inquiry> {
  const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)))
  return typeof file === 'string' ? parseInquiry(read(file)) : parseInquiry(read(file.inquiry), { reply: read(file.reply) })
}

/** The reply's paragraphs before its first answer (a Vorbemerkung), then each question with the paragraphs that answer it. */
const answersOf = (inquiry: Inquiry) => {
  const paragraphs = inquiry.reply?.paragraphs ?? []
  const first = paragraphs.findIndex((p) => p.answers.length > 0)
  const preface = paragraphs.slice(0, Math.max(0, first)).map((p) => p.text)
  const under = (id: string) => paragraphs.filter((p) => p.answers.some((a) => a.question === id)).map((p) => p.text)
  return [['preface', preface], ...flat(inquiry.questions).map((q) => [q.id, under(q.id)])]
}

describe('toReplyDocx: the reply template', () => {
  it('reads back with our DOCX reader to the same questions with the same ids, and the same answers, for every gold fixture', async () => {
    const cases = goldCases()
    expect(cases.length).toBeGreaterThan(80)
    expect(cases.filter((c) => c.file === undefined).map((c) => c.id)).toEqual(ONLY_BY_OCR)
    const differing: string[] = []
    let withQuestions = 0
    for (const { id, dir, file } of cases) {
      if (file === undefined) continue
      const inquiry = await parseCase(dir, file)
      if (inquiry.questions.length === 0) continue
      withQuestions++
      const template = await parseInquiry(toReplyDocx(inquiry))
      if (template.source.format !== 'docx' || JSON.stringify(idsAndTexts(template)) !== JSON.stringify(idsAndTexts(inquiry)))
        differing.push(`${id}: questions`)
      // a draft's preface and answers come back, under the same questions (a template without reply has only places)
      else if (inquiry.reply && JSON.stringify(answersOf(template)) !== JSON.stringify(answersOf(inquiry))) differing.push(`${id}: answers`)
    }
    expect(withQuestions).toBeGreaterThan(80)
    expect(differing).toEqual([])
  }, 300_000)

  it('prints grouped questions under their heading in the list, and the whole id in each "Zu" label', async () => {
    const inquiry = await parseInquiry(readFileSync('fixtures/inquiries/kreistag-talbach-oepnv.docx'))
    const texts = paragraphTexts(toReplyDocx(inquiry))
    const list = texts.slice(texts.indexOf(QUESTIONS_HEADING), texts.indexOf(REPLY_HEADING))
    expect(list.slice(0, 3)).toEqual([QUESTIONS_HEADING, 'I. Angebot im Linienbusverkehr', `1. ${inquiry.questions[0]!.text}`])
    expect(list).toContain('III. Finanzierung')
    // III.1 and III.2 are answered together by the same two paragraphs: one label, the paragraphs once
    expect(texts.filter((t) => t.startsWith('Zu '))).toEqual([
      'Zu I.1:',
      'Zu I.2:',
      'Zu I.3:',
      'Zu II.1:',
      'Zu II.2:',
      'Zu III.1 und III.2:',
    ])
    expect(texts.filter((t) => t.startsWith('Der Zuschuss des Landkreises'))).toHaveLength(1)
  })

  it('prints a heading that groups sub-questions inside a question (1. → b) → aa)) at its level, labelled "Zu 1. b) aa):"', async () => {
    const inquiry = await parseInquiry(readFileSync('fixtures/inquiries/svv-wolfsruh-stadtbibliothek.docx'))
    expect(flat(inquiry.questions).map((q) => q.id)).toContain('1.b.aa')
    const xml = documentXml(toReplyDocx(inquiry))
    // a question with sub-questions that asks itself (2.) has its place too
    expect(paragraphTexts(toReplyDocx(inquiry)).filter((t) => t.startsWith('Zu '))).toEqual([
      'Zu 1. a):',
      'Zu 1. b) aa):',
      'Zu 1. b) bb):',
      'Zu 2.:',
      'Zu 2. a):',
      'Zu 3.:',
    ])
    // each level indented 0.75 cm more than the one above, from the Quote style's 1 cm: 1. and b) …, aa) …
    const indentOf = (start: string) => new RegExp(`<w:ind w:left="(\\d+)"/></w:pPr><w:r><w:t xml:space="preserve">${start}`).exec(xml)?.[1]
    expect([indentOf('a\\) Wie viele aktive'), indentOf('b\\) '), indentOf('aa\\) ')]).toEqual(['992', '992', '1417'])
  })

  it('names the whole id after "Zu" as replies print it', () => {
    expect(['3', 'II', 'I.1', '1.2', '2.a', '1.b.aa', 'I.1.a'].map(answerLabel)).toEqual([
      '3.',
      'II.',
      'I.1',
      '1.2',
      '2. a)',
      '1. b) aa)',
      'I.1 a)',
    ])
  })

  it('carries the header, and leaves a place under "Zu N.:" for every answer when there is no reply', async () => {
    const inquiry = await parseInquiry(text(ASKED))
    expect(inquiry.reply).toBeNull()
    const docx = toReplyDocx(inquiry)
    const xml = documentXml(docx)
    for (const label of ['Zu 1.:', 'Zu 2.:', 'Zu 3.:']) expect(xml).toContain(`>${label}<`)
    expect(xml.split(ANSWER_PLACEHOLDER).length - 1).toBe(3)
    expect(xml).toContain('Stellungnahme zur Kleinen Anfrage')
    // the questions as a list, then a place under each "Zu N.:"
    const texts = paragraphTexts(docx)
    expect(texts.slice(texts.indexOf(QUESTIONS_HEADING) + 1, texts.indexOf(REPLY_HEADING))).toEqual([
      '1. Wann wird der Radweg am Mühlbach saniert?',
      '2. Welche Kosten sind dafür eingeplant?',
      '3. Wird der Winterdienst dort verstärkt?',
    ])
    expect(body(docx)).toEqual(['Zu 1.:', ANSWER_PLACEHOLDER, 'Zu 2.:', ANSWER_PLACEHOLDER, 'Zu 3.:', ANSWER_PLACEHOLDER])
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
    expect(body(docx)).toEqual([
      'Zu 1.:',
      'Die Arbeiten beginnen im Mai 2027.',
      'Zu 2.:',
      'Im Haushalt stehen 120.000 Euro bereit.',
      'Zu 3.:',
      OPEN_MARK,
    ])
    // read back, the answers found are linked by their labels again; the open question stays open
    const back = await parseInquiry(docx)
    const under = (id: string) =>
      back.reply!.paragraphs.filter((p) => p.answers.some((a) => a.question === id)).map((p) => [p.text, p.answers[0]!.method])
    expect(under('1')).toEqual([['Die Arbeiten beginnen im Mai 2027.', 'label']])
    expect(under('2')).toEqual([['Im Haushalt stehen 120.000 Euro bereit.', 'label']])
    expect(back.coverage.unanswered).toEqual(['3'])
  })

  it("keeps a draft's Vorbemerkung, which answers no question, before the first answer", async () => {
    const inquiry = await parseInquiry(
      text(ANSWERED.replace('Zu 1.:', 'Vorbemerkung: Der Radweg liegt zum Teil auf Flächen des Wasserverbands.\n\nZu 1.:'))
    )
    expect(body(toReplyDocx(inquiry)).slice(0, 3)).toEqual(['Vorbemerkung:', inquiry.reply!.paragraphs[0]!.text, 'Zu 1.:'])
    expect(inquiry.reply!.paragraphs[0]!.text).toContain('Der Radweg liegt zum Teil')
  })

  it('follows the corrections: a paragraph moved by hand stands under its new question', async () => {
    const inquiry = await parseInquiry(text(ANSWERED))
    const second = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Im Haushalt'))!
    const corrected = applyCorrections(inquiry, [{ op: 'move', paragraph: second.id, question: '3' }])
    expect(body(toReplyDocx(corrected)).slice(2)).toEqual(['Zu 2.:', OPEN_MARK, 'Zu 3.:', 'Im Haushalt stehen 120.000 Euro bereit.'])
  })

  it('writes the template of a reply of 100,000 paragraphs under one label in linear time', async () => {
    // a quadratic writer (each paragraph copying the list before it) would take minutes here, past the timeout
    const inquiry = await parseInquiry(text(ANSWERED))
    const one = inquiry.reply!.paragraphs[0]!
    const paragraphs = Array.from({ length: 100_000 }, (_, k) => ({ ...one, id: `p${k + 1}`, text: `Absatz ${k + 1}.` }))
    const docx = toReplyDocx({ ...inquiry, reply: { ...inquiry.reply!, paragraphs } })
    expect(body(docx).filter((t) => t.startsWith('Absatz '))).toHaveLength(100_000)
  })

  it('writes the same bytes for the same inquiry, and keeps markup in the text as text', async () => {
    const inquiry = await parseInquiry(text(ASKED.replace('Radwege am Mühlbach', 'Radwege <am> Mühlbach & Co')))
    expect(toReplyDocx(inquiry)).toEqual(toReplyDocx(inquiry))
    expect(documentXml(toReplyDocx(inquiry))).toContain('Radwege &lt;am&gt; Mühlbach &amp; Co')
    expect(escapeXml('a\u0001b')).toBe('ab')
  })
})
