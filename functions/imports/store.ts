/**
 * @module
 * The import service's rows in D1 (schema: migrations/0001_imports.sql). Every statement is bound, never built
 * from input.
 */
import type { D1Database } from './bindings.js'

export const STATUSES = ['retrying', 'parsed', 'failed', 'needs_ocr', 'duplicate', 'dead'] as const
export type DocumentStatus = (typeof STATUSES)[number]
/** Statuses after which a document is done: a later delivery of its message changes nothing. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(['parsed', 'failed', 'needs_ocr', 'duplicate', 'dead'])

export type ImportRow = { id: string; created_at: string; prefix: string | null; total: number }

export type DocumentRecord = {
  importId: string
  key: string
  status: DocumentStatus
  sha256?: string | null
  duplicateOf?: string | null
  resultKey?: string | null
  questions?: number | null
  links?: number | null
  unanswered?: number | null
  warnings?: string[]
  errorCode?: string | null
  attempts: number
  bytes?: number | null
  readMs?: number | null
  parseWriteMs?: number | null
}

export type DocumentRow = {
  key: string
  status: DocumentStatus
  sha256: string | null
  duplicate_of: string | null
  result_key: string | null
  questions: number | null
  links: number | null
  unanswered: number | null
  warnings: string
  error_code: string | null
  attempts: number
  redeliveries: number
  bytes: number | null
  read_ms: number | null
  parse_write_ms: number | null
}

export async function createImport(db: D1Database, row: ImportRow): Promise<void> {
  await db
    .prepare('INSERT INTO imports (id, created_at, prefix, total) VALUES (?, ?, ?, ?)')
    .bind(row.id, row.created_at, row.prefix, row.total)
    .run()
}

export function findImport(db: D1Database, id: string): Promise<ImportRow | null> {
  return db.prepare('SELECT id, created_at, prefix, total FROM imports WHERE id = ?').bind(id).first<ImportRow>()
}

/** Documents of an import by status (those without a row are still queued). */
export async function countByStatus(db: D1Database, id: string): Promise<{ counts: Record<string, number>; redeliveries: number }> {
  const { results } = await db
    .prepare('SELECT status, COUNT(*) AS n, SUM(redeliveries) AS r FROM documents WHERE import_id = ? GROUP BY status')
    .bind(id)
    .all<{ status: string; n: number; r: number | null }>()
  const counts: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]))
  let redeliveries = 0
  for (const row of results) {
    counts[row.status] = row.n
    redeliveries += row.r ?? 0
  }
  return { counts, redeliveries }
}

export function documentStatus(db: D1Database, importId: string, key: string): Promise<{ status: DocumentStatus } | null> {
  return db.prepare('SELECT status FROM documents WHERE import_id = ? AND key = ?').bind(importId, key).first<{ status: DocumentStatus }>()
}

/** The same message again after its document was done: counted, nothing else written. */
export async function countRedelivery(db: D1Database, importId: string, key: string): Promise<void> {
  await db.prepare('UPDATE documents SET redeliveries = redeliveries + 1 WHERE import_id = ? AND key = ?').bind(importId, key).run()
}

/**
 * Claims a content for a key: the first key to claim a sha256 in an import owns it, and gets its own key back;
 * any other key gets the owner's, and is a duplicate. One statement, so two consumers racing cannot both win.
 */
export async function claimContent(db: D1Database, importId: string, sha256: string, key: string): Promise<string> {
  const row = await db
    .prepare(
      'INSERT INTO contents (import_id, sha256, key) VALUES (?, ?, ?) ON CONFLICT (import_id, sha256) DO UPDATE SET key = contents.key RETURNING key'
    )
    .bind(importId, sha256, key)
    .first<{ key: string }>()
  return row?.key ?? key
}

/** Writes (or overwrites) a document's row. */
export async function recordDocument(db: D1Database, record: DocumentRecord): Promise<void> {
  await db
    .prepare(
      `INSERT INTO documents (import_id, key, status, sha256, duplicate_of, result_key, questions, links, unanswered, warnings,
         error_code, attempts, bytes, read_ms, parse_write_ms, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (import_id, key) DO UPDATE SET status = excluded.status, sha256 = excluded.sha256,
         duplicate_of = excluded.duplicate_of, result_key = excluded.result_key, questions = excluded.questions,
         links = excluded.links, unanswered = excluded.unanswered, warnings = excluded.warnings,
         error_code = excluded.error_code, attempts = MAX(documents.attempts, excluded.attempts), bytes = excluded.bytes,
         read_ms = excluded.read_ms, parse_write_ms = excluded.parse_write_ms, updated_at = excluded.updated_at`
    )
    .bind(
      record.importId,
      record.key,
      record.status,
      record.sha256 ?? null,
      record.duplicateOf ?? null,
      record.resultKey ?? null,
      record.questions ?? null,
      record.links ?? null,
      record.unanswered ?? null,
      JSON.stringify(record.warnings ?? []),
      record.errorCode ?? null,
      record.attempts,
      record.bytes ?? null,
      record.readMs ?? null,
      record.parseWriteMs ?? null,
      new Date().toISOString()
    )
    .run()
}

/** One page of an import's rows after `afterKey`, in key order (the primary key's index). */
export async function documentPage(db: D1Database, importId: string, afterKey: string, limit: number): Promise<DocumentRow[]> {
  const { results } = await db
    .prepare(
      `SELECT key, status, sha256, duplicate_of, result_key, questions, links, unanswered, warnings, error_code, attempts,
         redeliveries, bytes, read_ms, parse_write_ms
       FROM documents WHERE import_id = ? AND key > ? ORDER BY key LIMIT ?`
    )
    .bind(importId, afterKey, limit)
    .all<DocumentRow>()
  return results
}
