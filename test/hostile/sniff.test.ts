/**
 * Formats told apart by their structure: a text that quotes a PDF header is text, UTF-16 without a byte order
 * mark is text, and any view of the bytes (a Node Buffer, a Uint8Array with an offset) reads the same.
 */
import { describe, expect, it } from 'vitest'
import { buildDocx, p } from '../../fixtures/make/docx/docx-builder.js'
import { loadDocument, sniffFormat } from '../../src/load/index.js'
import { parseInquiry } from '../../src/parse.js'

const LETTER =
  'Anfrage der Fraktion Bündnis für Lindenau\n\nBetreff: Digitale Akten\n\n1. Wie viele Akten liegen noch auf Papier vor?\n\n2. Bis wann sollen alle Vorgänge digital geführt werden?\n'

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff
    bytes[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8
  }
  return bytes
}

/** `bytes` inside a larger buffer, at an odd offset, with junk on both sides. */
function offsetView(bytes: Uint8Array): Uint8Array {
  const buffer = new Uint8Array(bytes.length + 20).fill(0xee)
  buffer.set(bytes, 7)
  return buffer.subarray(7, 7 + bytes.length)
}

describe('PDF by structure, not by substring', () => {
  it('reads a text that quotes "%PDF-1.4" in its first KiB as text', async () => {
    const text = 'Frage zur Akteneinsicht\n\nDie Datei beginnt mit %PDF-1.4 und wurde als Anhang gesendet. Warum ist sie nicht lesbar?\n'
    const bytes = new TextEncoder().encode(text)
    expect(sniffFormat(bytes)).toBe('text')
    const loaded = await loadDocument(bytes)
    expect(loaded.blocks[1]!.text).toContain('%PDF-1.4')
  })

  it("still takes a PDF with a producer's junk before the header, as pdf.js does", () => {
    const bytes = new TextEncoder().encode('JUNK\r\n%PDF-1.6\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
    expect(sniffFormat(bytes)).toBe('pdf')
  })

  it('takes a header at the very start as a PDF, broken or not', () => {
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\nkein Inhalt'))).toBe('pdf')
  })

  it('searches a long run of digits after a quoted header in linear time', () => {
    const bytes = new TextEncoder().encode(`Notiz: %PDF-1.4 ${'7'.repeat(1_000_000)}`)
    expect(sniffFormat(bytes)).toBe('text')
  })
})

describe('UTF-16 without a byte order mark', () => {
  for (const order of ['le', 'be'] as const) {
    it(`reads UTF-16${order.toUpperCase()} text with umlauts as text`, async () => {
      const bytes = utf16(LETTER, order)
      expect(sniffFormat(bytes)).toBe('text')
      const loaded = await loadDocument(bytes)
      expect(loaded.blocks.map((b) => b.text)).toContain('1. Wie viele Akten liegen noch auf Papier vor?')
      expect(loaded.blocks[0]!.text).toBe('Anfrage der Fraktion Bündnis für Lindenau')
    })
  }

  it('still refuses binary data with zero bytes on both halves', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : (i * 37) & 0xff))
    expect(() => sniffFormat(bytes)).toThrow(expect.objectContaining({ code: 'unsupported_format' }))
  })
})

describe('any view of the bytes', () => {
  const docx = buildDocx({ body: p('Anfrage zur Schulwegsicherung') + p('1. Welche Wege gelten als gefährlich?') })
  const text = new TextEncoder().encode(LETTER)

  for (const [name, bytes] of [
    ['DOCX', docx],
    ['text', text],
  ] as const) {
    it(`parses a ${name} from a Node Buffer, an offset view and an ArrayBuffer alike`, async () => {
      const plain = await parseInquiry(bytes)
      const fromBuffer = await parseInquiry(Buffer.from(bytes))
      const fromView = await parseInquiry(offsetView(bytes))
      const fromArrayBuffer = await parseInquiry(bytes.slice().buffer)
      for (const other of [fromBuffer, fromView, fromArrayBuffer]) {
        expect(other.text).toBe(plain.text)
        expect(other.source.sha256).toBe(plain.source.sha256)
      }
      expect(plain.questions.length).toBeGreaterThan(0)
    })
  }
})
