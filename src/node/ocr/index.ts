/**
 * @module
 * OCR for scanned PDF pages (Node only): render → whiten the paper → turn upright and straighten → recognise
 * → list marks read from the image → lines in PDF points → labels repaired. Plugs into the core as its `OcrEngine`, so OCR'd pages go through the same layout and structure
 * stages as a text layer.
 *
 * @example
 * const ocr = createOcr({ engine: 'tesseract-js' })
 * try {
 *   const inquiry = await parseInquiry(bytes, { ocr: ocr.engine, ocrMode: 'auto' })
 * } finally {
 *   await ocr.close()
 * }
 */
import type { OcrEngine } from '../../load/pdf.js'
import type { Page } from '../../nodes.js'
import { encodePgm } from './bitmap.js'
import { boldLines } from './bold.js'
import { recognizeCached } from './cache.js'
import { parseHocr } from './hocr.js'
import { repairLabels } from './labels.js'
import { evenFontSizes, toTextLines } from './lines.js'
import { readListMarks } from './marks.js'
import { straighten } from './orient.js'
import { whitenPaper } from './paper.js'
import type { ModelChoice } from './models.js'
import type { Recognizer, RecognizerName } from './recognizer.js'
import { renderPages, type RenderedPage } from './render.js'
import { createTesseractCli } from './tesseract-cli.js'
import { createTesseractJs } from './tesseract-js.js'

export type OcrOptions = {
  /** 'tesseract-js' (built in, the default) or 'tesseract-cli' (Debian's tesseract command: faster). */
  engine?: RecognizerName
  /**
   * The German model (`models.ts`): 'auto' (the default: the system's tessdata_fast when installed, else the
   * bundled one), 'bundled' (the same on every machine), 'system', or a folder with a deu.traineddata.
   */
  model?: ModelChoice
  /** Render every page at this resolution instead of the scan's own (clamped to 150–300 dpi). */
  dpi?: number
  /** Called after each page is read, e.g. for progress. */
  onPage?: (read: OcrPageRead) => void
  /** A folder where each page's OCR answer is kept by the image's hash and read again (measurements, not uploads). */
  cacheDir?: string
}

/**
 * One page read: its resolution, the quarter turns clockwise that put it on its feet (0, 90, 180 or 270
 * degrees), the skew corrected (degrees), confidence 0..1, seconds from render to lines, and whether its text
 * came from `cacheDir`.
 */
export type OcrPageRead = {
  page: number
  dpi: number
  rotation: number
  skew: number
  confidence: number
  seconds: number
  cached: boolean
}

export type Ocr = {
  /** Pass as `parseInquiry(bytes, { ocr })`. */
  engine: OcrEngine
  /** Stops the engine's worker thread; call when done (the process cannot exit while it runs). */
  close(): Promise<void>
}

export function createOcr(options: OcrOptions = {}): Ocr {
  const model = { model: options.model ?? 'auto' }
  const recognizer = options.engine === 'tesseract-cli' ? createTesseractCli(model) : createTesseractJs(model)
  return {
    engine: async (pdf, numbers) => {
      const pages: Page[] = []
      // a page's time runs from the end of the previous one: rendering included
      let started = performance.now()
      for await (const rendered of renderPages(pdf, numbers, options.dpi ? { dpi: options.dpi } : {})) {
        pages.push(await readPage(rendered, recognizer, options, started))
        started = performance.now()
      }
      return finishDocument(pages)
    },
    close: () => recognizer.close(),
  }
}

async function readPage(rendered: RenderedPage, recognizer: Recognizer, options: OcrOptions, started: number): Promise<Page> {
  const { image, angle, turns } = straighten(whitenPaper(rendered.image))
  const pgm = encodePgm(image)
  const { hocr, cached } = options.cacheDir
    ? await recognizeCached(recognizer, options.cacheDir, pgm, rendered.dpi)
    : { hocr: await recognizer.recognize(pgm, rendered.dpi), cached: false }
  const ocrLines = readListMarks(parseHocr(hocr), image)
  const lines = toTextLines(
    ocrLines,
    rendered.dpi / 72,
    boldLines(
      image,
      ocrLines.map((l) => l.box)
    )
  )
  const confidence = pageConfidence(lines)
  options.onPage?.({
    page: rendered.number,
    dpi: rendered.dpi,
    rotation: turns * 90,
    skew: angle,
    confidence,
    seconds: (performance.now() - started) / 1000,
    cached,
  })
  // a page turned on its feet is as wide as it was high
  const [width, height] = turns % 2 === 1 ? [rendered.height, rendered.width] : [rendered.width, rendered.height]
  return {
    type: 'page',
    number: rendered.number,
    width,
    height,
    lines,
    ocr: true,
    ocrConfidence: confidence,
    ocrEngine: recognizer.description,
  }
}

/** Font sizes and labels are evened out over all OCR'd pages of the document together. */
function finishDocument(pages: Page[]): Page[] {
  const lines = repairLabels(evenFontSizes(pages.flatMap((p) => p.lines)))
  let next = 0
  return pages.map((page) => ({ ...page, lines: lines.slice(next, (next += page.lines.length)) }))
}

/** Mean word confidence over the page's characters; a page where nothing was read has confidence 0. */
function pageConfidence(lines: Page['lines']): number {
  const chars = lines.reduce((n, l) => n + l.text.length, 0)
  if (chars === 0) return 0
  return Math.round((lines.reduce((sum, l) => sum + (l.confidence ?? 0) * l.text.length, 0) / chars) * 1000) / 1000
}

export { RECOGNIZERS, type RecognizerName } from './recognizer.js'
export { MODEL_CHOICES, type ModelChoice } from './models.js'
export { tesseractCliAvailable } from './tesseract-cli.js'
export { characterErrorRate } from './cer.js'
