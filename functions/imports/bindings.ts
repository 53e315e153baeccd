/**
 * @module
 * The import service's bindings: an R2 bucket (the archive and the results), a Queue (one message per document) and
 * a D1 database (progress and one row per document). Typed here by the few methods we call, so the Worker needs no
 * types package; the runtime's objects have these and more. All three are optional: without them the upload
 * service runs as before, and the import routes answer `501 not_configured`.
 */

export type R2Object = { key: string; size: number }
export type R2ObjectBody = R2Object & { body: ReadableStream<Uint8Array>; arrayBuffer(): Promise<ArrayBuffer> }
export type R2Listing = { objects: R2Object[]; truncated: boolean; cursor?: string }

export type R2Bucket = {
  get(key: string): Promise<R2ObjectBody | null>
  put(key: string, value: string, options?: { httpMetadata?: { contentType?: string } }): Promise<unknown>
  list(options: { prefix?: string; cursor?: string; limit?: number }): Promise<R2Listing>
}

export type ImportMessage = { importId: string; key: string }

export type Queue = {
  sendBatch(messages: Iterable<{ body: ImportMessage; contentType?: 'json' }>): Promise<void>
}

export type D1Result<T> = { results: T[]; meta: { changes?: number } }
export type D1PreparedStatement = {
  bind(...values: unknown[]): D1PreparedStatement
  first<T>(): Promise<T | null>
  all<T>(): Promise<D1Result<T>>
  run(): Promise<D1Result<unknown>>
}
export type D1Database = {
  prepare(query: string): D1PreparedStatement
  batch(statements: D1PreparedStatement[]): Promise<D1Result<unknown>[]>
}

/** One delivery of a queue message, as the consumer sees it. */
export type QueueMessage = {
  readonly id: string
  readonly body: unknown
  readonly attempts: number
  ack(): void
  retry(options?: { delaySeconds?: number }): void
}
export type MessageBatch = { readonly queue: string; readonly messages: readonly QueueMessage[] }

export type ImportBindings = {
  /** the archive (any key outside `results/`) and the results (`results/{importId}/{key}.json`) */
  IMPORTS_BUCKET?: R2Bucket
  IMPORTS_QUEUE?: Queue
  IMPORTS_DB?: D1Database
  /** the dead-letter queue's name: its batches are recorded as `dead` (default inquiry-parser-imports-dlq) */
  IMPORTS_DEAD_LETTER_QUEUE?: string
  /** most documents one POST /api/imports may queue (default 10000) */
  IMPORTS_MAX_DOCUMENTS?: string | number
}

export type ImportService = { bucket: R2Bucket; queue: Queue; db: D1Database }

/** The three bindings, or null when any is missing (the service is not configured). */
export function importService(env: ImportBindings | undefined): ImportService | null {
  const bucket = env?.IMPORTS_BUCKET
  const queue = env?.IMPORTS_QUEUE
  const db = env?.IMPORTS_DB
  return bucket && queue && db ? { bucket, queue, db } : null
}

export const DEFAULT_DEAD_LETTER_QUEUE = 'inquiry-parser-imports-dlq'
export const RESULTS_PREFIX = 'results/'

export const resultKey = (importId: string, key: string): string => `${RESULTS_PREFIX}${importId}/${key}.json`
