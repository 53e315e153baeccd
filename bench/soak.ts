/**
 * The soak benchmark (issue 9): `npm run bench -- soak [--seconds N] [--clients N] [--files a.pdf,b.docx]`.
 * Starts `wrangler dev` on a free loopback port, warms it up, then lets N clients (default 4) upload the files in
 * turn for a fixed time (default 600 s; also `SOAK_SECONDS`), bounded by a request count as well, and stops by
 * itself. Reports requests, errors, p50/p95/p99 and workerd's resident memory after the warm-up and at the end,
 * with samples along the way, so a leak shows as a slope rather than a single number.
 * The files default to the seed (../shared/seeds/karben-ki-anfrage.pdf and .docx), else fixtures/worker's.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startWranglerDev } from '../test/browser/wrangler-dev.js'
import { workerdRssMB } from './workerd-memory.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SEED = join(ROOT, '../shared/seeds')
const DEFAULT_FILES = existsSync(SEED)
  ? [join(SEED, 'karben-ki-anfrage.pdf'), join(SEED, 'karben-ki-anfrage.docx')]
  : [join(ROOT, 'fixtures/worker/spielplaetze.pdf'), join(ROOT, 'fixtures/worker/spielplaetze.docx')]
const WARM_UP_REQUESTS = 200
/** far above what 4 clients manage in the time: the count bound only guards against a runaway loop */
const MAX_REQUESTS_PER_SECOND = 1000
const REQUEST_TIMEOUT_MS = 30_000

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seconds: { type: 'string', default: process.env['SOAK_SECONDS'] ?? '600' },
    clients: { type: 'string', default: '4' },
    files: { type: 'string' },
  },
})
const seconds = Number(values.seconds)
const clients = Number(values.clients)
if (!(seconds > 0) || !Number.isInteger(clients) || clients < 1) throw new Error('--seconds must be > 0 and --clients a whole number ≥ 1')
const files = (values.files?.split(',') ?? DEFAULT_FILES).map((file) => resolve(file))
const uploads = files.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }))

type Tally = { ms: number[]; errors: Map<string, number> }

/** One upload as a form; any answer but 200 with a parsed body is an error, named by status or failure. */
async function uploadOnce(url: string, upload: (typeof uploads)[number], tally: Tally): Promise<void> {
  const body = new FormData()
  body.append('file', new File([upload.bytes], upload.name))
  const start = performance.now()
  let outcome = 'ok'
  try {
    const response = await fetch(`${url}/api/parse`, { method: 'POST', body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    const text = await response.text()
    if (response.status !== 200) outcome = `HTTP ${response.status}`
    else if (!text.includes('"questions"')) outcome = 'no questions in the answer'
  } catch (error) {
    outcome = (error as Error).name
  }
  tally.ms.push(performance.now() - start)
  if (outcome !== 'ok') tally.errors.set(outcome, (tally.errors.get(outcome) ?? 0) + 1)
}

/** `clients` loops, each taking the files in turn, until the deadline or the request bound. */
async function run(url: string, until: number, maxRequests: number, onTick?: () => void): Promise<Tally> {
  const tally: Tally = { ms: [], errors: new Map() }
  let started = 0
  const client = async (offset: number) => {
    while (performance.now() < until && started < maxRequests) {
      const upload = uploads[(started + offset) % uploads.length]!
      started++
      await uploadOnce(url, upload, tally)
      onTick?.()
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
  return tally
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

const server = await startWranglerDev()
try {
  console.log(`soak: ${clients} clients, ${seconds} s, files ${uploads.map((u) => `${u.name} (${u.bytes.length} B)`).join(', ')}`)
  const cold = workerdRssMB(server.pid)
  const warm = await run(server.url, Infinity, WARM_UP_REQUESTS)
  const startMB = workerdRssMB(server.pid)
  console.log(`workerd RSS: ${cold.toFixed(0)} MB at start, ${startMB.toFixed(0)} MB after ${WARM_UP_REQUESTS} warm-up requests (${warm.errors.size ? 'with' : 'no'} errors)`)
  const begin = performance.now()
  const samples: string[] = []
  let nextSample = begin + (seconds * 1000) / 10
  const tally = await run(server.url, begin + seconds * 1000, seconds * MAX_REQUESTS_PER_SECOND, () => {
    if (performance.now() < nextSample) return
    nextSample += (seconds * 1000) / 10
    samples.push(`${((performance.now() - begin) / 1000).toFixed(0)} s: ${workerdRssMB(server.pid).toFixed(0)} MB`)
  })
  const wallS = (performance.now() - begin) / 1000
  const endMB = workerdRssMB(server.pid)
  const sorted = [...tally.ms].sort((a, b) => a - b)
  const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0)
  console.log(`requests ${tally.ms.length} in ${wallS.toFixed(0)} s (${(tally.ms.length / wallS).toFixed(1)}/s), errors ${errors}`)
  for (const [kind, count] of tally.errors) console.log(`  ${kind}: ${count}`)
  console.log(`latency ms: p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, max ${percentile(sorted, 100).toFixed(1)}`)
  console.log(`workerd RSS samples: ${samples.join(', ')}`)
  const growth = ((endMB - startMB) / startMB) * 100
  console.log(`workerd RSS: ${startMB.toFixed(0)} MB after warm-up → ${endMB.toFixed(0)} MB at end (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %)`)
  if (errors > 0 || growth >= 10) process.exitCode = 1
} finally {
  await server.stop()
}
