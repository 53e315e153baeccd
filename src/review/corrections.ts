/**
 * @module
 * A clerk's corrections of the links, checked: the list's shape by the contract's zod schema, then applied by
 * `correct` (correct.ts), which also refuses a paragraph or question the inquiry does not have.
 */
import { InquiryError } from '../errors.js'
import { Correction, type Inquiry } from '../schema.js'
import { correct } from './correct.js'

const MAX_CORRECTIONS = 10_000

/**
 * Applies `corrections` in order; a correction of the wrong shape, or naming a paragraph or question the inquiry
 * does not have, is an `invalid_option` error, and nothing is applied.
 */
export function applyCorrections(inquiry: Inquiry, corrections: readonly Correction[]): Inquiry {
  const parsed = Correction.array().max(MAX_CORRECTIONS).safeParse(corrections)
  if (!parsed.success)
    throw new InquiryError(
      'invalid_option',
      `The corrections are not a list of at most ${MAX_CORRECTIONS} link, unlink, move or mark entries.`
    )
  return correct(inquiry, parsed.data)
}
