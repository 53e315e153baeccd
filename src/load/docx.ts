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
import { DEFAULT_LIMITS, tooManyParagraphs, type Limits } from '../limits.js'
import type { LoadedDocument } from '../nodes.js'
import type { Warning } from '../schema.js'
import { readBody, type BodyResult } from './docx-body.js'
import { readNumbering } from './docx-numbering.js'
import { openPackage } from './docx-package.js'
import { readStyles } from './docx-styles.js'

export async function loadDocx(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<LoadedDocument> {
  const { body, clampedStarts } = readDocx(bytes, limits)
  if (body.blocks.length === 0) throw new InquiryError('empty', 'The Word document contains no text.')
  if (body.blocks.length > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs)
  const warnings = [...listWarnings(clampedStarts, body.cutLabels, limits), ...warningsOf(body)]
  return { type: 'document', format: 'docx', pageCount: null, ocr: false, pages: [], blocks: body.blocks, warnings }
}

function readDocx(bytes: Uint8Array, limits: Limits): { body: BodyResult; clampedStarts: number } {
  try {
    const parts = openPackage(bytes, limits)
    const styles = readStyles(parts.styles)
    const numbering = readNumbering(parts.numbering, styles, limits.maxListStart)
    return { body: readBody(parts.document, styles, numbering, limits.maxLabelLength), clampedStarts: numbering.clampedStarts }
  } catch (error) {
    // a backstop: the XML budget's depth check keeps the parser's and the body walk's recursion shallow
    if (error instanceof RangeError)
      throw new InquiryError('too_complex', 'The Word document is nested too deeply to be read.', { cause: error })
    throw error
  }
}

function listWarnings(clampedStarts: number, cutLabels: number, limits: Limits): Warning[] {
  const warnings: Warning[] = []
  if (clampedStarts > 0) {
    warnings.push({
      code: 'list_start_clamped',
      message: `${plural(clampedStarts, 'list start value')} over ${limits.maxListStart} ${clampedStarts === 1 ? 'was' : 'were'} lowered to ${limits.maxListStart}; the numbers of those lists may differ from Word's.`,
    })
  }
  if (cutLabels > 0) {
    warnings.push({
      code: 'list_label_cut',
      message: `${plural(cutLabels, 'list label')} longer than ${limits.maxLabelLength} characters ${cutLabels === 1 ? 'was' : 'were'} cut.`,
    })
  }
  return warnings
}

function warningsOf(body: BodyResult): Warning[] {
  const warnings: Warning[] = []
  const notes = [plural(body.footnotes, 'footnote'), plural(body.endnotes, 'endnote')].filter(Boolean).join(' and ')
  if (notes)
    warnings.push({ code: 'docx_notes_omitted', message: `The document has ${notes}; the text of footnotes and endnotes is not included.` })
  if (body.altChunks > 0) {
    warnings.push({
      code: 'docx_embedded_content_omitted',
      message: `The document embeds ${plural(body.altChunks, 'imported file')} (altChunk) whose text is not read.`,
    })
  }
  return warnings
}

const plural = (n: number, noun: string): string => (n === 0 ? '' : n === 1 ? `1 ${noun}` : `${n} ${noun}s`)
