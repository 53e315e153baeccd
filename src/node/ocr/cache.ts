/**
 * @module
 * A folder of hOCR answers keyed by the page image and the engine that read it, for measurements that read the
 * same scans again and again (`npm run eval:scans`): OCR is the slow part, and the rules after it are what
 * changes between runs. The image hashed is the straightened one the engine gets, so a change to rendering or
 * straightening misses the cache instead of answering stale text.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Recognizer } from './recognizer.js'

export type Recognized = { hocr: string; cached: boolean }

/** The engine's hOCR for a page image: from `dir` when it was read before, else read and kept there. */
export async function recognizeCached(recognizer: Recognizer, dir: string, pgm: Uint8Array, dpi: number): Promise<Recognized> {
  const key = createHash('sha256').update(`${recognizer.description}\n${dpi}\n`).update(pgm).digest('hex')
  const file = join(dir, `${key}.hocr`)
  try {
    return { hocr: await readFile(file, 'utf8'), cached: true }
  } catch {
    const hocr = await recognizer.recognize(pgm, dpi)
    await mkdir(dir, { recursive: true })
    // written aside and renamed, so that a run stopped halfway leaves no truncated answer behind
    await writeFile(`${file}.${process.pid}`, hocr)
    await rename(`${file}.${process.pid}`, file)
    return { hocr, cached: false }
  }
}
