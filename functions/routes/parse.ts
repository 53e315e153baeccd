/**
 * @module
 * `POST /api/parse`: one document (or inquiry + reply) in, the Inquiry contract (or Markdown, the reply template,
 * OParl) out — with a person's corrections of the links applied first, when sent (see corrections.ts).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { DOCX_TYPE, InquiryError, isInquiryError, toMarkdown, toOParl, toReplyDocx, type Inquiry } from '../../src/index.js'
import { readLimits, type Env, type Limits } from '../env.js'
import { ProblemError } from '../http/problem.js'
import { readUpload, type Upload } from '../http/upload.js'
import { parseDocuments } from '../library/parse.js'
import { readCorrections, withCorrections } from './corrections.js'
import { INQUIRY_REF, ParseOptions, problemResponse, UPLOAD_CONTENT } from './schemas.js'

export const parseRoute = createRoute({
  method: 'post',
  path: '/api/parse',
  operationId: 'parseInquiry',
  summary: 'Parse an inquiry (and optionally its reply)',
  description:
    'Send `multipart/form-data` with `file` (and optionally `reply`), or the document itself as the body. ' +
    'The format is recognised from the bytes. Documents are neither stored nor logged. ' +
    "`corrections` (a form field, or the query for a raw body) is a JSON list of a person's corrections of the links, " +
    "applied before any format is made, as the clerk's page applies them: `link`, `unlink` and `move` a reply paragraph " +
    '(by its `id`) to a question (by its `id`), `mark` a question answered (`true`), unanswered (`false`) or as its links say ' +
    '(`null`). Their links carry the method `manual`, the coverage follows them, and the result lists them in `corrections`.',
  request: { query: ParseOptions, body: { required: true, content: UPLOAD_CONTENT } },
  responses: {
    200: {
      description: 'The parsed inquiry',
      content: {
        'application/json': { schema: INQUIRY_REF },
        'text/markdown': { schema: { type: 'string' } },
        [DOCX_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    },
    400: problemResponse('Missing file, unreadable form or invalid option'),
    401: problemResponse('Missing or wrong bearer token (only when API_TOKEN is set)'),
    413: problemResponse('Document (or the unpacked DOCX) larger than allowed'),
    415: problemResponse('Not a PDF, DOCX, DOC, ODT, RTF, HTML or text document'),
    422: problemResponse('Encrypted, damaged, empty, too many pages, or a scan that needs OCR'),
  },
})

export function registerParse(app: OpenAPIHono<Env>): void {
  // documented from the route, handled by a plain handler that owns the body and its limits
  app.openAPIRegistry.registerPath(parseRoute)
  app.post('/api/parse', parse)
  app.all('/api/parse', () => {
    throw new ProblemError('method_not_allowed', 'Use POST to upload a document.', {}, { allow: 'POST' })
  })
}

async function parse(c: Context<Env>): Promise<Response> {
  const limits = readLimits(c.env)
  // a bad option fails before the body is read
  readOptions(c.req.query())
  readCorrections(c.req.query()['corrections'])
  const upload = await readUpload(c.req.raw, limits)
  const values = { ...c.req.query(), ...upload.fields }
  const options = readOptions(values)
  const corrections = readCorrections(values['corrections'])
  const inquiry = withCorrections(await parseUploaded(upload, limits), corrections)
  c.header('cache-control', 'no-store')
  if (options.format === 'markdown') return c.body(toMarkdown(inquiry), 200, { 'content-type': 'text/markdown; charset=utf-8' })
  if (options.format === 'docx')
    return c.body(toReplyDocx(inquiry), 200, {
      'content-type': DOCX_TYPE,
      'content-disposition': 'attachment; filename="stellungnahme.docx"',
    })
  if (options.format === 'oparl') return c.json(toOParl(inquiry))
  return c.json(inquiry)
}

/**
 * The parser on the client's bytes. Whatever it throws that is not an `InquiryError` was still caused by the
 * document (hostile or merely unusual), so the client gets a 422 `corrupt` rather than a 500; the log keeps
 * the error's name, never its message, which could quote the document.
 */
async function parseUploaded(upload: Upload, limits: Limits): Promise<Inquiry> {
  try {
    return await parseDocuments(upload, limits)
  } catch (error) {
    if (isInquiryError(error) || error instanceof ProblemError) throw error
    console.error(`inquiry-parser: the parser failed (${(error as Error)?.name ?? typeof error}); answered as corrupt`)
    throw new InquiryError(
      'corrupt',
      'The document could not be read: its structure is damaged or unusual; save or export it anew and try again.',
      {
        details: { reason: 'parser_failure' },
      }
    )
  }
}

function readOptions(values: Record<string, string>): ParseOptions {
  const result = ParseOptions.safeParse({ format: values['format'] })
  if (result.success) return result.data
  throw new InquiryError('invalid_option', `Unknown format "${values['format']}": use json, markdown, docx or oparl.`, {
    details: { option: 'format' },
  })
}
