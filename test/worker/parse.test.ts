import { describe, expect, inject, it } from 'vitest'
import { parseInquiry, toMarkdown } from '../../src/index.js'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import docx from '../../fixtures/worker/spielplaetze.docx?bytes'
import inquiryPdf from '../../fixtures/worker/spielplaetze-anfrage.pdf?bytes'
import replyDocx from '../../fixtures/worker/spielplaetze-antwort.docx?bytes'
import { call, form, post } from './helpers.js'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('POST /api/parse with a PDF', () => {
  it('answers 200 with the same JSON as the library in this runtime', async () => {
    const response = await call('/api/parse', post(form(pdf, 'spielplaetze.pdf')))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toStrictEqual(asJson(await parseInquiry(pdf)))
  })

  it('answers the same JSON as the library in plain Node', async () => {
    const response = await call('/api/parse', post(form(pdf, 'spielplaetze.pdf')))
    expect(await response.json()).toStrictEqual(inject('nodeResults')['spielplaetze.pdf'])
  })

  it('reads the document: one page of PDF, the inquiry text with its questions', async () => {
    const inquiry = (await (await call('/api/parse', post(form(pdf)))).json()) as {
      source: { format: string; pages: number }
      text: string
    }
    expect(inquiry.source).toMatchObject({ format: 'pdf', pages: 1 })
    expect(inquiry.text).toContain('Wie oft werden die Spielplätze im Ortsteil Lindenhof von der Stadt auf ihre Sicherheit geprüft?')
    expect(inquiry.text).toContain('Der Sonnenschutz am Spielplatz am Mühlbach wird im Mai 2025 aufgestellt')
  })

  it('accepts the PDF as the raw body, with the same result as the form', async () => {
    const raw = await call('/api/parse', post(pdf, { 'content-type': 'application/pdf' }))
    expect(raw.status).toBe(200)
    expect(await raw.json()).toStrictEqual(asJson(await parseInquiry(pdf)))
  })

  it('tells no-store caches', async () => {
    const response = await call('/api/parse', post(form(pdf)))
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})

describe('POST /api/parse with a DOCX', () => {
  it('answers 200 with the same JSON as the library, here and in Node', async () => {
    const response = await call('/api/parse', post(form(docx, 'spielplaetze.docx')))
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toStrictEqual(asJson(await parseInquiry(docx)))
    expect(body).toStrictEqual(inject('nodeResults')['spielplaetze.docx'])
  })

  it('accepts the DOCX as the raw body with its content type', async () => {
    const response = await call('/api/parse', post(docx, { 'content-type': DOCX_TYPE }))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { source: { format: string } }).source.format).toBe('docx')
  })
})

describe('format=markdown', () => {
  it('answers the Markdown rendering of the same result, from the query', async () => {
    const response = await call('/api/parse?format=markdown', post(form(pdf)))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(await response.text()).toBe(toMarkdown(await parseInquiry(pdf)))
  })

  it('takes the option from a form field too', async () => {
    const response = await call('/api/parse', post(form(docx, 'a.docx', { format: 'markdown' })))
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(await response.text()).toBe(toMarkdown(await parseInquiry(docx)))
  })
})

describe('inquiry and reply as two documents', () => {
  it('passes the reply to the library and lists both files', async () => {
    const reply = new File([replyDocx], 'antwort.docx')
    const response = await call('/api/parse', post(form(inquiryPdf, 'anfrage.pdf', { reply })))
    expect(response.status).toBe(200)
    const inquiry = (await response.json()) as { source: { files: Array<{ role: string; format: string }> }; text: string }
    expect(inquiry.source.files.map((f) => [f.role, f.format])).toEqual([
      ['inquiry', 'pdf'],
      ['reply', 'docx'],
    ])
    expect(inquiry.text).toContain('Der Bauhof prüft jeden Spielplatz wöchentlich durch Sichtkontrolle')
  })
})
