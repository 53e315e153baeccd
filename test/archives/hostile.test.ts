/**
 * Hostile .doc, .rtf and .odt files: each a clean answer (a result, or an InquiryError with the code said)
 * within the budgets of src/limits.ts, never a hang, a raw exception or an out-of-memory. The sizes are such
 * that a loop without its bound (a sector chain that cycles, a quadratic scan) would blow the test timeout.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InquiryError } from '../../src/errors.js'
import { loadDocument } from '../../src/load/index.js'
import { parseInquiry } from '../../src/parse.js'
import { bomb, deflated, MIMETYPE, odtPackage } from './odt-zip.js'
import { patched } from './ole-patch.js'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/inquiries', name)))
const DOC = fixture('kreistag-talbach-oepnv.doc')
const ascii = (text: string) => new TextEncoder().encode(text)

async function codeOf(bytes: Uint8Array, options: Parameters<typeof loadDocument>[1] = {}): Promise<string> {
  try {
    await loadDocument(bytes, options)
    return 'ok'
  } catch (error) {
    if (error instanceof InquiryError) return error.code
    throw error
  }
}

describe('hostile .doc', () => {
  const wordStart = (view: DataView, entryAt: number) => view.getUint32(entryAt + 0x74, true)

  it('a sector chain that points at itself is corrupt, not endless', async () => {
    const looped = patched(DOC, (l) => {
      const start = wordStart(l.view, l.entry('WordDocument'))
      l.view.setUint32(l.fatEntry(start), start, true)
    })
    expect(await codeOf(looped)).toBe('corrupt')
  })

  it('a stream that claims 4 GB is corrupt; streams over maxUnpackedBytes are too_large', async () => {
    const lying = patched(DOC, (l) => l.view.setUint32(l.entry('WordDocument') + 0x78, 0xfffffff0, true))
    expect(await codeOf(lying)).toBe('corrupt')
    expect(await codeOf(DOC, { maxUnpackedBytes: 4096 })).toBe('too_large')
  })

  it('Word 6/95 is unsupported_format and the encryption flag is encrypted', async () => {
    const at = (l: Parameters<Parameters<typeof patched>[1]>[0]) => {
      const e = l.entry('WordDocument')
      expect(l.view.getUint32(e + 0x78, true)).toBeGreaterThanOrEqual(4096) // in regular sectors
      return l.streamByte(wordStart(l.view, e), 0)
    }
    expect(await codeOf(patched(DOC, (l) => l.view.setUint16(at(l) + 2, 0x65, true)))).toBe('unsupported_format')
    expect(await codeOf(patched(DOC, (l) => l.view.setUint16(at(l) + 0x0a, l.view.getUint16(at(l) + 0x0a, true) | 0x0100, true)))).toBe(
      'encrypted'
    )
  })

  it('a text that lies past the end of its stream is corrupt', async () => {
    const shifted = patched(DOC, (l) => {
      const e = l.entry('WordDocument')
      // ccpText stays, the stream is said to be 600 bytes long: the text and the formatting pages are past it
      l.view.setUint32(e + 0x78, 600, true)
    })
    expect(await codeOf(shifted)).toBe('corrupt')
  })

  it('more paragraphs than maxParagraphs are too_complex', async () => {
    expect(await codeOf(DOC, { maxParagraphs: 10 })).toBe('too_complex')
  })

  it('every cut of the file is a clean answer', async () => {
    for (let size = 0; size < DOC.length; size += 997)
      expect(['ok', 'corrupt', 'empty', 'unsupported_format']).toContain(await codeOf(DOC.subarray(0, size)))
  })
})

describe('hostile .rtf', () => {
  const rtf = (body: string) => ascii(`{\\rtf1\\ansi ${body}}`)

  it('groups nested deeper than maxDepth are too_complex', async () => {
    expect(await codeOf(rtf(`${'{'.repeat(200_000)}Frage`))).toBe('too_complex')
  })

  it('more paragraphs than maxParagraphs are too_complex', async () => {
    expect(await codeOf(rtf('Wie lange noch?\\par '.repeat(10_001)))).toBe('too_complex')
  })

  it('reads millions of one character in linear time', async () => {
    const letters = await loadDocument(rtf(`Anfrage\\par ${'a'.repeat(2_000_000)}`))
    expect(letters.blocks.map((b) => b.text.length)).toEqual([7, 2_000_000])
    expect(await codeOf(rtf('\\\\'.repeat(1_000_000)))).toBe('ok')
    expect(await codeOf(rtf('{}'.repeat(1_000_000)))).toBe('empty')
    expect(await codeOf(rtf(`${'\\u228?'.repeat(1_000_000)}`))).toBe('ok')
    // a control word of a million letters: 32 are the word, the rest is text
    expect(await codeOf(rtf(`\\${'b'.repeat(1_000_000)} x`))).toBe('ok')
  })

  it('a \\bin that claims more bytes than the file has ends the document', async () => {
    expect((await loadDocument(rtf('Vorher\\par\\bin999999999999 '))).blocks.map((b) => b.text)).toEqual(['Vorher'])
  })

  it('unbalanced groups and a cut escape are read as far as they go', async () => {
    expect((await loadDocument(ascii('{\\rtf1 Frage eins\\par}}}}Frage zwei\\'))).blocks.map((b) => b.text)).toEqual([
      'Frage eins',
      'Frage zwei',
    ])
  })
})

describe('hostile .odt', () => {
  const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
  const content = (body: string) =>
    `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`
  const odt = (body: string) => odtPackage([deflated('content.xml', content(body))])

  it('a content.xml that inflates to 80 MB is too_large', async () => {
    const head = content('<text:p>Frage?</text:p>').replace('</office:text>', '\u0000')
    const [before, after] = head.split('\u0000')
    expect(await codeOf(odtPackage([bomb('content.xml', before!, 0x20, 80 << 20, `</office:text>${after!}`)]))).toBe('too_large')
  })

  it('spans nested deeper than maxDepth are too_complex', async () => {
    expect(await codeOf(odt(`<text:p>${'<text:span>'.repeat(5000)}x${'</text:span>'.repeat(5000)}</text:p>`))).toBe('too_complex')
  })

  it('a billion spaces in one text:s are a few; lists nested 100 deep are read', async () => {
    const spaces = await loadDocument(odt('<text:p>Wie<text:s text:c="1000000000"/>lange?</text:p>'))
    expect(spaces.blocks[0]!.text.length).toBeLessThan(80)
    const deep = `${'<text:list><text:list-item>'.repeat(100)}<text:p>Tief?</text:p>${'</text:list-item></text:list>'.repeat(100)}`
    const nested = await loadDocument(odt(deep))
    expect(nested.blocks.map((b) => b.text)).toEqual(['Tief?'])
  })

  it('list starts over maxListStart are lowered to it, with a warning, as in DOCX', async () => {
    const STYLE_NS = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    const styles = `<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")" text:start-value="2000000000"/></text:list-style></office:automatic-styles>`
    const items =
      '<text:list-item><text:p>Wann?</text:p></text:list-item><text:list-item text:start-value="3000000000"><text:p>Wo?</text:p></text:list-item>'
    const xml = content(`<text:list text:style-name="L1">${items}</text:list>`)
      .replace('<office:body>', `${styles}<office:body>`)
      .replace(NS, `${NS} ${STYLE_NS}`)
    const loaded = await loadDocument(odtPackage([deflated('content.xml', xml)]), { maxListStart: 1000 })
    // 1000 in letters is "l" 39 times, and ")": within the label budget of 40
    expect(loaded.blocks.map((b) => b.label)).toEqual([`${'l'.repeat(39)})`, `${'l'.repeat(39)})`])
    expect(loaded.warnings.map((w) => w.code)).toEqual(['list_start_clamped'])
  })

  it('a package without content.xml is corrupt, and its errors name the format', async () => {
    const error = await loadDocument(odtPackage([deflated('styles.xml', '<x/>')])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InquiryError)
    expect((error as InquiryError).code).toBe('corrupt')
    expect((error as InquiryError).message).toMatch(/^The OpenDocument text is damaged/)
  })

  it('a template is not read as a text', async () => {
    const template = odtPackage([deflated('content.xml', content('<text:p>Frage?</text:p>'))], `${MIMETYPE}-template`)
    expect(await codeOf(template)).toBe('unsupported_format')
  })

  it('parses a small hand-written ODT to its question', async () => {
    const inquiry = await parseInquiry(odt('<text:p>Anfrage</text:p><text:p>Wie viele Bäume wurden 2024 gefällt?</text:p>'))
    expect(inquiry.source.format).toBe('odt')
    expect(inquiry.questions.map((q) => q.text)).toEqual(['Wie viele Bäume wurden 2024 gefällt?'])
  })
})
