/**
 * @module
 * An upload as the API accepts it: `multipart/form-data` with `file` (and optionally `reply`), or the document
 * itself as the raw body. Which format a document is, the library decides from its bytes, not from its type.
 */
import { FORM_OVERHEAD_BYTES, type Limits } from '../env.js'
import { readLimited, tooLarge } from './body.js'
import { ProblemError } from './problem.js'

export type Upload = {
  inquiry: Uint8Array
  reply: Uint8Array | null
  /** text fields of a form (options such as `format`); empty for a raw body */
  fields: Record<string, string>
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The archive formats: Word 97–2003, RTF (both types are in use), OpenDocument text. */
export const ARCHIVE_TYPES = ['application/msword', 'application/rtf', 'text/rtf', 'application/vnd.oasis.opendocument.text']

/** Content types a raw body may have. */
export const RAW_TYPES = [
  'application/pdf',
  DOCX_TYPE,
  ...ARCHIVE_TYPES,
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'application/octet-stream',
]

export async function readUpload(request: Request, limits: Limits): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? ''
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase()
  if (mediaType === 'multipart/form-data') return readForm(request, contentType, limits)
  if (mediaType === '' || RAW_TYPES.includes(mediaType)) {
    return { inquiry: await readLimited(request, limits.maxBytes), reply: null, fields: {} }
  }
  throw new ProblemError(
    'unsupported_format',
    `Content type "${mediaType}" is not accepted: send multipart/form-data with a "file" field, or a PDF, Word (DOCX, DOC), ODT, RTF, HTML or text file as the body.`
  )
}

async function readForm(request: Request, contentType: string, limits: Limits): Promise<Upload> {
  // two documents fit, plus the framing; each file is checked on its own below
  const body = await readLimited(request, 2 * limits.maxBytes + FORM_OVERHEAD_BYTES)
  const form = await parseForm(body, contentType)
  const inquiry = await fileBytes(form.get('file'), limits)
  if (inquiry === null) throw new ProblemError('missing_file', 'No document: send the inquiry as the form field "file".')
  const reply = await fileBytes(form.get('reply'), limits)
  const fields: Record<string, string> = {}
  for (const [name, value] of form) if (typeof value === 'string') fields[name] = value
  return { inquiry, reply, fields }
}

async function parseForm(body: Uint8Array, contentType: string): Promise<FormData> {
  try {
    return await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData()
  } catch {
    throw new ProblemError('bad_request', 'The multipart form could not be read.')
  }
}

/** A form field's file content; null when absent or left empty (a browser sends an unnamed empty part). */
async function fileBytes(value: FormDataEntryValue | null, limits: Limits): Promise<Uint8Array | null> {
  if (value === null) return null
  if (typeof value === 'string') throw new ProblemError('bad_request', 'The form fields "file" and "reply" must be files, not text.')
  if (value.size === 0 && value.name === '') return null
  if (value.size > limits.maxBytes) throw tooLarge(value.size, limits.maxBytes)
  return new Uint8Array(await value.arrayBuffer())
}
