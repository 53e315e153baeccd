/**
 * What the RTF and ODT readers do with the parts of their formats that the LibreOffice twins do not show:
 * Word 6's `\pntext`, Unicode with fallbacks, hidden and deleted text, notes, fields, bullets; ODT lists that
 * continue, restart or carry a header, and notes. Each input is written here by hand.
 */
import { describe, expect, it } from 'vitest'
import { loadDocument } from '../../src/load/index.js'
import type { Block } from '../../src/nodes.js'
import { deflated, odtPackage } from './odt-zip.js'

const ascii = (text: string) => new TextEncoder().encode(text)
const labelled = (blocks: Block[]) => blocks.map((b) => (b.label ? `${b.label} ${b.text}` : b.text))

describe('RTF', () => {
  const rtf = async (body: string) => loadDocument(ascii(`{\\rtf1\\ansi\\ansicpg1252\\uc1 ${body}}`))

  it('keeps the printed numbers of \\listtext and Word 6 \\pntext as labels, a Symbol bullet as "•"', async () => {
    const doc = await rtf(
      // paragraph properties such as \\ilvl hold until \\pard, as Word writes them
      "\\pard{\\listtext 1.\\tab}\\ilvl0 Erste Frage?\\par\\pard{\\listtext a)\\tab}\\ilvl1 Unterfrage?\\par\\pard{\\*\\pn\\pnlvlbody{\\pntxta .}}{\\pntext\\f1 3.\\tab}Dritte Frage?\\par\\pard{\\listtext\\f3 \\'b7\\tab}Punkt\\par"
    )
    expect(doc.blocks.map((b) => [b.label, b.level, b.text])).toEqual([
      ['1.', 0, 'Erste Frage?'],
      ['a)', 1, 'Unterfrage?'],
      ['3.', 0, 'Dritte Frage?'],
      ['•', 0, 'Punkt'],
    ])
  })

  it("decodes \\uN (skipping its fallback) and \\'hh as Windows-1252, and keeps bold runs", async () => {
    const doc = await rtf("{\\b Gro\\u223\\'dfe Anfrage}\\par Stra\\'dfe \\'84Am Anger\\'93 \\u8364? 5\\par")
    expect(doc.blocks.map((b) => [b.text, b.bold])).toEqual([
      ['Große Anfrage', true],
      ['Straße „Am Anger“ € 5', false],
    ])
  })

  it('leaves out hidden and deleted text, notes, field instructions, headers and pictures, and counts the notes', async () => {
    const doc = await rtf(
      "{\\header Seite 1}{\\*\\generator Writer}Wie viele{\\v  versteckte} {\\deleted gestrichene }Pl\\'e4tze{\\footnote\\ftnalt Quelle: Amt}? {\\field{\\*\\fldinst PAGE}{\\fldrslt 7}}{\\pict 0a0b0c}\\par"
    )
    expect(doc.blocks.map((b) => b.text)).toEqual(['Wie viele Plätze? 7'])
    expect(doc.warnings.map((w) => w.code)).toEqual(['notes_omitted'])
  })

  it('turns a table of data into one table block', async () => {
    const row = (a: string, b: string) => `\\trowd\\cellx1000\\cellx2000\\intbl ${a}\\cell ${b}\\cell\\row `
    const doc = await rtf(`Tabelle:\\par ${row('Jahr', "Eins\\'e4tze")}${row('2022', '41')}${row('2023', '57')}\\pard Ende\\par`)
    expect(doc.blocks.map((b) => b.table ?? b.text)).toEqual([
      'Tabelle:',
      [
        ['Jahr', 'Einsätze'],
        ['2022', '41'],
        ['2023', '57'],
      ],
      'Ende',
    ])
  })

  it("gives headings from the style sheet's names and \\outlinelevel", async () => {
    const doc = await rtf(
      '{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s5 Title;}}\\pard\\s5 Antwort\\par\\pard\\s1 Vorbemerkung\\par\\pard\\outlinelevel1 Zu 1\\par\\pard\\s0 Text\\par'
    )
    expect(doc.blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Antwort', 1],
      ['Vorbemerkung', 1],
      ['Zu 1', 2],
      ['Text', null],
    ])
  })
})

