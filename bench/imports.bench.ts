/**
 * The import service's throughput (issue 13), standalone: `npx tsx bench/imports.bench.ts` (also run by `npm run
 * bench`, which builds dist/ first). The same 100 typed PDF and DOCX files of fixtures/ (distinct contents, no
 * scans) go through
 * - the local queue consumer: `wrangler dev --env imports` with its simulated R2, Queues and D1, the files put into
 *   the bucket beforehand, timed from `POST /api/imports` until `GET /api/imports/{id}` says done;
 * - `inquiry-parser import` (dist/node/cli.js) with 1 and 2 workers, `--ocr never`, on a folder of the same files.
 * Documents per second, as ratios to the Node import with one worker in the same run. Locally the queue delivers
 * batches of `max_batch_size` after up to `max_batch_timeout`; on Cloudflare many consumers run at once.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { startWranglerDev } from '../test/browser/wrangler-dev.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js')
/** 100; a smaller number as the first argument for a quick check of the benchmark itself */
const DOCUMENTS = Number(process.argv[2] ?? 100)
const BUCKET = 'inquiry-parser-archive'
const DATABASE = 'inquiry-parser-imports'

/** Every PDF and DOCX under fixtures/ but the scans and the deliberately broken, sorted, each content once. */
function benchFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'scans' && entry.name !== 'bad') walk(path)
      else if (entry.isFile() && /\.(pdf|docx)$/.test(entry.name)) found.push(path)
    }
  }
  walk(join(ROOT, 'fixtures'))
  const seen = new Set<string>()
  return found.sort().filter((path) => {
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex')
    return !seen.has(hash) && seen.add(hash) !== undefined
  })
}

const wrangler = (args: string[]) =>
  execFileSync(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })

async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response
  if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`)
  return (await answer.json()) as T
}

/** A GET, tried again while wrangler dev restarts (a dropped connection). */
async function getJson<T>(url: string): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await json<T>(fetch(url))
    } catch (error) {
      if (tries === 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

/** One import of `prefix` through the queue, timed until every document is done. */
async function queueRun(url: string, prefix: string): Promise<{ seconds: number; counts: Record<string, number> }> {
  const started = performance.now()
  const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prefix }) }
  const { id } = await json<{ id: string }>(fetch(`${url}/api/imports`, post))
  for (;;) {
    const progress = await getJson<{ done: boolean; counts: Record<string, number> }>(`${url}/api/imports/${id}`)
    if (progress.done) return { seconds: (performance.now() - started) / 1000, counts: progress.counts }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function nodeRun(folder: string, workers: number, out: string): number {
  rmSync(out, { force: true })
  const started = performance.now()
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'dist/node/cli.js'), 'import', folder, '--out', out, '--concurrency', String(workers), '--ocr', 'never', '--quiet'],
      { stdio: 'ignore' }
    )
  } catch (error) {
    // exit code 1: some documents failed, which is a result here
    if ((error as { status?: number }).status !== 1) throw error
  }
  const seconds = (performance.now() - started) / 1000
  const records = readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
  // a failure record has a code and no schemaVersion (records.ts)
  const failed = records.map((line) => JSON.parse(line) as object).filter((r) => 'code' in r && !('schemaVersion' in r)).length
  console.log(`node, ${workers} worker(s): ${records.length - failed} parsed, ${failed} failed`)
  return seconds
}

async function main(): Promise<void> {
  const files = benchFiles().slice(0, DOCUMENTS)
  if (files.length < DOCUMENTS) throw new Error(`only ${files.length} distinct fixtures`)
  const work = mkdtempSync(join(tmpdir(), 'imports-bench-'))
  const folder = join(work, 'archive')
  const persist = join(work, 'state')
  const keyOf = (file: string, i: number) => `bench/${String(i).padStart(3, '0')}-${basename(file)}`
  const pairs = files.map((file, i) => ({ key: keyOf(file, i), file }))
  const warm = files.slice(0, 2).map((file, i) => ({ key: `warm/${i}-${basename(file)}`, file }))
  mkdirSync(join(folder, 'bench'), { recursive: true })
  for (const pair of pairs) copyFileSync(pair.file, join(folder, pair.key))
  writeFileSync(join(work, 'pairs.json'), JSON.stringify([...pairs, ...warm]))
  const local = ['--local', '--env', 'imports', '--persist-to', persist]
  wrangler(['d1', 'migrations', 'apply', DATABASE, ...local])
  wrangler(['r2', 'bulk', 'put', BUCKET, '--filename', join(work, 'pairs.json'), ...local])
  console.log(
    `${files.length} files (${relative(ROOT, files[0]!)} …), ${Math.round(files.reduce((n, f) => n + readFileSync(f).length, 0) / 1024)} KiB`
  )

  // the Node runs first: while they block this process, an idle keep-alive connection to wrangler dev would be closed
  const out = join(work, 'node.ndjson')
  const one = nodeRun(join(folder, 'bench'), 1, out)
  const two = nodeRun(join(folder, 'bench'), 2, out)
  const server = await startWranglerDev({ args: ['--env', 'imports', '--persist-to', persist], timeoutMs: 180_000 })
  try {
    // wrangler dev rebuilds the page once soon after it is ready (its watch_dir), dropping connections: let it settle
    await new Promise((resolve) => setTimeout(resolve, 15_000))
    await getJson(`${server.url}/api/health`)
    await queueRun(server.url, 'warm/')
    const queue = await queueRun(server.url, 'bench/')
    const rate = (seconds: number) => DOCUMENTS / seconds
    console.log(`queue counts: ${JSON.stringify(queue.counts)}`)
    console.log('| run | seconds | documents/s | ratio to Node, 1 worker |\n| --- | ---: | ---: | ---: |')
    for (const [name, seconds] of [
      ['inquiry-parser import, 1 worker', one],
      ['inquiry-parser import, 2 workers', two],
      ['local queue consumer (wrangler dev --env imports)', queue.seconds],
    ] as const)
      console.log(`| ${name} | ${seconds.toFixed(1)} | ${rate(seconds).toFixed(2)} | ${(rate(seconds) / rate(one)).toFixed(2)} |`)
  } finally {
    await server.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
