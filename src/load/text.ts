/**
 * @module
 * Plain text → blocks. A block is what blank lines separate; layout decides how its lines join.
 */
import { InquiryError } from '../errors.js'
import type { Block, LoadedDocument } from '../nodes.js'
import { normalizeChars } from '../text/normalize.js'
import { decodeText } from './decode.js'

export function loadText(bytes: Uint8Array): LoadedDocument {
  const { text, encoding } = decodeText(bytes)
  const blocks = normalizeChars(text)
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\s+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk): Block => ({ type: 'block', text: chunk, label: null, level: null, heading: null, bold: false }))
  if (blocks.length === 0) throw new InquiryError('empty', 'The text file contains no text, only white space.')
  const warnings =
    encoding === 'windows-1252'
      ? [{ code: 'legacy_encoding', message: 'The text is not UTF-8; it was read as Windows-1252 (Latin-1).' }]
      : []
  return { type: 'document', format: 'text', pageCount: null, ocr: false, pages: [], blocks, warnings }
}
