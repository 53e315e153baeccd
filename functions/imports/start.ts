/**
 * @module
 * Starting an import: the keys (given, or listed from a prefix page by page), one queue message per document sent
 * in batches, and the import's row. Bounded: at most `maxDocuments` keys per import; a prefix with more is cut
 * there, and the answer carries the listing's cursor to start the next import from.
 */
import { RESULTS_PREFIX, type ImportService } from './bindings.js'
import { createImport } from './store.js'

/** Queues takes at most 100 messages per sendBatch; R2 lists at most 1000 keys per page. */
const SEND_BATCH = 100
const LIST_PAGE = 1000

export type ImportSource = { keys: string[] } | { prefix: string; cursor?: string }
export type StartedImport = { id: string; total: number; prefix: string | null; cursor?: string }

export async function startImport(service: ImportService, source: ImportSource, maxDocuments: number): Promise<StartedImport> {
  const listed = 'keys' in source ? { keys: unique(source.keys).slice(0, maxDocuments) } : await listPrefix(service, source, maxDocuments)
  const id = crypto.randomUUID()
  const prefix = 'prefix' in source ? source.prefix : null
  // the row first: a consumer that is quick records documents of an import that exists
  await createImport(service.db, { id, created_at: new Date().toISOString(), prefix, total: listed.keys.length })
  for (let start = 0; start < listed.keys.length; start += SEND_BATCH) {
    const page = listed.keys.slice(start, start + SEND_BATCH)
    await service.queue.sendBatch(page.map((key) => ({ body: { importId: id, key }, contentType: 'json' as const })))
  }
  return { id, total: listed.keys.length, prefix, ...(listed.cursor ? { cursor: listed.cursor } : {}) }
}

/** The keys under a prefix, page by page, without the service's own results. */
async function listPrefix(service: ImportService, source: { prefix: string; cursor?: string }, maxDocuments: number) {
  const keys: string[] = []
  let cursor = source.cursor
  // each page adds at most LIST_PAGE keys, so this ends after maxDocuments / LIST_PAGE + 1 pages
  for (let pages = 0; pages <= Math.ceil(maxDocuments / LIST_PAGE); pages++) {
    const limit = Math.min(LIST_PAGE, maxDocuments - keys.length)
    if (limit <= 0) break
    const listing = await service.bucket.list({ prefix: source.prefix, limit, ...(cursor ? { cursor } : {}) })
    for (const object of listing.objects) if (!object.key.startsWith(RESULTS_PREFIX) && !object.key.endsWith('/')) keys.push(object.key)
    cursor = listing.truncated ? listing.cursor : undefined
    if (cursor === undefined) break
  }
  return { keys, ...(cursor ? { cursor } : {}) }
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)]
}
