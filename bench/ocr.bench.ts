/**
 * OCR and bulk import (issue 5). Standalone: `npm run build && npx tsx bench/ocr.bench.ts`; also part of
 * `npm run bench` (which builds first).
 *
 * 1. OCR seconds per page: tesseract.js (our default engine, warm) against Debian's `tesseract` command
 *    (OMP_THREAD_LIMIT=1, one process per page as our tesseract-cli engine runs it) on the same page images —
 *    the rendered, straightened pages of our scanned fixtures and the seed scan. Both run with each model: the
 *    system's (Debian's tessdata_fast, which our default `--ocr-model auto` picks when installed) and the
 *    bundled one (best_int), so the engine and the model can be told apart. Aim: tesseract.js within 1.5× the
 *    command.
 * 2. The whole OCR step per page (render, turn upright, deskew, recognise, lines) for both engines.
 * 3. Import throughput with 1 and 2 workers over the same folder, with the built package (dist/). Aim: 2
 *    workers ≥ 1.7× faster than 1.
 *
 * Other work on the machine skews the figures: the load average is printed with each table.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { encodePgm } from '../src/node/ocr/bitmap.js'
import { deskew } from '../src/node/ocr/deskew.js'
import { characterErrorRate, createOcr, type OcrOptions } from '../src/node/ocr/index.js'
import { parseInquiry } from '../src/parse.js'
import { renderPages } from '../src/node/ocr/render.js'
import { createTesseractJs } from '../src/node/ocr/tesseract-js.js'
import { tesseractCliAvailable } from '../src/node/ocr/tesseract-cli.js'
import { resolveModel, systemModel, type ModelChoice } from '../src/node/ocr/models.js'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const SCANS = ['radwege-scan.pdf', 'grundschule-scan.pdf'].map((f) => here(`../fixtures/scans/${f}`))
const SEED = here('../../shared/seeds/karben-ki-anfrage-scan.pdf')
const work = mkdtempSync(join(tmpdir(), 'ocr-bench-'))
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

type PageImage = { name: string; pgm: Uint8Array; dpi: number; file: string }

/** The page images both engines read: rendered at the scan's resolution and straightened, as in production. */
async function pageImages(): Promise<PageImage[]> {
  const images: PageImage[] = []
  const pdfs = [...SCANS, ...(exists(SEED) ? [SEED] : [])]
  for (const pdf of pdfs) {
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
    for await (const page of renderPages(
      new Uint8Array(readFileSync(pdf)),
      Array.from({ length: count }, (_, i) => i + 1)
    )) {
      const name = `${pdf.split('/').pop()!.replace('.pdf', '')}-${page.number}`
      const pgm = encodePgm(deskew(page.image).image)
      const file = join(work, `${name}.pgm`)
      writeFileSync(file, pgm)
      images.push({ name, pgm, dpi: page.dpi, file })
    }
  }
  return images
}

function exists(path: string): boolean {
  try {
    readFileSync(path)
    return true
  } catch {
    return false
  }
}

async function tesseractJsSeconds(images: PageImage[], model: ModelChoice): Promise<number[]> {
  const recognizer = createTesseractJs({ model })
  await recognizer.recognize(images[0]!.pgm, images[0]!.dpi) // warm-up: worker start and model load are not per page
  const seconds: number[] = []
  for (const image of images) {
    const start = performance.now()
    await recognizer.recognize(image.pgm, image.dpi)
    seconds.push((performance.now() - start) / 1000)
  }
  await recognizer.close()
  return seconds
}

