/**
 * @module
 * Debian's `tesseract` command (package tesseract-ocr-deu): native code, about twice as fast per page as
 * tesseract.js. One process per page, image on stdin, hOCR on stdout; OMP_THREAD_LIMIT=1 because pages are
 * parallelised by the caller, and OpenMP threads fighting over the same cores make every page slower.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { InquiryError } from '../../errors.js'
import { bundledModel, type ModelChoice } from './models.js'
import { LANGUAGE, type Recognizer } from './recognizer.js'

const COMMAND = 'tesseract'
/** hOCR out, by its setting: the `hocr` config file lives beside the system's models, not in another folder. */
const HOCR = ['-c', 'tessedit_create_hocr=1']

/** Whether `tesseract` is installed with the German model. */
export async function tesseractCliAvailable(): Promise<boolean> {
  try {
    const { stdout } = await promisify(execFile)(COMMAND, ['--list-langs'], { timeout: 10_000 })
    return stdout.split(/\s+/).includes(LANGUAGE)
  } catch {
    return false
  }
}

/**
 * `model`: 'auto' and 'system' read with the command's own model; 'bundled' with tesseract.js's, unpacked to a
 * temporary folder for as long as the engine runs (the same output as the built-in engine); a folder, with
 * the model in it.
 */
export function createTesseractCli(options: { model?: ModelChoice } = {}): Recognizer {
  const choice = options.model ?? 'auto'
  let ready: Promise<string[]> | undefined
  let unpacked: string | undefined
  const prepare = async (): Promise<string[]> => {
    await ensureInstalled()
    if (choice === 'auto' || choice === 'system') return []
    if (choice !== 'bundled') return ['--tessdata-dir', choice]
    unpacked = await mkdtemp(join(tmpdir(), 'inquiry-parser-tessdata-'))
    const gz = await readFile(join(bundledModel().dir, `${LANGUAGE}.traineddata.gz`))
    await writeFile(join(unpacked, `${LANGUAGE}.traineddata`), await promisify(gunzip)(gz))
    return ['--tessdata-dir', unpacked]
  }
  const model =
    choice === 'auto' || choice === 'system' ? "deu (the command's own)" : choice === 'bundled' ? bundledModel().label : `deu (${choice})`
  return {
    name: 'tesseract-cli',
    description: `tesseract command, ${model}`,
    async recognize(pgm, dpi) {
      ready ??= prepare()
      const dataArgs = await ready
      return run([...dataArgs, 'stdin', 'stdout', '-l', LANGUAGE, '--dpi', String(dpi), '--psm', '3', ...HOCR], pgm)
    },
    async close() {
      ready = undefined
      if (unpacked) await rm(unpacked, { recursive: true, force: true })
      unpacked = undefined
    },
  }
}

async function ensureInstalled(): Promise<void> {
  if (await tesseractCliAvailable()) return
  throw new InquiryError(
    'invalid_option',
    'The tesseract command with German data is not installed (Debian: apt install tesseract-ocr-deu); use the built-in engine tesseract-js instead.'
  )
}

function run(args: string[], input: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(COMMAND, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) =>
      reject(new InquiryError('invalid_option', `The tesseract command could not be started: ${error.message}.`, { cause: error }))
    )
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else reject(new Error(`tesseract exited with code ${code}: ${Buffer.concat(err).toString('utf8').trim().split('\n').pop()}`))
    })
    // a page the engine refuses must not crash us with EPIPE
    child.stdin.on('error', () => {})
    child.stdin.end(input)
  })
}
