/**
 * @module
 * One archived document through the parser: read from R2, hashed, claimed by its content, parsed with the upload
 * route's budgets, its result JSON written to R2. What the document itself decides (parsed, failed with the
 * library's code, a scan that needs OCR, a duplicate) comes back as a record; what the infrastructure fails at
 * (R2, D1) is thrown, and the consumer retries it.
 */
import { isInquiryError, type Inquiry, type Question } from '../../src/index.js'
import type { Limits } from '../env.js'
import { parseDocuments } from '../library/parse.js'
import { resultKey, type ImportMessage, type ImportService } from './bindings.js'
import { claimContent, type DocumentRecord } from './store.js'

export async function importDocument(
  service: ImportService,
  message: ImportMessage,
  limits: Limits,
  attempts: number
): Promise<DocumentRecord> {
  const base = { importId: message.importId, key: message.key, attempts }
  const started = Date.now()
  const object = await service.bucket.get(message.key)
  if (object === null) return { ...base, status: 'failed', errorCode: 'not_found' }
  if (object.size > limits.maxBytes) {
    await object.body.cancel()
    return { ...base, status: 'failed', errorCode: 'too_large', bytes: object.size }
  }
  const bytes = new Uint8Array(await object.arrayBuffer())
  const sha256 = await sha256Hex(bytes)
  const read = { ...base, sha256, bytes: bytes.length, readMs: Date.now() - started }
  const owner = await claimContent(service.db, message.importId, sha256, message.key)
  if (owner !== message.key) return { ...read, status: 'duplicate', duplicateOf: owner }
  const parsedAt = Date.now()
  const outcome = await parse(bytes, limits)
  if ('errorCode' in outcome) return { ...read, ...outcome, parseWriteMs: Date.now() - parsedAt }
  const key = resultKey(message.importId, message.key)
  await service.bucket.put(key, JSON.stringify({ key: message.key, ...outcome.inquiry }), {
    httpMetadata: { contentType: 'application/json' },
  })
  return { ...read, status: 'parsed', resultKey: key, ...countsOf(outcome.inquiry), parseWriteMs: Date.now() - parsedAt }
}

type Parsed = { inquiry: Inquiry } | { status: 'failed' | 'needs_ocr'; errorCode: string }

/**
 * The parser is deterministic: a document it refuses is refused again on every retry, so that is a result, not a
 * failure. As in the upload route, anything it throws that is no `InquiryError` was still caused by the document.
 */
async function parse(bytes: Uint8Array, limits: Limits): Promise<Parsed> {
  try {
    return { inquiry: await parseDocuments({ inquiry: bytes, reply: null }, limits) }
  } catch (error) {
    if (!isInquiryError(error)) return { status: 'failed', errorCode: 'corrupt' }
    return { status: error.code === 'needs_ocr' ? 'needs_ocr' : 'failed', errorCode: error.code }
  }
}

function countsOf(inquiry: Inquiry): Pick<DocumentRecord, 'questions' | 'links' | 'unanswered' | 'warnings'> {
  const count = (questions: Question[]): number => questions.reduce((n, q) => n + 1 + count(q.children), 0)
  return {
    questions: count(inquiry.questions),
    links: inquiry.reply?.paragraphs.reduce((n, p) => n + p.answers.length, 0) ?? 0,
    unanswered: inquiry.coverage.unanswered.length,
    warnings: inquiry.warnings.map((w) => w.code),
  }
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}
