/**
 * @module
 * The import service (docs/imports.md): `POST /api/imports` queues an archive in R2 (a prefix or a list of keys),
 * `GET /api/imports/{id}` reports progress, `GET /api/imports/{id}/results.ndjson` streams the results. Without
 * the R2, Queue and D1 bindings every route answers `501 not_configured`.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Env } from '../env.js'
import { readLimited } from '../http/body.js'
import { ProblemError } from '../http/problem.js'
import { importService, type ImportService } from '../imports/bindings.js'
import { resultStream } from '../imports/results.js'
import { startImport, type ImportSource } from '../imports/start.js'
import { countByStatus, findImport } from '../imports/store.js'
import { problemResponse } from './schemas.js'

/** R2 keys are at most 1024 bytes; a request names at most this many. */
const MAX_LISTED_KEYS = 1000
const MAX_BODY_BYTES = 1024 * 1024
const DEFAULT_MAX_DOCUMENTS = 10_000

const ImportRequest = z
  .object({
    prefix: z.string().max(1024).optional().describe('every object under this prefix (outside results/), listed page by page'),
    cursor: z.string().max(4096).optional().describe('with prefix: where the listing of an earlier import stopped'),
    keys: z.array(z.string().min(1).max(1024)).min(1).max(MAX_LISTED_KEYS).optional().describe('these objects'),
  })
  .strict()
  .refine((r) => (r.prefix === undefined) !== (r.keys === undefined), 'Give either prefix or keys.')
  .openapi('ImportRequest')

const Counts = z.object(
  Object.fromEntries(['queued', 'retrying', 'parsed', 'failed', 'needs_ocr', 'duplicate', 'dead'].map((s) => [s, z.number().int()]))
)

const ImportProgress = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    prefix: z.string().nullable(),
    total: z.number().int(),
    counts: Counts,
    redeliveries: z.number().int().describe('messages delivered again after their document was done (no second result)'),
    done: z.boolean(),
  })
  .openapi('ImportProgress')

const ImportStarted = z
  .object({
    id: z.string(),
    total: z.number().int(),
    prefix: z.string().nullable(),
    cursor: z.string().optional().describe('the prefix had more keys than one import takes: start the next import with it'),
  })
  .openapi('ImportStarted')

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })
const notConfigured = problemResponse('The R2, Queue and D1 bindings of the import service are not configured')

const startRoute = createRoute({
  method: 'post',
  path: '/api/imports',
  operationId: 'startImport',
  summary: 'Import documents from R2 through the queue',
  request: { body: { required: true, content: { 'application/json': { schema: ImportRequest } } } },
  responses: {
    202: { description: 'Queued: one message per document', content: { 'application/json': { schema: ImportStarted } } },
    400: problemResponse('Body is not a valid import request'),
    401: problemResponse('Missing or wrong bearer token (only when API_TOKEN is set)'),
    501: notConfigured,
  },
})

const progressRoute = createRoute({
  method: 'get',
  path: '/api/imports/{id}',
  operationId: 'getImport',
  summary: 'Progress of an import: documents by status',
  request: { params: idParam },
  responses: {
    200: { description: 'Progress', content: { 'application/json': { schema: ImportProgress } } },
    404: problemResponse('No import with this id'),
    501: notConfigured,
  },
})

const resultsRoute = createRoute({
  method: 'get',
  path: '/api/imports/{id}/results.ndjson',
  operationId: 'getImportResults',
  summary: 'Results of an import, one JSON line per document seen so far',
  request: { params: idParam },
  responses: {
    200: { description: 'NDJSON, in key order', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
    404: problemResponse('No import with this id'),
    501: notConfigured,
  },
})

export function registerImports(app: OpenAPIHono<Env>): void {
  for (const route of [startRoute, progressRoute, resultsRoute]) app.openAPIRegistry.registerPath(route)
  app.post('/api/imports', start)
  app.get('/api/imports/:id', progress)
  app.get('/api/imports/:id/results.ndjson', results)
}

function serviceOf(c: Context<Env>): ImportService {
  const service = importService(c.env)
  if (service) return service
  throw new ProblemError(
    'not_configured',
    'The import service is not configured: bind IMPORTS_BUCKET, IMPORTS_QUEUE and IMPORTS_DB (docs/imports.md).'
  )
}

async function start(c: Context<Env>): Promise<Response> {
  const service = serviceOf(c)
  const source = await readSource(c.req.raw)
  const started = await startImport(service, source, positiveInt(c.env?.IMPORTS_MAX_DOCUMENTS, DEFAULT_MAX_DOCUMENTS))
  return c.json(started, 202, { location: `/api/imports/${started.id}`, 'cache-control': 'no-store' })
}

async function readSource(request: Request): Promise<ImportSource> {
  const text = new TextDecoder().decode(await readLimited(request, MAX_BODY_BYTES))
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ProblemError('bad_request', 'The body is no JSON: send {"prefix": "…"} or {"keys": ["…"]}.')
  }
  const parsed = ImportRequest.safeParse(json)
  if (!parsed.success) throw new ProblemError('bad_request', 'Send either {"prefix": "…", "cursor"?: "…"} or {"keys": [up to 1000 keys]}.')
  const { prefix, cursor, keys } = parsed.data
  return keys ? { keys } : { prefix: prefix ?? '', ...(cursor ? { cursor } : {}) }
}

async function progress(c: Context<Env>): Promise<Response> {
  const service = serviceOf(c)
  const row = await findImport(service.db, c.req.param('id') ?? '')
  if (row === null) throw new ProblemError('not_found', 'There is no import with this id.')
  const { counts, redeliveries } = await countByStatus(service.db, row.id)
  const seen = Object.values(counts).reduce((n, count) => n + count, 0)
  const queued = Math.max(0, row.total - seen)
  c.header('cache-control', 'no-store')
  return c.json({
    id: row.id,
    createdAt: row.created_at,
    prefix: row.prefix,
    total: row.total,
    counts: { queued, ...counts },
    redeliveries,
    done: queued === 0 && counts['retrying'] === 0,
  })
}

async function results(c: Context<Env>): Promise<Response> {
  const service = serviceOf(c)
  const row = await findImport(service.db, c.req.param('id') ?? '')
  if (row === null) throw new ProblemError('not_found', 'There is no import with this id.')
  return new Response(resultStream(service.db, row.id), {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  })
}

function positiveInt(value: string | number | undefined, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isSafeInteger(n) && n > 0 ? n : fallback
}
