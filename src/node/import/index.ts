/**
 * @module
 * Bulk import: every file under the given paths (PDF, DOCX, DOC, ODT, RTF, HTML, text) → one NDJSON record each, in parallel
 * worker threads. Resumable: documents already in the results file (by content hash) are skipped.
 *
 * @example
 * const summary = await importPaths(['archive/'], { out: 'results.ndjson', concurrency: 2, pair: true })
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import type { Limits } from '../../limits.js'
import type { OcrSettings } from '../ocr/options.js'
import { listFiles } from './files.js'
import { INTERRUPTED, type Task, type TaskResult } from './messages.js'
import { pairFiles, type Job } from './pairs.js'
import { Progress, type ProgressMode } from './progress.js'
import { jobKey, readDone, RecordWriter, retriedFailures, type FailureRecord } from './records.js'
import { WorkerSlot } from './slot.js'
import { countFailed, countParsed, emptySummary, type ImportSummary } from './summary.js'

export type ImportOptions = {
  /** The NDJSON results file; appended to, and read first to skip what it already has. */
  out: string
  /** Worker threads (default: the number of cores). */
  concurrency?: number
  /** Join inquiry and reply files by name (see pairs.ts for the rule). */
  pair?: boolean
  /** When to read by OCR, with which engine and model (default: auto, tesseract-js, auto). */
  ocr?: Partial<OcrSettings>
  /** The parse's budgets (`maxPages`, …), per document; the library's defaults where absent. */
  limits?: Partial<Limits>
  /** Heap limit per worker, i.e. per document in progress (default 1024 MB). */
  memoryMb?: number
  /** Time limit per document (default 30 minutes: a long scan at ~2 s a page). */
  timeoutSeconds?: number
  progress?: ProgressMode
  /** Called after each document (parsed, failed or skipped) with the counts so far. */
  onProgress?: (summary: Readonly<ImportSummary>) => void
  /** Abort to stop: documents in progress are dropped (and done on the next run); the file stays valid. */
  signal?: AbortSignal
}

/** A job read and hashed: a task for a worker, or already a failure (the file could not be read). */
type Prepared = { key: string; sha256: string; replySha256?: string } & (
  | { task: Task; failure?: undefined }
  | { failure: FailureRecord; task?: undefined }
)

export async function importPaths(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now()
  const ocr: OcrSettings = { mode: 'auto', engine: 'tesseract-js', model: 'auto', ...options.ocr }
  const files = await listFiles(paths, [options.out])
  const pairing = options.pair ? pairFiles(files) : { jobs: files.map((path): Job => ({ path })), skipped: [] }
  const jobs = await largestFirst(pairing.jobs)
  const done = await readDone(options.out, retriedFailures(ocr.mode !== 'never'))
  const summary = emptySummary(jobs.length)
  summary.pairs = pairing.jobs.filter((job): job is Required<Job> => job.replyPath !== undefined)
  summary.skippedFiles = pairing.skipped
  const progress = new Progress(options.progress ?? 'none')
  const writer = new RecordWriter(options.out)
  const lanes = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), jobs.length))
  const slots = Array.from(
    { length: lanes },
    () =>
      new WorkerSlot(
        { ocr, limits: options.limits ?? {} },
        { memoryMb: options.memoryMb ?? 1024, timeoutMs: (options.timeoutSeconds ?? 1800) * 1000 }
      )
  )
  const stop = () => void Promise.all(slots.map((s) => s.terminate()))
  options.signal?.addEventListener('abort', stop, { once: true })
  let next = 0
  let id = 0

  /** One lane: takes the next document, has its worker parse it, writes the record, and again. */
  async function lane(slot: WorkerSlot): Promise<void> {
    while (next < jobs.length && !options.signal?.aborted) {
      const prepared = await prepare(jobs[next++]!, id++)
      if (done.has(prepared.key)) {
        summary.skipped++
      } else {
        done.add(prepared.key) // the same content again later in this run is a duplicate
        const result = prepared.task ? await slot.run(prepared.task) : null
        if (result?.ok === false && result.code === INTERRUPTED) break
        write(prepared, result)
      }
      progress.update(summary)
      options.onProgress?.(summary)
    }
  }

  function write(prepared: Prepared, result: TaskResult | null): void {
    if (result?.ok) {
      writer.write(result.line)
      countParsed(summary, result.stats)
      return
    }
    const failure = prepared.failure ?? failureRecord(prepared, result!)
    writer.write(JSON.stringify(failure))
    countFailed(summary, failure.code)
  }

  progress.update(summary, true)
  try {
    await Promise.all(slots.map(lane))
  } finally {
    options.signal?.removeEventListener('abort', stop)
    await Promise.all(slots.map((s) => (options.signal?.aborted ? s.terminate() : s.close())))
    writer.close()
  }
  summary.interrupted = options.signal?.aborted === true && summary.parsed + summary.failed + summary.skipped < jobs.length
  summary.seconds = (performance.now() - started) / 1000
  progress.update(summary, true)
  progress.end()
  return summary
}

/**
 * Big documents first (by bytes, a fair guess at pages), so that the import does not end with one worker
 * busy on a long scan while the others have nothing left to do.
 */
async function largestFirst(jobs: Job[]): Promise<Job[]> {
  const size = async (path?: string) => (path ? ((await stat(path).catch(() => null))?.size ?? 0) : 0)
  const sized = await Promise.all(jobs.map(async (job) => ({ job, bytes: (await size(job.path)) + (await size(job.replyPath)) })))
  return sized.sort((a, b) => b.bytes - a.bytes).map((s) => s.job)
}

const hash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Reads a job's file(s); an unreadable file is a failure record already. */
async function prepare(job: Job, id: number): Promise<Prepared> {
  const read = async (path: string) => new Uint8Array(await readFile(path))
  const paths = { path: job.path, ...(job.replyPath ? { replyPath: job.replyPath } : {}) }
  try {
    const bytes = await read(job.path)
    const replyBytes = job.replyPath ? await read(job.replyPath) : undefined
    const sha256 = hash(bytes)
    const replySha256 = replyBytes && hash(replyBytes)
    const task: Task = { id, ...paths, bytes, ...(replyBytes ? { replyBytes } : {}) }
    return { key: jobKey(sha256, replySha256), sha256, ...(replySha256 ? { replySha256 } : {}), task }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message
    const failure: FailureRecord = { ...paths, sha256: '', code: 'unreadable', message: `The file cannot be read: ${reason}.` }
    return { key: `unreadable:${job.path}`, sha256: '', failure }
  }
}

function failureRecord(prepared: Prepared, result: TaskResult): FailureRecord {
  const { code, message } = result as Extract<TaskResult, { ok: false }>
  const task = prepared.task!
  return {
    path: task.path,
    ...(task.replyPath ? { replyPath: task.replyPath } : {}),
    sha256: prepared.sha256,
    ...(prepared.replySha256 ? { replySha256: prepared.replySha256 } : {}),
    code,
    message,
  }
}

export type { ImportSummary } from './summary.js'
export { formatSummary } from './summary.js'
export { pairFiles, type Pairing, type SkippedFile } from './pairs.js'
export type { ImportRecord, DocumentRecord, FailureRecord } from './records.js'
