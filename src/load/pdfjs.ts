/**
 * @module
 * The one place that imports pdf.js, lazily, so that DOCX and text parsing never pay for it.
 * Node needs nothing; a Worker or a web page calls `preparePdfjs()` (inquiry-parser/worker, src/worker) first,
 * or sets pdf.js's `GlobalWorkerOptions.workerSrc`, and without either a PDF is refused with `pdf_unavailable`.
 */
import { InquiryError } from '../errors.js'
import { installCanvasStandIns } from './canvas-stand-ins.js'
import type { DocumentInitParameters, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'

// pdf.js's legacy build as the package ships it (scripts/vendor-pdfjs.mjs writes vendor/pdfjs/ from pdfjs-dist)
type Pdfjs = typeof import('../../vendor/pdfjs/pdf.mjs')

let pdfjs: Promise<Pdfjs> | undefined

export function getPdfjs(): Promise<Pdfjs> {
  if (pdfjs) return pdfjs
  // pdf.js constructs a DOMMatrix as it loads; in Node it takes the real classes from @napi-rs/canvas if it can
  if (!canvasInstalled()) installCanvasStandIns()
  pdfjs = import('../../vendor/pdfjs/pdf.mjs')
  return pdfjs
}

/**
 * Whether Node can load @napi-rs/canvas (an optional dependency), looked up as pdf.js looks it up, by a
 * `require` of Node's own: no import a bundler would follow. False outside Node.
 */
function canvasInstalled(): boolean {
  try {
    const node = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process
    const module = node?.getBuiltinModule?.('module') as typeof import('node:module') | undefined
    if (!module) return false
    module.createRequire(import.meta.url).resolve('@napi-rs/canvas')
    return true
  } catch {
    return false
  }
}

/** An open pdf.js document; `close` destroys it and its loading task, and never throws. */
export type OpenPdf = { doc: PDFDocumentProxy; close(): Promise<void> }

/**
 * Opens a PDF with the settings every reader here shares. The loading task is destroyed on failure too, so
 * that nothing of a document pdf.js refused stays alive (nor rejects later, unobserved).
 */
export async function openPdfDocument(bytes: Uint8Array, params: Partial<DocumentInitParameters> = {}): Promise<OpenPdf> {
  const { getDocument, GlobalWorkerOptions } = await getPdfjs()
  // in Node pdf.js sets workerSrc itself; elsewhere it would throw a bare 'No "GlobalWorkerOptions.workerSrc" specified.'
  if (!GlobalWorkerOptions.workerSrc && !hasInlinedWorker()) throw pdfUnavailable()
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    ...params,
  })
  const close = () => task.destroy().catch(() => undefined)
  try {
    return { doc: await task.promise, close }
  } catch (error) {
    await close()
    throw error
  }
}

function hasInlinedWorker(): boolean {
  return Boolean((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler)
}

function pdfUnavailable(): InquiryError {
  return new InquiryError(
    'pdf_unavailable',
    "pdf.js has no worker here: call preparePdfjs() from 'inquiry-parser/worker' before parsing a PDF, or set pdf.js's GlobalWorkerOptions.workerSrc."
  )
}
