/** Fixture files inlined by test/worker/fixture-bytes.ts. */
declare module '*?bytes' {
  const bytes: Uint8Array<ArrayBuffer>
  export default bytes
}

/** The parts of workerd's test module the Worker tests use (full types: @cloudflare/workers-types). */
declare module 'cloudflare:workers' {
  export const env: import('../../functions/env.js').Bindings
  export const exports: { default: { fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> } }
}

/** The parts of the pool's test module the import tests use (full types: @cloudflare/vitest-pool-workers/types). */
declare module 'cloudflare:test' {
  type D1Database = import('../../functions/imports/bindings.js').D1Database
  type MessageBatch = import('../../functions/imports/bindings.js').MessageBatch
  export type ExecutionContext = { waitUntil(promise: Promise<unknown>): void }
  export type D1Migration = { name: string; queries: string[] }
  export type QueueResult = {
    outcome: string
    ackAll: boolean
    retryBatch: { retry: boolean; delaySeconds?: number }
    explicitAcks: string[]
    retryMessages: { msgId: string; delaySeconds?: number }[]
  }
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[]): Promise<void>
  export function createExecutionContext(): ExecutionContext
  export function createMessageBatch(
    queue: string,
    messages: { id: string; timestamp: Date; attempts: number; body: unknown }[]
  ): MessageBatch
  export function getQueueResult(batch: MessageBatch, ctx: ExecutionContext): Promise<QueueResult>
}
