/**
 * @module
 * The one place the Worker calls the parser: the library's `parseInquiry` with the Worker's limits. Everything
 * the core learns (questions, reply, links) reaches the API through here without changes.
 *
 * The budgets are the library's own (counted while unpacking and parsing, whatever a file claims), so the
 * Worker only passes its limits through; it does not inspect the bytes itself.
 */
import { parseInquiry, type Inquiry, type ParseOptions } from '../../src/index.js'
import type { Limits } from '../env.js'

export type Documents = { inquiry: Uint8Array; reply: Uint8Array | null }

/**
 * xmldom needs about 1 KB of memory per XML element, and an isolate has 128 MB: a DOCX part of more elements
 * than this (a Word document of a hundred pages or so has far fewer) is refused as `too_complex`.
 */
const WORKER_MAX_XML_ELEMENTS = 60_000

export async function parseDocuments(documents: Documents, limits: Limits): Promise<Inquiry> {
  const options: ParseOptions = {
    maxXmlElements: WORKER_MAX_XML_ELEMENTS,
    // maxBytes, maxPages, maxUnpackedBytes, … as the vars set them
    ...limits,
    // no OCR in a Worker: a scan is answered with `needs_ocr`, which names the Node CLI
    ocrMode: 'never',
    ...(documents.reply ? { reply: documents.reply } : {}),
  }
  return parseInquiry(documents.inquiry, options)
}
