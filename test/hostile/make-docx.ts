/**
 * @module
 * Minimal DOCX packages for hostile files, written by hand and zipped with fflate, plus the two ways a ZIP's
 * directory can mislead a reader that trusts it: a damaged central-directory signature and a ZIP64-style end
 * record. Shared by test/hostile and the fuzz harness.
 */
import { strToU8, zipSync, type Zippable } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const FIXED_DATE = new Date('2025-01-01T00:00:00Z')

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A paragraph of one run; `num` puts it in list numId 1 at level 0. */
export const para = (text: string, num = false): string =>
  `<w:p>${num ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`

export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`

/** numbering.xml with list numId 1 whose level 0 has this format and start value. */
export const numberingXml = (format: string, start: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

export type DocxParts = {
  /** the whole word/document.xml (bytes or text) */
  document: string | Uint8Array
  numbering?: string
  /** more entries, e.g. padding */
  extra?: Record<string, Uint8Array>
}

/** Zips the parts into a DOCX; every entry deflated at `level`. */
export function buildDocx(parts: DocxParts, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const entry = (data: string | Uint8Array): Zippable[string] => [
    typeof data === 'string' ? strToU8(data) : data,
    { mtime: FIXED_DATE, level },
  ]
  const files: Zippable = {
    '[Content_Types].xml': entry(CONTENT_TYPES),
    '_rels/.rels': entry(PACKAGE_RELS),
    'word/document.xml': entry(parts.document),
  }
  if (parts.numbering) {
    files['word/_rels/document.xml.rels'] = entry(DOCUMENT_RELS)
    files['word/numbering.xml'] = entry(parts.numbering)
  }
  for (const [name, data] of Object.entries(parts.extra ?? {})) files[name] = entry(data)
  return zipSync(files)
}

export const SAMPLE_PARAGRAPHS = [
  'Anfrage der Fraktion Bürgerliste zum Winterdienst',
  'Wir bitten die Verwaltung um die Beantwortung folgender Fragen:',
  '1. Wie viele Kilometer Gehweg räumt der Bauhof selbst?',
  '2. Welche Straßen werden an Wochenenden nicht gestreut?',
  'Zu 1.: Der Bauhof räumt 38 Kilometer Gehweg.',
  'Zu 2.: An Wochenenden werden alle Straßen der Stufe 1 gestreut.',
]

export const sampleDocx = (paragraphs: readonly string[] = SAMPLE_PARAGRAPHS): Uint8Array =>
  buildDocx({ document: documentXml(paragraphs.map((p) => para(p)).join('')) })

const CENTRAL_HEADER = [0x50, 0x4b, 0x01, 0x02] as const
const END_RECORD = [0x50, 0x4b, 0x05, 0x06] as const

/** Where a 4-byte signature occurs, searching from the end. */
function lastIndexOf(bytes: Uint8Array, signature: readonly number[]): number {
  for (let i = bytes.length - signature.length; i >= 0; i--) if (signature.every((b, j) => bytes[i + j] === b)) return i
  return -1
}

/** The ZIP with the signature of every central-directory header damaged (local headers and data intact). */
export function damageCentralDirectory(zip: Uint8Array): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const end = lastIndexOf(out, END_RECORD)
  let at = view.getUint32(end + 16, true)
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const next = at + 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (CENTRAL_HEADER.every((b, j) => out[at + j] === b)) out[at + 3] = 0x00
    at = next
  }
  return out
}

/**
 * The ZIP with a ZIP64 end record and locator before its end record, whose count and offset fields then say
 * "see ZIP64" (0xFFFF, 0xFFFFFFFF), as archivers write them for large archives.
 */
export function zip64EndRecord(zip: Uint8Array): Uint8Array {
  const end = lastIndexOf(zip, END_RECORD)
  const source = new DataView(zip.buffer, zip.byteOffset)
  const count = source.getUint16(end + 10, true)
  const directorySize = source.getUint32(end + 12, true)
  const directoryAt = source.getUint32(end + 16, true)
  const record = new DataView(new ArrayBuffer(56 + 20 + 22))
  record.setUint32(0, 0x06064b50, true)
  record.setBigUint64(4, 44n, true)
  record.setUint16(12, 45, true)
  record.setUint16(14, 45, true)
  record.setBigUint64(24, BigInt(count), true)
  record.setBigUint64(32, BigInt(count), true)
  record.setBigUint64(40, BigInt(directorySize), true)
  record.setBigUint64(48, BigInt(directoryAt), true)
  record.setUint32(56, 0x07064b50, true)
  record.setBigUint64(64, BigInt(end), true)
  record.setUint32(72, 1, true)
  record.setUint32(76, 0x06054b50, true)
  record.setUint16(84, 0xffff, true)
  record.setUint16(86, 0xffff, true)
  record.setUint32(88, directorySize, true)
  record.setUint32(92, 0xffffffff, true)
  const out = new Uint8Array(end + record.byteLength)
  out.set(zip.subarray(0, end))
  out.set(new Uint8Array(record.buffer), end)
  return out
}

/** The ZIP with every central-directory entry claiming this uncompressed size (a lie for a bomb). */
export function claimUncompressedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const end = lastIndexOf(out, END_RECORD)
  let at = view.getUint32(end + 16, true)
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    view.setUint32(at + 24, size, true)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return out
}
