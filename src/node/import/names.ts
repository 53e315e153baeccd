/**
 * @module
 * A file whose bytes contradict its name: a ".pdf" that holds plain text, a ".doc" that is RTF (as Word saves
 * it on request), a ".docx" that is an old .doc. The parser reads every file by its bytes; the import says so,
 * with the warning `format_mismatch`, because an archive whose names lie may hide other trouble.
 */
import { basename, extname } from 'node:path'
import { sniffFormat } from '../../load/index.js'
import type { Format } from '../../nodes.js'
import type { Warning } from '../../schema.js'

const FORMAT_OF_EXTENSION: Record<string, Format> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  '.rtf': 'rtf',
  '.odt': 'odt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
}

const FORMAT_NAME: Record<Format, string> = {
  pdf: 'a PDF',
  docx: 'a Word document (DOCX)',
  doc: 'a Word 97–2003 document (DOC)',
  rtf: 'an RTF document',
  odt: 'an OpenDocument text (ODT)',
  html: 'an HTML page',
  text: 'plain text',
}

/**
 * The warning for a file whose extension names another format than its bytes are; null when they agree, when
 * the extension names no format we know, or when the bytes are no format we read (the parse says so then).
 */
export function nameMismatch(path: string, bytes: Uint8Array): Warning | null {
  const named = FORMAT_OF_EXTENSION[extname(path).toLowerCase()]
  if (!named) return null
  let actual: Format
  try {
    actual = sniffFormat(bytes)
  } catch {
    return null
  }
  if (actual === named) return null
  return {
    code: 'format_mismatch',
    message: `The file ${basename(path)} is named as ${FORMAT_NAME[named]} but holds ${FORMAT_NAME[actual]}, and was read as what it holds.`,
  }
}
