/**
 * The archive formats through the Worker: .doc, .odt and .rtf uploaded as the raw body with their content
 * types, read inside workerd (no Node APIs in their loaders) to the same JSON as the library gives here.
 */
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../../src/index.js'
import doc from '../../fixtures/inquiries/kreistag-talbach-oepnv.doc?bytes'
import odt from '../../fixtures/inquiries/kreistag-talbach-oepnv.odt?bytes'
import rtf from '../../fixtures/inquiries/kreistag-talbach-oepnv.rtf?bytes'
import { call, form, post } from './helpers.js'

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown
type Result = { source: { format: string }; questions: { id: string; children: { id: string }[] }[] }

describe.each([
  ['doc', doc, 'application/msword'],
  ['odt', odt, 'application/vnd.oasis.opendocument.text'],
  ['rtf', rtf, 'application/rtf'],
  ['rtf', rtf, 'text/rtf'],
] as const)('POST /api/parse with a .%s as %s', (format, bytes, type) => {
  it('answers 200 with the library’s JSON, the list numbers restored (I.1 … III.2)', async () => {
    const response = await call('/api/parse', post(bytes, { 'content-type': type }))
    expect(response.status).toBe(200)
    const body = (await response.json()) as Result
    expect(body).toStrictEqual(asJson(await parseInquiry(bytes)))
    expect(body.source.format).toBe(format)
    expect(body.questions.map((q) => q.id)).toEqual(['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'III.1', 'III.2'])
  })
})

it('takes an archive format in the form too, whatever the file is called', async () => {
  const response = await call('/api/parse', post(form(doc, 'anfrage.pdf')))
  expect(response.status).toBe(200)
  expect(((await response.json()) as Result).source.format).toBe('doc')
})
