/**
 * @module
 * inquiry-parser/worker: prepares a runtime without Node for pdf.js, which the library loads lazily on the
 * first PDF (src/load/pdfjs.ts). Call `preparePdfjs()` once before parsing a PDF in a Cloudflare Worker
 * (functions/index.ts does) or in a web page; Node needs nothing.
 * - pdf.js (legacy build) constructs `DOMMatrix` when its module loads and refers to `Path2D` and `ImageData`;
 *   workerd has none of them. They matter only for rendering to a canvas, which parsing never does, so small
 *   stand-ins suffice (a browser has the real ones, which stay).
 * - pdf.js runs its parser in a Web Worker started from `GlobalWorkerOptions.workerSrc`, or, where that is
 *   not set, in its in-process "fake worker", which looks for the worker's code at `globalThis.pdfjsWorker`.
 *   workerd cannot start a Web Worker from a URL, and a bundled web page has no URL for it unless its author
 *   gives one: this module brings the worker's code along and puts it there (in a page, pdf.js then parses on
 *   the main thread; set pdf.js's `GlobalWorkerOptions.workerSrc` instead to parse in a Web Worker).
 * A function rather than a side-effect import: the package declares `"sideEffects": false`, so a bare
 * `import 'inquiry-parser/worker'` would be dropped by the bundler.
 *
 * @example
 * ```ts
 * import { parseInquiry } from 'inquiry-parser'
 * import { preparePdfjs } from 'inquiry-parser/worker'
 * preparePdfjs()
 * const inquiry = await parseInquiry(pdfBytes)
 * ```
 */
import * as pdfjsWorker from '../../vendor/pdfjs/pdf.worker.mjs'
import { installCanvasStandIns } from '../load/canvas-stand-ins.js'

/** Idempotent; must run before the first PDF is parsed. Keeps whatever the runtime has of its own. */
export function preparePdfjs(): void {
  installCanvasStandIns()
  const global = globalThis as Record<string, unknown>
  global['pdfjsWorker'] ??= pdfjsWorker
}
