import { describe, expect, it } from 'vitest'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import { sameSecret } from '../../functions/http/auth.js'
import { call, callWith, form, post, problemOf } from './helpers.js'

const TOKEN = 'stadt-neuweiler-2025-geheim'
const withToken = { API_TOKEN: TOKEN }
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

describe('without API_TOKEN (the default)', () => {
  it('needs no Authorization header', async () => {
    expect((await call('/api/health')).status).toBe(200)
    expect((await call('/api/parse', post(form(pdf)))).status).toBe(200)
  })
})

describe('with API_TOKEN set', () => {
  it('refuses /api/* without a token: 401 problem+json with WWW-Authenticate', async () => {
    const response = await callWith(withToken, '/api/health')
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="inquiry-parser"')
    const { status, contentType, problem } = await problemOf(response)
    expect(status).toBe(401)
    expect(contentType).toBe('application/problem+json')
    expect(problem.code).toBe('unauthorized')
  })

  it('refuses a wrong token, a token of another scheme and a prefix of the right one', async () => {
    for (const headers of [bearer('falsch'), { authorization: `Basic ${TOKEN}` }, bearer(TOKEN.slice(0, -1)), bearer(`${TOKEN}x`)]) {
      expect((await callWith(withToken, '/api/parse', post(form(pdf), headers))).status).toBe(401)
    }
  })

  it('refuses before the upload is read', async () => {
    const body = new ReadableStream({
      pull() {
        throw new Error('the body must not be read')
      },
    })
    const init = { method: 'POST', body, headers: { 'content-type': 'application/pdf' }, duplex: 'half' } as RequestInit
    expect((await callWith(withToken, '/api/parse', init)).status).toBe(401)
  })

  it('accepts the right token on every API route', async () => {
    expect((await callWith(withToken, '/api/health', { headers: bearer(TOKEN) })).status).toBe(200)
    expect((await callWith(withToken, '/api/schema.json', { headers: bearer(TOKEN) })).status).toBe(200)
    expect((await callWith(withToken, '/api/parse', post(form(pdf), bearer(TOKEN)))).status).toBe(200)
  })

  it('still serves the page, which asks for the token itself', async () => {
    expect((await callWith(withToken, '/')).status).toBe(200)
  })
})

describe('sameSecret', () => {
  it('is true only for equal strings, whatever their lengths', async () => {
    expect(await sameSecret(TOKEN, TOKEN)).toBe(true)
    expect(await sameSecret(TOKEN, TOKEN.toUpperCase())).toBe(false)
    expect(await sameSecret('', TOKEN)).toBe(false)
    expect(await sameSecret(TOKEN.repeat(10), TOKEN)).toBe(false)
  })
})

describe('CORS', () => {
  const origins = { CORS_ORIGINS: 'https://intranet.neuweiler.de, https://rat.neuweiler.de' }
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  })

  it('allows a listed origin, with the Authorization header', async () => {
    const response = await callWith(origins, '/api/parse', preflight('https://rat.neuweiler.de'))
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://rat.neuweiler.de')
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
  })

  it('answers a preflight without a token even when one is required', async () => {
    const response = await callWith({ ...origins, ...withToken }, '/api/parse', preflight('https://rat.neuweiler.de'))
    expect(response.status).toBe(204)
  })

  it('does not allow an origin that is not listed', async () => {
    const response = await callWith(origins, '/api/health', { headers: { origin: 'https://evil.example' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('sends no CORS headers at all by default (same origin only)', async () => {
    const response = await call('/api/health', { headers: { origin: 'https://rat.neuweiler.de' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})
