/**
 * `POST /api/parse` with `corrections`: the clerk's corrections of the links applied by the API, so that a script
 * gets the corrected result in every format; bad corrections are a 400 problem saying what is wrong.
 */
import { describe, expect, it } from 'vitest'
import { applyCorrections, parseInquiry, toMarkdown, toOParl, toReplyDocx, type Inquiry } from '../../src/index.js'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import { call, form, post, problemOf } from './helpers.js'

// the seed of the Worker tests: questions 1–3, reply paragraphs p1–p3 answering them by label
const CORRECTIONS = [
  { op: 'move', paragraph: 'p3', question: '1' },
  { op: 'mark', question: '3', answered: false },
] as const

const corrected = async (): Promise<Inquiry> => applyCorrections(await parseInquiry(pdf), [...CORRECTIONS])
const send = (fields: Record<string, string>) => call('/api/parse', post(form(pdf, 'anfrage.pdf', fields)))

describe('corrections through the API', () => {
  it('applies them to the JSON result: links set by hand are manual, the coverage follows, the list is kept', async () => {
    const response = await send({ corrections: JSON.stringify(CORRECTIONS) })
    expect(response.status).toBe(200)
    const inquiry = (await response.json()) as Inquiry
    const p3 = inquiry.reply!.paragraphs.find((p) => p.id === 'p3')!
    expect(p3.answers.map((a) => [a.question, a.method])).toEqual([['1', 'manual']])
    expect(inquiry.coverage).toEqual({ answered: ['1', '2'], unanswered: ['3'] })
    expect(inquiry.corrections).toEqual(CORRECTIONS)
    expect(inquiry).toStrictEqual(JSON.parse(JSON.stringify(await corrected())))
  })

  it('gives the corrected Markdown, reply template and OParl paper', async () => {
    const expected = await corrected()
    const markdown = await send({ corrections: JSON.stringify(CORRECTIONS), format: 'markdown' })
    expect(await markdown.text()).toBe(toMarkdown(expected))
    const docx = await send({ corrections: JSON.stringify(CORRECTIONS), format: 'docx' })
    expect(new Uint8Array(await docx.arrayBuffer())).toEqual(toReplyDocx(expected))
    const oparl = await send({ corrections: JSON.stringify(CORRECTIONS), format: 'oparl' })
    const paper = (await oparl.json()) as Record<string, unknown>
    expect(paper).toStrictEqual(JSON.parse(JSON.stringify(toOParl(expected))))
    expect(paper['inquiryParser:corrected']).toBe(true)
  })

  it('takes them from the query when the document is the raw body', async () => {
    const query = new URLSearchParams({ format: 'markdown', corrections: JSON.stringify(CORRECTIONS) })
    const response = await call(`/api/parse?${query}`, post(pdf, { 'content-type': 'application/pdf' }))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(toMarkdown(await corrected()))
  })

  it('leaves the result as parsed for an empty field', async () => {
    const response = await send({ corrections: '' })
    expect(((await response.json()) as Inquiry).corrections).toBeUndefined()
  })

  it('refuses corrections that are no JSON, of the wrong shape, or name what the inquiry lacks, as problem+json', async () => {
    const cases: [string, RegExp, unknown][] = [
      ['[{"op":"move"', /not JSON/, undefined],
      ['{"op":"move"}', /must be a list/, []],
      ['[{"op":"move","paragraph":"p1","question":"2"},{"op":"swap"}]', /must be a list[^]*\(at 1\.op\)/, ['1', 'op']],
      ['[{"op":"link","paragraph":"p9","question":"2"}]', /no paragraph "p9"[^]*not applied/, undefined],
      ['[{"op":"mark","question":"7","answered":true}]', /no question "7"/, undefined],
    ]
    for (const [text, detail, path] of cases) {
      const { status, contentType, problem } = await problemOf(await send({ corrections: text }))
      expect([status, contentType, problem.code], text).toEqual([400, 'application/problem+json', 'invalid_option'])
      expect(problem.detail, text).toMatch(detail)
      expect(problem['option'], text).toBe('corrections')
      if (path !== undefined) expect(problem['path'], text).toEqual(path)
    }
  })

  it('refuses bad corrections in the query before reading the body', async () => {
    // the body is no document at all: were it read first, the answer would be a 415 or 422
    const response = await call('/api/parse?corrections=nonsense', post(new Uint8Array([0, 1, 2]), { 'content-type': 'application/pdf' }))
    const { status, problem } = await problemOf(response)
    expect([status, problem.code]).toEqual([400, 'invalid_option'])
  })

  it('is documented in the OpenAPI document, as a query option and a form field', async () => {
    const doc = (await (await call('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        { post: { parameters: { name: string }[]; requestBody: { content: Record<string, { schema: { properties?: object } }> } } }
      >
    }
    const operation = doc.paths['/api/parse']!.post
    expect(operation.parameters.map((p) => p.name)).toContain('corrections')
    expect(Object.keys(operation.requestBody.content['multipart/form-data']!.schema.properties!)).toContain('corrections')
  })
})
