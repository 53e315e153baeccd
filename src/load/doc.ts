/**
 * @module
 * Word 97–2003 (.doc) → blocks: the main document's text through the piece table, cut at its paragraph marks,
 * each paragraph with the label Word prints from its list (`ilfo`, `ilvl`: the number is not in the text, as
 * in DOCX), its heading level from its style, and whether it is bold; tables cell by cell.
 *
 * Read in our own code over the compound file (ole.ts) rather than with a text extractor such as
 * word-extractor, which gives the text without the list numbers and needs Node; this runs in Workers and
 * browsers too. Left out as in DOCX: headers, footers, notes (a warning counts footnotes), comments, text
 * boxes, field instructions, hidden and deleted text.
 */
import { InquiryError } from '../errors.js'
import { DEFAULT_LIMITS, tooManyParagraphs, type Limits } from '../limits.js'
import type { Block, LoadedDocument } from '../nodes.js'
import type { Warning } from '../schema.js'
import { normalizeChars, trimAroundBreaks } from '../text/normalize.js'
import { decodeWindows1252 } from './decode.js'
import { bytesOf, damaged, eachSprm, readFib, readFkpRuns, readPieces, type Bytes, type PropertyRun } from './doc-format.js'
import { readDocLists, type DocLists } from './doc-lists.js'
import { readDocStyles, styleHeading, styleSprm, type DocStyle } from './doc-styles.js'
import { createListCounter, type ListCounter } from './docx-list-counter.js'
import { openCompoundFile } from './ole.js'
import { dataTableBlock } from './table-block.js'

/** Windows-1252 as a table: character n is what byte n means (decode.ts's mapping, not TextDecoder's). */
const CP1252 = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))

const SPRM = {
  bold: 0x0835,
  vanish: 0x083c,
  deleted: 0x0800,
  ilvl: 0x260a,
  ilfo: 0x460b,
  inTable: 0x2416,
  ttp: 0x2417,
  outline: 0x2640,
} as const

type Document = { word: Bytes; styles: DocStyle[]; lists: DocLists; counter: ListCounter; papx: PropertyRun[]; chpx: PropertyRun[] }
/** `notBold`: some visible character is set not bold; `styleBold`: some relies on the paragraph style's bold. */
type Paragraph = { text: string; hasText: boolean; notBold: boolean; fromStyle: boolean }
const newParagraph = (): Paragraph => ({ text: '', hasText: false, notBold: false, fromStyle: false })

export async function loadDoc(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<LoadedDocument> {
  const { blocks, footnotes, clampedStarts, cutLabels } = readDoc(bytes, limits)
  if (blocks.length === 0) throw new InquiryError('empty', 'The Word document contains no text.')
  const warnings: Warning[] = []
  if (footnotes > 0)
    warnings.push({
      code: 'docx_notes_omitted',
      message: `The document has ${footnotes === 1 ? '1 footnote' : `${footnotes} footnotes`}; the text of footnotes and endnotes is not included.`,
    })
  if (clampedStarts > 0)
    warnings.push({
      code: 'list_start_clamped',
      message: `${clampedStarts} list start value(s) over ${limits.maxListStart} were lowered to ${limits.maxListStart}.`,
    })
  if (cutLabels > 0)
    warnings.push({
      code: 'list_label_cut',
      message: `${cutLabels} list label(s) longer than ${limits.maxLabelLength} characters were cut.`,
    })
  return { type: 'document', format: 'doc', pageCount: null, ocr: false, pages: [], blocks, warnings }
}

function readDoc(bytes: Uint8Array, limits: Limits): { blocks: Block[]; footnotes: number; clampedStarts: number; cutLabels: number } {
  const file = openCompoundFile(bytes, limits.maxUnpackedBytes)
  const wordStream = file.stream('WordDocument')
  if (!wordStream) throw damaged('it has no WordDocument stream')
  const word = bytesOf(wordStream)
  const fib = readFib(word)
  const tableStream = file.stream(fib.tableStream)
  if (!tableStream) throw damaged(`its table stream ${fib.tableStream} is missing`)
  const table = bytesOf(tableStream)
  const doc: Document = {
    word,
    styles: readDocStyles(table, fib.at.stshf),
    lists: readDocLists(table, fib.at.plfLst, fib.at.plfLfo, limits.maxListStart),
    counter: createListCounter(limits.maxLabelLength),
    papx: readFkpRuns(word, table, fib.at.plcfBtePapx, 'papx'),
    chpx: readFkpRuns(word, table, fib.at.plcfBteChpx, 'chpx'),
  }
  const blocks = readText(doc, readPieces(table, fib.at.clx), fib.ccpText, limits)
  const footnotes = Math.max(0, Math.floor((fib.at.plcffndRef[1] - 4) / 6))
  return { blocks, footnotes, clampedStarts: doc.lists.clampedStarts, cutLabels: doc.counter.cutLabels }
}

/** Walks the main document's characters in order, piece by piece. */
function readText(doc: Document, pieces: ReturnType<typeof readPieces>, ccpText: number, limits: Limits): Block[] {
  const blocks: Block[] = []
  const fields: boolean[] = [] // for each open field: whether its result (after the separator) is reached
  let paragraph = newParagraph()
  let rows: Block[][][] = []
  let cells: Block[][] = []
  let cell: Block[] = []
  const endTable = (): void => {
    if (cell.length > 0) cells.push(cell)
    if (cells.length > 0) rows.push(cells)
    if (rows.length > 0) blocks.push(...(dataTableBlock(rows) ? [dataTableBlock(rows)!] : rows.flat(2)))
    rows = []
    cells = []
    cell = []
  }
  const endParagraph = (fc: number, mark: 'paragraph' | 'cell'): void => {
    const props = paragraphProps(doc, fc)
    const block = toBlock(doc, paragraph, props)
    paragraph = newParagraph()
    if (props.inTable && mark === 'cell' && props.ttp) {
      rows.push(cells)
      cells = []
      cell = []
    } else if (props.inTable) {
      if (block) cell.push({ ...block, cell: true })
      if (mark === 'cell') {
        cells.push(cell)
        cell = []
      }
    } else if (block) {
      endTable()
      blocks.push(block)
    }
    if (blocks.length + cell.length > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs)
  }
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, ccpText)
    const width = piece.compressed ? 1 : 2
    for (let cp = piece.cpStart; cp < end; cp++) {
      const fc = piece.fc + (cp - piece.cpStart) * width
      if (fc + width > doc.word.data.length) throw damaged('its text lies past the end of the file')
      const code = piece.compressed ? CP1252.charCodeAt(doc.word.data[fc]!) : doc.word.view.getUint16(fc, true)
      if (code === 0x13) fields.push(false)
      else if (code === 0x14) fields[fields.length - 1] = true
      else if (code === 0x15) fields.pop()
      else if (code === 0x0d) endParagraph(fc, 'paragraph')
      else if (code === 0x07) endParagraph(fc, 'cell')
      else if (!fields.includes(false)) addChar(doc, paragraph, code, fc)
    }
  }
  if (paragraph.text !== '') endParagraph(-1, 'paragraph')
  endTable()
  return blocks
}

