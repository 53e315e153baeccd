/**
 * @module
 * HTML → blocks: web pages of council information systems and parliament portals, and pages saved from a
 * browser. The encoding is settled as a browser settles it (html-charset.ts), the page is read as a stream of
 * tags (html-blocks.ts), lists keep the numbers the page shows (html-lists.ts), and tables of data stay tables
 * (html-tables.ts).
 */
import { InquiryError } from '../errors.js'
import type { Limits } from '../limits.js'
import type { LoadedDocument } from '../nodes.js'
import type { Warning } from '../schema.js'
import { decodePage } from './html-charset.js'
import { PageReader } from './html-blocks.js'

export function loadHtml(bytes: Uint8Array, limits: Limits): LoadedDocument {
  const { text, encoding, declared } = decodePage(bytes)
  const blocks = new PageReader(limits).read(text)
  if (blocks.length === 0) throw new InquiryError('empty', 'The web page contains no text outside navigation, scripts and forms.')
  const warnings: Warning[] = []
  if (!declared && encoding === 'windows-1252') {
    warnings.push({
      code: 'legacy_encoding',
      message: 'The web page declares no encoding and is not UTF-8; it was read as Windows-1252 (Latin-1).',
    })
  }
  return { type: 'document', format: 'html', pageCount: null, ocr: false, pages: [], blocks, warnings }
}
