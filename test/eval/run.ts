/**
 * @module
 * `npm run eval [-- DIR …]`: parses every document with a gold file (default: fixtures/inquiries) and prints,
 * per document and case, then per reply pattern and in total: question F1, reply-paragraph F1 and link F1, each
 * with precision and recall, and how many metadata fields are right; for a scan read by OCR, the character
 * error rate against the same document's text layer. A folder of real-document labels (`NAME.json` beside
 * `NAME.txt|.pdf|.html`, see real-label.ts) is scored by question and link recall and precision and each metadata
 * field instead. `--verbose` lists what went wrong.
 */
import { join } from 'node:path'
import { characterErrorRate } from '../../src/node/index.js'
import { runCases, type CaseResult } from './cases.js'
import { explainCase } from './explain.js'
import { readGoldFiles, type Gold } from './gold.js'
import { isRealLabelFolder } from './real-label.js'
import { printRealResults, runRealFolder, type RealResult } from './real-run.js'
import { addCounts, f1, precision, recall, ZERO, type Counts } from './score.js'

const ROOT = join(import.meta.dirname, '../..')

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose')
  const dirs = argv.filter((a) => !a.startsWith('--'))
  const results: CaseResult[] = []
  const golds = new Map<string, Gold>()
  const real: RealResult[] = []
  for (const dir of dirs.length > 0 ? dirs : [join(ROOT, 'fixtures/inquiries')]) {
    if (isRealLabelFolder(dir)) {
      real.push(...(await runRealFolder(dir)))
      continue
    }
    for (const entry of readGoldFiles(dir)) {
      golds.set(entry.gold.id, entry.gold)
      results.push(...(await runCases(entry)))
    }
  }
  if (results.length > 0 || real.length === 0) {
    printCases(results, verbose ? golds : null)
    printTotals(results)
  }
  if (real.length > 0) printRealResults(real, verbose)
}

const fmt = (c: Counts): string => `${f1(c).toFixed(3)} (P ${precision(c).toFixed(2)} R ${recall(c).toFixed(2)})`
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length))

function printCases(results: readonly CaseResult[], golds: ReadonlyMap<string, Gold> | null): void {
  console.log(
    `${pad('document', 44)} ${pad('case', 10)} ${pad('pattern', 11)} ${pad('questions F1', 24)} ${pad('paragraphs F1', 24)} ${pad('links F1', 24)} meta`
  )
  for (const r of results) {
    const head = `${pad(r.document, 44)} ${pad(r.name, 10)} ${pad(r.pattern, 11)}`
    if (!r.score) {
      console.log(`${head} ERROR ${r.error}`)
      continue
    }
    const s = r.score
    console.log(
      `${head} ${pad(fmt(s.questions), 24)} ${pad(fmt(s.paragraphs), 24)} ${pad(fmt(s.links), 24)} ${s.meta.right}/${s.meta.total}${ocrError(r, results)}`
    )
    if (!golds) continue
    if (s.meta.wrong.length > 0) console.log(`    meta: ${s.meta.wrong.join('; ')}`)
    for (const line of explainCase(r.inquiry!, golds.get(r.document)!)) console.log(`    ${line}`)
  }
}

/** For a case read by OCR: its character error rate against a case of the same document with a text layer. */
function ocrError(r: CaseResult, results: readonly CaseResult[]): string {
  if (!r.inquiry?.source.ocr) return ''
  const reference = results.find(
    (o) => o.document === r.document && o.inquiry && !o.inquiry.source.ocr && o.inquiry.source.files.length === 1
  )
  return reference
    ? `   CER ${(characterErrorRate(r.inquiry.text, reference.inquiry!.text) * 100).toFixed(1)} % (against ${reference.name})`
    : ''
}

function printTotals(results: readonly CaseResult[]): void {
  const scored = results.filter((r) => r.score)
  const groups = new Map<string, CaseResult[]>([['TOTAL', scored]])
  for (const r of scored) groups.set(r.pattern, [...(groups.get(r.pattern) ?? []), r])
  console.log(
    `\n${pad('pattern', 12)} ${pad('cases', 6)} ${pad('questions F1', 24)} ${pad('paragraphs F1', 24)} ${pad('links F1', 24)} meta`
  )
  for (const [pattern, group] of [...groups].sort(([a], [b]) => (a === 'TOTAL' ? 1 : b === 'TOTAL' ? -1 : a.localeCompare(b)))) {
    const sum = (pick: (r: CaseResult) => Counts): Counts => group.reduce((acc, r) => addCounts(acc, pick(r)), ZERO)
    const meta = group.reduce((acc, r) => [acc[0]! + r.score!.meta.right, acc[1]! + r.score!.meta.total], [0, 0])
    console.log(
      `${pad(pattern, 12)} ${pad(String(group.length), 6)} ${pad(fmt(sum((r) => r.score!.questions)), 24)} ${pad(fmt(sum((r) => r.score!.paragraphs)), 24)} ${pad(fmt(sum((r) => r.score!.links)), 24)} ${meta[0]}/${meta[1]}`
    )
  }
  const errors = results.length - scored.length
  if (errors > 0) console.log(`\n${errors} case(s) could not be parsed (see ERROR above); they are not in the totals.`)
}

await main(process.argv.slice(2))
