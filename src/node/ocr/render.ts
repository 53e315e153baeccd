/**
 * @module
 * PDF pages → greyscale images for OCR, through the same pdf.js as the text layer (its Node canvas is
 * @napi-rs/canvas). A scan is rendered at the resolution it was scanned at: upsampling a 150 dpi scan to
 * 300 dpi invents nothing and makes tesseract misread digits ("5." as "3.").
 */
import { createRequire } from 'node:module'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js'
import { InquiryError } from '../../errors.js'
import { getPdfjs, openPdfDocument } from '../../load/pdfjs.js'
import { grayFromRgba, type Gray } from './bitmap.js'
import { ocrUnavailable } from './unavailable.js'

/** Below this, letters are too small for tesseract; above, a page costs time without better text. */
export const MIN_DPI = 150
export const MAX_DPI = 300
/** For pages drawn as vectors (text whose glyphs decode to garbage): crisp at any size, 300 is tesseract's sweet spot. */
const VECTOR_DPI = 300
/** A page image is at most this many pixels (A3 at 300 dpi): a poster-sized page must not take gigabytes. */
const MAX_PIXELS = 18_000_000

export type RenderedPage = {
  number: number
  /** page size in PDF points */
  width: number
  height: number
  dpi: number
  image: Gray
}

type CanvasAndContext = { canvas: unknown; context: CanvasRenderingContext2D }
type CanvasFactory = { create(width: number, height: number): CanvasAndContext; destroy(item: CanvasAndContext): void }

/** Renders the given pages (1-based) one at a time, so that only one page image is in memory. */
export async function* renderPages(pdf: Uint8Array, numbers: number[], options: { dpi?: number } = {}): AsyncGenerator<RenderedPage> {
  requireCanvas()
  const { doc, close } = await openPdfDocument(pdf)
  try {
    for (const n of numbers) yield await renderPage(doc, n, options.dpi)
  } finally {
    await close()
  }
}

/** pdf.js renders in Node on @napi-rs/canvas, an optional peer dependency: `ocr_unavailable` without it. */
function requireCanvas(): void {
  try {
    createRequire(import.meta.url).resolve('@napi-rs/canvas')
  } catch (error) {
    throw ocrUnavailable('@napi-rs/canvas', error)
  }
}

/**
 * The page's own content only, as in the text layer (src/load/pdf.ts): pdf.js parses each annotation's
 * appearance anew, so a few annotations sharing one costly appearance can hold a page for minutes.
 */
async function renderPage(doc: PDFDocumentProxy, n: number, fixedDpi: number | undefined): Promise<RenderedPage> {
  const page = await doc.getPage(n)
  const annotationMode = (await getPdfjs()).AnnotationMode.DISABLE
  try {
    const size = page.getViewport({ scale: 1 })
    const wanted = fixedDpi ?? (await scanDpi(page, size.width * size.height, annotationMode))
    const dpi = Math.min(wanted, Math.floor(72 * Math.sqrt(MAX_PIXELS / (size.width * size.height))))
    const viewport = page.getViewport({ scale: dpi / 72 })
    const width = Math.round(viewport.width)
    const height = Math.round(viewport.height)
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory
    const target = factory.create(width, height)
    try {
      const canvas = target.canvas as HTMLCanvasElement
      await page.render({ canvasContext: target.context, canvas, viewport, background: 'white', annotationMode }).promise
      const pixels = target.context.getImageData(0, 0, width, height).data
      return { number: n, width: size.width, height: size.height, dpi, image: grayFromRgba(pixels, width, height) }
    } finally {
      factory.destroy(target)
    }
  } catch (error) {
    if (error instanceof InquiryError) throw error
    throw new InquiryError('corrupt', `Page ${n} of the PDF cannot be rendered for OCR.`, { cause: error, details: { page: n } })
  } finally {
    page.cleanup()
  }
}

/**
 * The resolution of the page's main image (the scan), from the image's pixel width and the size it is drawn
 * at; pages without a large image get the vector resolution.
 */
async function scanDpi(page: PDFPageProxy, pageArea: number, annotationMode: number): Promise<number> {
  const pdfjs = await getPdfjs()
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode })
  const stack: number[][] = []
  let ctm = [1, 0, 0, 1, 0, 0]
  let best = { area: 0, dpi: VECTOR_DPI }
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === pdfjs.OPS.save) stack.push(ctm)
    else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === pdfjs.OPS.transform) ctm = multiply(ctm, args as number[])
    else if (fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject) {
      const pixelWidth = imageWidth(args)
      const drawnWidth = Math.hypot(ctm[0]!, ctm[1]!)
      const drawnArea = Math.abs(ctm[0]! * ctm[3]! - ctm[1]! * ctm[2]!)
      if (pixelWidth > 0 && drawnWidth > 0 && drawnArea > best.area) best = { area: drawnArea, dpi: (pixelWidth * 72) / drawnWidth }
    }
  }
  // a logo or a stamp does not make a scan
  if (best.area < 0.3 * pageArea) return VECTOR_DPI
  return Math.round(Math.min(MAX_DPI, Math.max(MIN_DPI, best.dpi)))
}

/** paintImageXObject carries [id, width, height]; an inline image carries the image object itself. */
function imageWidth(args: unknown[] | null): number {
  if (!args) return 0
  if (typeof args[1] === 'number') return args[1]
  const inline = args[0] as { width?: number } | undefined
  return inline?.width ?? 0
}

function multiply(m: number[], t: number[]): number[] {
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number]
  const [a2, b2, c2, d2, e2, f2] = t as [number, number, number, number, number, number]
  return [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d, e2 * a + f2 * c + e, e2 * b + f2 * d + f]
}
