/**
 * @module
 * OCR's packages are optional peer dependencies: a user who never reads scans installs none of them (about
 * 90 MB). Where a scan meets a missing one, the error names the command that installs them all.
 */
import { InquiryError } from '../../errors.js'

export const OCR_INSTALL = 'npm install tesseract.js@7 @tesseract.js-data/deu@1 @napi-rs/canvas@0.1'

/** `ocr_unavailable` for the package `missing`, with the failed import or lookup as its cause. */
export function ocrUnavailable(missing: string, cause: unknown): InquiryError {
  return new InquiryError('ocr_unavailable', `OCR needs ${missing}, which is not installed: run ${OCR_INSTALL}, or parse with OCR off.`, {
    cause,
    details: { missing },
  })
}

export const isOcrUnavailable = (error: unknown): boolean => error instanceof InquiryError && error.code === 'ocr_unavailable'
