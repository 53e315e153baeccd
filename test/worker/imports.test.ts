/**
 * The import service in workerd, with the pool's local R2, Queues and D1 (wrangler.toml's `imports` environment):
 * real PDFs and DOCX through the real queue, and single batches through the consumer for a retry, a poison
 * document and a message delivered twice.
 */
import { applyD1Migrations, createExecutionContext, createMessageBatch, getQueueResult, type D1Migration } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import corrupt from '../../fixtures/worker/corrupt.pdf?bytes'
import scan from '../../fixtures/worker/scan.pdf?bytes'
import docx from '../../fixtures/worker/spielplaetze.docx?bytes'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import type { Bindings } from '../../functions/env.js'
import type { R2Bucket } from '../../functions/imports/bindings.js'
import worker from '../../functions/index.js'
import { call, callWith, form, post, problemOf } from './helpers.js'

const bucket = env.IMPORTS_BUCKET!
const QUEUE = 'inquiry-parser-imports'
const DEAD = 'inquiry-parser-imports-dlq'
const json = (body: unknown): RequestInit => post(JSON.stringify(body), { 'content-type': 'application/json' })

type Progress = { total: number; counts: Record<string, number>; redeliveries: number; done: boolean }
type Line = { key: string; status: string; sha256: string; result?: string; duplicateOf?: string; error?: string; questions?: number }

beforeAll(async () => {
  await applyD1Migrations(env.IMPORTS_DB as never, (env as unknown as { TEST_MIGRATIONS: D1Migration[] }).TEST_MIGRATIONS)
})

async function start(body: unknown): Promise<{ id: string; total: number; cursor?: string }> {
  const response = await call('/api/imports', json(body))
  expect(response.status).toBe(202)
  return (await response.json()) as { id: string; total: number; cursor?: string }
}

const progress = async (id: string) => (await (await call(`/api/imports/${id}`)).json()) as Progress
// decoded from the bytes: workerd's Response.text() warns on a type it does not know as text (x-ndjson)
const lines = async (id: string) =>
  new TextDecoder()
    .decode(await (await call(`/api/imports/${id}/results.ndjson`)).arrayBuffer())
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line)

describe('an import through the local queue', () => {
  it('parses PDF and DOCX, records the scan as needs_ocr, the damaged file as failed and the copy as duplicate', async () => {
    const folder = 'archive/e2e/'
    for (const [name, bytes] of [
      ['a-spielplaetze.pdf', pdf],
      ['b-spielplaetze.docx', docx],
      ['c-scan.pdf', scan],
      ['d-kaputt.pdf', corrupt],
      ['e-kopie.pdf', pdf],
    ] as const)
      await bucket.put(`${folder}${name}`, bytes as never)
    const started = await start({ prefix: folder })
    expect(started.total).toBe(5)

    await vi.waitFor(async () => expect((await progress(started.id)).done).toBe(true), { timeout: 25_000, interval: 250 })
    const done = await progress(started.id)
    expect(done.counts).toStrictEqual({ queued: 0, retrying: 0, parsed: 2, failed: 1, needs_ocr: 1, duplicate: 1, dead: 0 })

    const results = await lines(started.id)
    expect(results.map((line) => [line.key.slice(folder.length), line.status])).toStrictEqual([
      ['a-spielplaetze.pdf', 'parsed'],
      ['b-spielplaetze.docx', 'parsed'],
      ['c-scan.pdf', 'needs_ocr'],
      ['d-kaputt.pdf', 'failed'],
      ['e-kopie.pdf', 'duplicate'],
    ])
    const [first, , scanned, damaged, copy] = results
    expect(copy).toMatchObject({ duplicateOf: `${folder}a-spielplaetze.pdf`, sha256: first!.sha256 })
    expect(copy!.result).toBeUndefined()
    expect(scanned!.error).toBe('needs_ocr')
    expect(damaged!.error).toBe('corrupt')
  })

  it('writes the same result to R2 as the upload route answers, with the counts in D1', async () => {
    await bucket.put('archive/same/spielplaetze.pdf', pdf as never)
    const started = await start({ keys: ['archive/same/spielplaetze.pdf'] })
    await vi.waitFor(async () => expect((await progress(started.id)).done).toBe(true), { timeout: 25_000, interval: 250 })
    const [line] = await lines(started.id)
    expect(line!.result).toBe(`results/${started.id}/archive/same/spielplaetze.pdf.json`)
    const stored = JSON.parse(new TextDecoder().decode(await (await bucket.get(line!.result!))!.arrayBuffer())) as {
      key: string
      questions: unknown[]
    }
    const uploaded = (await (await call('/api/parse', post(form(pdf, 'spielplaetze.pdf')))).json()) as Record<string, unknown>
    expect(stored).toStrictEqual({ key: 'archive/same/spielplaetze.pdf', ...uploaded })
    expect(line!.questions).toBeGreaterThan(0)
  })
})

