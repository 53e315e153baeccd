/**
 * @module
 * OpenDocument text (.odt, what LibreOffice writes) → blocks, read with the DOCX loader's tools: our ZIP reader
 * within the budget of unpacked bytes, xmldom behind the XML budget, and Word's list counter for the numbers
 * that `text:list` prints (ODF stores no label text, only the list style that makes it).
 *
 * Left out as in DOCX: headers and footers (styles.xml), notes (a warning says how many), annotations,
 * frames and text boxes.
 */
import { InquiryError } from '../errors.js'
import { DEFAULT_LIMITS, tooManyParagraphs, type Limits } from '../limits.js'
import type { LoadedDocument } from '../nodes.js'
import type { Warning } from '../schema.js'
import { childElements, parseXml, type Element } from './docx-xml.js'
import { readOdtBody, type OdtBody } from './odt-body.js'
import { readOdtStyles, type ClampStart } from './odt-styles.js'
import { openZip } from './zip.js'

const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'

export async function loadOdt(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<LoadedDocument> {
  let clampedStarts = 0
  const clamp = (start: number): number => {
    if (start <= limits.maxListStart) return start
    clampedStarts++
    return limits.maxListStart
  }
  const body = renamed(() => readOdt(bytes, limits, clamp))
  if (body.blocks.length === 0) throw new InquiryError('empty', 'The OpenDocument text contains no text.')
  if (body.blocks.length > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs)
  return {
    type: 'document',
    format: 'odt',
    pageCount: null,
    ocr: false,
    pages: [],
    blocks: body.blocks,
    warnings: warningsOf(body, clampedStarts, limits),
  }
}

function readOdt(bytes: Uint8Array, limits: Limits, clamp: ClampStart): OdtBody {
  const zip = openZip(bytes, { maxUnpackedBytes: limits.maxUnpackedBytes, maxEntryBytes: limits.maxXmlBytes })
  const part = (name: string): Element | null => {
    const data = zip.read(name)
    return data ? parseXml(data, name, limits) : null
  }
  const content = part('content.xml')
  const text = officeText(content)
  if (!content || !text) throw new InquiryError('corrupt', 'The OpenDocument text is damaged: it has no content.xml with a text body.')
  const styles = readOdtStyles([part('styles.xml'), content], clamp)
  return readOdtBody(text, styles, clamp, limits.maxLabelLength)
}

/** office:document-content / office:body / office:text */
function officeText(content: Element | null): Element | null {
  const child = (el: Element | null | undefined, local: string) =>
    el ? (childElements(el).find((c) => c.namespaceURI === OFFICE_NS && c.localName === local) ?? null) : null
  return child(child(content, 'body'), 'text')
}

/**
 * The ZIP reader and the XML parser speak of "the Word document"; an ODT's errors name the format it is, and
 * a `RangeError` (a recursion deeper than the XML budget's depth check lets through) is `too_complex`.
 */
function renamed<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof RangeError)
      throw new InquiryError('too_complex', 'The OpenDocument text is nested too deeply to be read.', { cause: error })
    if (!(error instanceof InquiryError) || !error.message.includes('Word document')) throw error
    const message = error.message
      .replace("The Word document's", "The OpenDocument text's")
      .replace('The Word document', 'The OpenDocument text')
    throw new InquiryError(error.code, message, { cause: error.cause, details: error.details })
  }
}

function warningsOf(body: OdtBody, clampedStarts: number, limits: Limits): Warning[] {
  const warnings: Warning[] = []
  if (clampedStarts > 0) {
    warnings.push({
      code: 'list_start_clamped',
      message: `${clampedStarts === 1 ? '1 list start value' : `${clampedStarts} list start values`} over ${limits.maxListStart} ${clampedStarts === 1 ? 'was' : 'were'} lowered to ${limits.maxListStart}.`,
    })
  }
  if (body.notes > 0) {
    warnings.push({
      code: 'notes_omitted',
      message: `The document has ${body.notes === 1 ? '1 footnote or endnote' : `${body.notes} footnotes or endnotes`}; their text is not included.`,
    })
  }
  if (body.cutLabels > 0) {
    warnings.push({
      code: 'list_label_cut',
      message: `${body.cutLabels === 1 ? '1 list label' : `${body.cutLabels} list labels`} longer than ${limits.maxLabelLength} characters ${body.cutLabels === 1 ? 'was' : 'were'} cut.`,
    })
  }
  return warnings
}
