/**
 * @module
 * PDF → pages of positioned lines, through the pdf.js that pdf-parse ships (pdf-parse's own text output has
 * no positions). Encrypted, broken and image-only files become clear errors.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js'
import { InquiryError } from '../errors.js'
import type { LoadedDocument, Page } from '../nodes.js'
import type { Warning } from '../schema.js'
import { normalizeChars } from '../text/normalize.js'
import { itemsToLines, type Glyphs } from './pdf-lines.js'
import { getPdfjs } from './pdfjs.js'

/** Reads pages that have no usable text layer, e.g. by OCR (Node only: `inquiry-parser/node`). */
export type OcrEngine = (pdf: Uint8Array, pages: number[]) => Promise<Page[]>

export type PdfOptions = {
  /** OCR engine for pages without a text layer; without one such pages are an error (`needs_ocr`). */
  ocr?: OcrEngine
  /** 'auto': only pages without a usable text layer; 'always': every page; 'never': no OCR. */
  ocrMode?: 'auto' | 'always' | 'never'
  /** Refuse documents with more pages than this (`too_many_pages`). */
  maxPages?: number
}

export async function loadPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<LoadedDocument> {
  const doc = await openPdf(bytes)
  try {
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) {
      throw new InquiryError('too_many_pages', `The PDF has ${doc.numPages} pages; at most ${options.maxPages} are allowed.`, {
        details: { pages: doc.numPages, maxPages: options.maxPages },
      })
    }
    const pages: Page[] = []
    const fonts: FontWeights = new Map()
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n, fonts))
    const filled = await fillTextless(bytes, pages, options)
    const warnings: Warning[] = truncated(bytes)
      ? [{ code: 'pdf_truncated', message: 'The PDF ends before its end-of-file marker; text after the cut may be missing.' }]
      : []
    return { type: 'document', format: 'pdf', pageCount: doc.numPages, ocr: filled.ocr, pages: filled.pages, blocks: [], warnings: [...warnings, ...filled.warnings] }
  } finally {
    await doc.destroy()
  }
}

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await getPdfjs()
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact
  // maxImageSize 0: the operator-list pass for bold fonts would otherwise decode every image, and a small PDF
  // with one huge compressed image then needs hundreds of MB (a Worker isolate has 128); text needs no pixels
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false, maxImageSize: 0 })
  try {
    return await task.promise
  } catch (error) {
    throw pdfError(error)
  }
}

function pdfError(error: unknown): InquiryError {
  const name = (error as { name?: string })?.name
  if (name === 'PasswordException') {
    return new InquiryError('encrypted', 'The PDF is password-protected; remove the password (or print it to a new PDF) and try again.', { cause: error })
  }
  return new InquiryError('corrupt', 'The PDF is damaged and cannot be read; open and save it again, or export it anew.', { cause: error })
}

async function readPage(doc: PDFDocumentProxy, n: number, fonts: FontWeights): Promise<Page> {
  let page: PDFPageProxy | undefined
  try {
    page = await doc.getPage(n)
    const viewport = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const bold = await boldFonts(page, Object.keys(content.styles), fonts)
    const pdfjs = await getPdfjs()
    const items: Glyphs[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue
      const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[]
      // rotated or vertical text (margin notes, stamps) is not part of the running text
      if (Math.abs(b!) > 0.01 * Math.abs(a!) || a! <= 0) continue
      items.push({ text: normalized(item.str), x: e!, y: f!, width: item.width, fontSize: Math.hypot(c!, d!), bold: bold.has(item.fontName) })
    }
    return { type: 'page', number: n, width: viewport.width, height: viewport.height, lines: itemsToLines(items) }
  } catch (error) {
    if (error instanceof InquiryError) throw error
    throw new InquiryError('corrupt', `Page ${n} of the PDF is damaged and cannot be read.`, { cause: error, details: { page: n } })
  } finally {
    page?.cleanup()
  }
}

/** Whether each font (by pdf.js's per-document font id) is a bold face; filled as fonts turn up. */
type FontWeights = Map<string, boolean>

/**
 * Font ids of bold faces on a page. pdf.js hands font objects to the caller only after an operator-list
 * pass, which costs about as much as the text extraction itself; font ids are stable within a document, so
 * that pass runs only on a page that brings a font not seen before, and not at all while the document has
 * shown one font only (all of one weight: boldness tells nothing apart).
 */
async function boldFonts(page: PDFPageProxy, fontNames: string[], known: FontWeights): Promise<Set<string>> {
  const unknown = fontNames.filter((name) => !known.has(name))
  if (unknown.length > 0 && (fontNames.length > 1 || known.size > 0)) {
    await page.getOperatorList()
    for (const name of unknown) known.set(name, isBoldFont(page, name))
  }
  return new Set(fontNames.filter((name) => known.get(name) === true))
}

