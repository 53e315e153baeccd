import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Inquiry } from '../../src/index.js'
import { call, problemOf } from './helpers.js'

describe('GET /api/health', () => {
  it('answers ok with the version and the limits from wrangler.toml', async () => {
    const response = await call('/api/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      limits: { maxBytes: 10_485_760, maxPages: 100, maxUnpackedBytes: 33_554_432 },
    })
  })
})

describe('GET /api/schema.json', () => {
  it('is the JSON Schema generated from the zod contract', async () => {
    const response = await call('/api/schema.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/)
    const schema = (await response.json()) as { properties: Record<string, unknown>; required: string[] }
    expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(Inquiry))))
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'source', 'text', 'meta', 'questions', 'reply', 'coverage', 'warnings'])
    )
  })
})

describe('GET /api/openapi.json', () => {
  type OpenApi = {
    openapi: string
    paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: { content: Record<string, unknown> } }>>
    components: { schemas: Record<string, unknown> }
  }

  it('describes every route in OpenAPI 3.1', async () => {
    const response = await call('/api/openapi.json')
    expect(response.status).toBe(200)
    const doc = (await response.json()) as OpenApi
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/health',
      '/api/imports',
      '/api/imports/{id}',
      '/api/imports/{id}/results.ndjson',
      '/api/openapi.json',
      '/api/parse',
      '/api/schema.json',
    ])
  })

  it('documents the upload and every status of /api/parse', async () => {
    const doc = (await (await call('/api/openapi.json')).json()) as OpenApi
    const parse = doc.paths['/api/parse']!['post']!
    expect(Object.keys(parse.requestBody!.content)).toEqual(expect.arrayContaining(['multipart/form-data', 'application/pdf']))
    expect(Object.keys(parse.responses).sort()).toEqual(['200', '400', '401', '413', '415', '422'])
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Inquiry', 'Question', 'Problem']))
  })
})

describe('the clerk page', () => {
  it('is served at / in German, with its script and stylesheet from the same origin', async () => {
    const response = await call('/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('<script type="module" src="/app.js"></script>')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//) // no external resources
  })

  it('sends the security headers', async () => {
    const response = await call('/')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('serves the script and the stylesheet', async () => {
    const script = await call('/app.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toContain("from './js/render.js'")
    expect((await call('/style.css')).headers.get('content-type')).toMatch(/^text\/css/)
  })
})

describe('unknown routes and methods', () => {
  it('answers an unknown API route with a problem+json 404', async () => {
    const { status, contentType, problem } = await problemOf(await call('/api/nothing-here'))
    expect(status).toBe(404)
    expect(contentType).toBe('application/problem+json')
    expect(problem).toMatchObject({ status: 404, code: 'not_found', type: 'urn:inquiry-parser:problem:not_found' })
  })

  it('answers GET /api/parse with 405 and the allowed method', async () => {
    const response = await call('/api/parse')
    expect(response.headers.get('allow')).toBe('POST')
    const { status, problem } = await problemOf(response)
    expect(status).toBe(405)
    expect(problem.code).toBe('method_not_allowed')
  })
})
