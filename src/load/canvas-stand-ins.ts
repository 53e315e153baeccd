/**
 * @module
 * Stand-ins for the browser classes pdf.js refers to, `DOMMatrix`, `Path2D` and `ImageData`, where the runtime
 * has none: workerd always (src/worker), and Node without @napi-rs/canvas, from which pdf.js takes them when it
 * is installed (an optional dependency: OCR renders with it). They matter only for drawing to a canvas, which
 * reading text never does, so small stand-ins suffice; whatever the runtime has of its own stays.
 */

/** A 2-D matrix, the identity by default: enough for `new DOMMatrix()` where pdf.js reads text. */
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

/** Idempotent. */
export function installCanvasStandIns(): void {
  const global = globalThis as Record<string, unknown>
  global['DOMMatrix'] ??= DOMMatrixStub
  global['Path2D'] ??= Path2DStub
  global['ImageData'] ??= ImageDataStub
}