function isBoldFont(page: PDFPageProxy, name: string): boolean {
  if (!page.commonObjs.has(name)) return false
  const font = page.commonObjs.get(name) as { name?: string; bold?: boolean; black?: boolean }
  return font.bold === true || font.black === true || /bold|black|heavy|semibold|demi/i.test(font.name ?? '')
}

/** Plain ASCII and Latin-1 letters (most of a German text) need no normalizing: skip the regex passes. */
const normalized = (text: string): string => (/[^\x20-\x7E\u00C0-\u00FF]/.test(text) ? repairLigatures(normalizeChars(text)) : text)

/** CJK code points whose low byte is 0 and whose high byte is a Latin letter: "f", "i" read the wrong way round. */
const SWAPPED_LETTER = /[\u4100-\u5A00\u6100-\u7A00]/g

/**
 * Ghostscript writes the ToUnicode entry of a ligature in little-endian UTF-16, so "ff" reads as U+6600
 * U+6600 ("昀昀") and "fi" as U+6600 U+6900. In Latin text these code points are turned back into letters.
 */
function repairLigatures(text: string): string {
  if (!/[\u4100-\u7A00]/.test(text) || !/\p{Script=Latin}/u.test(text)) return text
  return text.replace(SWAPPED_LETTER, (ch) => {
    const code = ch.charCodeAt(0)
    return code % 256 === 0 ? String.fromCharCode(code / 256) : ch
  })
}

/** Text is usable when most of its visible characters are letters or digits (not garbage glyph codes). */
export function hasUsableText(page: Page): boolean {
  let visible = 0
  let bad = 0
  for (const line of page.lines) {
    visible += line.text.replace(/\s/g, '').length
    // count the few odd characters rather than the many good ones: no big match arrays
    bad += line.text.match(/[^\p{L}\p{N}\s.,;:!?()§%€"'„“”‚‘’\-–]/gu)?.length ?? 0
  }
  return visible >= 3 && (visible - bad) / visible > 0.7
}

function truncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)))
  return !tail.includes('%%EOF')
}

type Filled = { pages: Page[]; ocr: boolean; warnings: Warning[] }

/** Gives pages without a usable text layer to the OCR engine, or says which pages could not be read. */
async function fillTextless(bytes: Uint8Array, pages: Page[], options: PdfOptions): Promise<Filled> {
  const mode = options.ocrMode ?? 'auto'
  const textless = pages.filter((p) => !hasUsableText(p)).map((p) => p.number)
  const wanted = mode === 'always' ? pages.map((p) => p.number) : textless
  if (wanted.length === 0) return { pages, ocr: false, warnings: [] }
  if (mode === 'never' || !options.ocr) {
    if (textless.length === pages.length) throw needsOcr(textless)
    const message = `${needsOcr(textless).message} Their text is missing from the result.`
    return { pages, ocr: false, warnings: textless.length ? [{ code: 'page_needs_ocr', message }] : [] }
  }
  const read = new Map((await options.ocr(bytes, wanted)).map((p) => [p.number, { ...p, ocr: true }]))
  return { pages: pages.map((p) => read.get(p.number) ?? p), ocr: read.size > 0, warnings: lowOcrConfidence([...read.values()]) }
}

/** Below this mean confidence an OCR'd page's text has errors often enough that the reader should know. */
const LOW_OCR_CONFIDENCE = 0.7

function lowOcrConfidence(pages: Page[]): Warning[] {
  // a blank page (nothing read, confidence 0) is no misreading
  const low = pages.filter((p) => p.lines.length > 0 && p.ocrConfidence !== undefined && p.ocrConfidence < LOW_OCR_CONFIDENCE)
  if (low.length === 0) return []
  const list = low.map((p) => `${p.number} (${Math.round(p.ocrConfidence! * 100)} %)`).join(', ')
  return [{ code: 'ocr_low_confidence', message: `OCR read page${low.length === 1 ? '' : 's'} ${list} with low confidence; the text there may contain misread words.` }]
}

function needsOcr(pages: number[]): InquiryError {
  const list = pages.length > 8 ? `${pages.slice(0, 8).join(', ')} and ${pages.length - 8} more` : pages.join(', ')
  return new InquiryError(
    'needs_ocr',
    `The PDF has no usable text layer on page${pages.length === 1 ? '' : 's'} ${list}: it is a scan; read it with OCR (the Node CLI: inquiry-parser parse FILE --ocr auto).`,
    { details: { pages } }
  )
}
