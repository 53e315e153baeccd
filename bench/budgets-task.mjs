/**
 * The budgets' cost, measured in one process (bench/budgets.bench.ts): plain node over the built dist/, like
 * task.mjs. Usage: node bench/budgets-task.mjs <file> <rounds>; prints JSON { [variant]: ms[] }.
 * Each round runs every variant once, in an order that rotates, so that a busy machine slows them alike.
 * - `default limits`: parseInquiry as a caller gets it;
 * - `budgets off`: every limit at Number.MAX_SAFE_INTEGER (no deadline), so no check ever trips, but the
 *   counting still runs;
 * - `PDF pre-scan alone`: the pass over a PDF's raw bytes that only the budgets need (it inflates every
 *   non-image stream once more than pdf.js does), which `budgets off` still pays for.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const { parseInquiry } = await import('../dist/index.js')
const { DEFAULT_LIMITS } = await import('../dist/limits.js')
const { prescanPdf } = await import('../dist/load/pdf-prescan.js')

const OFF = Object.fromEntries(Object.keys(DEFAULT_LIMITS).map((key) => [key, key === 'timeoutMs' ? 0 : Number.MAX_SAFE_INTEGER]))

const [path = '', roundsArg = '15'] = process.argv.slice(2)
const bytes = new Uint8Array(readFileSync(path))
const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 // %P

/** @type {Record<string, () => Promise<unknown>>} */
const VARIANTS = {
  'default limits': () => parseInquiry(bytes),
  'budgets off': () => parseInquiry(bytes, OFF),
  ...(isPdf ? { 'PDF pre-scan alone': async () => prescanPdf(bytes, DEFAULT_LIMITS) } : {}),
}
const names = Object.keys(VARIANTS)
for (const name of names) await VARIANTS[name]() // warm-up: module loading and JIT are not what we compare
/** @type {Record<string, number[]>} */
const ms = Object.fromEntries(names.map((name) => [name, []]))
for (let round = 0; round < Number(roundsArg); round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length]
    const start = performance.now()
    await VARIANTS[name]()
    ms[name].push(performance.now() - start)
  }
}
process.stdout.write(JSON.stringify(ms))
