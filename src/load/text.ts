/**
 * @module
 * Plain text → blocks. A block is what blank lines (and form feeds, see form-feeds.ts) separate; layout
 * decides how its lines join.
 */
import { InquiryError } from '../errors.js'
import { DEFAULT_LIMITS, tooManyParagraphs, type Limits } from '../limits.js'
import type { Block, LoadedDocument } from '../nodes.js'
import { normalizeChars } from '../text/normalize.js'
import { decodeText, type DecodedText } from './decode.js'
import { breakPages } from './form-feeds.js'

export function loadText(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): LoadedDocument {
  const { text, encoding } = decodeText(bytes)
  const blocks = splitBlocks(normalizeChars(breakPages(text)), limits.maxParagraphs).map(
    (chunk): Block => ({ type: 'block', text: chunk, label: null, level: null, heading: null, bold: false })
  )
  if (blocks.length === 0) throw new InquiryError('empty', 'The text file contains no text, only white space.')
  const warnings = encodingWarnings(encoding)
  return { type: 'document', format: 'text', pageCount: null, ocr: false, pages: [], blocks, warnings }
}

/** The chunks between blank lines, without the line breaks before and the white space after them. */
function splitBlocks(text: string, maxParagraphs: number): string[] {
  const blocks: string[] = []
  // linear: the pattern starts only at a line break, and the spaces after one are scanned once
  const blankLine = /\n[ \t]*\n/g
  let start = 0
  for (;;) {
    const match = blankLine.exec(text)
    const chunk = trimChunk(text.slice(start, match ? match.index : text.length))
    if (chunk !== '') {
      if (blocks.length === maxParagraphs) throw tooManyParagraphs(maxParagraphs)
      blocks.push(chunk)
    }
    if (!match) return blocks
    start = match.index + match[0].length
  }
}

/** Leading line breaks and trailing white space off; `trimEnd`, not `/\s+$/`, which is quadratic on long runs. */
function trimChunk(chunk: string): string {
  let start = 0
  while (chunk.charCodeAt(start) === 0x0a) start++
  const trimmed = chunk.slice(start).trimEnd()
  return trimmed.trim() === '' ? '' : trimmed
}

function encodingWarnings(encoding: DecodedText['encoding']): LoadedDocument['warnings'] {
  if (encoding === 'windows-1252')
    return [{ code: 'legacy_encoding', message: 'The text is not UTF-8; it was read as Windows-1252 (Latin-1).' }]
  return []
}
