import { describe, expect, it } from 'vitest'
import { parseInquiry, toOParl, toReplyDocx } from '../../src/index.js'
import pdf from '../../fixtures/worker/spielplaetze.pdf?bytes'
import inquiryPdf from '../../fixtures/worker/spielplaetze-anfrage.pdf?bytes'
import replyDocx from '../../fixtures/worker/spielplaetze-antwort.docx?bytes'
import { call, form, post } from './helpers.js'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('format=docx: the reply template', () => {
  it('answers the template of the same result as an attachment, and it reads back to the same questions', async () => {
    const response = await call('/api/parse?format=docx', post(form(pdf)))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(DOCX_TYPE)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stellungnahme.docx"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(bytes).toEqual(toReplyDocx(await parseInquiry(pdf)))
    const back = await parseInquiry(bytes)
    expect(back.questions.map((q) => q.id)).toEqual(['1', '2', '3'])
  })
})

describe('format=oparl: the OParl 1.1 paper', () => {
  it('answers the paper, with the reply sent apart as its auxiliary file', async () => {
    const reply = new File([replyDocx], 'antwort.docx')
    const response = await call('/api/parse', post(form(inquiryPdf, 'anfrage.pdf', { reply, format: 'oparl' })))
    expect(response.status).toBe(200)
    const paper = (await response.json()) as { type: string; auxiliaryFile: Array<{ mimeType: string }> }
    expect(paper).toStrictEqual(JSON.parse(JSON.stringify(toOParl(await parseInquiry(inquiryPdf, { reply: replyDocx })))))
    expect(paper.auxiliaryFile.map((f) => f.mimeType)).toEqual([DOCX_TYPE])
  })

  it('refuses an unknown format, naming the four', async () => {
    const response = await call('/api/parse?format=odt', post(form(pdf)))
    expect(response.status).toBe(400)
    expect(((await response.json()) as { detail: string }).detail).toContain('json, markdown, docx or oparl')
  })
})
