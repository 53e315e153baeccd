/**
 * @module
 * Every kind of hostile file named in issue 9, made by code. `build(full)` makes it at the size the issue
 * reports (for the fuzz harness) or, where a budget lets it, smaller (for the regression tests). `expect`
 * lists the error codes that count as a clean refusal; `ok` says whether a parse within the budgets is fine.
 */
import type { InquiryErrorCode } from '../../src/errors.js'
import {
  buildDocx,
  claimUncompressedSize,
  damageCentralDirectory,
  documentXml,
  numberingXml,
  para,
  SAMPLE_PARAGRAPHS,
  zip64EndRecord,
} from './make-docx.js'
import { concat, latin1, SAMPLE_LINES, simplePdf, textContent, type PageSpec } from './make-pdf.js'
import { zlibFramed } from './deflate-run.js'
import { PDF_FILTER_KINDS } from './make-pdf-filters.js'
import { PDF_PAINT_KINDS } from './make-pdf-paints.js'
import { entry, framedEntry, writeZip } from './zip-write.js'

export type HostileKind = {
  name: string
  /** what the file is, in one line */
  what: string
  build: (full: boolean) => Uint8Array
  /** error codes that are a clean answer to this file */
  expect: readonly InquiryErrorCode[]
  /** whether parsing it (within the budgets) is a clean answer too */
  ok: boolean
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const repeat = (unit: string, count: number): string => unit.repeat(count)

/**
 * A DOCX whose main document holds `size` spaces between its paragraphs (white space XML allows): every
 * reader must inflate it, so it is a bomb that only counting while inflating can stop.
 */
function bombDocx(size: number): Uint8Array {
  const paragraphs = SAMPLE_PARAGRAPHS.map((p) => para(p))
  const [head, tail] = documentXml(`${paragraphs.slice(0, 3).join('')}\u0000${paragraphs.slice(3).join('')}`).split('\u0000')
  return writeZip([
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    ),
    framedEntry('word/document.xml', head!, 0x20, size, tail!),
  ])
}

/** A letter-numbered list of 20 questions starting at `start`. */
const listStartDocx = (start: string): Uint8Array =>
  buildDocx({
    document: documentXml(
      [
        para('Anfrage zu den Sitzungsterminen'),
        ...Array.from({ length: 20 }, (_, i) => para(`Wann tagt der Ausschuss Nummer ${i + 1}?`, true)),
      ].join('')
    ),
    numbering: numberingXml('lowerLetter', start),
  })

const pdfPage = (content: string | Uint8Array, raw = false): PageSpec[] => [
  { content: typeof content === 'string' ? latin1(content) : content, raw },
]
const sampleText = textContent(SAMPLE_LINES)
/**
 * A content stream already deflated: `size` spaces (PDF white space) and then the sample text. (Until 2026-12
 * it was written without its /Filter, so that pdf.js read 20 KB of binary instead of a bomb.)
 */
const spaces = (size: number): PageSpec => ({ content: zlibFramed(new Uint8Array(0), 0x20, size, latin1(sampleText)), deflated: true })

