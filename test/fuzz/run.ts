/**
 * @module
 * `npm run fuzz -- --count N --seed S`: mutated seeds and generated hostile files, each parsed by the built
 * package in one of a small pool of child processes under a time and memory cap; prints a Markdown table per
 * family and saves the reproducer of every crash, hang and out-of-memory under --out.
 *
 * Options: --count N (mutants, default 1000), --seed S (default 1), --out DIR (default /tmp/fuzz-out),
 * --hostile all|none|NAME,… (default all), --families NAME,… (mutation families), --seeds DIR (more seeds),
 * --replay DIR (parse the files of a folder instead), --jobs N (children, default 2), --timeout MS (10000),
 * --heap-mb MB (1024), --rss-mb MB (1536), --parser MODULE (a stand-in for dist/, for the harness's own test),
 * --status FILE (the table so far, rewritten every 200 inputs, for long runs).
 * A hang is more CPU time than --timeout (a wall-clock kill at three times it is the backstop), confirmed by
 * replaying it alone at the end of the run.
 * Exit code: 0 when nothing crashed, hung or ran out of memory, 1 otherwise, 2 for a mistake in the options.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FAMILIES, hostileInputs, loadSeeds, mutants, replayInputs, type Input } from './inputs.js'
import { childScript, FuzzChild, type ChildLimits, type ChildSetup } from './pool.js'
import { readOptions, USAGE } from './options.js'
import { Report } from './table.js'

const REPO = new URL('../..', import.meta.url).pathname

const options = readOptions(process.argv.slice(2))
if ('mistake' in options) {
  process.stderr.write(`fuzz: ${options.mistake}\n${USAGE}\n`)
  process.exit(2)
}
const { values } = options
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}

const count = Number(values.count)
const seed = Number(values.seed)
const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

function* allInputs(): Generator<Input> {
  if (values.replay) return yield* replayInputs(values.replay)
  if (values.hostile !== 'none') yield* hostileInputs(values.hostile === 'all' ? 'all' : list(values.hostile))
  const shared = join(REPO, '../shared/seeds')
  const seeds = loadSeeds(REPO, [...(existsSync(shared) ? [shared] : []), ...values.seeds])
  const families = values.families ? FAMILIES.filter((f) => list(values.families).includes(f.name)) : FAMILIES
  yield* mutants(seeds, count, seed, families)
}

function saveReproducer(index: number, input: Input, message: string): string {
  const folder = join(values.out, input.family)
  mkdirSync(folder, { recursive: true })
  const base = join(folder, `${String(index).padStart(6, '0')}-${input.label.replace(/[^\w.-]+/g, '_').slice(0, 80)}`)
  writeFileSync(`${base}.bin`, input.bytes)
  writeFileSync(`${base}.txt`, `${input.family}: ${input.label}\n${message}\n`)
  return `${base}.bin`
}

async function main(): Promise<number> {
  const limits = { timeoutMs: Number(values.timeout), heapMb: Number(values['heap-mb']), rssMb: Number(values['rss-mb']) }
  const parser = values.parser ? resolve(values.parser) : join(REPO, 'dist/index.js')
  const warmUp = ['fixtures/pdf/blocksatz.pdf', 'fixtures/docx/anfrage-laermschutz.docx'].map((f) => join(REPO, f))
  const setup = { parser, script: childScript(values.out), warmUp }
  const report = new Report()
  const inputs = allInputs()
  const started = Date.now()
  let index = 0
  const lane = async (child: FuzzChild) => {
    for (let next = inputs.next(); !next.done; next = inputs.next()) {
      const input = next.value
      const at = index++
      const result = await child.run(input.bytes)
      report.add(input.family, input.label, result)
      if (!['ok', 'error'].includes(result.outcome)) {
        const reproducer = saveReproducer(at, input, `${result.outcome}: ${result.message ?? ''}`)
        report.failures.push({ family: input.family, label: input.label, result, reproducer })
        process.stderr.write(`#${at} ${input.family} ${result.outcome}: ${input.label} → ${reproducer}\n`)
      }
      if (at % 200 === 0) {
        process.stderr.write(`${at} inputs, ${Math.round((Date.now() - started) / 1000)} s, ${report.failed} failures\n`)
        if (values.status)
          writeFileSync(
            values.status,
            `${report.markdown(`## Fuzz so far: ${at} inputs, seed ${seed}, ${Math.round((Date.now() - started) / 1000)} s`)}\n`
          )
      }
    }
    child.close()
  }
  await Promise.all(Array.from({ length: Number(values.jobs) }, () => lane(new FuzzChild(limits, setup))))
  await confirmHangs(report, limits, setup)
  const seconds = Math.round((Date.now() - started) / 1000)
  const header = `## Fuzz: ${index} inputs, seed ${seed}, ${seconds} s, ${values.jobs} children (${limits.timeoutMs} ms of CPU time, ${limits.heapMb} MB heap, ${limits.rssMb} MB RSS)`
  process.stdout.write(`${report.markdown(header)}\n`)
  if (values.status) writeFileSync(values.status, `${report.markdown(header)}\n`)
  return report.failed === 0 ? 0 : 1
}

/** Each hang again, alone in a fresh child with the other children gone, before it is counted. */
async function confirmHangs(report: Report, limits: ChildLimits, setup: ChildSetup): Promise<void> {
  for (const failure of report.failures.filter((f) => f.result.outcome === 'hang')) {
    const child = new FuzzChild(limits, setup)
    const alone = await child.run(new Uint8Array(readFileSync(failure.reproducer)))
    child.close()
    process.stderr.write(`replayed alone: ${failure.label}: ${alone.outcome} (${alone.ms} ms, ${alone.cpuMs} ms CPU)\n`)
    report.confirm(failure, alone)
  }
}

process.exitCode = await main()
