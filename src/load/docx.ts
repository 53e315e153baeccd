/**
 * @module
 * DOCX → blocks: one block per paragraph of the document body in reading order, with heading level, bold,
 * and the list label Word prints from its automatic numbering (which is not in the text itself).
 *
 * Read directly from the package's XML (fflate + @xmldom/xmldom, Web APIs only) rather than through mammoth:
 * mammoth reports a list item only as `{ level, isOrdered }`, without the numbering instance, start values,
 * overrides or level texts that decide what Word prints.
 *
 * Left out on purpose: headers and footers (separate parts), comments, and footnotes/endnotes (a warning
 * says how many), so that a note's text cannot end up inside a question or an answer.
 */
import { InquiryError } from '../errors.js'
import type { LoadedDocument } from '../nodes.js'
import type { Warning } from '../schema.js'
import { readBody, type BodyResult } from './docx-body.js'
import { readNumbering } from './docx-numbering.js'
import { openPackage } from './docx-package.js'
import { readStyles } from './docx-styles.js'

export async function loadDocx(bytes: Uint8Array): Promise<LoadedDocument> {
  const body = readDocx(bytes)
  if (body.blocks.length === 0) throw new InquiryError('empty', 'The Word document contains no text.')
  return { type: 'document', format: 'docx', pageCount: null, ocr: false, pages: [], blocks: body.blocks, warnings: warningsOf(body) }
}

function readDocx(bytes: Uint8Array): BodyResult {
  try {
    const parts = openPackage(bytes)
    const styles = readStyles(parts.styles)
    return readBody(parts.document, styles, readNumbering(parts.numbering, styles))
  } catch (error) {
    // XML nested tens of thousands of levels deep exhausts the stack of the parser or of the body walk
    if (error instanceof RangeError) throw new InquiryError('corrupt', 'The Word document is nested too deeply to be read.', { cause: error })
    throw error
  }
}

function warningsOf(body: BodyResult): Warning[] {
  const warnings: Warning[] = []
  const notes = [plural(body.footnotes, 'footnote'), plural(body.endnotes, 'endnote')].filter(Boolean).join(' and ')
  if (notes) warnings.push({ code: 'docx_notes_omitted', message: `The document has ${notes}; the text of footnotes and endnotes is not included.` })
  if (body.altChunks > 0) {
    warnings.push({ code: 'docx_embedded_content_omitted', message: `The document embeds ${plural(body.altChunks, 'imported file')} (altChunk) whose text is not read.` })
  }
  return warnings
}

const plural = (n: number, noun: string): string => (n === 0 ? '' : n === 1 ? `1 ${noun}` : `${n} ${noun}s`)
