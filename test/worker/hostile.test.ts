import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readLimited } from '../../functions/http/body.js'
import { handleError, withLastResort } from '../../functions/http/problem.js'
import corrupt from '../../fixtures/worker/corrupt.pdf?bytes'
import { call, callWith, form, post, problemOf } from './helpers.js'

/** When set, the library call throws this instead of parsing: a stand-in for a failure deep in the parser. */
const failure = vi.hoisted(() => ({ error: undefined as unknown }))
vi.mock('../../functions/library/parse.js', async (original) => {
  const actual = await original<typeof import('../../functions/library/parse.js')>()
  return {
    ...actual,
    parseDocuments: (...args: Parameters<typeof actual.parseDocuments>) => {
      if (failure.error !== undefined) throw failure.error
      return actual.parseDocuments(...args)
    },
  }
})

afterEach(() => {
  vi.restoreAllMocks()
  failure.error = undefined
})

/** A body stream that sends `bytes` and then neither ends nor errors: a client that promised more. */
function stallingStream(bytes: number): ReadableStream<Uint8Array> {
  let sent = false
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return new Promise<void>(() => {}) // never another chunk
      sent = true
      controller.enqueue(new Uint8Array(bytes).fill(0x41))
    },
  })
}

/** A body stream that sends `bytes` and then fails, as when the client's connection goes away. */
function breakingStream(bytes: number): ReadableStream<Uint8Array> {
  let sent = false
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(new TypeError('Betreff: Spielplätze im Ortsteil Lindenhof'))
      sent = true
      controller.enqueue(new Uint8Array(bytes).fill(0x41))
    },
  })
}

const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string>) =>
  new Request('http://worker.test/api/parse', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('problem+json on every path and status', () => {
  it('answers a page that does not exist with a problem+json 404, not an empty body', async () => {
    const { status, contentType, problem } = await problemOf(await call('/nope'))
    expect(status).toBe(404)
    expect(contentType).toBe('application/problem+json')
    expect(problem).toMatchObject({ code: 'not_found', status: 404 })
    expect(problem.detail).toContain('/nope')
  })

  it('answers another method on the page with a problem+json 405', async () => {
    const response = await call('/', { method: 'PUT', body: 'x' })
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    const { status, contentType, problem } = await problemOf(response)
    expect(status).toBe(405)
    expect(contentType).toBe('application/problem+json')
    expect(problem.code).toBe('method_not_allowed')
  })

  it('answers DELETE /api/parse with a problem+json 405', async () => {
    const { status, contentType, problem } = await problemOf(await call('/api/parse', { method: 'DELETE' }))
    expect([status, contentType, problem.code]).toEqual([405, 'application/problem+json', 'method_not_allowed'])
  })

  it('turns any thrown value, even one that is no Error, into problem+json', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // hono's onError sees only Error instances; anything else reaches the entry's last resort
    const app = new Hono().get('/string', () => {
      throw 'Betreff: Spielplätze' // eslint-disable-line no-throw-literal
    })
    app.onError(handleError)
    const { status, contentType, problem } = await problemOf(await withLastResort(app).fetch(new Request('http://worker.test/string')))
    expect([status, contentType, problem.code]).toEqual([500, 'application/problem+json', 'internal_error'])
    expect(JSON.stringify(problem)).not.toContain('Spielplätze')
  })
})