/** The consumer on one batch, with the test's bindings; returns what it did with each message. */
async function consume(queue: string, messages: { id: string; attempts: number; body: unknown }[], bindings: Partial<Bindings> = {}) {
  const batch = createMessageBatch(
    queue,
    messages.map((m) => ({ ...m, timestamp: new Date() }))
  )
  // the pool's result names the retried messages but not their delays: those are read from the calls
  const delays = batch.messages.map((message) => vi.spyOn(message, 'retry'))
  const ctx = createExecutionContext()
  await worker.queue(batch, { ...env, ...bindings })
  const result = await getQueueResult(batch, ctx)
  const retried = batch.messages.flatMap((message, i) =>
    delays[i]!.mock.calls.map((call) => ({ msgId: message.id, delaySeconds: call[0]?.delaySeconds }))
  )
  expect(result.retryMessages.map((m) => m.msgId)).toStrictEqual(retried.map((m) => m.msgId))
  return { ...result, retryMessages: retried }
}

/** The archive's bucket, failing every read of the keys given (R2 in trouble), counting writes. */
function troubledBucket(failing: Set<string>) {
  const writes: string[] = []
  const wrapped: R2Bucket = {
    get: (key) => (failing.has(key) ? Promise.reject(new Error('R2 unavailable')) : bucket.get(key)),
    put: (key, value, options) => {
      writes.push(key)
      return bucket.put(key, value, options)
    },
    list: (options) => bucket.list(options),
  }
  return { wrapped, writes }
}

async function seededImport(keys: string[]): Promise<string> {
  const id = crypto.randomUUID()
  await env
    .IMPORTS_DB!.prepare('INSERT INTO imports (id, created_at, prefix, total) VALUES (?, ?, NULL, ?)')
    .bind(id, new Date().toISOString(), keys.length)
    .run()
  return id
}

describe('the consumer', () => {
  it('retries a transient failure with a growing delay, then parses the document', async () => {
    await bucket.put('archive/retry/spielplaetze.docx', docx as never)
    const id = await seededImport(['archive/retry/spielplaetze.docx'])
    const body = { importId: id, key: 'archive/retry/spielplaetze.docx' }
    const trouble = troubledBucket(new Set([body.key]))

    const first = await consume(QUEUE, [{ id: 'm1', attempts: 1, body }], { IMPORTS_BUCKET: trouble.wrapped })
    const second = await consume(QUEUE, [{ id: 'm1', attempts: 2, body }], { IMPORTS_BUCKET: trouble.wrapped })
    expect(first.retryMessages).toStrictEqual([{ msgId: 'm1', delaySeconds: 30 }])
    expect(second.retryMessages).toStrictEqual([{ msgId: 'm1', delaySeconds: 60 }])
    expect((await progress(id)).counts['retrying']).toBe(1)

    const third = await consume(QUEUE, [{ id: 'm1', attempts: 3, body }])
    expect(third.explicitAcks).toStrictEqual(['m1'])
    expect(third.retryMessages).toStrictEqual([])
    const [line] = await lines(id)
    expect(line).toMatchObject({ status: 'parsed', attempts: 3 })
    expect(await progress(id)).toMatchObject({ done: true, counts: { parsed: 1, retrying: 0 } })
  })

  it('leaves a poison document to the dead-letter queue, whose consumer records it dead, and goes on with the rest', async () => {
    await bucket.put('archive/poison/gift.pdf', pdf as never)
    await bucket.put('archive/poison/anderes.pdf', corrupt as never)
    const id = await seededImport(['archive/poison/gift.pdf', 'archive/poison/anderes.pdf'])
    const poison = { importId: id, key: 'archive/poison/gift.pdf' }
    const trouble = troubledBucket(new Set([poison.key]))
    // every delivery up to max_retries fails; the batch's other document is done all the same
    for (let attempts = 1; attempts <= 5; attempts++) {
      const others = attempts === 1 ? [{ id: 'ok', attempts: 1, body: { importId: id, key: 'archive/poison/anderes.pdf' } }] : []
      const result = await consume(QUEUE, [{ id: 'p', attempts, body: poison }, ...others], { IMPORTS_BUCKET: trouble.wrapped })
      expect(result.retryMessages).toStrictEqual([{ msgId: 'p', delaySeconds: 30 * 2 ** (attempts - 1) }])
      if (attempts === 1) expect(result.explicitAcks).toStrictEqual(['ok'])
    }
    const dead = await consume(DEAD, [{ id: 'p', attempts: 1, body: poison }])
    expect(dead.explicitAcks).toStrictEqual(['p'])
    expect(await progress(id)).toMatchObject({ done: true, counts: { dead: 1, failed: 1, retrying: 0, queued: 0 } })
    expect((await lines(id)).map((line) => [line.key, line.status, line.error])).toStrictEqual([
      ['archive/poison/anderes.pdf', 'failed', 'corrupt'],
      [poison.key, 'dead', 'retries_exhausted'],
    ])
    // the dead-letter queue counts its own deliveries; the row keeps the five of the import queue
    expect((await lines(id))[1]).toMatchObject({ attempts: 5 })
    expect(trouble.writes).toStrictEqual([])
  })

  it('writes no second result for a message delivered twice, and counts the redelivery', async () => {
    await bucket.put('archive/twice/spielplaetze.pdf', pdf as never)
    const id = await seededImport(['archive/twice/spielplaetze.pdf'])
    const body = { importId: id, key: 'archive/twice/spielplaetze.pdf' }
    const trouble = troubledBucket(new Set())
    await consume(QUEUE, [{ id: 'a', attempts: 1, body }], { IMPORTS_BUCKET: trouble.wrapped })
    const again = await consume(QUEUE, [{ id: 'b', attempts: 1, body }], { IMPORTS_BUCKET: trouble.wrapped })
    expect(again.explicitAcks).toStrictEqual(['b'])
    expect(trouble.writes).toStrictEqual([`results/${id}/archive/twice/spielplaetze.pdf.json`])
    expect(await progress(id)).toMatchObject({ done: true, redeliveries: 1, counts: { parsed: 1, duplicate: 0 } })
  })

  it('does not record a message on the dead-letter queue as dead when its document got through', async () => {
    await bucket.put('archive/late/spielplaetze.pdf', pdf as never)
    const id = await seededImport(['archive/late/spielplaetze.pdf'])
    const body = { importId: id, key: 'archive/late/spielplaetze.pdf' }
    await consume(QUEUE, [{ id: 'x', attempts: 1, body }])
    await consume(DEAD, [{ id: 'x', attempts: 1, body }])
    expect((await lines(id))[0]).toMatchObject({ status: 'parsed' })
  })
})

