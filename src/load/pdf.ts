/**
 * @module
 * PDF → pages of positioned lines, through the pdf.js that pdf-parse ships (pdf-parse's own text output has
 * no positions). Encrypted, broken and image-only files become clear errors.
 */
import type { PDFDocumentProxy, PDFPageProxy, TextContent } from 'pdfjs-dist/types/src/display/api.js'
import { InquiryError } from '../errors.js'
import { Deadline, DEFAULT_LIMITS, type Limits } from '../limits.js'
import type { LoadedDocument, Page } from '../nodes.js'
import type { Warning } from '../schema.js'
import { normalizeChars } from '../text/normalize.js'
import { itemsToLines, type Glyphs } from './pdf-lines.js'
import { readDocumentInfo } from './pdf-info.js'
import { prescanPdf } from './pdf-prescan.js'
import { getPdfjs, openPdfDocument, type OpenPdf } from './pdfjs.js'

/** Reads pages that have no usable text layer, e.g. by OCR (Node only: `inquiry-parser/node`). */
export type OcrEngine = (pdf: Uint8Array, pages: number[]) => Promise<Page[]>

export type PdfOptions = {
  /** OCR engine for pages without a text layer; without one such pages are an error (`needs_ocr`). */
  ocr?: OcrEngine
  /** 'auto': only pages without a usable text layer; 'always': every page; 'never': no OCR. */
  ocrMode?: 'auto' | 'always' | 'never'
  /** The budgets in force (`resolveLimits`); the defaults when absent. */
  limits?: Limits
  /** Checked between pages. */
  deadline?: Deadline
}

type Budget = { limits: Limits; deadline: Deadline }

export async function loadPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<LoadedDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const budget = { limits, deadline: options.deadline ?? new Deadline(limits.timeoutMs) }
  const opened = await openPdf(prescanPdf(bytes, limits))
  try {
    const { doc } = opened
    const pageCount = checkPageCount(doc.numPages, limits)
    const pages: Page[] = []
    const fonts: FontWeights = new Map()
    for (let n = 1; n <= pageCount; n++) {
      budget.deadline.check(`page ${n}`)
      pages.push(await readPage(doc, n, fonts, budget))
    }
    const filled = await fillTextless(bytes, pages, options)
    const warnings: Warning[] = truncated(bytes)
      ? [{ code: 'pdf_truncated', message: 'The PDF ends before its end-of-file marker; text after the cut may be missing.' }]
      : []
    return {
      type: 'document',
      format: 'pdf',
      pageCount,
      ocr: filled.ocr,
      pages: filled.pages,
      blocks: [],
      warnings: [...warnings, ...filled.warnings],
      info: await readDocumentInfo(doc),
    }
  } finally {
    await opened.close()
  }
}

/** pdf.js takes the page tree's /Count on trust when the last page it names exists: 0 or -5 among them. */
function checkPageCount(pages: number, limits: Limits): number {
  if (!Number.isInteger(pages) || pages < 0) {
    throw new InquiryError('corrupt', `The PDF is damaged: its page tree claims ${pages} pages.`, { details: { pages } })
  }
  if (pages === 0) throw new InquiryError('empty', 'The PDF has no pages.')
  if (pages > limits.maxPages) {
    throw new InquiryError('too_many_pages', `The PDF has ${pages} pages; at most ${limits.maxPages} are allowed.`, {
      details: { pages, maxPages: limits.maxPages },
    })
  }
  return pages
}

async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  try {
    // maxImageSize 0: the operator-list pass for bold fonts would otherwise decode every image, and a small PDF
    // with one huge compressed image then needs hundreds of MB (a Worker isolate has 128); text needs no pixels
    // (prescanPdf has handed over a copy already where the cross-reference table needs rebuilding)
    return await openPdfDocument(bytes, { stopAtErrors: false, maxImageSize: 0 })
  } catch (error) {
    throw pdfError(error)
  }
}

function pdfError(error: unknown): InquiryError {
  if (error instanceof InquiryError) return error
  const name = (error as { name?: string })?.name
  if (name === 'PasswordException') {
    return new InquiryError('encrypted', 'The PDF is password-protected; remove the password (or print it to a new PDF) and try again.', {
      cause: error,
    })
  }
  return new InquiryError('corrupt', 'The PDF is damaged and cannot be read; open and save it again, or export it anew.', { cause: error })
}