function cliSeconds(images: PageImage[], tessdata?: string): number[] {
  return images.map((image) => {
    const args = [
      ...(tessdata ? ['--tessdata-dir', tessdata] : []),
      image.file,
      'stdout',
      '-l',
      'deu',
      '--dpi',
      String(image.dpi),
      '--psm',
      '3',
      '-c',
      'tessedit_create_hocr=1',
    ]
    const start = performance.now()
    const run = spawnSync('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'ignore', 'ignore'] })
    if (run.status !== 0) throw new Error(`tesseract failed on ${image.name}`)
    return (performance.now() - start) / 1000
  })
}

/** tesseract.js's model, unpacked where the tesseract command can read it. */
function sameModelDir(): string {
  const require = createRequire(import.meta.url)
  const dir = join(work, 'tessdata-best-int')
  mkdirSync(dir, { recursive: true })
  const gz = join(dirname(require.resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int', 'deu.traineddata.gz')
  writeFileSync(join(dir, 'deu.traineddata'), gunzipSync(readFileSync(gz)))
  return dir
}

function row(label: string, seconds: number[], base?: number): string {
  const perPage = sum(seconds) / seconds.length
  return `  ${label.padEnd(48)} ${perPage.toFixed(2).padStart(8)} ${median(seconds).toFixed(2).padStart(8)} ${base ? (perPage / base).toFixed(2).padStart(10) : ''.padStart(10)}`
}

async function recognitionTable(images: PageImage[]): Promise<void> {
  console.log(`\nOCR recognition, seconds per page, ${images.length} pages (${images.map((i) => `${i.name}@${i.dpi}dpi`).join(', ')})`)
  console.log(`  load average before: ${load()}`)
  const hasCli = await tesseractCliAvailable()
  const cli = hasCli ? cliSeconds(images) : []
  const cliBundled = hasCli ? cliSeconds(images, sameModelDir()) : []
  const system = systemModel()
  const jsSystem = system ? await tesseractJsSeconds(images, 'system') : []
  const jsBundled = await tesseractJsSeconds(images, 'bundled')
  const base = cli.length ? sum(cli) / cli.length : undefined
  console.log(`  default model (--ocr-model auto): ${resolveModel('auto').label}`)
  console.log(`  ${'engine'.padEnd(48)} ${'mean s'.padStart(8)} ${'median s'.padStart(8)} ${'× command'.padStart(10)}`)
  if (hasCli) console.log(row('tesseract command, system model (fast)', cli, base))
  if (hasCli) console.log(row('tesseract command, bundled model (best_int)', cliBundled, base))
  if (jsSystem.length) console.log(row('tesseract.js (warm worker), system model', jsSystem, base))
  console.log(row('tesseract.js (warm worker), bundled model', jsBundled, base))
  if (!hasCli) console.log('  (the tesseract command is not installed: apt install tesseract-ocr-deu)')
  console.log(`  load average after: ${load()}`)
}

/** Our scans and the seed, with the text each should read as. */
function truthOf(pdf: string): string {
  if (pdf === SEED) return readFileSync(here('../../shared/seeds/karben-ki-anfrage.txt'), 'utf8')
  return readFileSync(pdf.replace(/-scan\.pdf$/, '.txt'), 'utf8')
}

async function pipelineTable(): Promise<void> {
  const pdfs = [...SCANS, ...(exists(SEED) ? [SEED] : [])]
  console.log('\nThe whole OCR step in parseInquiry (render, turn upright, deskew, recognise, lines), engine started once; CER of the text')
  console.log(`  load average before: ${load()}`)
  console.log(
    `  ${'engine'.padEnd(48)} ${'mean s'.padStart(8)} ${'median s'.padStart(8)}   CER per document (${pdfs.map((p) => p.split('/').pop()!.replace('-scan.pdf', '')).join(', ')})`
  )
  const engines: { label: string; options: OcrOptions }[] = [
    { label: 'tesseract-js, default model (auto)', options: { engine: 'tesseract-js' } },
    { label: 'tesseract-js, bundled model', options: { engine: 'tesseract-js', model: 'bundled' } },
  ]
  if (await tesseractCliAvailable()) engines.push({ label: 'tesseract-cli, its own model', options: { engine: 'tesseract-cli' } })
  for (const { label, options } of engines) {
    const pages: number[] = []
    const ocr = createOcr({ ...options, onPage: (p) => pages.push(p.seconds) })
    await ocr.engine(new Uint8Array(readFileSync(SCANS[0]!)), [1]) // warm-up
    pages.length = 0
    const cer: string[] = []
    for (const pdf of pdfs) {
      const inquiry = await parseInquiry(new Uint8Array(readFileSync(pdf)), { ocr: ocr.engine })
      cer.push(`${(characterErrorRate(inquiry.text, truthOf(pdf)) * 100).toFixed(2)} %`)
    }
    await ocr.close()
    console.log(`${row(label, pages)}   ${cer.join(', ')}`)
  }
  console.log(`  load average after: ${load()}`)
}

/** A folder of distinct documents (copies differ by a trailing comment, so none is a duplicate). */
/** Copies of each of the four documents: enough that starting the workers is a small part of the time. */
const COPIES = 6
/** Rounds of the import table: each runs 1 and then 2 workers over the folder. */
const IMPORT_ROUNDS = 3

function importFolder(): { dir: string; pages: number } {
  const dir = join(work, 'archive')
  mkdirSync(dir, { recursive: true })
  let pages = 0
  for (let i = 1; i <= COPIES; i++) {
    for (const [name, count] of [
      ['radwege-scan.pdf', 1],
      ['grundschule-scan.pdf', 3],
      ['radwege-typed.pdf', 1],
      ['grundschule-typed.pdf', 3],
    ] as const) {
      const target = join(dir, `${i}-${name}`)
      copyFileSync(here(`../fixtures/scans/${name}`), target)
      writeFileSync(target, `\n% copy ${i}\n`, { flag: 'a' })
      pages += count
    }
  }
  return { dir, pages }
}

async function importTable(): Promise<void> {
  // the built package, as users run it: from the sources every worker thread would compile them with tsx first
  const built = here('../dist/node/index.js')
  if (!exists(built)) throw new Error('The import bench runs the built package: npm run build first.')
  const { importPaths } = (await import(pathToFileURL(built).href)) as typeof import('../src/node/index.js')
  const { dir, pages } = importFolder()
  console.log(
    `\nImport throughput: ${pages} pages in ${4 * COPIES} PDFs (${2 * COPIES} scanned: ${4 * COPIES} OCR pages; ${2 * COPIES} typed), tesseract.js with ${resolveModel('auto').label}`
  )
  console.log(
    `  ${'round'.padEnd(6)} ${'workers'.padEnd(8)} ${'seconds'.padStart(8)} ${'pages/s'.padStart(8)} ${'speed-up'.padStart(9)} ${'cores used'.padStart(11)}   load average before → after`
  )
  // 1 and 2 workers in turn, a few rounds: on a shared machine the speed drifts, and a round's pair sees alike
  const seconds: Record<1 | 2, number[]> = { 1: [], 2: [] }
  for (let round = 1; round <= IMPORT_ROUNDS; round++) {
    for (const workers of [1, 2] as const) {
      const out = join(work, `import-${workers}.ndjson`)
      rmSync(out, { force: true })
      const before = load()
      const cpu = process.cpuUsage()
      const summary = await importPaths([dir], { out, concurrency: workers })
      // CPU time of all our threads over the wall time: below the worker count, other work had the cores
      const { user, system } = process.cpuUsage(cpu)
      const cores = (user + system) / 1e6 / summary.seconds
      if (summary.parsed !== 4 * COPIES) throw new Error(`import parsed ${summary.parsed} of ${4 * COPIES} documents`)
      seconds[workers].push(summary.seconds)
      const speedUp = workers === 2 ? (seconds[1].at(-1)! / summary.seconds).toFixed(2) : ''
      console.log(
        `  ${String(round).padEnd(6)} ${String(workers).padEnd(8)} ${summary.seconds.toFixed(1).padStart(8)} ${(pages / summary.seconds).toFixed(2).padStart(8)} ${speedUp.padStart(9)} ${cores.toFixed(2).padStart(11)}   ${before} → ${load()}`
      )
    }
  }
  console.log(
    `  median: 1 worker ${median(seconds[1]).toFixed(1)} s, 2 workers ${median(seconds[2]).toFixed(1)} s, speed-up ${(median(seconds[1]) / median(seconds[2])).toFixed(2)}× (aim ≥ 1.7×)`
  )
}

const only = process.argv.slice(2)
const want = (part: string) => only.length === 0 || only.includes(part)
try {
  if (want('recognition')) await recognitionTable(await pageImages())
  if (want('pipeline')) await pipelineTable()
  if (want('import')) await importTable()
} finally {
  rmSync(work, { recursive: true, force: true })
}
