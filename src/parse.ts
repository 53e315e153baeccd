/**
 * @module
 * The pipeline, one line per stage: bytes → loaded document → layout → inquiry.
 */
import { InquiryError } from './errors.js'
import { layoutDocument } from './layout/index.js'
import { loadDocument, type LoadOptions } from './load/index.js'
import type { Layout, LoadedDocument } from './nodes.js'
import type { Inquiry } from './schema.js'

export type ParseOptions = LoadOptions & {
  /** Refuse inputs larger than this many bytes (`too_large`). */
  maxBytes?: number
}

/** Parses one document (PDF, DOCX or plain text, told apart by its bytes) into the Inquiry contract. */
export async function parseInquiry(input: Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<Inquiry> {
  const bytes = toBytes(input, options)
  const loaded = await loadDocument(bytes, options)
  const layout = layoutDocument(loaded)
  return toInquiry(layout, loaded, await sha256(bytes), bytes.length)
}

function toBytes(input: Uint8Array | ArrayBuffer, options: ParseOptions): Uint8Array {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new InquiryError('too_large', `The file has ${bytes.length} bytes; at most ${options.maxBytes} are allowed.`, {
      details: { bytes: bytes.length, maxBytes: options.maxBytes },
    })
  }
  return bytes
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function toInquiry(layout: Layout, loaded: LoadedDocument, hash: string, size: number): Inquiry {
  const file = { role: 'inquiry' as const, format: loaded.format, pages: loaded.pageCount, ocr: loaded.ocr, sha256: hash, bytes: size }
  return {
    schemaVersion: 1,
    source: { format: file.format, pages: file.pages, ocr: file.ocr, sha256: hash, files: [file] },
    text: layout.text,
    meta: { kind: null, title: null, reference: null, date: null, submitter: null, addressee: null, body: null },
    questions: [],
    reply: null,
    coverage: { answered: [], unanswered: [] },
    warnings: layout.warnings,
  }
}
