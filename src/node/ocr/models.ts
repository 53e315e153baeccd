/**
 * @module
 * Which German model the OCR reads with. Two kinds are at hand:
 *
 * - the bundled one (@tesseract.js-data/deu, "best_int"): always there, but its network is about twice as large
 *   as tessdata_fast's, and tesseract.js is about twice as slow with it as the `tesseract` command;
 * - the system's (Debian's tesseract-ocr-deu and most distributions ship tessdata_fast): read at the same
 *   accuracy on our scans, at about the speed of the native command.
 *
 * `auto` (the default) takes the system's model when one is installed and its network is smaller than the
 * bundled one's, else the bundled one; `bundled` pins the bundled model so that every machine reads alike;
 * `system` insists on the installed one; any other value is a folder with a `deu.traineddata`. Whichever is
 * used is named in the result (`source.files[].ocrEngine`).
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { constants, gunzipSync } from 'node:zlib'
import { InquiryError } from '../../errors.js'
import { LANGUAGE } from './recognizer.js'
import { isOcrUnavailable, ocrUnavailable } from './unavailable.js'

export const MODEL_CHOICES = ['auto', 'bundled', 'system'] as const
/** 'auto', 'bundled', 'system', or the path of a folder with deu.traineddata. */
export type ModelChoice = (typeof MODEL_CHOICES)[number] | (string & {})

/** A model found: the folder holding `deu.traineddata` (`.gz` when `gzip`), and how to name it. */
export type Model = { dir: string; gzip: boolean; label: string }

const FILE = `${LANGUAGE}.traineddata`

/** Where distributions put tesseract's models (Debian/Ubuntu 5 and 4, Fedora, Arch, Homebrew). */
const SYSTEM_DIRS = [
  '/usr/share/tesseract-ocr/5/tessdata',
  '/usr/share/tesseract-ocr/4.00/tessdata',
  '/usr/share/tesseract/tessdata',
  '/usr/share/tessdata',
  '/usr/local/share/tessdata',
  '/opt/homebrew/share/tessdata',
]

/** The model of @tesseract.js-data/deu; `ocr_unavailable` where that optional package is not installed. */
export function bundledModel(resolve: (id: string) => string = createRequire(import.meta.url).resolve): Model {
  let manifest: string
  try {
    manifest = resolve('@tesseract.js-data/deu/package.json')
  } catch (error) {
    throw ocrUnavailable('@tesseract.js-data/deu', error)
  }
  return { dir: join(dirname(manifest), '4.0.0_best_int'), gzip: true, label: 'deu best_int (bundled)' }
}

/** The installed German model: `TESSDATA_PREFIX` first, as tesseract itself looks, then the usual folders. */
export function systemModel(env: NodeJS.ProcessEnv = process.env, dirs: readonly string[] = SYSTEM_DIRS): Model | null {
  const candidates = [...(env.TESSDATA_PREFIX ? [env.TESSDATA_PREFIX, join(env.TESSDATA_PREFIX, 'tessdata')] : []), ...dirs]
  const dir = candidates.find((d) => existsSync(join(d, FILE)))
  return dir === undefined ? null : { dir, gzip: false, label: `deu (${join(dir, FILE)})` }
}

export function resolveModel(
  choice: ModelChoice = 'auto',
  system: () => Model | null = systemModel,
  bundled: () => Model = bundledModel
): Model {
  if (choice === 'bundled') return bundled()
  if (choice === 'auto') return fasterOf(system(), bundled)
  if (choice === 'system') {
    const found = system()
    if (found) return found
    throw new InquiryError(
      'invalid_option',
      'No German OCR model is installed on this system (Debian: apt install tesseract-ocr-deu); use --ocr-model bundled.'
    )
  }
  if (!existsSync(join(choice, FILE)))
    throw new InquiryError('invalid_option', `The folder ${choice} has no ${FILE}; give a folder with a German tesseract model.`)
  return { dir: choice, gzip: false, label: `deu (${join(choice, FILE)})` }
}

/** The system's model when its network is the smaller one (a tessdata_fast model); a bigger one would be slower. */
/** Without the bundled model's package, the system's is the only one. */
function fasterOf(system: Model | null, bundled: () => Model): Model {
  if (system === null) return bundled()
  let other: Model
  try {
    other = bundled()
  } catch (error) {
    if (isOcrUnavailable(error)) return system
    throw error
  }
  const own = networkBytes(system)
  return own !== null && own < (networkBytes(other) ?? 0) ? system : other
}

/**
 * The size of the LSTM network in a traineddata file: its table of contents is a count (int32) and that many
 * offsets (int64, -1 for a part not present); the network is entry 17 and runs to the next part present.
 */
export function networkBytes(model: Model): number | null {
  try {
    const size = 4 + 8 * 64
    // the start of a gzipped file inflates on its own: the table of contents is all we need
    const header = model.gzip
      ? gunzipSync(readHead(join(model.dir, `${FILE}.gz`), 4096), { finishFlush: constants.Z_SYNC_FLUSH })
      : readHead(join(model.dir, FILE), size)
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength)
    const count = view.getInt32(0, true)
    if (count < 18 || count > 64 || header.byteLength < 4 + 8 * count) return null
    const offset = (i: number) => Number(view.getBigInt64(4 + 8 * i, true))
    const start = offset(17)
    const next = Array.from({ length: count - 18 }, (_, k) => offset(18 + k)).find((o) => o > start)
    return start < 0 || next === undefined ? null : next - start
  } catch {
    return null
  }
}

function readHead(path: string, bytes: number): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const buffer = new Uint8Array(bytes)
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0))
  } finally {
    closeSync(fd)
  }
}
