/**
 * Real OCR of our scanned fixtures and of the seed scan. Slow (1–3 s a page): every document is read once,
 * in beforeAll, and the assertions share the results. 7 pages with tesseract.js, 4 with the tesseract command.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { createOcr, type ModelChoice, type OcrPageRead } from '../src/node/ocr/index.js'
import { resolveModel } from '../src/node/ocr/models.js'
import { characterErrorRate } from '../src/node/ocr/cer.js'
import { parseInquiry } from '../src/parse.js'
import type { Inquiry, Question } from '../src/schema.js'
import { editSimilarity, wordOverlap } from '../src/text/compare.js'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/scans/${name}`, import.meta.url))
const bytes = (path: string) => new Uint8Array(readFileSync(path))
/** The seed lives beside the clone (CI checks out shared/ next to it): a check on a real scan, not a fixture. */
const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url))

type Read = { inquiry: Inquiry; pages: OcrPageRead[] }
const read: Record<string, Read> = {}

async function ocrParse(name: string, path: string, engine: 'tesseract-js' | 'tesseract-cli', model: ModelChoice = 'auto'): Promise<void> {
  const pages: OcrPageRead[] = []
  const ocr = createOcr({ engine, model, onPage: (page) => pages.push(page) })
  try {
    read[name] = { inquiry: await parseInquiry(bytes(path), { ocr: ocr.engine }), pages }
  } finally {
    await ocr.close()
  }
}

beforeAll(async () => {
  if (!existsSync(`${SEEDS}karben-ki-anfrage-scan.pdf`)) {
    throw new Error(`The seed scan is missing: expected ${SEEDS}karben-ki-anfrage-scan.pdf (shared/ beside the clone).`)
  }
  await ocrParse('radwege', fixture('radwege-scan.pdf'), 'tesseract-js')
  await ocrParse('mixed', fixture('beleuchtung-mixed.pdf'), 'tesseract-js')
  // the default model is the system's where one is installed (as in CI): the seed is read with the bundled one
  await ocrParse('seed', `${SEEDS}karben-ki-anfrage-scan.pdf`, 'tesseract-js', 'bundled')
  await ocrParse('grundschule', fixture('grundschule-scan.pdf'), 'tesseract-cli')
  await ocrParse('turned', fixture('grundschule-turned-scan.pdf'), 'tesseract-js')
  // the command with another folder than its own: hOCR must not depend on the config files beside its models
  await ocrParse('radwege-cli-bundled', fixture('radwege-scan.pdf'), 'tesseract-cli', 'bundled')
}, 600_000)

const flatten = (questions: Question[]): Question[] => questions.flatMap((q) => [q, ...flatten(q.children)])
const ids = (inquiry: Inquiry) => flatten(inquiry.questions).map((q) => q.id)
const questionText = (inquiry: Inquiry, id: string) => flatten(inquiry.questions).find((q) => q.id === id)?.text ?? ''
const replyTexts = (inquiry: Inquiry) => inquiry.reply?.paragraphs.map((p) => p.text) ?? []

/** The structure stages cannot tell a scan from its typed original: same questions, paragraphs and links. */
function expectSameStructure(scanned: Inquiry, typed: Inquiry): void {
  expect(ids(scanned)).toEqual(ids(typed))
  for (const id of ids(typed)) expect(editSimilarity(questionText(scanned, id), questionText(typed, id))).toBeGreaterThanOrEqual(0.9)
  const links = (inquiry: Inquiry) => inquiry.reply?.paragraphs.map((p) => p.answers.map((a) => `${a.question} ${a.method}`)) ?? []
  expect(links(scanned)).toEqual(links(typed))
  expect(replyTexts(scanned).length).toBe(replyTexts(typed).length)
  replyTexts(typed).forEach((text, i) => expect(wordOverlap(replyTexts(scanned)[i]!, text)).toBeGreaterThanOrEqual(0.9))
  // the typed original's /Title may fill a title its text leaves empty (src/load/pdf-info.ts); a scan from img2pdf has no /Title
  expect({ ...scanned.meta, title: typed.meta.title }).toEqual(typed.meta)
  if (scanned.meta.title !== null) expect(scanned.meta.title).toBe(typed.meta.title)
}