describe('the import routes', () => {
  const unbound = { IMPORTS_BUCKET: undefined, IMPORTS_QUEUE: undefined, IMPORTS_DB: undefined }

  it('answer 501 not_configured without the bindings, while the upload service works as before', async () => {
    for (const [path, init] of [
      ['/api/imports', json({ prefix: '' })],
      ['/api/imports/x', {}],
      ['/api/imports/x/results.ndjson', {}],
    ] as const) {
      const { status, contentType, problem } = await problemOf(await callWith(unbound, path, init))
      expect(status).toBe(501)
      expect(contentType).toBe('application/problem+json')
      expect(problem.code).toBe('not_configured')
    }
    expect((await callWith(unbound, '/api/parse', post(form(pdf, 'spielplaetze.pdf')))).status).toBe(200)
  })

  it('refuse a body that names neither or both of prefix and keys, and an unknown import', async () => {
    for (const body of [{}, { prefix: 'a/', keys: ['a/x.pdf'] }, { keys: [] }, { prefix: 3 }, { keys: ['a'], extra: 1 }]) {
      const { status, problem } = await problemOf(await call('/api/imports', json(body)))
      expect([status, problem.code]).toStrictEqual([400, 'bad_request'])
    }
    expect((await problemOf(await call('/api/imports', post('{', { 'content-type': 'application/json' })))).problem.code).toBe(
      'bad_request'
    )
    expect((await problemOf(await call('/api/imports/no-such-import'))).status).toBe(404)
    expect((await problemOf(await call('/api/imports/no-such-import/results.ndjson'))).status).toBe(404)
  })

  it('need the token when API_TOKEN is set', async () => {
    const response = await callWith({ API_TOKEN: 'geheim' }, '/api/imports', json({ prefix: '' }))
    expect(response.status).toBe(401)
  })

  it('queue at most IMPORTS_MAX_DOCUMENTS of a prefix and answer the cursor that continues it', async () => {
    for (const name of ['1.txt', '2.txt', '3.txt']) await bucket.put(`archive/bounded/${name}`, 'Anfrage' as never)
    const first = await callWith({ IMPORTS_MAX_DOCUMENTS: '2' }, '/api/imports', json({ prefix: 'archive/bounded/' }))
    const page = (await first.json()) as { total: number; cursor?: string }
    expect(page.total).toBe(2)
    expect(page.cursor).toEqual(expect.any(String))
    const rest = await callWith({ IMPORTS_MAX_DOCUMENTS: '2' }, '/api/imports', json({ prefix: 'archive/bounded/', cursor: page.cursor }))
    expect(await rest.json()).toMatchObject({ total: 1 })
  })

  it('are in the OpenAPI document', async () => {
    const document = (await (await call('/api/openapi.json')).json()) as { paths: Record<string, object> }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/imports', '/api/imports/{id}', '/api/imports/{id}/results.ndjson'])
    )
  })
})
