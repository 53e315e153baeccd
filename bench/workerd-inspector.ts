/**
 * @module
 * The Worker's own side of `wrangler dev`: the HTTP entry of the workerd process that runs it (so a soak can
 * bypass wrangler's proxy) and its V8 heap through the Chrome DevTools Protocol on that process's inspector.
 * Needs a global WebSocket (Node ≥ 22, or Node 20 with `--experimental-websocket`).
 */
import { listeningPorts, workerdProcesses } from './workerd-memory.js'

export type WorkerEndpoints = { entryUrl: string; inspectorUrl: string }

type Target = { id: string; webSocketDebuggerUrl: string }

/**
 * Probes the ports of the Worker's workerd process: the inspector lists its targets at /json (the Worker's
 * is "core:user:<name>"), the entry answers HTTP like the Worker, the debug port answers no HTTP at all.
 */
export async function workerEndpoints(group: number): Promise<WorkerEndpoints> {
  const worker = workerdProcesses(group).find((p) => p.role === 'worker')
  if (!worker) throw new Error('no workerd process with an inspector in the dev server')
  let entryUrl = ''
  let inspectorUrl = ''
  for (const port of listeningPorts(worker.pid)) {
    const answer = await fetch(`http://127.0.0.1:${port}/json`, { signal: AbortSignal.timeout(3_000) }).then(
      async (r) => (await r.json()) as unknown,
      () => null
    )
    if (Array.isArray(answer)) {
      const target = (answer as Target[]).find((t) => t.id.startsWith('core:user:'))
      if (target) inspectorUrl = target.webSocketDebuggerUrl
    } else if (answer !== null) entryUrl = `http://127.0.0.1:${port}`
  }
  if (!entryUrl || !inspectorUrl)
    throw new Error(`the Worker's entry or inspector was not found (ports ${listeningPorts(worker.pid).join(', ')})`)
  return { entryUrl, inspectorUrl }
}

const INSPECTOR_TIMEOUT_MS = 60_000

/**
 * The Worker isolate's V8 heap in use after a full GC, in MB: what stays alive between requests. workerd's
 * inspector never answers `HeapProfiler.collectGarbage`, but a heap snapshot collects garbage first, so one is
 * taken and dropped.
 */
export function heapUsedMBAfterGC(inspectorUrl: string): Promise<number> {
  return withSession(inspectorUrl, async (session) => {
    await session.takeSnapshot(false)
    const usage = await session.send<{ usedSize: number }>('Runtime.getHeapUsage')
    return usage.usedSize / 2 ** 20
  })
}

/** A heap snapshot (after a full GC) as parsed JSON. */
export function heapSnapshot(inspectorUrl: string): Promise<HeapSnapshot> {
  return withSession(inspectorUrl, async (session) => JSON.parse((await session.takeSnapshot(true)).join('')) as HeapSnapshot)
}

/**
 * A fresh session per use, tried up to three times: workerd ends a session when another client connects (wrangler
 * does, at start and on reload), so a long-held one would not last.
 */
async function withSession<T>(url: string, use: (session: Session) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = new Session(url)
    try {
      await session.send('HeapProfiler.enable') // without it, workerd leaves heap snapshots unanswered
      return await use(session)
    } catch (error) {
      if (attempt === 3) throw error
    } finally {
      session.close()
    }
  }
}

/** One DevTools session on the Worker isolate; every request fails when the session ends or times out. */
class Session {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>()
  private readonly opened: Promise<void>
  private chunks: string[] | null = null
  private readonly socket: WebSocket
  private readonly timer: ReturnType<typeof setTimeout>

  constructor(url: string) {
    this.socket = new WebSocket(url)
    this.opened = new Promise((resolve, reject) => {
      this.socket.addEventListener('open', () => resolve())
      this.socket.addEventListener('error', () => reject(new Error(`inspector ${url} refused the connection`)))
    })
    this.opened.catch(() => undefined)
    this.socket.addEventListener('message', (event) => this.receive(String(event.data)))
    this.socket.addEventListener('close', () => this.failAll(new Error('the inspector ended the session')))
    this.timer = setTimeout(() => this.failAll(new Error('the inspector did not answer in time')), INSPECTOR_TIMEOUT_MS)
  }

  async send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    await this.opened
    const id = this.nextId++
    const answer = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject }))
    this.socket.send(JSON.stringify({ id, method, params }))
    return answer
  }

  /** The snapshot's chunks (kept only when asked); workerd echoes the request, not a result, after the last. */
  async takeSnapshot(keep: boolean): Promise<string[]> {
    this.chunks = keep ? [] : null
    await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    const chunks = this.chunks ?? []
    this.chunks = null
    return chunks
  }

  close(): void {
    clearTimeout(this.timer)
    this.socket.close()
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as { id?: number; method?: string; result?: unknown; error?: unknown; params?: { chunk?: string } }
    if (message.method === 'HeapProfiler.addHeapSnapshotChunk') this.chunks?.push(message.params?.chunk ?? '')
    const waiting = message.id === undefined ? undefined : this.pending.get(message.id)
    if (!waiting) return
    this.pending.delete(message.id!)
    if (message.error) waiting.reject(new Error(JSON.stringify(message.error)))
    else waiting.resolve(message.result)
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}

export type HeapSnapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

/** Live objects per constructor (or node type) name: count and self size in bytes. */
export function countByName(heap: HeapSnapshot): Map<string, { count: number; bytes: number }> {
  const fields = heap.snapshot.meta.node_fields
  const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')]
  const types = heap.snapshot.meta.node_types[0]
  const counts = new Map<string, { count: number; bytes: number }>()
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt]!] ?? '?'
    const name = type === 'object' || type === 'native' ? (heap.strings[heap.nodes[i + nameAt]!] ?? '?') : `(${type})`
    const entry = counts.get(name) ?? { count: 0, bytes: 0 }
    entry.count++
    entry.bytes += heap.nodes[i + sizeAt]!
    counts.set(name, entry)
  }
  return counts
}
