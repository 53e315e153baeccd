/**
 * The archive formats (.doc, .rtf, .odt): told apart by their bytes, and read to the same blocks as the DOCX
 * they were saved from (fixtures/make/twins/make.sh: LibreOffice saved every inquiry DOCX in the three
 * formats). The labels compared are the printed list numbers: in DOCX, DOC and ODT they are not in the text
 * but made from the list definitions, in RTF they are the `\listtext` the writer stored.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocument, sniffFormat } from '../src/load/index.js'
import type { Block } from '../src/nodes.js'
import { parseInquiry } from '../src/parse.js'

const DIR = join(import.meta.dirname, '../fixtures/inquiries')
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)))
const DOCX = readdirSync(DIR)
  .filter((n) => n.endsWith('.docx'))
  .sort()

/** What a block says, every field but none of the format's own */
const summary = (b: Block) => ({
  label: b.label,
  level: b.level,
  heading: b.heading,
  bold: b.bold,
  cell: b.cell ?? false,
  text: b.text,
  table: b.table ?? null,
})

describe('the archive twins of the inquiry fixtures', () => {
  it('are there for every DOCX', () => {
    const names = new Set(readdirSync(DIR))
    expect(DOCX.length).toBeGreaterThan(40)
    for (const docx of DOCX)
      for (const ext of ['doc', 'rtf', 'odt']) expect(names.has(docx.replace(/docx$/, ext)), `${docx} as .${ext}`).toBe(true)
  })

  describe.each(['doc', 'rtf', 'odt'])('as .%s', (ext) => {
    it('are told apart by their bytes, whatever their name', () => {
      for (const docx of DOCX) expect(sniffFormat(read(docx.replace(/docx$/, ext)))).toBe(ext)
    })

    it('load to the blocks of their DOCX: labels, levels, headings, bold, tables and text', async () => {
      for (const docx of DOCX) {
        if (ext === 'doc' && docx === 'stadtrat-kellerbach-feuerwehr.docx') continue // see below
        const twin = await loadDocument(read(docx.replace(/docx$/, ext)))
        const original = await loadDocument(read(docx))
        expect(twin.format).toBe(ext)
        expect(twin.blocks.map(summary), `${docx} as .${ext}`).toEqual(original.blocks.map(summary))
      }
    }, 60_000)
  })

  it('keep what the .doc stores where LibreOffice split a list: the first question in a list of its own', async () => {
    // LibreOffice reads this .doc back as "1., 1., 2., 3." too (soffice --convert-to txt)
    const labels = (await loadDocument(read('stadtrat-kellerbach-feuerwehr.doc'))).blocks.filter((b) => b.label).map((b) => b.label)
    expect(labels).toEqual(['1.', '1.', '2.', '3.'])
  })

  it('name their format in the result', async () => {
    const inquiry = await parseInquiry(read('kreistag-talbach-oepnv.odt'), { reply: read('gemeinderat-haslach-muell.rtf') })
    expect(inquiry.source.files.map((f) => f.format)).toEqual(['odt', 'rtf'])
    expect(inquiry.source.format).toBe('odt')
  })
})
