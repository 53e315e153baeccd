import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { OcrEngine } from '../src/load/pdf.js'
import type { Page } from '../src/nodes.js'
import { parseInquiry } from '../src/parse.js'
import { ocrSettings } from '../src/node/ocr/options.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url)))

/** An engine that reads nothing but records which pages it was given and answers with fixed lines. */
function fakeEngine(confidence: number): OcrEngine & { asked: number[][] } {
  const asked: number[][] = []
  const engine = async (_pdf: Uint8Array, pages: number[]): Promise<Page[]> => {
    asked.push(pages)
    return pages.map((number) => ({
      type: 'page',
      number,
      width: 595,
      height: 842,
      ocr: true,
      ocrConfidence: confidence,
      ocrEngine: 'fake engine, fake model',
      lines: [
        { type: 'line', text: 'Antwort des Bürgermeisters', x: 70, y: 100, width: 200, fontSize: 11, bold: true, confidence },
        {
          type: 'line',
          text: 'Zu Frage 1: Derzeit sind vier Laternen defekt.',
          x: 70,
          y: 130,
          width: 300,
          fontSize: 11,
          bold: false,
          confidence,
        },
      ],
    }))
  }
  return Object.assign(engine, { asked })
}

describe('OCR modes on a mixed PDF (page 1 typed, page 2 scanned)', () => {
  const mixed = fixture('beleuchtung-mixed.pdf')

  it('auto: only the page without a text layer goes to OCR', async () => {
    const engine = fakeEngine(0.93)
    const inquiry = await parseInquiry(mixed, { ocr: engine, ocrMode: 'auto' })
    expect(engine.asked).toEqual([[2]])
    expect(inquiry.source.ocr).toBe(true)
    expect(inquiry.source.files[0]!.ocrConfidence).toEqual([{ page: 2, confidence: 0.93 }])
    expect(inquiry.source.files[0]!.ocrEngine).toBe('fake engine, fake model')
    expect(inquiry.text).toContain('Wie viele Straßenlaternen im Ortsteil Oberau sind derzeit defekt?')
    expect(inquiry.text).toContain('Derzeit sind vier Laternen defekt.')
    expect(inquiry.warnings.map((w) => w.code)).not.toContain('ocr_low_confidence')
  })

  it('always: every page goes to OCR', async () => {
    const engine = fakeEngine(0.93)
    const inquiry = await parseInquiry(mixed, { ocr: engine, ocrMode: 'always' })
    expect(engine.asked).toEqual([[1, 2]])
    expect(inquiry.source.files[0]!.ocrConfidence!.map((c) => c.page)).toEqual([1, 2])
  })

  it('never: the scanned page is missing, with a warning that says so', async () => {
    const engine = fakeEngine(0.93)
    const inquiry = await parseInquiry(mixed, { ocr: engine, ocrMode: 'never' })
    expect(engine.asked).toEqual([])
    expect(inquiry.source.ocr).toBe(false)
    expect(inquiry.source.files[0]!.ocrConfidence).toBeUndefined()
    expect(inquiry.source.files[0]!.ocrEngine).toBeUndefined()
    expect(inquiry.warnings.map((w) => w.code)).toContain('page_needs_ocr')
  })

  it('does not take a blank scanned page for a misread one', async () => {
    const blank: OcrEngine = async (_pdf, pages) =>
      pages.map((number) => ({ type: 'page', number, width: 595, height: 842, ocr: true, ocrConfidence: 0, lines: [] }))
    const inquiry = await parseInquiry(mixed, { ocr: blank })
    expect(inquiry.warnings.map((w) => w.code)).not.toContain('ocr_low_confidence')
    expect(inquiry.source.files[0]!.ocrConfidence).toEqual([{ page: 2, confidence: 0 }])
  })

  it('warns about pages read with low confidence, naming them', async () => {
    const inquiry = await parseInquiry(mixed, { ocr: fakeEngine(0.52) })
    const warning = inquiry.warnings.find((w) => w.code === 'ocr_low_confidence')
    expect(warning?.message).toContain('2 (52 %)')
  })
})

describe('OCR settings', () => {
  it('accepts the documented modes, engines and models', () => {
    expect(ocrSettings('always', 'tesseract-cli')).toEqual({ mode: 'always', engine: 'tesseract-cli', model: 'auto' })
    expect(ocrSettings()).toEqual({ mode: 'auto', engine: 'tesseract-js', model: 'auto' })
    expect(ocrSettings('auto', 'tesseract-js', 'bundled')).toEqual({ mode: 'auto', engine: 'tesseract-js', model: 'bundled' })
  })

  it('refuses unknown ones with invalid_option', () => {
    expect(() => ocrSettings('sometimes')).toThrow(expect.objectContaining({ code: 'invalid_option' }))
    expect(() => ocrSettings('auto', 'abbyy')).toThrow(expect.objectContaining({ code: 'invalid_option' }))
    expect(() => ocrSettings('auto', 'tesseract-js', '/no/such/folder')).toThrow(expect.objectContaining({ code: 'invalid_option' }))
    expect(() => ocrSettings('auto', 'tesseract-js', '')).toThrow(expect.objectContaining({ code: 'invalid_option' }))
  })
})

describe('inquiry-parser parse --ocr', () => {
  it('answers needs_ocr for a scan with --ocr never, and a usage error for an unknown mode', async () => {
    const { main } = await import('../src/node/cli.js')
    const scan = new URL('../fixtures/scans/radwege-scan.pdf', import.meta.url).pathname
    expect(await main(['parse', scan, '--ocr', 'never'])).toBe(3)
    expect(await main(['parse', scan, '--ocr', 'sometimes'])).toBe(2)
    expect(await main(['parse', scan, '--ocr-engine', 'abbyy'])).toBe(2)
    expect(await main(['parse', scan, '--ocr-model', '/no/such/folder'])).toBe(2)
  })
})