function addChar(doc: Document, paragraph: Paragraph, code: number, fc: number): void {
  // 0x0B a line break, 0x1E a non-breaking hyphen; 0x1F and U+00AD optional hyphens; other controls mark objects
  const text =
    code === 0x0b ? '\n' : code === 0x09 ? '\t' : code === 0x1e ? '-' : code < 0x20 || code === 0xad ? '' : String.fromCharCode(code)
  if (text === '') return
  const run = runAt(doc.chpx, fc)
  // sprmCFBold: 0 off, 1 on, 0x80 as the style says, 0x81 the opposite (read as on: styles are rarely bold)
  let bold: boolean | null = null
  let hidden = false
  if (run) {
    eachSprm(run.grpprl, (sprm, operand) => {
      if (sprm === SPRM.bold) bold = operand[0] === 0x80 ? null : operand[0] === 1 || operand[0] === 0x81
      else if (sprm === SPRM.vanish || sprm === SPRM.deleted) hidden = operand[0] === 1
    })
  }
  if (hidden) return
  paragraph.text += text
  if (text.trim() === '') return
  paragraph.hasText = true
  if (bold === null) paragraph.fromStyle = true
  else if (!bold) paragraph.notBold = true
}

type ParagraphProps = { istd: number; ilfo: number; ilvl: number; inTable: boolean; ttp: boolean; outline: number | null }

/** The properties of the paragraph whose mark is at `fc`: its own sprms, then its style's. */
function paragraphProps(doc: Document, fc: number): ParagraphProps {
  const run = runAt(doc.papx, fc)
  const props: ParagraphProps = { istd: run?.istd ?? 0, ilfo: -1, ilvl: -1, inTable: false, ttp: false, outline: null }
  if (run) {
    eachSprm(run.grpprl, (sprm, operand) => {
      if (sprm === SPRM.ilfo) props.ilfo = (operand[0] ?? 0) | ((operand[1] ?? 0) << 8)
      else if (sprm === SPRM.ilvl) props.ilvl = operand[0] ?? 0
      else if (sprm === SPRM.inTable) props.inTable = operand[0] === 1
      else if (sprm === SPRM.ttp) props.ttp = operand[0] === 1
      else if (sprm === SPRM.outline) props.outline = operand[0] ?? null
    })
  }
  if (props.ilfo < 0) props.ilfo = styleSprm(doc.styles, props.istd, 'papx', SPRM.ilfo, (o) => (o[0] ?? 0) | ((o[1] ?? 0) << 8)) ?? 0
  if (props.ilvl < 0) props.ilvl = styleSprm(doc.styles, props.istd, 'papx', SPRM.ilvl, (o) => o[0] ?? 0) ?? 0
  return props
}

function toBlock(doc: Document, paragraph: Paragraph, props: ParagraphProps): Block | null {
  // ilfo 0xF801 and above (negative as a 16-bit number) switch numbering off
  const instance = props.ilfo > 0 && props.ilfo < 0xf000 ? doc.lists.instance(props.ilfo) : null
  const item = instance ? doc.counter.next(instance, Math.min(props.ilvl, 8)) : null
  const text = trimAroundBreaks(normalizeChars(paragraph.text)).trim()
  if (text === '') return null
  const outline = props.outline !== null && props.outline < 9 ? Math.min(props.outline + 1, 6) : null
  return {
    type: 'block',
    text,
    label: item?.label ?? null,
    level: item?.label ? item.level : null,
    heading: outline ?? styleHeading(doc.styles, props.istd),
    bold:
      paragraph.hasText &&
      !paragraph.notBold &&
      (!paragraph.fromStyle || styleSprm(doc.styles, props.istd, 'chpx', SPRM.bold, (o) => o[0] ?? 0) === 1),
  }
}

/** The run holding byte `fc` (runs are sorted and do not overlap), by binary search. */
function runAt(runs: readonly PropertyRun[], fc: number): PropertyRun | null {
  let low = 0
  let high = runs.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const run = runs[mid]!
    if (fc < run.fcStart) high = mid - 1
    else if (fc >= run.fcEnd) low = mid + 1
    else return run
  }
  return null
}
