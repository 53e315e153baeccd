/**
 * @module
 * One worker thread of the import, run one document at a time. Its heap is capped (`resourceLimits`), so a
 * document that needs more memory ends its worker, not the import: the document becomes an `out_of_memory`
 * record and the next document gets a fresh worker. A document that takes too long ends the same way
 * (`timeout`).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { CLOSE, INTERRUPTED, type Task, type TaskResult, type WorkerSettings } from './messages.js'

export type SlotLimits = { memoryMb: number; timeoutMs: number }

/**
 * Starts the worker thread. From the TypeScript sources (tests, tsx) the entry is worker.ts: Node 20 applies
 * no loader hooks to a worker's entry file, so a small bootstrap registers tsx first and then imports it.
 */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options)
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href)
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}

export class WorkerSlot {
  #worker: Worker | undefined
  #pending: { id: number; resolve: (result: TaskResult) => void; timer: NodeJS.Timeout } | undefined

  constructor(
    private readonly settings: WorkerSettings,
    private readonly limits: SlotLimits
  ) {}

  /** Parses one document; never rejects: every failure is a TaskResult. */
  run(task: Task): Promise<TaskResult> {
    const worker = (this.#worker ??= this.#spawn())
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.#fail('timeout', `Parsing took longer than ${Math.round(this.limits.timeoutMs / 1000)} s and was stopped.`),
        this.limits.timeoutMs
      )
      this.#pending = { id: task.id, resolve, timer }
      const transfer = [task.bytes.buffer, ...(task.replyBytes ? [task.replyBytes.buffer] : [])] as ArrayBuffer[]
      worker.postMessage(task, transfer)
    })
  }

  /** Lets the worker finish (it stops its OCR engine) and waits for it to exit. */
  async close(): Promise<void> {
    const worker = this.#worker
    if (!worker) return
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    worker.postMessage(CLOSE)
    await exited
  }

  /** Stops the worker at once (Ctrl-C); a document in progress ends as `interrupted`, to be dropped. */
  async terminate(): Promise<void> {
    const worker = this.#worker
    this.#worker = undefined
    const pending = this.#pending
    if (pending) this.#settle({ id: pending.id, ok: false, code: INTERRUPTED, message: 'The import was stopped.' })
    await worker?.terminate()
  }

  #spawn(): Worker {
    const worker = startWorker({ workerData: this.settings, resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb } })
    worker.on('message', (result: TaskResult) => this.#settle(result))
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.#fail('out_of_memory', `Parsing needed more than ${this.limits.memoryMb} MB of memory and was stopped.`)
      else this.#fail('internal', `The import worker failed: ${error.message}`)
    })
    worker.on('exit', () => {
      if (this.#worker === worker) this.#worker = undefined
      this.#fail('internal', 'The import worker stopped unexpectedly.')
    })
    return worker
  }

  #settle(result: TaskResult): void {
    const pending = this.#pending
    if (!pending || pending.id !== result.id) return
    clearTimeout(pending.timer)
    this.#pending = undefined
    pending.resolve(result)
  }

  /** Ends the document in progress with a failure and retires the worker (it is in an unknown state). */
  #fail(code: string, message: string): void {
    const pending = this.#pending
    if (!pending) return
    const worker = this.#worker
    this.#worker = undefined
    void worker?.terminate()
    this.#settle({ id: pending.id, ok: false, code, message })
  }
}