async function readPage(doc: PDFDocumentProxy, n: number, fonts: FontWeights, budget: Budget): Promise<Page> {
  let page: PDFPageProxy | undefined
  try {
    page = await doc.getPage(n)
    const viewport = page.getViewport({ scale: 1 })
    const content = await readTextContent(page, n, budget)
    const bold = await boldFonts(page, Object.keys(content.styles), fonts)
    const pdfjs = await getPdfjs()
    const items: Glyphs[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue
      const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[]
      // rotated or vertical text (margin notes, stamps) is not part of the running text
      if (Math.abs(b!) > 0.01 * Math.abs(a!) || a! <= 0) continue
      items.push({ text: normalized(item.str), ...onPage(e!, f!, item.width, Math.hypot(c!, d!), viewport), bold: bold.has(item.fontName) })
    }
    return { type: 'page', number: n, width: pageSide(viewport.width), height: pageSide(viewport.height), lines: itemsToLines(items) }
  } catch (error) {
    if (error instanceof InquiryError) throw error
    throw new InquiryError('corrupt', `Page ${n} of the PDF is damaged and cannot be read.`, { cause: error, details: { page: n } })
  } finally {
    page?.cleanup()
  }
}

/**
 * The page's text items, read as a stream so that reading stops as soon as the page has more than the
 * budget allows (pdf.js waits for each chunk to be taken: cancelling ends its work on the page).
 */
async function readTextContent(page: PDFPageProxy, n: number, { limits, deadline }: Budget): Promise<TextContent> {
  const reader = (page.streamTextContent() as ReadableStream<TextContent>).getReader()
  const content: TextContent = { items: [], styles: {}, lang: null }
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return content
      for (const item of value.items) content.items.push(item)
      Object.assign(content.styles, value.styles)
      if (content.items.length > limits.maxPageTextItems) {
        throw new InquiryError('too_complex', `Page ${n} of the PDF has more than ${limits.maxPageTextItems} pieces of text.`, {
          details: { page: n, maxPageTextItems: limits.maxPageTextItems },
        })
      }
      deadline.check(`page ${n}`)
    }
  } finally {
    reader.releaseLock()
  }
}

/** The largest page side a PDF allows (200 in, ISO 32000 Annex C); a MediaBox of 1e308 is cut to it. */
const MAX_PAGE_SIDE = 14_400

const pageSide = (side: number): number => (Number.isFinite(side) ? Math.min(Math.max(side, 1), MAX_PAGE_SIDE) : MAX_PAGE_SIDE)

/**
 * A text item's geometry, kept near its page: a font's /Widths entry of 1e308 must not become a width that
 * later stages allocate by. Positions and sizes beyond the page's box are cut to it.
 */
function onPage(
  x: number,
  y: number,
  width: number,
  fontSize: number,
  viewport: { width: number; height: number }
): Pick<Glyphs, 'x' | 'y' | 'width' | 'fontSize'> {
  const clamp = (value: number, max: number) => (Number.isFinite(value) ? Math.min(Math.max(value, -max), 2 * max) : 0)
  const size = Math.max(pageSide(viewport.width), pageSide(viewport.height))
  const left = clamp(x, size)
  return { x: left, y: clamp(y, size), width: Math.min(Math.max(clamp(width, size), 0), 2 * size - left), fontSize: clamp(fontSize, size) }
}

/** Whether each font (by pdf.js's per-document font id) is a bold face; filled as fonts turn up. */
type FontWeights = Map<string, boolean>

/**
 * Font ids of bold faces on a page. pdf.js hands font objects to the caller only after an operator-list
 * pass, which costs about as much as the text extraction itself; font ids are stable within a document, so
 * that pass runs only on a page that brings a font not seen before, and not at all while the document has
 * shown one font only (all of one weight: boldness tells nothing apart).
 * The pass leaves the annotations out: their text is no part of the text layer, and each annotation's
 * appearance is parsed anew, so 20 annotations sharing one costly appearance took pdf.js minutes on a page
 * of 3 KB that the pre-scan, which counts what a page's own content paints, let through.
 */
async function boldFonts(page: PDFPageProxy, fontNames: string[], known: FontWeights): Promise<Set<string>> {
  const unknown = fontNames.filter((name) => !known.has(name))
  if (unknown.length > 0 && (fontNames.length > 1 || known.size > 0)) {
    await page.getOperatorList({ annotationMode: (await getPdfjs()).AnnotationMode.DISABLE })
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
  return [
    {
      code: 'ocr_low_confidence',
      message: `OCR read page${low.length === 1 ? '' : 's'} ${list} with low confidence; the text there may contain misread words.`,
    },
  ]
}

function needsOcr(pages: number[]): InquiryError {
  const list = pages.length > 8 ? `${pages.slice(0, 8).join(', ')} and ${pages.length - 8} more` : pages.join(', ')
  return new InquiryError(
    'needs_ocr',
    `The PDF has no usable text layer on page${pages.length === 1 ? '' : 's'} ${list}: it is a scan; read it with OCR (the Node CLI: inquiry-parser parse FILE --ocr auto).`,
    { details: { pages } }
  )
}
