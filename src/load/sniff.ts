/**
 * @module
 * Telling formats apart by their first bytes, never by file name or declared type.
 */
import { InquiryError } from '../errors.js'
import type { Format } from '../nodes.js'
import { utf16WithoutBom } from './decode.js'
import { looksLikeHtml } from './sniff-html.js'

/** Bytes as single-byte characters, for comparing with signatures (no spread: ranges may be 64 KiB). */
const ascii = (bytes: Uint8Array, start: number, end: number): string => LATIN1.decode(bytes.subarray(start, Math.min(end, bytes.length)))
const LATIN1 = new TextDecoder('latin1')

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, i) => bytes[i] === byte)

/** Whether a ZIP archive has an entry of this name (names are stored uncompressed in the headers). */
const zipHasEntry = (bytes: Uint8Array, name: string): boolean => containsBytes(bytes, new TextEncoder().encode(name))

function containsBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const

/** The formats read, for error sentences. */
const READS = 'PDF, Word (DOCX, DOC), OpenDocument text (ODT), RTF, HTML and plain text'

/** A name as an OLE directory stores it (UTF-16LE). */
const utf16le = (name: string): Uint8Array => new Uint8Array([...name].flatMap((ch) => [ch.charCodeAt(0), 0]))

/**
 * An OpenDocument text: its first entry is "mimetype", stored uncompressed, holding the media type (ODF 1.3
 * part 2, 3.3). Templates and master documents ("…text-template", "…text-master") are not read.
 */
function isOdt(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 30 || ascii(bytes, 30, 38) !== 'mimetype') return false
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true)
  return ascii(bytes, start, start + view.getUint32(18, true)) === 'application/vnd.oasis.opendocument.text'
}

/**
 * A password-protected DOCX is not a ZIP: Office encrypts the package into an OLE compound file with the
 * streams "EncryptionInfo" and "EncryptedPackage" (MS-OFFCRYPTO), whose directory names are UTF-16LE.
 */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, OLE_SIGNATURE) && containsBytes(bytes, utf16le('EncryptedPackage')) && containsBytes(bytes, utf16le('EncryptionInfo'))
  )
}

/** What a ZIP archive that is not a DOCX is, for the error sentence. */
function describeZip(bytes: Uint8Array): string {
  const head = ascii(bytes, 30, 200)
  if (head.includes('application/vnd.oasis.opendocument.text'))
    return 'an OpenDocument text template or master document; save it as ODT, DOCX or PDF'
  if (head.includes('application/vnd.oasis.opendocument')) return 'an OpenDocument file that is not a text document'
  if (head.includes('application/epub+zip')) return 'an EPUB e-book'
  if (zipHasEntry(bytes, 'xl/workbook.xml')) return 'an Excel workbook (.xlsx)'
  if (zipHasEntry(bytes, 'ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)'
  return 'a ZIP archive that is not a Word document'
}

/** Names a binary format we do not read, or returns null if the bytes are not one we know. */
function describeBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, OLE_SIGNATURE)) return 'an Office 97–2003 file that is not a Word document (an Excel or PowerPoint file?)'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image; scan documents to PDF instead'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image; scan documents to PDF instead'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'a TIFF image; scan documents to PDF instead'
  if (ascii(bytes, 0, 4) === 'GIF8') return 'a GIF image'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'a WebP image'
  if (startsWith(bytes, [0x1f, 0x8b])) return 'a gzip archive'
  if (ascii(bytes, 0, 6) === '7z\xbc\xaf\x27\x1c' || ascii(bytes, 0, 4) === 'Rar!') return 'a compressed archive'
  return null
}

/** Detects the format of a document from its bytes; throws `unsupported_format` or `empty`. */
export function sniffFormat(bytes: Uint8Array): Format {
  if (bytes.length === 0) throw new InquiryError('empty', 'The file is empty (0 bytes).')
  if (isPdf(bytes)) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHasEntry(bytes, 'word/document.xml')) return 'docx'
    if (isOdt(bytes)) return 'odt'
    throw new InquiryError('unsupported_format', `The file is ${describeZip(bytes)}, not a document inquiry-parser reads (${READS}).`)
  }
  if (isEncryptedOoxml(bytes)) {
    throw new InquiryError('encrypted', 'The Word document is password-protected; open it in Word, remove the password and save it again.')
  }
  if (startsWith(bytes, OLE_SIGNATURE) && containsBytes(bytes, utf16le('WordDocument'))) return 'doc'
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf'
  const binary = describeBinary(bytes)
  if (binary) throw new InquiryError('unsupported_format', `The file is ${binary}; inquiry-parser reads ${READS}.`)
  if (looksBinary(bytes)) {
    throw new InquiryError('unsupported_format', `The file is binary data of an unknown format; inquiry-parser reads ${READS}.`)
  }
  return looksLikeHtml(bytes) ? 'html' : 'text'
}

const PDF_HEADER = /%PDF-\d\.\d/
/** An indirect object ("12 0 obj"); the bounded counts keep the search linear on long runs of digits. */
const PDF_OBJECT = /(?<!\d)\d{1,10}[ \t\r\n]{1,4}\d{1,5}[ \t\r\n]{1,4}obj\b/

/**
 * A PDF by its structure, not by a substring: the header "%PDF-1.x" at the start, or after at most 1 KiB of a
 * producer's junk (which pdf.js tolerates) when an indirect object follows it. A text that quotes "%PDF-1.4"
 * in its first lines stays text.
 */
function isPdf(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 1024 + 8)
  const at = head.search(PDF_HEADER)
  if (at === 0) return true
  return at > 0 && at <= 1024 && PDF_OBJECT.test(ascii(bytes, at, at + 64 * 1024))
}

/** Text has no NUL bytes (outside UTF-16) and few control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return controlShare(new TextDecoder(utf16).decode(bytes.subarray(0, 8192))) > 0.02
  const sample = bytes.subarray(0, 8192)
  for (const byte of sample) if (byte === 0) return true
  return controlShare(ascii(sample, 0, sample.length)) > 0.02
}

/** The share of control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) control++
  }
  return text.length === 0 ? 0 : control / text.length
}