describe('Content-Length lies, answered before or while reading', () => {
  it('99999999999 is a 413 decided before a byte is read', async () => {
    const request = streamed(stallingStream(3), { 'content-type': 'text/plain', 'content-length': '99999999999' })
    const { status, problem } = await problemOf(await callWith({}, '/api/parse', request))
    expect(status).toBe(413)
    expect(problem).toMatchObject({ code: 'too_large', maxBytes: 10_485_760 })
  })

  it('a body refused for its length is read as far as it has arrived before the 413, and not waited for', async () => {
    // workerd resets a connection it closes with bytes unread, and wrangler's proxy then loses the answer
    const pulls: number[] = []
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls.push(pulls.length)
        if (pulls.length > 1) return new Promise<void>(() => {}) // the rest of the 20 MB never comes
        controller.enqueue(new TextEncoder().encode('abc'))
      },
    })
    const request = streamed(body, { 'content-type': 'text/plain', 'content-length': '20000000' })
    await expect(readLimited(request, 10_485_760)).rejects.toMatchObject({ code: 'too_large' })
    expect(pulls).toEqual([0, 1])
  })

  it('a body refused for its length that trickles in is read on for a second at most, not to its end', async () => {
    // a byte every 50 ms: under the pause that ends the reading, and 20 MB of it would take eleven days
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => new Promise<void>((resolve) => setTimeout(() => resolve(controller.enqueue(new Uint8Array([0x41]))), 50)),
    })
    const request = streamed(body, { 'content-type': 'text/plain', 'content-length': '20000000' })
    await expect(readLimited(request, 10_485_760)).rejects.toMatchObject({ code: 'too_large' })
  })

  it('a length of more digits than any number is still a 413, not a 400', async () => {
    const request = streamed(stallingStream(3), { 'content-type': 'text/plain', 'content-length': '9'.repeat(40) })
    const { status, problem } = await problemOf(await callWith({}, '/api/parse', request))
    expect([status, problem.code]).toEqual([413, 'too_large'])
  })

  it('a form that declares more than two documents and their framing is a 413 before reading', async () => {
    const headers = { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(3 * 10_485_760) }
    const { status, problem } = await problemOf(await callWith({}, '/api/parse', streamed(stallingStream(3), headers)))
    expect([status, problem.code]).toEqual([413, 'too_large'])
  })

  it.each(['abc', '-1', '1e3', '12 34', ''])('Content-Length %j is a 400 problem', async (length) => {
    const request = new Request('http://worker.test/api/parse', {
      method: 'POST',
      body: 'Anfrage',
      headers: { 'content-type': 'text/plain' },
    })
    // the Request constructor sets its own length; a hostile client's header is put in its place afterwards
    const lying = new Request(request, { headers: { 'content-type': 'text/plain', 'content-length': length } })
    expect(lying.headers.get('content-length')).toBe(length)
    const { status, contentType, problem } = await problemOf(await callWith({}, '/api/parse', lying))
    expect([status, contentType, problem.code]).toEqual([400, 'application/problem+json', 'bad_request'])
  })

  it('a body that stalls short of its length is a 400 after the idle time, not a hang', async () => {
    const request = streamed(stallingStream(3), { 'content-length': '1000' })
    await expect(readLimited(request, 10_000, 50)).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/stalled/) })
  })

  it('a body that breaks off is a 400, and the stream error (which could quote anything) is not passed on', async () => {
    const { status, contentType, problem } = await problemOf(
      await callWith({}, '/api/parse', streamed(breakingStream(3), { 'content-type': 'text/plain' }))
    )
    expect([status, contentType, problem.code]).toEqual([400, 'application/problem+json', 'bad_request'])
    expect(problem.detail).not.toContain('Spielplätze')
  })

  it('a body that ends with fewer bytes than it declared is a 400 naming both sizes', async () => {
    const short = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('abc'))
        controller.close()
      },
    })
    await expect(readLimited(streamed(short, { 'content-length': '1000' }), 10_000)).rejects.toMatchObject({
      code: 'bad_request',
      extensions: { bytes: 3, declaredBytes: 1000 },
    })
  })
})

describe('an exception from the parser on a hostile document', () => {
  it('is a 422 corrupt problem with a stable reason, logged by name without the document', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    failure.error = new RangeError('Betreff: Spielplätze im Ortsteil Lindenhof')
    const { status, problem } = await problemOf(await callWith({}, '/api/parse', post(form(corrupt, 'vertraulich.pdf'))))
    expect(status).toBe(422)
    expect(problem).toMatchObject({ code: 'corrupt', reason: 'parser_failure' })
    const lines = logged.mock.calls.map((args) => args.join(' ')).join('\n')
    expect(lines).toContain('RangeError')
    expect(lines).not.toMatch(/Spielplätze|vertraulich/)
  })
})
