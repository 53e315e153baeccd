/**
 * @module
 * `npm run eval:scans [-- NAME …] [--engine tesseract-cli] [--verbose]`: every typed PDF with a gold file
 * (fixtures/inquiries, fixtures/scans) scanned like an office scanner would (scanner.ts), read by OCR and
 * scored next to the typed PDF it came from: question F1 and link F1 per document and in total, and the OCR
 * seconds per page. NAMEs (parts of gold ids) choose documents. OCR answers are kept per page image under the
 * system's temporary folder (`cacheDir`), so that a second run costs only the parsing; pages read from that
 * cache are not in the seconds per page.
 */
import { join } from 'node:path'
import { createOcr, type OcrPageRead, type RecognizerName } from '../../src/node/index.js'
import { parseInquiry } from '../../src/parse.js'
import { explainCase } from './explain.js'
import { readGoldFiles, type Gold } from './gold.js'
import { compareTwins, type Twins } from './twins.js'
import { CACHE } from './scanner.js'
import { addCounts, f1, ZERO, type Counts } from './score.js'

const ROOT = join(import.meta.dirname, '../..')
export const TWIN_FOLDERS = ['fixtures/inquiries', 'fixtures/scans'].map((dir) => join(ROOT, dir))

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose')
  const engineAt = argv.indexOf('--engine')
  const engine = (engineAt >= 0 ? argv[engineAt + 1] : 'tesseract-js') as RecognizerName
  const names = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--engine')
  const entries = TWIN_FOLDERS.flatMap(readGoldFiles).filter(({ gold }) => names.length === 0 || names.some((n) => gold.id.includes(n)))
  const pages: OcrPageRead[] = []
  const ocr = createOcr({ engine, cacheDir: join(CACHE, 'hocr'), onPage: (page) => pages.push(page) })
  const results: Twins[] = []
  try {
    console.log(`${pad('document', 44)} ${pad('pages', 6)} ${pad('questions F1 typed → scan', 27)} links F1 typed → scan`)
    for (const entry of entries) {
      const twins = await compareTwins(entry, (bytes, reply) =>
        parseInquiry(bytes, { ocr: ocr.engine, ocrMode: 'auto', ...(reply ? { reply } : {}) })
      )
      if (!twins) continue
      results.push(twins)
      printTwins(twins, verbose ? entry.gold : null)
    }
  } finally {
    await ocr.close()
  }
  printTotals(results, pages)
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length))
const pair = (typed: Counts, scan: Counts): string => {
  const delta = f1(scan) - f1(typed)
  return `${f1(typed).toFixed(3)} → ${f1(scan).toFixed(3)}${Math.abs(delta) < 0.0005 ? '' : ` (${delta > 0 ? '+' : ''}${delta.toFixed(3)})`}`
}

function printTwins(t: Twins, gold: Gold | null): void {
  const head = `${pad(t.document, 44)} ${pad(String(t.pages), 6)}`
  if (!t.scan.score || !t.typed.score) {
    console.log(`${head} ERROR ${t.scan.error ?? t.typed.error}`)
    return
  }
  console.log(`${head} ${pad(pair(t.typed.score.questions, t.scan.score.questions), 27)} ${pair(t.typed.score.links, t.scan.score.links)}`)
  if (gold && t.scan.inquiry) for (const line of explainCase(t.scan.inquiry, gold)) console.log(`    ${line}`)
}

function printTotals(results: readonly Twins[], pages: readonly OcrPageRead[]): void {
  const scored = results.filter((t) => t.scan.score && t.typed.score)
  const sum = (pick: (t: Twins) => Counts) => scored.reduce((acc, t) => addCounts(acc, pick(t)), ZERO)
  const questions = pair(
    sum((t) => t.typed.score!.questions),
    sum((t) => t.scan.score!.questions)
  )
  const links = pair(
    sum((t) => t.typed.score!.links),
    sum((t) => t.scan.score!.links)
  )
  console.log(`\n${pad(`TOTAL (${scored.length} documents)`, 44)} ${pad(String(count(scored)), 6)} ${pad(questions, 27)} ${links}`)
  const read = pages.filter((p) => !p.cached)
  const seconds = read.reduce((s, p) => s + p.seconds, 0)
  if (read.length > 0) console.log(`OCR: ${read.length} page(s) read, ${(seconds / read.length).toFixed(2)} s per page`)
  console.log(`${pages.length - read.length} page(s) answered from the cache in ${CACHE}`)
  if (results.length > scored.length) console.log(`${results.length - scored.length} document(s) could not be parsed (ERROR above).`)
}

const count = (twins: readonly Twins[]): number => twins.reduce((n, t) => n + t.pages, 0)

await main(process.argv.slice(2))
