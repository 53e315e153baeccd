/**
 * @module
 * `--ocr auto|always|never`, `--ocr-engine …` and `--ocr-model …`, shared by the API (`parseFile`), `parse`
 * and `import`.
 */
import { InquiryError } from '../../errors.js'
import type { ParseOptions } from '../../parse.js'
import { CliError } from '../commands/shared.js'
import { createOcr, type OcrOptions } from './index.js'
import { MODEL_CHOICES, resolveModel, type ModelChoice } from './models.js'
import { isOcrUnavailable } from './unavailable.js'
import { RECOGNIZERS, type RecognizerName } from './recognizer.js'

export const OCR_MODES = ['auto', 'always', 'never'] as const
export type OcrMode = (typeof OCR_MODES)[number]

/** node:util parseArgs options for the commands that read PDFs. */
export const OCR_ARGS = {
  ocr: { type: 'string', default: 'auto' },
  'ocr-engine': { type: 'string', default: 'tesseract-js' },
  'ocr-model': { type: 'string', default: 'auto' },
} as const

/** What a user chose: when to read by OCR, with which engine and which German model. */
export type OcrSettings = { mode: OcrMode; engine: RecognizerName; model: ModelChoice }

export const OCR_HELP = `  --ocr auto       read scanned pages by OCR, only those without a usable text layer (default)
  --ocr always     read every page by OCR
  --ocr never      no OCR: scanned pages are an error (needs_ocr)
  --ocr-engine tesseract-js    the built-in engine (default)
  --ocr-engine tesseract-cli   Debian's tesseract command (package tesseract-ocr-deu)
  --ocr-model auto      the system's German model (tessdata_fast, e.g. Debian's tesseract-ocr-deu) when
                        installed: about twice as fast as the bundled one; else the bundled one (default)
  --ocr-model bundled   the model that comes with inquiry-parser: the same text on every machine
  --ocr-model system    the installed model, or an error when there is none
  --ocr-model DIR       a folder with a deu.traineddata
`

/** The OCR settings a user gave, checked; `invalid_option` for values we do not know. */
export function ocrSettings(mode: unknown = 'auto', engine: unknown = 'tesseract-js', model: unknown = 'auto'): OcrSettings {
  if (!OCR_MODES.includes(mode as OcrMode)) {
    throw new InquiryError('invalid_option', `Unknown OCR mode "${String(mode)}"; use one of: ${OCR_MODES.join(', ')}.`)
  }
  if (!RECOGNIZERS.includes(engine as RecognizerName)) {
    throw new InquiryError('invalid_option', `Unknown OCR engine "${String(engine)}"; use one of: ${RECOGNIZERS.join(', ')}.`)
  }
  if (typeof model !== 'string' || model === '') {
    throw new InquiryError(
      'invalid_option',
      `Unknown OCR model "${String(model)}"; use one of: ${MODEL_CHOICES.join(', ')}, or a folder with a deu.traineddata.`
    )
  }
  // an unknown folder or a missing system model is an error before any document is read; OCR's missing
  // packages only where a scan needs them
  if (mode !== 'never') checkModel(model)
  return { mode: mode as OcrMode, engine: engine as RecognizerName, model }
}

function checkModel(model: ModelChoice): void {
  try {
    resolveModel(model)
  } catch (error) {
    if (!isOcrUnavailable(error)) throw error
  }
}

/**
 * Runs `work` with parse options that read scanned pages, and stops the OCR engine afterwards. The engine
 * starts only when a page needs it, so documents with a text layer cost nothing extra.
 */
export async function withOcr<T>(
  settings: OcrSettings,
  work: (options: Pick<ParseOptions, 'ocr' | 'ocrMode'>) => Promise<T>,
  extra: Omit<OcrOptions, 'engine' | 'model'> = {}
): Promise<T> {
  if (settings.mode === 'never') return work({ ocrMode: 'never' })
  const ocr = createOcr({ ...extra, engine: settings.engine, model: settings.model })
  try {
    return await work({ ocr: ocr.engine, ocrMode: settings.mode })
  } finally {
    await ocr.close()
  }
}

/** The OCR settings from parsed command-line values; an unknown value is a usage error (exit code 2). */
export function cliOcrSettings(values: Record<string, unknown>): OcrSettings {
  try {
    return ocrSettings(values.ocr, values['ocr-engine'], values['ocr-model'])
  } catch (error) {
    throw new CliError('usage', (error as Error).message)
  }
}
