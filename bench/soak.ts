/**
 * The soak benchmark (issue 9): `npm run bench -- soak [--seconds N] [--clients N] [--files a.pdf,b.docx]
 * [--direct] [--no-parse] [--compare]`.
 * Starts `wrangler dev` on a free loopback port, warms it up, then lets N clients (default 4) upload the files in
 * turn for a fixed time (default 600 s; also `SOAK_SECONDS`), bounded by a request count as well, and stops by
 * itself. The warm-up is the same load until the Worker's workerd is on its plateau, by bench/warm-up-rule.ts:
 * at least 300 s (`--warm-up-min`) or 8,000 requests, then two steady minutes, at most `--warm-up` seconds
 * (default 900). The dev runtime's allocator grows to a plateau under load whatever the Worker does (the
 * no-parse control does too), and a leak is a slope after it; the warm-up's own growth is printed as well.
 * Reports requests, errors, p50/p95/p99, and memory after the warm-up and at the end with samples between, so
 * a leak shows as a slope: the resident memory of wrangler's proxy and of the workerd process that runs the
 * Worker apart, and the Worker isolate's V8 heap after a full GC (bench/workerd-inspector.ts).
 * - `--direct` sends the uploads to the Worker's workerd entry, past wrangler's proxy (which a deployment lacks);
 * - `--no-parse` runs bench/no-parse-worker.ts instead of the app: the same upload handling, no parser, to tell
 *   the dev runtime's own growth from ours;
 * - `--compare` prints the constructors whose live objects grew most between the first and last heap snapshot.
 * The verdict (bench/soak-verdict.ts) is printed last and is the exit code: 0 "passed" (no errors, the Worker's
 * process and heap each grew less than 10 % after a warm-up that ended steady), 1 "failed" (errors, or growth of
 * 10 % or more), 2 "not steady" (figures within the aim, but the warm-up hit its cap, so the baseline was not on
 * the plateau and the growth proves nothing).
 * The files default to the seed (../shared/seeds/karben-ki-anfrage.pdf and .docx), else fixtures/worker's.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startWranglerDev } from '../test/browser/wrangler-dev.js'
import { countByName, heapSnapshot, heapUsedMBAfterGC, workerEndpoints, type HeapSnapshot } from './workerd-inspector.js'
import { judgeSoak } from './soak-verdict.js'
import { describeWarmUpRule, judgeWarmUp, WARM_UP_RULE, type WarmUpRule, type WarmUpSample } from './warm-up-rule.js'
import { roleRssMB } from './workerd-memory.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SEED = join(ROOT, '../shared/seeds')
const DEFAULT_FILES = existsSync(SEED)
  ? [join(SEED, 'karben-ki-anfrage.pdf'), join(SEED, 'karben-ki-anfrage.docx')]
  : [join(ROOT, 'fixtures/worker/spielplaetze.pdf'), join(ROOT, 'fixtures/worker/spielplaetze.docx')]
const SAMPLES = 10
/** far above what 4 clients manage in the time: the count bound only guards against a runaway loop */
const MAX_REQUESTS_PER_SECOND = 1000
const REQUEST_TIMEOUT_MS = 30_000

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seconds: { type: 'string', default: process.env['SOAK_SECONDS'] ?? '600' },
    clients: { type: 'string', default: '4' },
    files: { type: 'string' },
    direct: { type: 'boolean', default: false },
    'no-parse': { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    'warm-up': { type: 'string', default: String(WARM_UP_RULE.maxSeconds) },
    'warm-up-min': { type: 'string', default: String(WARM_UP_RULE.minSeconds) },
  },
})
const seconds = Number(values.seconds)
const clients = Number(values.clients)
const rule: WarmUpRule = { ...WARM_UP_RULE, maxSeconds: Number(values['warm-up']), minSeconds: Number(values['warm-up-min']) }
if (!(seconds > 0) || !Number.isInteger(clients) || clients < 1) throw new Error('--seconds must be > 0 and --clients a whole number ≥ 1')
if (!(rule.maxSeconds >= 0) || !(rule.minSeconds >= 0)) throw new Error('--warm-up and --warm-up-min must be seconds ≥ 0')
const files = (values.files?.split(',') ?? DEFAULT_FILES).map((file) => resolve(file))
const uploads = files.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }))