describe('ODT', () => {
  const NS = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
    'xmlns:xml="http://www.w3.org/XML/1998/namespace"',
  ].join(' ')
  const STYLES = `<office:automatic-styles>
    <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
    <text:list-style style:name="L1">
      <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
      <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")" text:display-levels="1"/>
    </text:list-style>
    <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="I" style:num-prefix="(" style:num-suffix=")" text:start-value="3"/></text:list-style>
    <text:list-style style:name="D"><text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>
  </office:automatic-styles>`
  const odt = (body: string) =>
    loadDocument(
      odtPackage([
        deflated(
          'content.xml',
          `<?xml version="1.0"?><office:document-content ${NS}>${STYLES}<office:body><office:text>${body}</office:text></office:body></office:document-content>`
        ),
      ])
    )
  const item = (text: string, attrs = '') => `<text:list-item${attrs}><text:p>${text}</text:p></text:list-item>`

  it('numbers nested lists, restarts the inner level under each item, and continues a list that says so', async () => {
    const doc = await odt(
      `<text:list text:style-name="L1" xml:id="a">${item('Eins?')}<text:list-item><text:p>Zwei:</text:p><text:list>${item('Zwei a?')}${item('Zwei b?')}</text:list></text:list-item></text:list>` +
        `<text:p>Zwischentext</text:p>` +
        `<text:list text:style-name="L1" text:continue-numbering="true">${item('Drei?')}<text:list-item><text:list>${item('Drei a?')}</text:list></text:list-item></text:list>` +
        `<text:list text:style-name="L1">${item('Neu eins?')}</text:list>` +
        `<text:list text:continue-list="a">${item('Vier?')}</text:list>`
    )
    expect(labelled(doc.blocks)).toEqual([
      '1. Eins?',
      '2. Zwei:',
      'a) Zwei a?',
      'b) Zwei b?',
      'Zwischentext',
      '3. Drei?',
      'a) Drei a?',
      '1. Neu eins?',
      '4. Vier?',
    ])
  })

  it("starts at the style's start value and an item's own, prints prefix and suffix, no label for a header or a second paragraph", async () => {
    const doc = await odt(
      `<text:list text:style-name="L2"><text:list-header><text:p>Fragen:</text:p></text:list-header>${item('Erste?')}${item('Spätere?', ' text:start-value="7"')}<text:list-item><text:p>Achte?</text:p><text:p>Erläuterung</text:p></text:list-item></text:list>` +
        `<text:list text:style-name="D">${item('Punkt')}</text:list>`
    )
    expect(labelled(doc.blocks)).toEqual(['Fragen:', '(III) Erste?', '(VII) Spätere?', '(VIII) Achte?', 'Erläuterung', '– Punkt'])
  })

  it('reads spans, spaces, tabs and line breaks; leaves out notes (counted), annotations and soft hyphens; knows bold', async () => {
    const doc = await odt(
      '<text:h text:outline-level="2"><text:span text:style-name="B">Zu Frage 1</text:span></text:h>' +
        '<text:p>Die Ver\u00adwaltung<text:s text:c="3"/>prüft<text:tab/>das<text:line-break/>Gelände<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Fußnote</text:p></text:note-body></text:note>.<office:annotation><text:p>Kommentar</text:p></office:annotation></text:p>'
    )
    expect(doc.blocks.map((b) => [b.text, b.heading, b.bold])).toEqual([
      ['Zu Frage 1', 2, true],
      // a tab is a space after normalizeChars, as in DOCX
      ['Die Verwaltung   prüft das\nGelände.', null, false],
    ])
    expect(doc.warnings.map((w) => w.code)).toEqual(['notes_omitted'])
  })
})
