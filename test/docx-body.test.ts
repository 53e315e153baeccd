/**
 * How the DOCX loader reads the body: text boxes, content controls, fields, tracked paragraph marks, other
 * namespace prefixes — each on a small document built in memory.
 */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildDocx, p, run } from '../fixtures/make/docx/docx-builder.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocx } from '../src/load/docx.js'

const paragraphsOf = async (body: string) => layoutDocument(await loadDocx(buildDocx({ body }))).paragraphs.map((p) => p.text)

const textBox = (paragraphs: string) => `<w:txbxContent>${paragraphs}</w:txbxContent>`

describe('DOCX body', () => {
  it('puts a text box after its paragraph, once, though the file holds it as DrawingML and as VML', async () => {
    const shape = [
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">',
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${textBox(p('Eingangsstempel: 14.03.2025'))}</wps:txbx></w:drawing></mc:Choice>`,
      `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${textBox(p('Eingangsstempel: 14.03.2025'))}</v:textbox></w:pict></mc:Fallback>`,
      '</mc:AlternateContent>',
    ].join('')
    const body = p(['Anfrage der Fraktion Freie Wähler', `<w:r>${shape}</w:r>`]) + p('Betreff: Winterdienst')
    expect(await paragraphsOf(body)).toEqual(['Anfrage der Fraktion Freie Wähler', 'Eingangsstempel: 14.03.2025', 'Betreff: Winterdienst'])
  })

  it('reads content controls and field results, but not field codes', async () => {
    const field = [
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
      '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Aktenzeichen </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      run('32-4/2025'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    const body = [
      `<w:sdt><w:sdtPr><w:alias w:val="Betreff"/></w:sdtPr><w:sdtContent>${p('Betreff: Straßenbeleuchtung')}</w:sdtContent></w:sdt>`,
      p(['Aktenzeichen: ', ...field]),
      p(['Ansprechpartner: ', '<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>Frau Schäfer</w:t></w:r></w:fldSimple>']),
    ].join('')
    expect(await paragraphsOf(body)).toEqual(['Betreff: Straßenbeleuchtung', 'Aktenzeichen: 32-4/2025', 'Ansprechpartner: Frau Schäfer'])
  })

  it('joins a paragraph whose mark was deleted (tracked) to the next one', async () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2025-03-01T00:00:00Z"/></w:rPr></w:pPr>'
    const body = `<w:p>${deletedMark}${run('Die Verwaltung prüft ')}</w:p>` + p('den Antrag bis Ende Mai.')
    expect(await paragraphsOf(body)).toEqual(['Die Verwaltung prüft den Antrag bis Ende Mai.'])
  })

  it('keeps non-breaking hyphens and drops soft hyphens, symbols and comment marks', async () => {
    const body = p([
      run('Die '),
      '<w:r><w:t>Kita</w:t><w:noBreakHyphen/><w:t>Plätze in Ober</w:t><w:softHyphen/><w:t>weiler</w:t></w:r>',
      '<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>',
      '<w:commentRangeStart w:id="3"/>',
      run(' reichen nicht.'),
      '<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>',
    ])
    expect(await paragraphsOf(body)).toEqual(['Die Kita-Plätze in Oberweiler reichen nicht.'])
  })

  it('reports endnotes and imported chunks it does not read', async () => {
    const body =
      p(['Die Zahlen stammen aus dem Haushaltsplan.', '<w:r><w:endnoteReference w:id="2"/></w:r>']) + '<w:altChunk r:id="rIdChunk"/>'
    const loaded = await loadDocx(buildDocx({ body }))
    expect(loaded.warnings.map((w) => w.code)).toEqual(['docx_notes_omitted', 'docx_embedded_content_omitted'])
    expect(loaded.warnings[0]!.message).toBe('The document has 1 endnote; the text of footnotes and endnotes is not included.')
  })

  it('reads documents that use another prefix for the WordprocessingML namespace', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    const document = `<?xml version="1.0"?><document xmlns="${W}"><body><p><pPr><numPr><ilvl val="0"/><numId val="1"/></numPr></pPr><r><t>Wer haftet?</t></r></p></body></document>`
    const numbering = `<?xml version="1.0"?><x:numbering xmlns:x="${W}"><x:abstractNum x:abstractNumId="0"><x:lvl x:ilvl="0"><x:start x:val="1"/><x:numFmt x:val="decimal"/><x:lvlText x:val="%1)"/></x:lvl></x:abstractNum><x:num x:numId="1"><x:abstractNumId x:val="0"/></x:num></x:numbering>`
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/word/numbering.xml"/></Relationships>`
    const bytes = zipSync({
      'word/document.xml': strToU8(document),
      'word/numbering.xml': strToU8(numbering),
      'word/_rels/document.xml.rels': strToU8(rels),
    })
    const loaded = await loadDocx(bytes)
    expect(loaded.blocks.map((b) => [b.label, b.text])).toEqual([['1)', 'Wer haftet?']])
  })

  it('refuses a document nested too deeply to walk as too complex instead of crashing', async () => {
    const depth = 30_000
    const body = '<w:sdt><w:sdtContent>'.repeat(depth) + p('Tief verschachtelt') + '</w:sdtContent></w:sdt>'.repeat(depth)
    await expect(loadDocx(buildDocx({ body }))).rejects.toMatchObject({
      code: 'too_complex',
      message: "The Word document's part word/document.xml nests elements more than 256 levels deep, more than the parser reads.",
    })
  })
})
