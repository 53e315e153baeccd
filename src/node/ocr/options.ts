/**
 * @module
 * `--ocr auto|always|never` and `--ocr-engine …`, shared by the API (`parseFile`), `parse` and `import`.
 */
import { InquiryError } from '../../errors.js'
import type { ParseOptions } from '../../parse.js'
import { CliError } from '../commands/shared.js'
import { createOcr, type OcrOptions } from './index.js'
import { RECOGNIZERS, type RecognizerName } from './recognizer.js'

export const OCR_MODES = ['auto', 'always', 'never'] as const
export type OcrMode = (typeof OCR_MODES)[number]

/** node:util parseArgs options for the commands that read PDFs. */
export const OCR_ARGS = {
  ocr: { type: 'string', default: 'auto' },
  'ocr-engine': { type: 'string', default: 'tesseract-js' },
} as const

export const OCR_HELP = `  --ocr auto       read scanned pages by OCR, only those without a usable text layer (default)
  --ocr always     read every page by OCR
  --ocr never      no OCR: scanned pages are an error (needs_ocr)
  --ocr-engine tesseract-js    the built-in engine (default)
  --ocr-engine tesseract-cli   Debian's tesseract command (package tesseract-ocr-deu): about twice as fast
`

/** The OCR settings a user gave, checked; `invalid_option` for values we do not know. */
export function ocrSettings(mode: unknown = 'auto', engine: unknown = 'tesseract-js'): { mode: OcrMode; engine: RecognizerName } {
  if (!OCR_MODES.includes(mode as OcrMode)) {
    throw new InquiryError('invalid_option', `Unknown OCR mode "${String(mode)}"; use one of: ${OCR_MODES.join(', ')}.`)
  }
  if (!RECOGNIZERS.includes(engine as RecognizerName)) {
    throw new InquiryError('invalid_option', `Unknown OCR engine "${String(engine)}"; use one of: ${RECOGNIZERS.join(', ')}.`)
  }
  return { mode: mode as OcrMode, engine: engine as RecognizerName }
}

/**
 * Runs `work` with parse options that read scanned pages, and stops the OCR engine afterwards. The engine
 * starts only when a page needs it, so documents with a text layer cost nothing extra.
 */
export async function withOcr<T>(
  settings: { mode: OcrMode; engine: RecognizerName },
  work: (options: Pick<ParseOptions, 'ocr' | 'ocrMode'>) => Promise<T>,
  extra: Omit<OcrOptions, 'engine'> = {}
): Promise<T> {
  if (settings.mode === 'never') return work({ ocrMode: 'never' })
  const ocr = createOcr({ ...extra, engine: settings.engine })
  try {
    return await work({ ocr: ocr.engine, ocrMode: settings.mode })
  } finally {
    await ocr.close()
  }
}

/** The OCR settings from parsed command-line values; an unknown value is a usage error (exit code 2). */
export function cliOcrSettings(values: Record<string, unknown>): { mode: OcrMode; engine: RecognizerName } {
  try {
    return ocrSettings(values.ocr, values['ocr-engine'])
  } catch (error) {
    throw new CliError('usage', (error as Error).message)
  }
}
