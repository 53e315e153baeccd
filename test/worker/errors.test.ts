import { describe, expect, it } from 'vitest'
import encrypted from '../../fixtures/worker/encrypted.pdf?bytes'
import corrupt from '../../fixtures/worker/corrupt.pdf?bytes'
import empty from '../../fixtures/worker/empty.txt?bytes'
import notDocx from '../../fixtures/worker/not-docx.zip?bytes'
import scan from '../../fixtures/worker/scan.pdf?bytes'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import { call, form, post, problemOf } from './helpers.js'

/** Uploads a bad file as the form's `file` and returns the problem it gets. */
async function upload(bytes: Uint8Array<ArrayBuffer>, name: string) {
  return problemOf(await call('/api/parse', post(form(bytes, name))))
}

describe('bad documents get a problem+json with the library code, never a 500', () => {
  it.each([
    ['encrypted.pdf', 422, 'encrypted', encrypted, /password/],
    ['corrupt.pdf', 422, 'corrupt', corrupt, /damaged/],
    ['empty.txt', 422, 'empty', empty, /empty/],
    ['not-docx.zip', 415, 'unsupported_format', notDocx, /ZIP/],
  ])('%s → %i %s', async (name, status, code, bytes, detail) => {
    const result = await upload(bytes, name)
    expect(result.status).toBe(status)
    expect(result.contentType).toBe('application/problem+json')
    expect(result.problem).toMatchObject({ type: `urn:inquiry-parser:problem:${code}`, status, code })
    expect(result.problem.title).toEqual(expect.any(String))
    expect(result.problem.detail).toMatch(detail)
  })

  it('a scan without text layer → 422 needs_ocr, naming the pages and the Node CLI', async () => {
    const { status, problem } = await upload(scan, 'scan.pdf')
    expect(status).toBe(422)
    expect(problem.code).toBe('needs_ocr')
    expect(problem.detail).toContain('inquiry-parser parse FILE --ocr auto')
    expect(problem['pages']).toEqual([1]) // the library's details become extension members
  })

  it('a problem never carries a stack trace', async () => {
    const { problem } = await upload(corrupt, 'corrupt.pdf')
    expect(JSON.stringify(problem)).not.toMatch(/\bat .+\(.*:\d+:\d+\)|\.ts:\d+/)
  })
})

describe('bad requests → 400', () => {
  it('a form without `file` → missing_file', async () => {
    const { status, problem } = await problemOf(await call('/api/parse', post(form(null, '', { format: 'json' }))))
    expect(status).toBe(400)
    expect(problem.code).toBe('missing_file')
  })

  it('`file` sent as text instead of a file → bad_request', async () => {
    const data = new FormData()
    data.append('file', 'Wie viele Spielgeräte sind gesperrt?')
    const { status, problem } = await problemOf(await call('/api/parse', post(data)))
    expect(status).toBe(400)
    expect(problem.code).toBe('bad_request')
  })

  it('a body that claims to be multipart but is not → bad_request', async () => {
    const body = 'this is not a multipart body'
    const { status, problem } = await problemOf(
      await call('/api/parse', post(body, { 'content-type': 'multipart/form-data; boundary=xyz' }))
    )
    expect(status).toBe(400)
    expect(problem.code).toBe('bad_request')
  })

  it('an unknown format option → invalid_option, before the body is read', async () => {
    const { status, problem } = await problemOf(await call('/api/parse?format=xml', post(form(pdf))))
    expect(status).toBe(400)
    expect(problem).toMatchObject({ code: 'invalid_option', option: 'format' })
  })
})

describe('unsupported content types → 415', () => {
  it('a raw body of a type that is no document', async () => {
    const { status, problem } = await problemOf(await call('/api/parse', post('{"a":1}', { 'content-type': 'application/json' })))
    expect(status).toBe(415)
    expect(problem.code).toBe('unsupported_format')
  })

  it('a raw body whose bytes are no document, whatever its declared type', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    const { status, problem } = await problemOf(await call('/api/parse', post(png, { 'content-type': 'application/pdf' })))
    expect(status).toBe(415)
    expect(problem.code).toBe('unsupported_format')
  })
})
