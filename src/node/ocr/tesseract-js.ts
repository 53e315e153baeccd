/**
 * @module
 * tesseract.js (WebAssembly) with the German model from @tesseract.js-data/deu, read from node_modules:
 * no download, no cache written next to the user's files.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { LANGUAGE, type Recognizer } from './recognizer.js'

type TesseractWorker = import('tesseract.js').Worker

const require = createRequire(import.meta.url)

/** The LSTM-only model: the legacy engine is never used, and this file loads in a quarter of the time. */
function languagePath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int')
}

/**
 * Starts lazily: a document without scanned pages never pays for the ~0.3 s start of the worker.
 * `tessdata`: a folder with another German model (`deu.traineddata`, e.g. Debian's faster tessdata_fast one).
 */
export function createTesseractJs(options: { tessdata?: string } = {}): Recognizer {
  let worker: Promise<TesseractWorker> | undefined
  const start = async (): Promise<TesseractWorker> => {
    const { createWorker, OEM } = await import('tesseract.js')
    const data = options.tessdata ? { langPath: options.tessdata, gzip: false } : { langPath: languagePath(), gzip: true }
    return createWorker(LANGUAGE, OEM.LSTM_ONLY, { ...data, cacheMethod: 'none', legacyCore: false, legacyLang: false })
  }
  return {
    name: 'tesseract-js',
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
