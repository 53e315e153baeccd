/**
 * @module
 * The `corrections` option of `POST /api/parse`: a person's corrections of the links as JSON, the same list the
 * clerk's page applies (`applyCorrections`), so that a script gets the corrected JSON, Markdown, DOCX and OParl.
 * Its shape is checked before the body is read; the paragraphs and questions it names, after the parse. Either
 * failure is a 400 `invalid_option` that says which entry is wrong.
 */
import { applyCorrections, Correction, InquiryError, isInquiryError, type Inquiry } from '../../src/index.js'

/** 10,000 corrections of about 60 characters each, with room to spare. */
export const MAX_CORRECTIONS_CHARS = 1_000_000
const MAX_CORRECTIONS = 10_000

const EXAMPLE = '[{"op":"move","paragraph":"r3","question":"2"}]'

const invalid = (message: string, details: Record<string, unknown> = {}): InquiryError =>
  new InquiryError('invalid_option', message, { details: { option: 'corrections', ...details } })

/** The corrections sent as the option's text; null when there are none. */
export function readCorrections(text: string | undefined): Correction[] | null {
  if (text === undefined || text.trim() === '') return null
  if (text.length > MAX_CORRECTIONS_CHARS)
    throw invalid(`The corrections are longer than ${MAX_CORRECTIONS_CHARS} characters; send at most ${MAX_CORRECTIONS} entries.`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw invalid(`The corrections are not JSON; send a JSON list such as ${EXAMPLE}.`)
  }
  const parsed = Correction.array().max(MAX_CORRECTIONS).safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const path = (issue?.path ?? []).map(String)
  const at = path.length > 0 ? ` (at ${path.join('.')})` : ''
  throw invalid(
    `The corrections must be a list of at most ${MAX_CORRECTIONS} entries, each {"op":"link"|"unlink"|"move","paragraph","question"} or {"op":"mark","question","answered":true|false|null}${at}.`,
    { path }
  )
}

/** The inquiry with the corrections applied; one naming a paragraph or question it does not have is refused. */
export function withCorrections(inquiry: Inquiry, corrections: readonly Correction[] | null): Inquiry {
  if (corrections === null) return inquiry
  try {
    return applyCorrections(inquiry, corrections)
  } catch (error) {
    if (isInquiryError(error)) throw invalid(`${error.message} The corrections were not applied.`)
    throw error
  }
}
