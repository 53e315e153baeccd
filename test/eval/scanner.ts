/**
 * @module
 * Typed PDFs → scans like an office scanner's, for measuring OCR against the typed twin: every page rendered
 * at 150 dpi in grey (pdftoppm), turned slightly (0.3–1.5° either way), its black and white moved towards grey
 * paper, Gaussian noise, a light blur and JPEG (ImageMagick), and put back as an image-only PDF (img2pdf). The
 * damage of each page comes from a seed derived from the source's hash and the page number, so a scan is the
 * same on every run. Scans are large: they are kept outside the repository, under the system's temporary
 * folder, by the source's hash.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Bump when the recipe changes, so that old scans are not measured as new ones. */
const RECIPE = 'scan-v1'
export const SCAN_DPI = 150
export const CACHE = join(tmpdir(), 'inquiry-parser-scans')

/** How one page is damaged. */
export type PageDamage = { skew: number; grey: number; noise: number; quality: number; seed: number }

/** A small deterministic generator (mulberry32): the same seed gives the same damage everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pageDamage(sourceHash: string, page: number): PageDamage {
  const seed = Number.parseInt(sourceHash.slice(0, 8), 16) ^ Math.imul(page, 0x9e3779b1)
  const next = random(seed)
  const sign = next() < 0.5 ? -1 : 1
  const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits
  return {
    skew: round(sign * (0.3 + 1.2 * next()), 2),
    grey: Math.round(8 + 7 * next()),
    noise: round(0.5 + 0.5 * next(), 2),
    quality: Math.round(60 + 15 * next()),
    seed: seed >>> 16,
  }
}

export type Scan = { path: string; pages: PageDamage[] }

/** The scan of a typed PDF, made once and then read from the cache. */
export async function scanOf(pdfPath: string): Promise<Scan> {
  const hash = createHash('sha256').update(RECIPE).update(readFileSync(pdfPath)).digest('hex')
  const path = join(CACHE, `${hash.slice(0, 32)}.pdf`)
  const pages = Array.from({ length: await pageCount(pdfPath) }, (_, i) => pageDamage(hash, i + 1))
  if (!existsSync(path)) await makeScan(pdfPath, pages, path)
  return { path, pages }
}

async function pageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath])
  return Number(/^Pages:\s*(\d+)/m.exec(stdout)?.[1] ?? 0)
}

async function makeScan(pdfPath: string, pages: PageDamage[], target: string): Promise<void> {
  await mkdir(CACHE, { recursive: true })
  const work = mkdtempSync(join(CACHE, 'work-'))
  try {
    await run('pdftoppm', ['-r', String(SCAN_DPI), '-gray', pdfPath, join(work, 'page')])
    const images = readdirSync(work)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
    const jpegs: string[] = []
    for (const [i, image] of images.entries()) {
      const damage = pages[i]!
      const jpeg = join(work, `${image}.jpg`)
      await run('convert', [
        join(work, image),
        '-virtual-pixel',
        'white',
        '-distort',
        'SRT',
        String(damage.skew),
        '+level',
        `${damage.grey}%,${100 - damage.grey}%`,
        '-seed',
        String(damage.seed),
        '-attenuate',
        String(damage.noise),
        '+noise',
        'Gaussian',
        '-blur',
        '0x0.5',
        '-colorspace',
        'Gray',
        '-density',
        String(SCAN_DPI),
        '-units',
        'PixelsPerInch',
        '-quality',
        String(damage.quality),
        jpeg,
      ])
      jpegs.push(jpeg)
    }
    const made = join(work, 'scan.pdf')
    await run('img2pdf', ['--nodate', '--engine', 'internal', '-o', made, ...jpegs])
    renameSync(made, target)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
