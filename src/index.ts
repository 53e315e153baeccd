/**
 * @module
 * inquiry-parser: German council inquiries and their replies, from PDF, Word (DOCX, DOC), ODT, RTF, HTML or text, as structure.
 *
 * @example
 * ```ts
 * import { parseInquiry } from 'inquiry-parser'
 * const inquiry = await parseInquiry(new Uint8Array(await file.arrayBuffer()))
 * for (const q of inquiry.questions) console.log(q.id, q.text)
 * ```
 */
export { parseInquiry, type ParseOptions } from './parse.js'
export { toMarkdown } from './export/markdown.js'
export { toReplyDocx, DOCX_TYPE } from './export/docx.js'
export { toOParl, type OParlOptions } from './export/oparl.js'
export { OParlPaper, OParlFile } from './export/oparl-schema.js'
export { applyCorrections } from './review/corrections.js'
export { explainLink, linkTier, TIER_NAMES, type LinkTier } from './review/explain.js'
export { errorText, kindName, warningText } from './review/german.js'
export { InquiryError, isInquiryError, ERROR_CODES, type InquiryErrorCode } from './errors.js'
export { DEFAULT_LIMITS, type Limits } from './limits.js'
export {
  Inquiry,
  Question,
  ReplyParagraph,
  AnswerLink,
  AnswerMethod,
  Correction,
  Position,
  Warning,
  Meta,
  Source,
  Reply,
} from './schema.js'
export type { LoadedDocument, Layout, Paragraph, Page, TextLine, Block } from './nodes.js'
export type { OcrEngine } from './load/pdf.js'