const letters = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Frage ${i + 1}: Wie lange dauert die Sanierung des Abschnitts ${i + 1}?`).join('\n\n')

export const HOSTILE_KINDS: readonly HostileKind[] = [
  // ---- ZIP ----
  {
    name: 'zip-bad-cd-signature',
    what: 'DOCX whose document.xml inflates to 200 MB (tests: 80 MB), its central-directory signatures damaged',
    build: (full) => damageCentralDirectory(bombDocx(full ? 200 << 20 : 80 << 20)),
    expect: ['too_large', 'corrupt'],
    ok: false,
  },
  {
    name: 'zip64-end-record',
    what: 'DOCX whose document.xml inflates to 200 MB (tests: 80 MB), with a ZIP64-style end record',
    build: (full) => zip64EndRecord(bombDocx(full ? 200 << 20 : 80 << 20)),
    expect: ['too_large', 'corrupt'],
    ok: false,
  },
  {
    name: 'zip-size-lie',
    what: 'DOCX whose document.xml inflates to 200 MB (tests: 80 MB), which its directory says is 1,000 bytes',
    build: (full) => claimUncompressedSize(bombDocx(full ? 200 << 20 : 80 << 20), 1000),
    expect: ['too_large', 'corrupt'],
    ok: false,
  },
  // ---- DOCX ----
  {
    name: 'docx-list-start-2e7',
    what: 'letter list starting at w:start="20000000"',
    build: () => listStartDocx('20000000'),
    expect: [],
    ok: true,
  },
  {
    name: 'docx-list-start-2e8',
    what: 'letter list starting at w:start="200000000"',
    build: () => listStartDocx('200000000'),
    expect: [],
    ok: true,
  },
  {
    name: 'docx-list-start-1e11',
    what: 'letter list starting at w:start="100000000000"',
    build: () => listStartDocx('100000000000'),
    expect: [],
    ok: true,
  },
  {
    name: 'docx-30mb-xml',
    what: 'a 30 MB document.xml of short runs in a small ZIP',
    build: () => buildDocx({ document: documentXml(repeat(`<w:p>${repeat('<w:r><w:t>Kita </w:t></w:r>', 1000)}</w:p>`, 1200)) }, 9),
    expect: ['too_large', 'too_complex'],
    ok: true,
  },
  {
    name: 'docx-200k-paragraphs',
    what: '200,000 paragraphs',
    build: () => buildDocx({ document: documentXml(repeat(para('Wie viele Plätze gibt es?'), 200_000)) }, 9),
    expect: ['too_complex'],
    ok: true,
  },
  {
    name: 'docx-1m-nested',
    what: '1,000,000 nested elements in the body',
    build: () =>
      buildDocx(
        {
          document: documentXml(
            `${repeat('<w:sdt><w:sdtContent>', 500_000)}${para('Frage 1: Wann?')}${repeat('</w:sdtContent></w:sdt>', 500_000)}`
          ),
        },
        9
      ),
    expect: ['too_complex', 'corrupt'],
    ok: false,
  },
  {
    name: 'docx-300k-spaces',
    what: '300,000 spaces inside one paragraph',
    build: () =>
      buildDocx({
        document: documentXml(para(`1. Wie hoch ist der Zuschuss?${repeat(' ', 300_000)}x`) + para('Zu 1.: Er beträgt 500 Euro.')),
      }),
    expect: [],
    ok: true,
  },
  {
    name: 'docx-huge-attribute',
    what: 'a 20 MB attribute value',
    build: () =>
      buildDocx({ document: documentXml(`<w:p w:rsidR="${repeat('A', 20 << 20)}"><w:r><w:t>Frage 1: Wann?</w:t></w:r></w:p>`) }, 9),
    expect: ['too_large', 'too_complex'],
    ok: true,
  },
  // ---- text ----
  {
    name: 'text-200k-spaces',
    what: '200,000 spaces between two words of a text',
    build: () => utf8(`Anfrage zur Bücherei\n\n1. Wann öffnet sie?${repeat(' ', 200_000)}x\n`),
    expect: [],
    ok: true,
  },
  {
    name: 'text-200k-tabs-and-newlines',
    what: 'a text of 200,000 alternating spaces and newlines',
    build: () => utf8(`1. Wann öffnet sie?\n${repeat(' \n', 100_000)}x`),
    expect: ['too_complex'],
    ok: true,
  },
  {
    name: 'text-pdf-marker',
    what: 'a text quoting "%PDF-" in its first KiB',
    build: () =>
      utf8(
        `Anfrage zu Dateiformaten\n\nDie Dateien beginnen mit %PDF-1.7, wie die Verwaltung mitteilte.\n\n1. Welche Formate nimmt das Ratsinformationssystem an?\n`
      ),
    expect: [],
    ok: true,
  },
  {
    name: 'text-utf16le-nobom',
    what: 'a UTF-16LE text without byte order mark',
    build: () => utf16(SAMPLE_PARAGRAPHS.join('\n'), true),
    expect: [],
    ok: true,
  },
  {
    name: 'text-utf16be-nobom',
    what: 'a UTF-16BE text without byte order mark',
    build: () => utf16(SAMPLE_PARAGRAPHS.join('\n'), false),
    expect: [],
    ok: true,
  },
  {
    name: 'text-130k-paragraphs',
    what: '130,000 paragraphs (the structure stage once spread them into Math.max)',
    build: () => utf8(letters(130_000)),
    expect: ['too_complex'],
    ok: true,
  },
  // ---- PDF ----
  {
    name: 'pdf-1gb-streams',
    what: 'a 1 MB PDF whose one page inflates to 1 GB (tests: 20 MB)',
    build: (full) => simplePdf({ pages: [[spaces(full ? 1 << 30 : 20 << 20)]] }),
    expect: ['too_complex'],
    ok: false,
  },
  {
    name: 'pdf-1gb-over-pages',
    what: '64 pages of 16 MB streams each (1 GB in all)',
    build: () => simplePdf({ pages: [[spaces((16 << 20) - 4096)]], pageCount: 64 }),
    expect: ['too_complex', 'too_large'],
    ok: true,
  },
  {
    name: 'pdf-200mb-text-operators',
    what: '200 MB of text operators on one page (tests: 250,000 of them)',
    build: (full) => simplePdf({ pages: [pdfPage(textOperators(full ? 25_000_000 : 250_000))] }),
    expect: ['too_complex'],
    ok: false,
  },
  {
    name: 'pdf-text-operators-over-pages',
    what: '100 pages of 150,000 text operators each (15 million in all)',
    build: () => simplePdf({ pages: [pdfPage(textOperators(150_000))], pageCount: 100 }),
    expect: ['too_complex'],
    ok: true,
  },
  {
    name: 'pdf-200k-nested-q',
    what: '200,000 nested q (save graphics state)',
    build: () => simplePdf({ pages: [pdfPage(`${repeat('q ', 200_000)}${sampleText}${repeat(' Q', 200_000)}`)] }),
    expect: ['too_complex'],
    ok: true,
  },
  {
    name: 'pdf-20k-pages',
    what: '20,000 pages (tests: 2,001)',
    build: (full) => simplePdf({ pages: [pdfPage(sampleText)], pageCount: full ? 20_000 : 2_001 }),
    expect: ['too_many_pages'],
    ok: false,
  },
  {
    name: 'pdf-100k-pages',
    what: '100,000 pages',
    build: () => simplePdf({ pages: [pdfPage(sampleText)], pageCount: 100_000 }),
    expect: ['too_many_pages'],
    ok: false,
  },
  {
    name: 'pdf-widths-1e308',
    what: 'a font whose /Widths are 1e308',
    build: () =>
      simplePdf({ pages: [pdfPage(sampleText)], font: `/FirstChar 32 /LastChar 255 /Widths [${repeat(`1${'0'.repeat(308)} `, 224)}]` }),
    expect: ['corrupt'],
    ok: true,
  },
  {
    name: 'pdf-bad-xref',
    what: 'an xref table whose entry for the font points into the middle of a stream',
    build: () =>
      simplePdf({
        pages: [pdfPage(sampleText)],
        options: { xrefOffset: (n, offset) => String(n === 3 ? offset + 7 : offset).padStart(10, '0') },
      }),
    expect: ['corrupt'],
    ok: true,
  },
  {
    name: 'pdf-bad-xref-all',
    what: 'an xref table whose every offset is off by 3',
    build: () => simplePdf({ pages: [pdfPage(sampleText)], options: { xrefOffset: (_, offset) => String(offset + 3).padStart(10, '0') } }),
    expect: ['corrupt'],
    ok: true,
  },
  {
    name: 'pdf-count-negative',
    what: 'a page tree with /Count -5',
    build: () => simplePdf({ pages: [pdfPage(sampleText)], count: -5 }),
    expect: ['corrupt'],
    ok: true,
  },
  {
    name: 'pdf-count-zero',
    what: 'a page tree with /Count 0',
    build: () => simplePdf({ pages: [pdfPage(sampleText)], count: 0 }),
    expect: ['corrupt', 'empty'],
    ok: true,
  },
  {
    name: 'pdf-count-huge',
    what: 'a page tree of one page claiming /Count 1000000000',
    build: () => simplePdf({ pages: [pdfPage(sampleText)], count: 1_000_000_000 }),
    expect: ['corrupt', 'too_many_pages'],
    ok: true,
  },
  ...PDF_FILTER_KINDS,
  ...PDF_PAINT_KINDS,
]

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  const view = new DataView(out.buffer)
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian)
  return out
}

/** `count` show-text operators (8 bytes each), after the sample text. */
const textOperators = (count: number): Uint8Array =>
  concat([latin1(`${sampleText} BT /F1 11 Tf 72 100 Td `), Buffer.alloc(count * 8).fill('(ab) Tj '), latin1('ET')])

export const hostileKind = (name: string): HostileKind => {
  const kind = HOSTILE_KINDS.find((k) => k.name === name)
  if (!kind) throw new Error(`no hostile kind ${name}`)
  return kind
}
