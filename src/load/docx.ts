/**
 * @module
 * DOCX → blocks (placeholder until the DOCX loader lands).
 */
import { InquiryError } from '../errors.js'
import type { LoadedDocument } from '../nodes.js'

export async function loadDocx(_bytes: Uint8Array): Promise<LoadedDocument> {
  throw new InquiryError('unsupported_format', 'DOCX is not read yet.')
}
