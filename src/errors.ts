/**
 * @module
 * The one error class for fatal problems. Everything recoverable is a `Warning` in the result instead.
 */

export const ERROR_CODES = [
  'unsupported_format',
  'encrypted',
  'corrupt',
  'empty',
  'too_large',
  'too_many_pages',
  'too_complex',
  'needs_ocr',
  'invalid_option',
  'pdf_unavailable',
  'ocr_unavailable',
] as const
export type InquiryErrorCode = (typeof ERROR_CODES)[number]

/** A document that cannot be read at all. `message` is one human sentence, `code` is stable. */
export class InquiryError extends Error {
  override readonly name = 'InquiryError'
  readonly code: InquiryErrorCode
  /** Extra facts for programs, e.g. the pages without a text layer for `needs_ocr`. */
  readonly details: Record<string, unknown>

  constructor(code: InquiryErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause })
    this.code = code
    this.details = options.details ?? {}
  }

  toJSON(): { code: InquiryErrorCode; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details }
  }
}

export const isInquiryError = (error: unknown): error is InquiryError => error instanceof InquiryError