/** times of all requests; per kind of error its count and the first answer's start, to tell whose it is */
type Tally = { ms: number[]; errors: Map<string, number>; firstBodies: Map<string, string> }

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
    if (outcome !== 'ok' && !tally.firstBodies.has(outcome))
      tally.firstBodies.set(outcome, `${response.headers.get('content-type')}: ${text.slice(0, 100)}`)
  } catch (error) {
    outcome = (error as Error).name
  }
  tally.ms.push(performance.now() - start)
  if (outcome !== 'ok') tally.errors.set(outcome, (tally.errors.get(outcome) ?? 0) + 1)
}

/** `clients` loops, each taking the files in turn, until the deadline or the request bound. */
async function run(url: string, until: number, maxRequests: number, onTick?: (done: number) => Promise<void>): Promise<Tally> {
  const tally: Tally = { ms: [], errors: new Map(), firstBodies: new Map() }
  let started = 0
  const client = async (offset: number) => {
    while (performance.now() < until && started < maxRequests) {
      const upload = uploads[(started + offset) % uploads.length]!
      started++
      await uploadOnce(url, upload, tally)
      await onTick?.(tally.ms.length)
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
  return tally
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

const growth = (from: number, to: number) => ((to - from) / from) * 100
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)} %`

/** The memory figures at one moment. */
type Memory = { proxy: number; worker: number; heap: number }

function printGrowth(top: number, first: HeapSnapshot, last: HeapSnapshot): void {
  const before = countByName(first)
  const rows = [...countByName(last)].map(([name, now]) => {
    const then = before.get(name) ?? { count: 0, bytes: 0 }
    return { name, count: now.count - then.count, bytes: now.bytes - then.bytes }
  })
  rows.sort((a, b) => b.bytes - a.bytes)
  console.log('heap growth by constructor (first → last snapshot):')
  for (const row of rows.slice(0, top))
    console.log(
      `  ${row.name.slice(0, 40).padEnd(40)} ${String(row.count).padStart(8)} objects ${(row.bytes / 1024).toFixed(0).padStart(8)} KB`
    )
}

/**
 * The warm-up: the soak's own load in slices of `sampleSeconds`, a sample after each, until `judgeWarmUp` says
 * it may end (bench/warm-up-rule.ts). Its errors count with the run's, so nothing is hidden in it.
 */
async function warmUp(
  url: string,
  cold: Memory,
  measure: () => Promise<Memory>,
  show: (m: Memory) => string
): Promise<{ requests: number; seconds: number; errors: number; steady: boolean }> {
  const begin = performance.now()
  const samples: WarmUpSample[] = [{ seconds: 0, requests: 0, rssMB: cold.worker }]
  let [requests, errors] = [0, 0]
  let state = judgeWarmUp(samples, rule)
  // bounded by the rule's cap: each slice takes at least sampleSeconds
  while (!state.done) {
    const tally = await run(url, performance.now() + rule.sampleSeconds * 1000, rule.sampleSeconds * MAX_REQUESTS_PER_SECOND)
    requests += tally.ms.length
    errors += [...tally.errors.values()].reduce((a, b) => a + b, 0)
    const m = await measure()
    const seconds = (performance.now() - begin) / 1000
    samples.push({ seconds, requests, rssMB: m.worker })
    state = judgeWarmUp(samples, rule)
    const phase = state.minimumAt === null ? 'minimum' : `steady minutes ${state.steadyMinutes}/${rule.steadyMinutes}`
    console.log(`  warm-up ${seconds.toFixed(0)} s (${requests} req, ${phase}): ${show(m)}`)
  }
  return { requests, seconds: (performance.now() - begin) / 1000, errors, steady: state.steady }
}

const server = await startWranglerDev(values['no-parse'] ? { script: 'bench/no-parse-worker.ts' } : {})
try {
  const endpoints = await workerEndpoints(server.pid)
  const url = values.direct ? endpoints.entryUrl : server.url
  // the heap first: its snapshot runs a full GC and leaves its own buffers in the process, so every RSS figure
  // is read in the same state (a snapshot pauses the isolate for about a second, ten times a run)
  const measure = async (): Promise<Memory> => {
    const heap = await heapUsedMBAfterGC(endpoints.inspectorUrl)
    return { heap, proxy: roleRssMB(server.pid, 'proxy'), worker: roleRssMB(server.pid, 'worker') }
  }
  const show = (m: Memory) => `proxy ${m.proxy.toFixed(0)} MB, worker ${m.worker.toFixed(0)} MB, heap ${m.heap.toFixed(1)} MB`
  const worker = values['no-parse'] ? 'the no-parse Worker' : 'the app'
  console.log(
    `soak: ${worker}, ${values.direct ? 'direct to its workerd' : "through wrangler's proxy"}, ${clients} clients, ${seconds} s, files ${uploads.map((u) => `${u.name} (${u.bytes.length} B)`).join(', ')}`
  )
  const cold = await measure()
  console.log(`warm-up rule: ${describeWarmUpRule(rule)}`)
  const warm = await warmUp(url, cold, measure, show)
  // the first snapshot's own buffers stay in the process, so the baseline is read after it
  const firstSnapshot = values.compare ? await heapSnapshot(endpoints.inspectorUrl) : null
  const start = await measure()
  console.log(
    `at start: ${show(cold)}; after ${warm.requests} warm-up requests in ${warm.seconds.toFixed(0)} s (${warm.errors} errors${warm.steady ? ', steady' : ', ended by its cap, not steady'}): ${show(start)}`
  )
  const begin = performance.now()
  const samples: string[] = []
  let sampled = 1
  let sampling = false
  const tally = await run(url, begin + seconds * 1000, seconds * MAX_REQUESTS_PER_SECOND, async (done) => {
    if (sampling || performance.now() < begin + (sampled * seconds * 1000) / SAMPLES) return
    sampling = true
    sampled++
    const m = await measure()
    samples.push(`${((performance.now() - begin) / 1000).toFixed(0)} s (${done} req): ${show(m)}`)
    sampling = false
  })
  const wallS = (performance.now() - begin) / 1000
  const end = await measure()
  const lastSnapshot = values.compare ? await heapSnapshot(endpoints.inspectorUrl) : null
  const sorted = [...tally.ms].sort((a, b) => a - b)
  const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0) + warm.errors
  console.log(
    `warm-up: the Worker's workerd RSS ${cold.worker.toFixed(0)} → ${start.worker.toFixed(0)} MB (${signed(growth(cold.worker, start.worker))})`
  )
  console.log(
    `requests ${tally.ms.length} in ${wallS.toFixed(0)} s (${(tally.ms.length / wallS).toFixed(1)}/s), errors ${errors} (warm-up included)`
  )
  for (const [kind, count] of tally.errors)
    console.log(`  ${kind}: ${count}${tally.firstBodies.has(kind) ? ` (first: ${tally.firstBodies.get(kind)})` : ''}`)
  console.log(
    `latency ms: p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, max ${percentile(sorted, 100).toFixed(1)}`
  )
  console.log(`samples:\n  ${samples.join('\n  ')}`)
  const [workerGrowth, heapGrowth] = [growth(start.worker, end.worker), growth(start.heap, end.heap)]
  console.log(
    `Worker's workerd RSS: ${start.worker.toFixed(0)} MB after warm-up → ${end.worker.toFixed(0)} MB at end (${signed(workerGrowth)})`
  )
  console.log(`Worker's V8 heap after GC: ${start.heap.toFixed(1)} MB → ${end.heap.toFixed(1)} MB (${signed(heapGrowth)})`)
  console.log(
    `wrangler's proxy RSS (not deployed): ${start.proxy.toFixed(0)} MB → ${end.proxy.toFixed(0)} MB (${signed(growth(start.proxy, end.proxy))})`
  )
  if (firstSnapshot && lastSnapshot) printGrowth(15, firstSnapshot, lastSnapshot)
  const { verdict, exitCode, reasons } = judgeSoak({ errors, steady: warm.steady, workerGrowth, heapGrowth })
  console.log(`verdict: ${verdict}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}, exit ${exitCode}`)
  process.exitCode = exitCode
} finally {
  await server.stop()
}
