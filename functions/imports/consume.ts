/**
 * @module
 * The Worker's `queue` handler. A batch from the import queue is parsed one document at a time (the parser is
 * CPU-bound; parallelism comes from Queues running several consumers at once, `max_concurrency` in wrangler.toml),
 * each message acknowledged as soon as its row is written, so a batch cut short by the runtime redoes only the
 * documents it had not finished. A batch from the dead-letter queue records its documents as `dead`.
 */
import { readLimits, type Bindings } from '../env.js'
import {
  DEFAULT_DEAD_LETTER_QUEUE,
  importService,
  type ImportMessage,
  type ImportService,
  type MessageBatch,
  type QueueMessage,
} from './bindings.js'
import { importDocument } from './document.js'
import { countRedelivery, documentStatus, FINAL_STATUSES, recordDocument } from './store.js'

/** Backoff for a transient failure: 30 s, 60 s, 120 s … after the 1st, 2nd, 3rd delivery, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, Math.min(attempts, 20) - 1))
}

export async function consumeImports(batch: MessageBatch, env: Bindings): Promise<void> {
  const service = importService(env)
  if (service === null) {
    // messages for an import service that is not configured (any more): keep them for when it is
    for (const message of batch.messages) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    return
  }
  const dead = batch.queue === (env.IMPORTS_DEAD_LETTER_QUEUE || DEFAULT_DEAD_LETTER_QUEUE)
  for (const message of batch.messages) {
    const body = importMessage(message.body)
    if (body === null) {
      console.error('inquiry-parser: a queue message that is no import message was dropped')
      message.ack()
    } else if (dead) {
      await recordDead(service, body, message)
    } else {
      await consumeOne(service, body, message, env)
    }
  }
}

async function consumeOne(service: ImportService, body: ImportMessage, message: QueueMessage, env: Bindings): Promise<void> {
  try {
    const row = await documentStatus(service.db, body.importId, body.key)
    if (row !== null && FINAL_STATUSES.has(row.status)) {
      await countRedelivery(service.db, body.importId, body.key)
    } else {
      await recordDocument(service.db, await importDocument(service, body, readLimits(env), message.attempts))
    }
    message.ack()
  } catch (error) {
    // R2 or D1 failed us, not the document: try again later, and after max_retries the queue moves it to the DLQ
    console.error(`inquiry-parser: import of a document failed transiently (${(error as Error)?.name ?? typeof error}); retried`)
    await recordDocument(service.db, { ...body, status: 'retrying', errorCode: 'transient', attempts: message.attempts }).catch(() => {})
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
  }
}

/** A document whose every delivery failed: recorded as `dead`, unless a delivery got through after all. */
async function recordDead(service: ImportService, body: ImportMessage, message: QueueMessage): Promise<void> {
  try {
    const row = await documentStatus(service.db, body.importId, body.key)
    if (row === null || !FINAL_STATUSES.has(row.status)) {
      await recordDocument(service.db, { ...body, status: 'dead', errorCode: 'retries_exhausted', attempts: message.attempts })
    }
    message.ack()
  } catch {
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
  }
}

function importMessage(body: unknown): ImportMessage | null {
  const { importId, key } = (body ?? {}) as Partial<ImportMessage>
  return typeof importId === 'string' && typeof key === 'string' && key !== '' ? { importId, key } : null
}
