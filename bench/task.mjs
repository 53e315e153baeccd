/**
 * One measured task in a fresh process, so that its peak RSS is its own. Plain JavaScript over the built
 * dist/, run by plain node: a TypeScript loader would transform pdf.js on the fly and triple the memory.
 * Usage: node bench/task.mjs <task> <file> <runs>; prints JSON { ms: number[], maxRssMB }.
 * With runs = 0 it makes one cold run (for peak memory); otherwise a warm-up and `runs` timed runs.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** @type {Record<string, (bytes: Uint8Array, path: string) => Promise<unknown>>} */
const TASKS = {
  async 'pdf-parse getText'(bytes) {
    const { PDFParse } = await import('pdf-parse')
    const parser = new PDFParse({ data: bytes.slice() })
    try {
      return (await parser.getText()).text.length
    } finally {
      await parser.destroy()
    }
  },
  async pdftotext(_bytes, path) {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).length
  },
  async 'mammoth extractRawText'(bytes) {
    const mammoth = await import('mammoth')
    const buffer = Buffer.from(bytes)
    return (await mammoth.extractRawText({ buffer })).value.length
  },
  async 'htmlparser2 tokens'(bytes) {
    const { Parser } = await import('htmlparser2')
    let chars = 0
    const parser = new Parser({ ontext: (text) => (chars += text.length) })
    parser.write(new TextDecoder().decode(bytes))
    parser.end()
    return chars
  },
  async 'load + layout'(bytes) {
    const { loadDocument } = await import('../dist/load/index.js')
    const { layoutDocument } = await import('../dist/layout/index.js')
    return layoutDocument(await loadDocument(bytes)).text.length
  },
  async parseInquiry(bytes) {
    const { parseInquiry } = await import('../dist/index.js')
    return (await parseInquiry(bytes)).text.length
  },
}

const [name = '', path = '', runsArg = '5'] = process.argv.slice(2)
const task = TASKS[name]
if (!task) throw new Error(`unknown task ${name}`)
const bytes = new Uint8Array(readFileSync(path))
const runs = Number(runsArg)
// runs = 0: one cold run for peak memory, as a user's single parse sees it
if (runs > 0) await task(bytes, path) // warm-up: module loading and JIT are not what we compare
/** @type {number[]} */
const ms = []
if (runs === 0) {
  const start = performance.now()
  await task(bytes, path)
  ms.push(performance.now() - start)
}
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  await task(bytes, path)
  ms.push(performance.now() - start)
}
process.stdout.write(JSON.stringify({ ms, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }))
