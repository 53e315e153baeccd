/**
 * @module
 * The budgets every parse works within, whatever the bytes. Each is an option of `parseInquiry` with a default
 * chosen so that an ordinary inquiry (a few dozen pages, a few hundred paragraphs) never comes near it, while a
 * crafted file is refused with an `InquiryError` (`too_large`, `too_many_pages`, `too_complex`) long before it
 * could exhaust a Worker isolate's 128 MB or block it for seconds.
 *
 * Shared vocabulary below every stage: any stage may import it, it imports only the error class.
 */
import { InquiryError } from './errors.js'

export type Limits = {
  /** bytes of one input file (`too_large`) */
  maxBytes: number
  /** bytes unpacked from a ZIP container (DOCX, ODT), counted while inflating, whatever its directory claims (`too_large`) */
  maxUnpackedBytes: number
  /** bytes of one XML part after unpacking (`too_large`) */
  maxXmlBytes: number
  /** nesting depth of XML or HTML elements, of a PDF content stream's saved graphics states `q`, or of PDF forms painting forms (`too_complex`) */
  maxDepth: number
  /** elements of one XML part; xmldom needs about 1 KB of memory for each (`too_complex`) */
  maxXmlElements: number
  /** paragraphs (blocks) a document may hold (`too_complex`) */
  maxParagraphs: number
  /** PDF pages (`too_many_pages`) */
  maxPages: number
  /** decoded bytes of one PDF stream (images aside), and per page of its streams and the forms they paint (`too_complex`) */
  maxPageStreamBytes: number
  /** text items, and show-text operations (`Tj`, `TJ`) of one content stream, of one PDF page (`too_complex`) */
  maxPageTextItems: number
  /** character codes the CMaps of one PDF may map by range; pdf.js fills one slot for each (`too_complex`) */
  maxCmapCodes: number
  /** highest start value of an automatic list; larger ones are clamped, with a warning */
  maxListStart: number
  /** characters of a list label; longer ones are cut, with a warning */
  maxLabelLength: number
  /** milliseconds the whole parse may take, checked between pages, blocks and paragraphs in every stage (`too_complex`); 0: no deadline */
  timeoutMs: number
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxXmlBytes: 32 * 1024 * 1024,
  maxDepth: 256,
  maxXmlElements: 500_000,
  // a 100-page inquiry has about 1,500; tens of thousands of label lines keep the structure stage busy for seconds
  maxParagraphs: 10_000,
  maxPages: 2_000,
  // pdf.js needs seconds for a few MB of drawing operators on one page (an ordinary page has tens of KB)
  maxPageStreamBytes: 4 * 1024 * 1024,
  // an ordinary page shows text a few hundred to a few thousand times; pdf.js slows down quadratically
  maxPageTextItems: 20_000,
  // a font's own CMap maps at most 65,536 two-byte codes: room for 16 of them
  maxCmapCodes: 16 * 65_536,
  maxListStart: 100_000,
  maxLabelLength: 40,
  timeoutMs: 0,
})

/** The limits in force: the defaults, overridden by whichever options name a limit. */
export function resolveLimits(options: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = options[key]
    if (value === undefined) continue
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new InquiryError('invalid_option', `The option ${key} must be a number of at least 0, not ${String(value)}.`, {
        details: { option: key },
      })
    }
    limits[key] = value
  }
  return limits
}

/** A deadline for one parse; `check` is called between pages and blocks, never inside a tight loop. */
export class Deadline {
  private readonly end: number

  constructor(
    private readonly timeoutMs: number,
    private readonly now: () => number = Date.now
  ) {
    this.end = timeoutMs > 0 ? now() + timeoutMs : Number.POSITIVE_INFINITY
  }

  check(where: string): void {
    if (this.now() <= this.end) return
    throw new InquiryError('too_complex', `Reading the document took longer than the ${this.timeoutMs} ms allowed (stopped at ${where}).`, {
      details: { timeoutMs: this.timeoutMs, where },
    })
  }
}

/** A document with more paragraphs than the budget (`maxParagraphs`), found while reading it. */
export const tooManyParagraphs = (maxParagraphs: number): InquiryError =>
  new InquiryError('too_complex', `The document has more than ${maxParagraphs} paragraphs, the most the parser reads.`, {
    details: { maxParagraphs },
  })

/** Layout may cut one block into many paragraphs (a run-on text of label lines): the budget holds for them too. */
export function checkParagraphCount(count: number, limits: Limits): void {
  if (count > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs)
}
