/**
 * @module
 * Node-only parts of inquiry-parser: parsing files by path, OCR of scanned pages, bulk import.
 */
import { readFile } from 'node:fs/promises'
import { parseInquiry, type ParseOptions } from '../parse.js'
import type { Inquiry } from '../schema.js'
import type { ModelChoice, RecognizerName } from './ocr/index.js'
import { ocrSettings, withOcr } from './ocr/options.js'

export type NodeParseOptions = ParseOptions & {
  /** The OCR engine for scanned pages when `ocr` is not given: 'tesseract-js' (default) or 'tesseract-cli'. */
  ocrEngine?: RecognizerName
  /** The German model for OCR when `ocr` is not given: 'auto' (default), 'bundled', 'system' or a folder (see `createOcr`). */
  ocrModel?: ModelChoice
}

/**
 * Parses a file by its path. Scanned pages are read by OCR (`ocrMode` 'auto' by default) unless `ocrMode` is
 * 'never'; pass your own engine as `ocr` to reuse one across many files (see `createOcr`).
 */
export async function parseFile(path: string, options: NodeParseOptions = {}): Promise<Inquiry> {
  return parseBytes(new Uint8Array(await readFile(path)), options)
}

/** `parseInquiry` with OCR of scanned pages, as `parseFile` does it. */
export async function parseBytes(bytes: Uint8Array, options: NodeParseOptions = {}): Promise<Inquiry> {
  const { ocrEngine, ocrModel, ...parse } = options
  if (parse.ocr) return parseInquiry(bytes, parse)
  return withOcr(ocrSettings(parse.ocrMode ?? 'auto', ocrEngine ?? 'tesseract-js', ocrModel ?? 'auto'), (ocr) =>
    parseInquiry(bytes, { ...parse, ...ocr })
  )
}

export {
  createOcr,
  characterErrorRate,
  tesseractCliAvailable,
  RECOGNIZERS,
  MODEL_CHOICES,
  type ModelChoice,
  type Ocr,
  type OcrOptions,
  type OcrPageRead,
  type RecognizerName,
} from './ocr/index.js'
export {
  importPaths,
  formatSummary,
  pairFiles,
  type ImportOptions,
  type ImportSummary,
  type ImportRecord,
  type DocumentRecord,
  type FailureRecord,
} from './import/index.js'
