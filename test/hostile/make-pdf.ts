/**
 * @module
 * A tiny PDF writer for hostile files: objects written by hand, streams Flate-compressed by Node's zlib, and a
 * cross-reference table computed from the real offsets (or deliberately not). Shared by test/hostile and the
 * fuzz harness. Strings are Latin-1 (WinAnsi bytes), so "ß" and "ü" come out as single bytes.
 */
import { deflateSync } from 'node:zlib'

/**
 * An object body: a plain string, or a dictionary with its stream data, compressed here unless `raw` (written
 * as it is, unfiltered) or `deflated` (Flate data made elsewhere, such as a bomb, written as it is under
 * /FlateDecode).
 */
export type PdfObject = string | { dict: string; data: Uint8Array; raw?: boolean; deflated?: boolean }

export type PdfOptions = {
  /** rewrites the offsets written into the xref table (object number → offset) */
  xrefOffset?: (object: number, offset: number) => string
  /** the /Size of the trailer, if not the true one */
  size?: number
}

export const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1')

/** Joins byte chunks into one array. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/** A PDF of these objects, numbered from 1; object 1 must be the catalog. */
export function buildPdf(objects: readonly PdfObject[], options: PdfOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]
  let length = chunks[0]!.length
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk)
    length += chunk.length
  }
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(length)
    if (typeof object === 'string') return push(latin1(`${i + 1} 0 obj\n${object}\nendobj\n`))
    const data = object.raw || object.deflated ? object.data : deflateSync(object.data)
    const filter = object.raw ? '' : ' /Filter /FlateDecode'
    push(latin1(`${i + 1} 0 obj\n<< ${object.dict} /Length ${data.length}${filter} >>\nstream\n`))
    push(data)
    push(latin1('\nendstream\nendobj\n'))
  })
  const xrefAt = length
  const entry = (n: number, offset: number) => (options.xrefOffset ? options.xrefOffset(n, offset) : String(offset).padStart(10, '0'))
  const rows = offsets.map((offset, i) => `${entry(i + 1, offset)} 00000 n \n`).join('')
  const size = options.size ?? objects.length + 1
  push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
    )
  )
  return concat(chunks)
}

/** Text operators that set these lines top-down in Helvetica 11 pt. */
export function textContent(lines: readonly string[], font = 'F1'): string {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`)
  const shows = lines.map((line, i) => `1 0 0 1 72 ${770 - i * 16} Tm (${escape(line)}) Tj`)
  return `BT /${font} 11 Tf ${shows.join('\n')} ET`
}

export const SAMPLE_LINES = [
  'Anfrage der Fraktion Grüne Liste zur Straßenbeleuchtung',
  'Der Ortsbeirat bittet den Magistrat um Auskunft:',
  '1. Wie viele Leuchten im Stadtgebiet sind bereits auf LED umgestellt?',
  '2. Welche Kosten sind für die restlichen Leuchten eingeplant?',
  'Zu 1.: Bis Ende 2024 wurden 1.240 von 3.100 Leuchten umgestellt.',
  'Zu 2.: Im Haushalt sind 410.000 Euro für das Jahr 2025 vorgesehen.',
]

export type PageSpec = { content: Uint8Array; raw?: boolean; deflated?: boolean }

export type SimplePdf = {
  /** the content streams of each page (one stream per entry); shared when fewer than `pageCount` */
  pages: readonly (readonly PageSpec[])[]
  pageCount?: number
  /** the /Count written into the page tree, if not the true one */
  count?: number
  /** extra entries of the font dictionary, e.g. widths */
  font?: string
  options?: PdfOptions
}

/**
 * A PDF of `pageCount` pages (default: one per entry of `pages`). Objects: 1 catalog, 2 page tree, 3 font,
 * then the content streams, then the page objects; page n uses the streams of pages[n % pages.length].
 */
export function simplePdf(spec: SimplePdf): Uint8Array {
  const pageCount = spec.pageCount ?? spec.pages.length
  const streams: PdfObject[] = []
  const streamRefs = spec.pages.map((page) =>
    page.map((s) => {
      streams.push({ dict: '', data: s.content, raw: s.raw, deflated: s.deflated })
      return `${3 + streams.length} 0 R`
    })
  )
  const firstPage = 4 + streams.length
  const kids = Array.from({ length: pageCount }, (_, i) => `${firstPage + i} 0 R`)
  const pageObjects = Array.from({ length: pageCount }, (_, i) => {
    const refs = streamRefs[i % streamRefs.length]!
    const contents = refs.length === 1 ? refs[0] : `[${refs.join(' ')}]`
    return `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} >>`
  })
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${spec.count ?? pageCount} >>`,
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding ${spec.font ?? ''} >>`,
    ...streams,
    ...pageObjects,
  ]
  return buildPdf(objects, spec.options)
}

/** A one-page inquiry PDF with the sample lines, for mutations and as a well-formed baseline. */
export const samplePdf = (lines: readonly string[] = SAMPLE_LINES): Uint8Array =>
  simplePdf({ pages: [[{ content: latin1(textContent(lines)) }]] })
