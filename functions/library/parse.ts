/**
 * @module
 * The one place the Worker calls the parser: the library's `parseInquiry` with the Worker's limits. Everything
 * the core learns (questions, reply, links) reaches the API through here without changes.
 */
import { InquiryError, parseInquiry, type Inquiry, type ParseOptions } from '../../src/index.js'
import type { Limits } from '../env.js'
import { unpackedSize } from './unpacked-size.js'

export type Documents = { inquiry: Uint8Array; reply: Uint8Array | null }

export async function parseDocuments(documents: Documents, limits: Limits): Promise<Inquiry> {
  checkUnpackedSize(documents.inquiry, limits)
  if (documents.reply) checkUnpackedSize(documents.reply, limits)
  const options: ParseOptions = {
    maxBytes: limits.maxBytes,
    maxPages: limits.maxPages,
    // no OCR in a Worker: a scan is answered with `needs_ocr`, which names the Node CLI
    ocrMode: 'never',
    ...(documents.reply ? { reply: documents.reply } : {}),
  }
  return parseInquiry(documents.inquiry, options)
}

function checkUnpackedSize(bytes: Uint8Array, limits: Limits): void {
  const size = unpackedSize(bytes)
  if (size === null || size <= limits.maxUnpackedBytes) return
  throw new InquiryError('too_large', `The DOCX unpacks to ${size} bytes; at most ${limits.maxUnpackedBytes} are allowed.`, {
    details: { unpackedBytes: size, maxUnpackedBytes: limits.maxUnpackedBytes },
  })
}
