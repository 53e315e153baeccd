import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toOParl } from '../src/export/oparl.js'
import { OParlPaper } from '../src/export/oparl-schema.js'
import { parseInquiry } from '../src/parse.js'
import { applyCorrections } from '../src/review/corrections.js'

const read = (name: string) => readFileSync(`fixtures/inquiries/${name}`)

describe('toOParl: the inquiry as an OParl 1.1 Paper', () => {
  it('names the paper by its title, with reference, date and type, and the document as its main file', async () => {
    const inquiry = await parseInquiry(read('bvv-lichtenberg-schulplaetze.pdf'))
    const paper = OParlPaper.parse(toOParl(inquiry, { fileNames: { inquiry: 'ka-1022.pdf' } }))
    expect(paper).toMatchObject({
      type: 'https://schema.oparl.org/1.1/Paper',
      name: 'Fehlende Schulplätze zum Schuljahr 2024/25',
      reference: 'KA/1022/IX',
      date: '2024-09-09',
      paperType: 'Kleine Anfrage',
      'inquiryParser:body': 'Bezirksverordnetenversammlung Lichtenberg von Berlin',
    })
    expect(paper.id).toBe(`https://oparl.invalid/inquiry-parser/paper/${inquiry.source.sha256}`)
    expect(paper.mainFile).toMatchObject({
      type: 'https://schema.oparl.org/1.1/File',
      fileName: 'ka-1022.pdf',
      mimeType: 'application/pdf',
      size: inquiry.source.files[0]!.bytes,
      'inquiryParser:role': 'inquiry',
    })
    expect(paper.auxiliaryFile).toBeUndefined()
  })

  it('adds a reply sent apart as an auxiliary file', async () => {
    const inquiry = await parseInquiry(read('bvv-neukoelln-spielplaetze-anfrage.docx'), {
      reply: read('bvv-neukoelln-spielplaetze-antwort.docx'),
    })
    const paper = OParlPaper.parse(toOParl(inquiry, { baseUrl: 'https://ris.example.org/oparl/' }))
    expect(paper.auxiliaryFile).toHaveLength(1)
    expect(paper.auxiliaryFile![0]).toMatchObject({
      name: 'Stellungnahme',
      'inquiryParser:role': 'reply',
      'inquiryParser:sha256': inquiry.source.files[1]!.sha256,
    })
    expect(paper.auxiliaryFile![0]!.accessUrl.startsWith('https://ris.example.org/oparl/file/')).toBe(true)
  })

  it('carries the questions, the links with how sure and why in German, the coverage and whether a person corrected them', async () => {
    const inquiry = await parseInquiry(read('bvv-lichtenberg-schulplaetze.pdf'))
    const paper = toOParl(inquiry)
    expect(paper['inquiryParser:questions'].map((q) => q.id)).toEqual(['1', '2', '3', '4', '5'])
    const first = paper['inquiryParser:answers'][0]!
    expect(first.questions).toEqual([{ question: '1', method: 'label', tier: 'sure', reason: expect.stringMatching(/^Kennzeichnung „/) }])
    expect(paper['inquiryParser:corrected']).toBe(false)
    const moved = toOParl(applyCorrections(inquiry, [{ op: 'move', paragraph: first.paragraph, question: '5' }]))
    expect(moved['inquiryParser:answers'][0]!.questions).toEqual([
      { question: '5', method: 'manual', tier: 'sure', reason: 'von Hand zugeordnet' },
    ])
    expect(moved['inquiryParser:coverage'].unanswered).toEqual(['1'])
    expect(moved['inquiryParser:corrected']).toBe(true)
  })

  it('is checked by a schema that refuses what OParl refuses', async () => {
    const paper = toOParl(await parseInquiry(read('bvv-lichtenberg-schulplaetze.pdf')))
    expect(OParlPaper.safeParse(paper).success).toBe(true)
    expect(OParlPaper.safeParse({ ...paper, date: '09.09.2024' }).success).toBe(false)
    expect(OParlPaper.safeParse({ ...paper, mainFile: { ...paper.mainFile, accessUrl: 'kein Link' } }).success).toBe(false)
    expect(OParlPaper.safeParse({ ...paper, type: 'https://schema.oparl.org/1.0/Paper' }).success).toBe(false)
  })
})
