/**
 * @module
 * RTF → blocks, through our own small reader over the tokenizer (rtf-tokens.ts): no RTF library on npm is
 * both kept up and free of the DOM, and a document needs only a few dozen of RTF's control words.
 *
 * What Word and LibreOffice write for an automatic list item, `{\listtext 1.\tab}` (or Word 6's `{\pntext …}`),
 * is the number as printed, so it becomes the block's label as it stands; `\ilvlN` gives its level. Destinations
 * that are not body text (font and style tables, headers and footers, notes, pictures, field instructions,
 * everything marked `\*`) are skipped, hidden (`\v`) and deleted (`\deleted`) text too.
 */
import { InquiryError } from '../errors.js'
import { DEFAULT_LIMITS, tooManyParagraphs, type Limits } from '../limits.js'
import type { Block, LoadedDocument } from '../nodes.js'
import type { Warning } from '../schema.js'
import { normalizeChars, trimAroundBreaks } from '../text/normalize.js'
import { bulletLabel } from './docx-numfmt.js'
import { headingOfStyleName } from './docx-styles.js'
import { rtfTokenizer, unicodeChar } from './rtf-tokens.js'
import { dataTableBlock } from './table-block.js'

/** Destinations whose text is not the document's body. */
const SKIPPED = new Set(
  (
    'fonttbl colortbl info pict header headerl headerr headerf footer footerl footerr footerf annotation ' +
    'listtable listoverridetable revtbl rsidtbl generator xmlnstbl themedata colorschememapping datastore latentstyles ' +
    'fldinst object objdata shpinst nonshppict ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn pn pntxta pntxtb txe xe tc ' +
    'bkmkstart bkmkend comment atnid atnauthor filetbl pgdsctbl mmathPr userprops docvar template'
  ).split(' ')
)
const NOTES = new Set(['footnote'])
const CHARACTERS: Record<string, string> = {
  tab: '\t',
  line: '\n',
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  zwj: '',
  zwnj: '',
}

type Group = { skip: boolean; label: boolean; sheet: boolean; bold: boolean; hidden: boolean; uc: number }
type Paragraph = {
  text: string
  label: string
  level: number | null
  heading: number | null
  boldSoFar: boolean
  hasText: boolean
  inTable: boolean
}

const newParagraph = (): Paragraph => ({ text: '', label: '', level: null, heading: null, boldSoFar: true, hasText: false, inTable: false })

