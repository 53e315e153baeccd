import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { handleError } from '../../functions/http/problem.js'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import corrupt from '../../fixtures/worker/corrupt.pdf?bytes'
import { call, form, post, problemOf } from './helpers.js'

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug'] as const

function spyConsole() {
  const spies = CONSOLE.map((method) => vi.spyOn(console, method).mockImplementation(() => {}))
  return () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' '))).join('\n')
}

afterEach(() => vi.restoreAllMocks())

describe('document content never reaches the logs', () => {
  it('a successful parse logs nothing of the document', async () => {
    const logged = spyConsole()
    expect((await call('/api/parse', post(form(pdf, 'spielplaetze.pdf')))).status).toBe(200)
    expect(logged()).not.toMatch(/Spielpl|Lindenhof|Mühlbach|spielplaetze/)
  })

  it('a failed parse logs nothing of the document either', async () => {
    const logged = spyConsole()
    expect((await call('/api/parse', post(form(corrupt, 'vertraulich.pdf')))).status).toBe(422)
    expect(logged()).not.toMatch(/vertraulich|not a PDF body/)
  })
})

describe('an internal error', () => {
  const failing = new Hono().get('/boom', () => {
    throw new TypeError('Betreff: Zustand der Spielplätze im Ortsteil Lindenhof')
  })
  failing.onError(handleError)

  it('is a 500 problem without message or stack, and is logged by name only', async () => {
    const logged = spyConsole()
    const { status, problem } = await problemOf(await failing.request('/boom'))
    expect(status).toBe(500)
    expect(problem.code).toBe('internal_error')
    expect(JSON.stringify(problem)).not.toMatch(/Spielplätze|TypeError|\.ts:\d+/)
    expect(logged()).toContain('TypeError')
    expect(logged()).not.toContain('Spielplätze')
  })
})
