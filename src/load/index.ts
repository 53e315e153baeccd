/**
 * @module
 * Loading: bytes → a LoadedDocument of positioned lines (PDF) or flow blocks (DOCX, text).
 */
import type { LoadedDocument } from '../nodes.js'
import { loadDocx } from './docx.js'
import { loadPdf, type PdfOptions } from './pdf.js'
import { sniffFormat } from './sniff.js'
import { loadText } from './text.js'

export type LoadOptions = PdfOptions

export { sniffFormat }

export async function loadDocument(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedDocument> {
  switch (sniffFormat(bytes)) {
    case 'pdf':
      return loadPdf(bytes, options)
    case 'docx':
      return loadDocx(bytes)
    case 'text':
      return loadText(bytes)
  }
}
