/**
 * The Worker's size and speed (issue 4), standalone: `npx tsx bench/worker.bench.ts` (also run by `npm run bench`).
 * - bundle: `wrangler deploy --dry-run --minify`, gzipped, against the 1 MiB budget;
 * - latency p50/p99 and requests/s of `POST /api/parse` against `wrangler dev` (loopback) for a 1-page and a
 *   40-page PDF at concurrency 1 and 4, beside `parseInquiry` on the same bytes in plain Node, same run.
 * Request counts are bounded, so p99 of a few dozen requests is close to their maximum.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { parseInquiry } from '../src/index.js'
import { startWranglerDev } from '../test/browser/wrangler-dev.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BUDGET_BYTES = 1024 * 1024
const CASES = [
  { title: 'PDF, 1 page (fixtures/worker/spielplaetze.pdf)', file: 'fixtures/worker/spielplaetze.pdf', requests: 40 },
  { title: 'PDF, 40 pages (fixtures/bench/long-inquiry.pdf)', file: 'fixtures/bench/long-inquiry.pdf', requests: 12 },
]
const CONCURRENCY = [1, 4]
const WARM_UP = 2

type Row = { where: string; concurrency: number; ms: number[]; wallMs: number }

function bundleSize(): { raw: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), 'worker-bundle-'))
  try {
    const wrangler = join(ROOT, 'node_modules/wrangler/bin/wrangler.js')
    execFileSync(process.execPath, [wrangler, 'deploy', '--dry-run', '--minify', '--outdir', out], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    })
    const modules = readdirSync(out).filter((name) => !name.endsWith('.map') && name !== 'README.md')
    const bytes = modules.map((name) => readFileSync(join(out, name)))
    return { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/** Runs `task` `count` times, `concurrency` at a time; returns each run's milliseconds and the wall time. */
async function load(task: () => Promise<void>, count: number, concurrency: number): Promise<{ ms: number[]; wallMs: number }> {
  const ms: number[] = []
  let next = 0
  const start = performance.now()
  const lane = async () => {
    while (next < count) {
      next++
      const t = performance.now()
      await task()
      ms.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  return { ms, wallMs: performance.now() - start }
}

function percentile(ms: number[], p: number): number {
  const sorted = [...ms].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}, ${rows[0]!.ms.length} requests per row`)
  console.log('  where                        conc    p50 ms    p99 ms    req/s   p50 × node')
  for (const row of rows) {
    const node = rows.find((r) => r.where.startsWith('node') && r.concurrency === row.concurrency)!
    const p50 = percentile(row.ms, 50)
    const perSecond = (row.ms.length * 1000) / row.wallMs
    console.log(
      `  ${row.where.padEnd(28)} ${String(row.concurrency).padStart(4)} ${p50.toFixed(1).padStart(9)} ${percentile(row.ms, 99).toFixed(1).padStart(9)}` +
        ` ${perSecond.toFixed(1).padStart(8)} ${(p50 / percentile(node.ms, 50)).toFixed(2).padStart(12)}`
    )
  }
}

async function benchCase(url: string, { title, file, requests }: (typeof CASES)[number]): Promise<void> {
  const bytes = new Uint8Array(readFileSync(join(ROOT, file)))
  const inNode = async () => void (await parseInquiry(bytes))
  const overHttp = async () => {
    const response = await fetch(`${url}/api/parse`, { method: 'POST', body: bytes, headers: { 'content-type': 'application/pdf' } })
    if (response.status !== 200) throw new Error(`${file}: HTTP ${response.status} ${await response.text()}`)
    await response.arrayBuffer()
  }
  const tasks = [
    ['node parseInquiry', inNode],
    ['wrangler dev POST /api/parse', overHttp],
  ] as const
  for (const [, task] of tasks) await load(task, WARM_UP, 1) // module loading and JIT are not what we compare
  const rows: Row[] = []
  // node and Worker side by side per concurrency, so a change in the machine's load hits both alike
  for (const concurrency of CONCURRENCY) {
    for (const [where, task] of tasks) rows.push({ where, concurrency, ...(await load(task, requests, concurrency)) })
  }
  printRows(title, rows)
}

const size = bundleSize()
const verdict = size.gzip <= BUDGET_BYTES ? 'within' : 'OVER'
console.log(
  `Worker bundle (wrangler deploy --dry-run --minify): ${(size.raw / 1024).toFixed(0)} KiB, gzipped ${(size.gzip / 1024).toFixed(0)} KiB — ${verdict} the 1024 KiB budget`
)

const server = await startWranglerDev({ vars: { MAX_PAGES: '1000' } })
try {
  for (const benchmark of CASES) await benchCase(server.url, benchmark)
} finally {
  await server.stop()
}
