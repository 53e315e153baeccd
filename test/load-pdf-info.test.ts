// A PDF's document information as the last resort for the inquiry's title and date (src/load/pdf-info.ts,
// src/structure/meta-info.ts), on fixtures/pdf/info-*.pdf (fixtures/make/pdf-info/make.mjs): one inquiry whose
// text names neither subject nor date, with a person's properties, a word processor's defaults, dates out of
// range, and once with its own title and date in the text.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/index.js'
import { loadPdf } from '../src/load/pdf.js'
import { documentTitle, pdfDate } from '../src/load/pdf-info.js'
import { withDocumentInfo } from '../src/structure/meta-info.js'
import type { Meta } from '../src/schema.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)))

describe('the document information the PDF loader carries', () => {
  it('keeps a title and dates a person set, and the page labels', async () => {
    const loaded = await loadPdf(fixture('info-properties.pdf'))
    expect(loaded.info).toEqual({
      title: 'Kleine Anfrage – Ausfall der Straßenbeleuchtung im Ortsteil Nord',
      created: '2024-03-12',
      modified: '2024-03-12',
      pageLabels: ['i', 'ii'],
    })
  })

  it("drops a word processor's defaults: its title for a file name, a date of 1980", async () => {
    const { info } = await loadPdf(fixture('info-defaults.pdf'))
    expect(info).toMatchObject({ title: null, created: null, modified: null })
  })

  it("drops the web page's title of a page a browser printed (the site's name, not the paper's)", async () => {
    const { info } = await loadPdf(new Uint8Array(readFileSync(new URL('../fixtures/pdf/browser-gedruckt.pdf', import.meta.url))))
    expect(info?.title).toBeNull()
  })

  it("drops 'Dokument1' and a creation date after the file's last change", async () => {
    const { info } = await loadPdf(fixture('info-out-of-range.pdf'))
    expect(info).toMatchObject({ title: null, created: null, modified: '2024-03-12' })
  })
})

describe("the inquiry's title and date from the document information", () => {
  it('fill the title (without its kind) and the date where the text has none', async () => {
    const { meta, questions } = await parseInquiry(fixture('info-properties.pdf'))
    expect(questions).toHaveLength(3)
    expect(meta).toMatchObject({ title: 'Ausfall der Straßenbeleuchtung im Ortsteil Nord', date: '2024-03-12', kind: 'anfrage' })
  })

  it('fill nothing from junk', async () => {
    for (const name of ['info-defaults.pdf', 'info-out-of-range.pdf']) {
      const { meta } = await parseInquiry(fixture(name))
      expect(meta, name).toMatchObject({ title: null, date: null })
    }
  })

  it("never overrule the text's own title and date", async () => {
    const { meta } = await parseInquiry(fixture('info-text-first.pdf'))
    expect(meta).toMatchObject({ title: 'Defekte Straßenlaternen im Ortsteil Nord', date: '2024-03-05' })
  })

  it('give no date to a file that holds the reply too (it was made with the reply)', () => {
    const meta = { title: null, date: null } as Meta
    const info = { title: 'Ausfall der Straßenbeleuchtung', created: '2024-04-02', modified: null, pageLabels: null }
    expect(withDocumentInfo(meta, info, true)).toMatchObject({ title: 'Ausfall der Straßenbeleuchtung', date: null })
    expect(withDocumentInfo(meta, info, false)).toMatchObject({ date: '2024-04-02' })
    expect(withDocumentInfo(meta, undefined, false)).toBe(meta)
  })
})

describe('junk filters', () => {
  it.each([
    ['gemeinderat-kappelrode-kitagebuehren-anfrage', 'a file name as LibreOffice sets it'],
    ['Microsoft Word - Anfrage 12.docx', "Word's print title"],
    ['Anfrage Beleuchtung.docx', 'a file name with spaces'],
    ['Dokument1', "Word's default"],
    ['Unbenannt 3', 'a default with a number'],
    ['Writer', 'the generator'],
    ['Acrobat PDFMaker 23 für Word', 'the generator, named in Creator'],
    ['2024 / 031', 'no word'],
    [`Straße ${'und Weg '.repeat(40)}`, 'longer than a title'],
  ])('drops %j (%s)', (title) => {
    expect(documentTitle(title, ['Writer', 'Acrobat PDFMaker 23 für Word'])).toBeNull()
  })

  it('keeps a title, its spaces collapsed', () => {
    expect(documentTitle('  Sanierung  der\nGrundschule ')).toBe('Sanierung der Grundschule')
  })

  it.each([
    ["D:20240229120000+01'00'", '2024-02-29'],
    ['D:2023', null],
    ['D:20230229', null],
    ['D:19891231', null],
    ['D:00000000000000Z', null],
    ['20240312', '2024-03-12'],
    ['12.03.2024', null],
    [20240312, null],
  ])('reads the PDF date %j as %j', (value, iso) => {
    expect(pdfDate(value)).toBe(iso)
  })
})
