/**
 * @module
 * Prepares workerd for pdf.js, which the library loads lazily on the first PDF (src/load/pdfjs.ts):
 * - pdf.js (legacy build) constructs `DOMMatrix` when its module loads and refers to `Path2D` and `ImageData`;
 *   workerd has none of them. They matter only for rendering to a canvas, which the Worker never does, so
 *   small stand-ins suffice.
 * - workerd cannot start a Web Worker from a URL, so pdf.js uses its in-process "fake worker", which looks for
 *   the worker's code at `globalThis.pdfjsWorker` before trying to import `workerSrc`. We bundle it and put it
 *   there.
 * A function rather than a side-effect import: the package declares `"sideEffects": false`, so a bare
 * `import './runtime/pdfjs.js'` would be dropped by the bundler.
 */
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'

/** A 2-D matrix, the identity by default: enough for `new DOMMatrix()` at pdf.js module level. */
class DOMMatrixStub {
  a: number
  b: number
  c: number
  d: number
  e: number
  f: number
  constructor(init: ArrayLike<number> = []) {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(init)
    ;[this.a, this.b, this.c, this.d, this.e, this.f] = [a, b, c, d, e, f]
  }
}

class Path2DStub {}

class ImageDataStub {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height: number
  ) {}
}

/** Idempotent; must run before the first PDF is parsed. */
export function preparePdfjs(): void {
  const global = globalThis as Record<string, unknown>
  global['DOMMatrix'] ??= DOMMatrixStub
  global['Path2D'] ??= Path2DStub
  global['ImageData'] ??= ImageDataStub
  global['pdfjsWorker'] ??= pdfjsWorker
}
