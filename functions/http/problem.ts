/**
 * @module
 * Errors as `application/problem+json` (RFC 9457): `type`, `title`, `status`, `detail`, plus our stable `code`.
 * The library's `InquiryError` codes map to HTTP statuses here; the HTTP layer's own problems use `ProblemError`.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isInquiryError, type InquiryErrorCode } from '../../src/index.js'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Codes the HTTP layer adds to the library's. */
export type HttpProblemCode =
  | 'bad_request'
  | 'missing_file'
  | 'unauthorized'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_error'
  | 'not_configured'
export type ProblemCode = InquiryErrorCode | HttpProblemCode

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  code: ProblemCode
  [extension: string]: unknown
}

export const STATUS_OF: Record<ProblemCode, ContentfulStatusCode> = {
  unsupported_format: 415,
  too_large: 413,
  encrypted: 422,
  corrupt: 422,
  empty: 422,
  too_many_pages: 422,
  too_complex: 422,
  needs_ocr: 422,
  invalid_option: 400,
  pdf_unavailable: 500,
  ocr_unavailable: 500,
  bad_request: 400,
  missing_file: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
  not_configured: 501,
}

const TITLE_OF: Record<ProblemCode, string> = {
  unsupported_format: 'Unsupported document format',
  too_large: 'Document too large',
  encrypted: 'Encrypted document',
  corrupt: 'Damaged document',
  empty: 'Empty document',
  too_many_pages: 'Too many pages',
  too_complex: 'Document too complex',
  needs_ocr: 'Scanned document needs OCR',
  invalid_option: 'Invalid option',
  pdf_unavailable: 'PDF reader unavailable',
  ocr_unavailable: 'OCR unavailable',
  bad_request: 'Bad request',
  missing_file: 'No document uploaded',
  unauthorized: 'Unauthorized',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  internal_error: 'Internal error',
  not_configured: 'Not configured',
}

/** A problem raised by the HTTP layer itself (bad form, missing token, body over the limit…). */
export class ProblemError extends Error {
  override readonly name = 'ProblemError'
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

/** The problem document for a code; the library's `details` become extension members. */
export function toProblem(code: ProblemCode, detail: string, extensions: Record<string, unknown> = {}): Problem {
  const reserved = new Set(['type', 'title', 'status', 'detail', 'code', 'instance'])
  const extra = Object.fromEntries(Object.entries(extensions).filter(([key]) => !reserved.has(key)))
  return { type: `urn:inquiry-parser:problem:${code}`, title: TITLE_OF[code], status: STATUS_OF[code], detail, code, ...extra }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  })
}

/** `app.onError`: every thrown error becomes problem+json; only real bugs are a 500, and never with a stack. */
export function handleError(error: unknown, c: Context): Response {
  if (isInquiryError(error)) return problemResponse(toProblem(error.code, error.message, error.details))
  if (error instanceof ProblemError) return problemResponse(toProblem(error.code, error.message, error.extensions), error.headers)
  const status = httpStatusOf(error)
  if (status === 415) return problemResponse(toProblem('unsupported_format', 'This content type is not accepted here.'))
  if (status !== undefined && status < 500) return problemResponse({ ...toProblem('bad_request', messageOf(error)), status })
  // the name only: a message could quote document content, which must never reach the logs
  console.error(
    `inquiry-parser: internal error (${(error as Error)?.name ?? typeof error}) on ${c.req.method} ${new URL(c.req.url).pathname}`
  )
  return problemResponse(toProblem('internal_error', 'The document could not be processed because of an internal error.'))
}

type Fetcher<E, C> = { fetch(request: Request, env?: E, ctx?: C): Response | Promise<Response> }

/**
 * The entry's last resort: hono's `onError` sees only `Error` instances, so anything else thrown (a string, a
 * failure inside `onError` itself) would reach the runtime as a text/plain 500. Here it becomes problem+json too.
 */
export function withLastResort<E, C>(app: Fetcher<E, C>): { fetch(request: Request, env?: E, ctx?: C): Promise<Response> } {
  return {
    async fetch(request, env, ctx) {
      try {
        const response = await app.fetch(request, env, ctx)
        if (response.status === 413) discardUnreadBody(request)
        return response
      } catch (error) {
        console.error(`inquiry-parser: internal error (${(error as Error)?.name ?? typeof error}) outside the app on ${request.method}`)
        const problem = toProblem('internal_error', 'The request could not be processed because of an internal error.')
        return problemResponse(problem, { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' })
      }
    },
  }
}

/**
 * A body refused for its size before it was read (a 413 from Content-Length) is cancelled: under `wrangler dev`
 * the answer is otherwise held back until the client has sent the whole body, which never happens when its
 * Content-Length lies. Other unread bodies (a 401, a 415) are left to drain: cancelling them makes wrangler's
 * proxy drop the answer, and the clerk's page never sees the 401 that asks for the token.
 */
function discardUnreadBody(request: Request): void {
  if (request.body === null || request.bodyUsed || request.body.locked) return
  request.body.cancel().catch(() => {})
}

/** hono's HTTPException (raised by validators and middleware) carries a status. */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && typeof (error as { getResponse?: unknown }).getResponse === 'function' ? status : undefined
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'The request could not be read.'
}
