/**
 * @module
 * tesseract.js (WebAssembly) with a German model found by `models.ts`: the system's tessdata_fast when
 * installed, else the bundled @tesseract.js-data/deu, read in place. No download, no cache written next to
 * the user's files.
 */
import { LANGUAGE, type Recognizer } from './recognizer.js'
import { resolveModel, type Model, type ModelChoice } from './models.js'
import { ocrUnavailable } from './unavailable.js'

type TesseractWorker = import('tesseract.js').Worker

/** Starts lazily: a document without scanned pages never pays for the ~0.3 s start of the worker. */
export function createTesseractJs(options: { model?: ModelChoice } = {}): Recognizer {
  // the model is looked up when first read with, so that a user without OCR's packages meets no error before a scan
  let model: Model | undefined
  const theModel = () => (model ??= resolveModel(options.model))
  let worker: Promise<TesseractWorker> | undefined
  const start = async (): Promise<TesseractWorker> => {
    const { dir, gzip } = theModel()
    const { createWorker, OEM } = await import('tesseract.js').catch((error: unknown) => {
      throw ocrUnavailable('tesseract.js', error)
    })
    // LSTM only: the legacy engine is never used, and its data would load four times as long
    return createWorker(LANGUAGE, OEM.LSTM_ONLY, { langPath: dir, gzip, cacheMethod: 'none', legacyCore: false, legacyLang: false })
  }
  return {
    name: 'tesseract-js',
    get description() {
      return `tesseract.js, ${theModel().label}`
    },
    async recognize(pgm, dpi) {
      worker ??= start()
      const ready = await worker
      await ready.setParameters({ user_defined_dpi: String(dpi) })
      const result = await ready.recognize(Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength), {}, { text: false, hocr: true })
      return result.data.hocr ?? ''
    },
    async close() {
      const running = worker
      worker = undefined
      if (running) await (await running).terminate()
    },
  }
}
