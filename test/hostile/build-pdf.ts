/**
 * Hand-made PDFs for the hostile-input tests, written object by object with a correct cross-reference table,
 * so that each test says in a few lines exactly which part of the file is hostile.
 */
import { zlibSync } from 'fflate'
import { concat } from './make-pdf.js'

/** An object's body: a dictionary or other value as PDF syntax, or a stream (deflated unless `raw`). */
export type PdfObject = string | { dict: string; stream: Uint8Array | string; raw?: boolean }

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
  return bytes
}

function objectBytes(n: number, object: PdfObject): Uint8Array {
  if (typeof object === 'string') return latin1(`${n} 0 obj\n${object}\nendobj\n`)
  const data = typeof object.stream === 'string' ? latin1(object.stream) : object.stream
  const body = object.raw ? data : zlibSync(data, { level: 9 })
  const filter = object.raw ? '' : '/Filter /FlateDecode '
  return concat([
    latin1(`${n} 0 obj\n<< ${object.dict} ${filter}/Length ${body.length} >>\nstream\n`),
    body,
    latin1('\nendstream\nendobj\n'),
  ])
}

/**
 * Objects numbered 1, 2, … in order; object 1 is the catalog. `xrefEntry` may replace the table's entry of an
 * object (a bad offset, say).
 */
export function buildPdf(objects: PdfObject[], options: { xrefEntry?: (n: number, offset: number) => string } = {}): Uint8Array {
  const parts = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]
  const offsets: number[] = []
  let at = parts[0]!.length
  objects.forEach((object, i) => {
    const bytes = objectBytes(i + 1, object)
    offsets.push(at)
    at += bytes.length
    parts.push(bytes)
  })
  const entry = (n: number, offset: number) => options.xrefEntry?.(n, offset) ?? `${String(offset).padStart(10, '0')} 00000 n `
  const table = offsets.map((offset, i) => `${entry(i + 1, offset)}\n`).join('')
  parts.push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`
    )
  )
  return concat(parts)
}

/** A content stream that prints each line in Helvetica 11 pt, top to bottom. */
export function textContent(lines: readonly string[]): string {
  const shown = lines.map((line, i) => `1 0 0 1 72 ${760 - 16 * i} Tm (${line.replace(/[()\\]/g, '\\$&')}) Tj`).join('\n')
  return `BT /F1 11 Tf\n${shown}\nET`
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'

export type PageSpec = { content: PdfObject; resources?: string }

/**
 * A PDF of the given pages (each a content stream, deflated by default), with Helvetica as /F1. `count`
 * overrides the page tree's /Count; `font` replaces the font dictionary.
 */
export function pagesPdf(
  pages: readonly PageSpec[],
  options: { count?: number; font?: string; xrefEntry?: (n: number, offset: number) => string } = {}
): Uint8Array {
  const first = 4
  const kids = pages.map((_, i) => `${first + 2 * i} 0 R`).join(' ')
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${options.count ?? pages.length} >>`,
    options.font ?? FONT,
  ]
  pages.forEach((page, i) => {
    const resources = page.resources ?? '<< /Font << /F1 3 0 R >> >>'
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${first + 2 * i + 1} 0 R >>`)
    objects.push(page.content)
  })
  return buildPdf(objects, options.xrefEntry ? { xrefEntry: options.xrefEntry } : {})
}

/** A PDF of text pages: each page a list of lines. */
export const textPdf = (pages: readonly (readonly string[])[], options: { count?: number; font?: string } = {}): Uint8Array =>
  pagesPdf(
    pages.map((lines) => ({ content: { dict: '', stream: textContent(lines) } })),
    options
  )

/** A few lines of an inquiry, so that a hostile page sits beside ordinary text. */
export const INQUIRY_LINES = [
  'Kleine Anfrage der Fraktion im Gemeinderat',
  'Sanierung der Grundschule am Markt',
  '1. Wann beginnt die Sanierung der Turnhalle?',
  '2. Welche Kosten sind dafür im Haushalt eingeplant?',
] as const