describe('OCR of a one-page scan (200 dpi, skewed 1.5°, noisy)', () => {
  it('reads the text with under 1 % character errors', () => {
    const { inquiry } = read.radwege!
    expect(characterErrorRate(inquiry.text, readFileSync(fixture('radwege.txt'), 'utf8'))).toBeLessThan(0.01)
    expect(inquiry.source.ocr).toBe(true)
  })

  it('straightens the page and reports its confidence', () => {
    const [page] = read.radwege!.pages
    expect(page!.dpi).toBe(200)
    expect(page!.skew).toBeCloseTo(1.5, 0)
    expect(page!.confidence).toBeGreaterThan(0.85)
    expect(read.radwege!.inquiry.source.files[0]!.ocrConfidence).toEqual([{ page: 1, confidence: page!.confidence }])
    expect(read.radwege!.inquiry.warnings.map((w) => w.code)).not.toContain('ocr_low_confidence')
  })

  it('reads as well with the tesseract command and the bundled model, and says so', () => {
    const { inquiry } = read['radwege-cli-bundled']!
    expect(characterErrorRate(inquiry.text, readFileSync(fixture('radwege.txt'), 'utf8'))).toBeLessThan(0.01)
    expect(inquiry.source.files[0]!.ocrEngine).toBe('tesseract command, deu best_int (bundled)')
  })

  it('names the engine and the model the default chose', () => {
    expect(read.radwege!.inquiry.source.files[0]!.ocrEngine).toBe(`tesseract.js, ${resolveModel('auto').label}`)
  })

  it('finds the questions and sub-questions', () => {
    const { inquiry } = read.radwege!
    expect(ids(inquiry)).toEqual(['1', '2', '2.a', '2.b', '3', '4'])
    expect(
      editSimilarity(questionText(inquiry, '2.a'), 'Ist eine eigene Ampelphase für den Radverkehr vorgesehen?')
    ).toBeGreaterThanOrEqual(0.9)
    expect(
      editSimilarity(
        questionText(inquiry, '4'),
        'Ist der Magistrat bereit, gemeinsam mit der Schulleitung einen Schulwegplan für den Radverkehr zu erarbeiten?'
      )
    ).toBeGreaterThanOrEqual(0.9)
  })

  it('finds the four answers, with their labels', () => {
    const paragraphs = read.radwege!.inquiry.reply?.paragraphs ?? []
    expect(paragraphs.map((p) => p.answers[0]?.question)).toEqual(['1', '2.a', '3', '4'])
    expect(paragraphs[2]!.text).toContain('180.000 Euro')
  })

  it('parses like the typed original', async () => {
    expectSameStructure(read.radwege!.inquiry, await parseInquiry(bytes(fixture('radwege-typed.pdf'))))
  })
})

describe('OCR of a three-page scan (150 dpi, −3.5° to 1.2°, heavy noise) with the tesseract command', () => {
  it('reads the text with under 1 % character errors', () => {
    expect(characterErrorRate(read.grundschule!.inquiry.text, readFileSync(fixture('grundschule.txt'), 'utf8'))).toBeLessThan(0.01)
  })

  it('straightens each page by its own angle', () => {
    expect(read.grundschule!.pages.map((p) => Math.round(p.skew * 10) / 10)).toEqual([-3.5, 1.2, -0.8])
  })

  it('repairs the misread roman section numbers and the paragraph sign', () => {
    const text = read.grundschule!.inquiry.text
    expect(text).toContain('I. Baulicher Zustand')
    expect(text).toContain('II. Finanzierung')
    expect(text).toContain('III. Zeitplan und Ausweichquartiere')
    expect(text).toContain('Zu I.: Der bauliche Zustand')
    expect(text).toContain('§ 50 Abs. 2 der Hessischen Gemeindeordnung')
  })

  it('finds the eight questions, the one across the page break in full', () => {
    const { inquiry } = read.grundschule!
    const arabic = ids(inquiry)
      .filter((id) => /^(?:[IV]+\.)?\d$/.test(id))
      .map((id) => id.replace(/^[IV]+\./, ''))
    expect(arabic).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    const eight = flatten(inquiry.questions).find((q) => q.id.endsWith('8'))!
    expect(
      editSimilarity(
        eight.text,
        'Wo sollen die Kinder während der Bauzeit unterrichtet werden, und welche Kosten entstehen für Ausweichquartiere?'
      )
    ).toBeGreaterThanOrEqual(0.9)
  })

  it('parses like the typed original', async () => {
    expectSameStructure(read.grundschule!.inquiry, await parseInquiry(bytes(fixture('grundschule-typed.pdf'))))
  })

  it('finds the reply paragraphs', () => {
    const texts = replyTexts(read.grundschule!.inquiry)
    for (const start of [
      'Das Dach des Altbaus',
      'Zwei Klassenräume',
      'Das Gutachten schätzt',
      'Die Arbeiten sollen in den Sommerferien 2025',
    ]) {
      expect(texts.some((t) => t.startsWith(start))).toBe(true)
    }
  })
})

