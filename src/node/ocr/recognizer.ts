/**
 * @module
 * What an OCR engine must do for us: read one page image and answer in hOCR.
 */

export type Recognizer = {
  readonly name: RecognizerName
  /** The engine and the model it reads with, as the result names them ("tesseract.js, deu best_int (bundled)"). */
  readonly description: string
  /** Reads a greyscale page image (PGM bytes) scanned at `dpi`; returns tesseract hOCR. */
  recognize(pgm: Uint8Array, dpi: number): Promise<string>
  /** Frees the engine (worker threads, processes). */
  close(): Promise<void>
}

export const RECOGNIZERS = ['tesseract-js', 'tesseract-cli'] as const
export type RecognizerName = (typeof RECOGNIZERS)[number]

/** German: the language of every document this parser is for. */
export const LANGUAGE = 'deu'
