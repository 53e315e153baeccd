import { describe, expect, it } from 'vitest'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import twoPages from '../../fixtures/worker/zwei-seiten.pdf?bytes'
import unpacksTooLarge from '../../fixtures/worker/unpacks-too-large.docx?bytes'
import { callWith, form, post, problemOf } from './helpers.js'

/** A body stream that counts how much of it was pulled; `fail` makes every pull an error. */
function countingStream(chunks: number, chunkSize: number, fail = false) {
  const stats = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (fail) throw new Error('the body must not be read')
      if (stats.pulled === chunks) return controller.close()
      stats.pulled++
      controller.enqueue(new Uint8Array(chunkSize).fill(0x41))
    },
  })
  return { stream, stats }
}

describe('413 too_large', () => {
  it('is decided from Content-Length before a byte of the body is read', async () => {
    const { stream } = countingStream(0, 0, true)
    const init = {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/pdf', 'content-length': '5000' },
      duplex: 'half',
    } as RequestInit
    const { status, problem } = await problemOf(await callWith({ MAX_BYTES: '1000' }, '/api/parse', init))
    expect(status).toBe(413)
    expect(problem).toMatchObject({ code: 'too_large', maxBytes: 1000 })
  })

  it('is decided while streaming when no length is declared, reading no more than as much again', async () => {
    const { stream, stats } = countingStream(100, 1000)
    const init = { method: 'POST', body: stream, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit
    const { status, problem } = await problemOf(await callWith({ MAX_BYTES: '4500' }, '/api/parse', init))
    expect(status).toBe(413)
    expect(problem.code).toBe('too_large')
    // over the limit at the 5th chunk, then at most 4,500 bytes more are drained before the rest is cancelled
    expect(stats.pulled).toBeGreaterThanOrEqual(10)
    expect(stats.pulled).toBeLessThan(15)
  })

  it('reads a body a little over the limit to its end before the 413 (wrangler dev cannot answer after a cancel)', async () => {
    const { stream, stats } = countingStream(7, 1000)
    const init = { method: 'POST', body: stream, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit
    const { status, problem } = await problemOf(await callWith({ MAX_BYTES: '4500' }, '/api/parse', init))
    expect([status, problem.code]).toEqual([413, 'too_large'])
    expect(stats.pulled).toBe(7)
  })

  it('applies to each file of a form', async () => {
    const { status, problem } = await problemOf(await callWith({ MAX_BYTES: String(pdf.length - 1) }, '/api/parse', post(form(pdf))))
    expect(status).toBe(413)
    expect(problem.code).toBe('too_large')
  })

  it('applies to what a DOCX unpacks to, counted while unpacking (40 MiB of padding in a 41 KB file)', async () => {
    const { status, problem } = await problemOf(await callWith({}, '/api/parse', post(form(unpacksTooLarge, 'bombe.docx'))))
    expect(status).toBe(413)
    expect(problem).toMatchObject({ code: 'too_large', maxUnpackedBytes: 33_554_432 })
    expect(problem['unpackedBytes']).toBeGreaterThan(33_554_432)
  })

  it('lets a file exactly at the limit through', async () => {
    const response = await callWith({ MAX_BYTES: String(pdf.length) }, '/api/parse', post(pdf, { 'content-type': 'application/pdf' }))
    expect(response.status).toBe(200)
  })
})

describe('422 too_many_pages', () => {
  it('refuses a PDF over MAX_PAGES', async () => {
    const { status, problem } = await problemOf(await callWith({ MAX_PAGES: '1' }, '/api/parse', post(form(twoPages))))
    expect(status).toBe(422)
    expect(problem).toMatchObject({ code: 'too_many_pages', pages: 2, maxPages: 1 })
  })

  it('parses the same PDF when the limit allows it', async () => {
    const response = await callWith({ MAX_PAGES: '2' }, '/api/parse', post(form(twoPages)))
    expect(response.status).toBe(200)
  })
})

describe('limits come from the vars, with defaults', () => {
  it('falls back to the defaults when a var is missing or not a positive number', async () => {
    const response = await callWith({ MAX_BYTES: undefined, MAX_PAGES: 'many', MAX_UNPACKED_BYTES: '-1' }, '/api/health')
    expect(((await response.json()) as { limits: unknown }).limits).toEqual({
      maxBytes: 10_485_760,
      maxPages: 100,
      maxUnpackedBytes: 33_554_432,
    })
  })
})
