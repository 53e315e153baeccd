/**
 * @module
 * An import's results as NDJSON: one line per document the consumer has seen, in key order, read from D1 a page at
 * a time as the client reads, so an import of any size streams in constant memory.
 */
import type { D1Database } from './bindings.js'
import { documentPage, type DocumentRow } from './store.js'

const PAGE = 200

/** One result line: the row, with the result JSON's R2 key where the document was parsed. */
export function resultLine(row: DocumentRow) {
  return {
    key: row.key,
    status: row.status,
    sha256: row.sha256,
    ...(row.duplicate_of ? { duplicateOf: row.duplicate_of } : {}),
    ...(row.result_key ? { result: row.result_key } : {}),
    ...(row.questions !== null ? { questions: row.questions, links: row.links, unanswered: row.unanswered } : {}),
    warnings: JSON.parse(row.warnings) as string[],
    ...(row.error_code ? { error: row.error_code } : {}),
    attempts: row.attempts,
    redeliveries: row.redeliveries,
    bytes: row.bytes,
    timings: { readMs: row.read_ms, parseWriteMs: row.parse_write_ms },
  }
}

export function resultStream(db: D1Database, importId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let afterKey = ''
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const rows = await documentPage(db, importId, afterKey, PAGE)
        if (rows.length > 0) {
          afterKey = rows[rows.length - 1]!.key
          controller.enqueue(encoder.encode(rows.map((row) => `${JSON.stringify(resultLine(row))}\n`).join('')))
        }
        if (rows.length < PAGE) controller.close()
      },
    },
    { highWaterMark: 0 }
  )
}