describe('OCR of pages the wrong way round (page 2 sideways, page 3 upside down)', () => {
  it('turns each page on its feet before straightening it', () => {
    const pages = read.turned!.pages
    expect(pages.map((p) => p.rotation)).toEqual([0, 270, 180])
    expect(pages.map((p) => Math.round(p.skew * 10) / 10)).toEqual([-3.5, 1.2, -0.8])
  })

  it('reads the text as well as the upright scan, and parses like the typed original', async () => {
    const { inquiry } = read.turned!
    expect(characterErrorRate(inquiry.text, readFileSync(fixture('grundschule.txt'), 'utf8'))).toBeLessThan(0.01)
    expectSameStructure(inquiry, await parseInquiry(bytes(fixture('grundschule-typed.pdf'))))
  })
})

describe('OCR of a mixed PDF (page 1 typed, page 2 scanned at 300 dpi)', () => {
  it('reads only the scanned page, and both pages end up in the text', () => {
    const { inquiry, pages } = read.mixed!
    expect(pages.map((p) => [p.page, p.dpi])).toEqual([[2, 300]])
    expect(characterErrorRate(inquiry.text, readFileSync(fixture('beleuchtung.txt'), 'utf8'))).toBeLessThan(0.01)
  })

  it('links the scanned answers to the typed questions', () => {
    const { inquiry } = read.mixed!
    expect(ids(inquiry)).toEqual(['1', '2', '3'])
    expect(inquiry.reply?.paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['2'], ['3']])
  })
})

describe('the seed scan (../shared/seeds/karben-ki-anfrage-scan.pdf, 150 dpi)', () => {
  const gold = () =>
    JSON.parse(readFileSync(`${SEEDS}karben-ki-anfrage.gold.json`, 'utf8')) as {
      questions: { id: string; text: string }[]
      statement: { text: string }[]
    }

  it('finds the five questions with their texts', () => {
    const { inquiry } = read.seed!
    expect(ids(inquiry)).toEqual(['1', '2', '3', '4', '5'])
    for (const q of gold().questions) expect(editSimilarity(questionText(inquiry, q.id), q.text)).toBeGreaterThanOrEqual(0.9)
  })

  it('finds every paragraph of the Stellungnahme', () => {
    const texts = replyTexts(read.seed!.inquiry)
    for (const expected of gold().statement)
      expect(Math.max(...texts.map((t) => wordOverlap(t, expected.text)))).toBeGreaterThanOrEqual(0.9)
  })

  it('names the engine and the bundled model it was read with', () => {
    expect(read.seed!.inquiry.source.files[0]!.ocrEngine).toBe('tesseract.js, deu best_int (bundled)')
  })

  it('reads the whole text with under 1 % character errors', () => {
    expect(characterErrorRate(read.seed!.inquiry.text, readFileSync(`${SEEDS}karben-ki-anfrage.txt`, 'utf8'))).toBeLessThan(0.01)
  })
})