export async function loadRtf(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<LoadedDocument> {
  const { blocks, notes } = readRtf(latin1(bytes), limits)
  if (blocks.length === 0) throw new InquiryError('empty', 'The RTF document contains no text.')
  const warnings: Warning[] =
    notes > 0
      ? [
          {
            code: 'notes_omitted',
            message: `The document has ${notes === 1 ? '1 footnote' : `${notes} footnotes`}; the text of footnotes is not included.`,
          },
        ]
      : []
  return { type: 'document', format: 'rtf', pageCount: null, ocr: false, pages: [], blocks, warnings }
}

/** One character per byte, in slices: RTF is 7-bit ASCII with escapes, and `\bin` data is skipped by count. */
function latin1(bytes: Uint8Array): string {
  let out = ''
  for (let at = 0; at < bytes.length; at += 8192) out += String.fromCharCode(...bytes.subarray(at, at + 8192))
  return out
}

function readRtf(source: string, limits: Limits): { blocks: Block[]; notes: number } {
  const tokens = rtfTokenizer(source)
  const blocks: Block[] = []
  const stack: Group[] = []
  let group: Group = { skip: false, label: false, sheet: false, bold: false, hidden: false, uc: 1 }
  const sheet = styleSheet()
  let paragraph = newParagraph()
  let notes = 0
  /** characters still to drop after `\uN` (its fallback for readers without Unicode) */
  let fallback = 0
  /** the table being read: rows of cells of blocks, and the cells of the row so far */
  let rows: Block[][][] = []
  let cells: Block[][] = []
  let cell: Block[] = []
  let destinationStart = false

  const add = (text: string): void => {
    if (group.skip || group.hidden || text === '') return
    if (group.sheet) sheet.text(text)
    else if (group.label) paragraph.label += text
    else {
      paragraph.text += text
      if (text.trim() === '') return
      paragraph.hasText = true
      paragraph.boldSoFar &&= group.bold
    }
  }
  const endParagraph = (): void => {
    const block = toBlock(paragraph)
    if (block && paragraph.inTable) cell.push({ ...block, cell: true })
    else if (block) {
      endTable()
      blocks.push(block)
    }
    if (blocks.length > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs)
    const { level, heading, inTable } = paragraph
    paragraph = { ...newParagraph(), level, heading, inTable }
  }
  const endTable = (): void => {
    if (cell.length > 0) cells.push(cell)
    if (cells.length > 0) rows.push(cells)
    if (rows.length === 0) return
    const flat = rows.flat(2)
    const table = dataTableBlock(rows)
    for (const block of table ? [table] : flat) blocks.push(block)
    rows = []
    cells = []
    cell = []
  }

  for (let token = tokens.next(); token; token = tokens.next()) {
    const starting = destinationStart
    destinationStart = false
    if (token.type === 'open') {
      stack.push(group)
      if (stack.length > limits.maxDepth) throw tooComplex(limits.maxDepth)
      group = { ...group }
      destinationStart = true
      fallback = 0
    } else if (token.type === 'close') {
      group = stack.pop() ?? group
      fallback = 0
    } else if (token.type === 'text') {
      const drop = Math.min(fallback, token.text.length)
      fallback -= drop
      add(token.text.slice(drop))
    } else if (token.type === 'hex') {
      if (fallback > 0) fallback--
      else add(token.text)
    } else if (token.type === 'symbol') {
      fallback = 0
      if (token.symbol === '*' && starting) group.skip = true
      else add(symbolText(token.symbol))
    } else {
      fallback = 0
      const { word, param } = token
      if (starting && SKIPPED.has(word)) group.skip = true
      else if (starting && NOTES.has(word)) {
        if (!group.skip) notes++
        group.skip = true
      } else if (word === 'bin') tokens.skipBytes(param ?? 0)
      else if (group.skip) continue
      else if (starting && word === 'stylesheet') group.sheet = true
      else if (group.sheet) {
        if (word === 's' && param !== null) sheet.style(param)
      } else if (word === 's' && param !== null) paragraph.heading = sheet.heading(param) ?? paragraph.heading
      else if (word === 'listtext' || word === 'pntext') {
        group.label = true
        paragraph.label = ''
      } else if (group.label) {
        // inside the printed number only its characters count (LibreOffice writes "\pard\plain" there)
        if (word === 'u' && param !== null) {
          add(unicodeChar(param))
          fallback = group.uc
        } else if (CHARACTERS[word] !== undefined) add(CHARACTERS[word])
      } else if (word === 'par' || word === 'sect') endParagraph()
      else if (word === 'cell' || word === 'nestcell') {
        paragraph.inTable = true
        endParagraph()
        if (word === 'cell') {
          cells.push(cell)
          cell = []
        }
      } else if (word === 'row') {
        if (cell.length > 0) cells.push(cell)
        rows.push(cells)
        cell = []
        cells = []
      } else if (word === 'u' && param !== null) {
        add(unicodeChar(param))
        fallback = group.uc
      } else applyWord(word, param, group, paragraph, add)
    }
  }
  endParagraph()
  endTable()
  return { blocks, notes }
}

/** The style sheet's paragraph styles by number, and the heading level their names give ("Heading 1", "Title"). */
function styleSheet(): { style(n: number): void; text(text: string): void; heading(n: number): number | null } {
  const names = new Map<number, string>()
  let current: number | null = null
  return {
    style(n) {
      current = n
      names.set(n, '')
    },
    text(text) {
      if (current === null) return
      const end = text.indexOf(';')
      names.set(current, (names.get(current) ?? '') + (end === -1 ? text : text.slice(0, end)))
      if (end !== -1) current = null
    },
    heading: (n) => headingOfStyleName(names.get(n) ?? ''),
  }
}

/** Special characters, and the character and paragraph properties the blocks keep. */
function applyWord(word: string, param: number | null, group: Group, paragraph: Paragraph, add: (text: string) => void): void {
  const on = param !== 0
  if (CHARACTERS[word] !== undefined) add(CHARACTERS[word])
  else if (word === 'b') group.bold = on
  else if (word === 'plain') Object.assign(group, { bold: false, hidden: false })
  else if (word === 'v' || word === 'deleted') group.hidden = on
  else if (word === 'uc' && param !== null) group.uc = Math.max(0, Math.min(param, 8))
  else if (word === 'pard') Object.assign(paragraph, { level: null, heading: null, inTable: false })
  else if (word === 'ilvl' && param !== null) paragraph.level = Math.max(0, Math.min(param, 8))
  else if (word === 'outlinelevel' && param !== null) paragraph.heading = param >= 0 && param < 9 ? Math.min(param + 1, 6) : null
  else if (word === 'intbl') paragraph.inTable = true
}

function symbolText(symbol: string): string {
  if (symbol === '~') return '\u00a0'
  if (symbol === '_') return '-'
  // "\-" is an optional hyphen, "\:" a sub-entry mark: no text
  return symbol === '-' || symbol === ':' ? '' : symbol
}

/** The printed number as the block's label: "1.", "a)"; a glyph alone (a bullet in the Symbol font) is a bullet. */
function toBlock(p: Paragraph): Block | null {
  const text = trimAroundBreaks(normalizeChars(p.text)).trim()
  if (text === '') return null
  const printed = normalizeChars(p.label).trim()
  const label = printed === '' ? null : /[\p{L}\p{N}]/u.test(printed) ? printed : bulletLabel(printed)
  return { type: 'block', text, label, level: label === null ? null : (p.level ?? 0), heading: p.heading, bold: p.hasText && p.boldSoFar }
}

const tooComplex = (maxDepth: number): InquiryError =>
  new InquiryError('too_complex', `The RTF document nests groups more than ${maxDepth} levels deep, more than the parser reads.`, {
    details: { maxDepth },
  })
