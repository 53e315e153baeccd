/**
 * @module
 * `npm run eval -- DIR` on a folder of real-document labels: parses each document, prints per document question
 * and link recall and precision and the metadata fields that are wrong, then the totals and each field's count of
 * right answers among the documents whose label gives it. `--verbose` adds what went wrong.
 */
import { readFileSync } from 'node:fs'
import { isInquiryError } from '../../src/errors.js'
import { parseBytes } from '../../src/node/index.js'
import { readRealLabels } from './real-label.js'
import { REAL_META_FIELDS } from './real-meta.js'
import { scoreReal, type RealScore } from './real-score.js'
import { addCounts, precision, recall, ZERO, type Counts } from './score.js'

export type RealResult = { folder: string; name: string; score: RealScore | null; error: string | null }

export async function runRealFolder(dir: string): Promise<RealResult[]> {
  const results: RealResult[] = []
  for (const entry of readRealLabels(dir)) {
    try {
      const inquiry = await parseBytes(new Uint8Array(readFileSync(entry.file)))
      results.push({ folder: dir, name: entry.name, score: scoreReal(inquiry, entry.label), error: null })
    } catch (error) {
      const code = isInquiryError(error) ? error.code : 'internal'
      results.push({ folder: dir, name: entry.name, score: null, error: `${code}: ${(error as Error).message}` })
    }
  }
  return results
}

const pr = (c: Counts): string => `R ${recall(c).toFixed(2)} P ${precision(c).toFixed(2)} (${c.tp}/${c.tp + c.fn})`
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length))

export function printRealResults(results: readonly RealResult[], verbose: boolean): void {
  console.log(`${pad('real document', 36)} ${pad('questions', 24)} ${pad('links', 24)} meta`)
  for (const r of results) {
    if (!r.score) {
      console.log(`${pad(r.name, 36)} ERROR ${r.error}`)
      continue
    }
    const s = r.score
    const wrong = s.meta.filter((m) => !m.right)
    console.log(`${pad(r.name, 36)} ${pad(pr(s.questions), 24)} ${pad(pr(s.links), 24)} ${s.meta.length - wrong.length}/${s.meta.length}`)
    if (!verbose) continue
    for (const m of wrong) console.log(`    meta ${m.field}: ${JSON.stringify(m.got.slice(0, 160))} ≠ ${JSON.stringify(m.expected)}`)
    for (const note of s.notes) console.log(`    ${note}`)
  }
  printRealTotals(results)
}

function printRealTotals(results: readonly RealResult[]): void {
  const scored = results.filter((r) => r.score)
  const questions = scored.reduce((acc, r) => addCounts(acc, r.score!.questions), ZERO)
  const links = scored.reduce((acc, r) => addCounts(acc, r.score!.links), ZERO)
  console.log(`\nTOTAL ${scored.length} documents   questions ${pr(questions)}   links ${pr(links)}`)
  let right = 0
  let total = 0
  const fields = REAL_META_FIELDS.map((field) => {
    const all = scored.flatMap((r) => r.score!.meta.filter((m) => m.field === field))
    const ok = all.filter((m) => m.right).length
    right += ok
    total += all.length
    return `${field} ${ok}/${all.length}`
  })
  console.log(`meta ${right}/${total}: ${fields.join('  ')}`)
  const errors = results.length - scored.length
  if (errors > 0) console.log(`${errors} document(s) could not be parsed (see ERROR above); they are not in the totals.`)
}
