/**
 * @module
 * The parts of the Word 97–2003 binary format ([MS-DOC]) the .doc loader reads: the File Information Block
 * (where everything is), the piece table (which bytes hold the text), and the formatted disk pages that give
 * each paragraph and each run of characters its properties as lists of "sprms".
 *
 * Every count read from the file is checked against the bytes that are there, so no loop runs longer than its
 * stream.
 */
import { InquiryError } from '../errors.js'

export type Bytes = { data: Uint8Array; view: DataView }

export const bytesOf = (data: Uint8Array): Bytes => ({ data, view: new DataView(data.buffer, data.byteOffset, data.byteLength) })

const u16 = (b: Bytes, at: number): number => (at + 2 <= b.data.length ? b.view.getUint16(at, true) : 0)
export const u32 = (b: Bytes, at: number): number => (at + 4 <= b.data.length ? b.view.getUint32(at, true) : 0)

export const damaged = (why: string): InquiryError => new InquiryError('corrupt', `The Word 97–2003 document is damaged: ${why}.`)

/** Where a structure of the table stream is: FibRgFcLcb97's pairs, by index. */
const FC_LCB = { stshf: 1, plcffndRef: 2, plcfBteChpx: 12, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74 } as const

export type Fib = {
  /** which of "0Table" and "1Table" is the table stream */
  tableStream: '0Table' | '1Table'
  /** characters of the main document (footnotes, headers and the rest follow it) */
  ccpText: number
  /** the table stream's structures, as [offset, length] */
  at: Record<keyof typeof FC_LCB, [number, number]>
}

/** Reads the FIB at the start of the WordDocument stream. Word 6 and 95 files, and encrypted ones, are refused. */
export function readFib(word: Bytes): Fib {
  if (u16(word, 0) !== 0xa5ec) throw damaged('its WordDocument stream has no valid header')
  const nFib = u16(word, 2)
  if (nFib < 0xc1) {
    throw new InquiryError('unsupported_format', 'The file is a Word 6 or Word 95 document, older than Word 97; save it as DOCX or PDF.')
  }
  const flags = u16(word, 0x0a)
  if (flags & 0x0100)
    throw new InquiryError('encrypted', 'The Word document is password-protected; open it in Word, remove the password and save it again.')
  const csw = u16(word, 32)
  const lwAt = 34 + csw * 2 + 2
  const cslw = u16(word, lwAt - 2)
  const blobAt = lwAt + cslw * 4 + 2
  const pairs = u16(word, blobAt - 2)
  const at = {} as Fib['at']
  for (const [name, index] of Object.entries(FC_LCB) as [keyof typeof FC_LCB, number][]) {
    at[name] = index < pairs ? [u32(word, blobAt + index * 8), u32(word, blobAt + index * 8 + 4)] : [0, 0]
  }
  return { tableStream: flags & 0x0200 ? '1Table' : '0Table', ccpText: u32(word, lwAt + 12), at }
}

/** A piece of the text: characters [cpStart, cpEnd) stored from byte `fc`, one byte (Windows-1252) or two (UTF-16LE) each. */
export type Piece = { cpStart: number; cpEnd: number; fc: number; compressed: boolean }

/** The piece table (Clx): property modifiers first (skipped), then the PlcPcd. */
export function readPieces(table: Bytes, [fc, lcb]: [number, number]): Piece[] {
  const end = Math.min(fc + lcb, table.data.length)
  let at = fc
  while (at < end && table.data[at] === 0x01) at += 3 + u16(table, at + 1)
  if (table.data[at] !== 0x02) throw damaged('its piece table cannot be found')
  const size = Math.min(u32(table, at + 1), end - at - 5)
  const plc = at + 5
  const count = Math.floor((size - 4) / 12)
  const pieces: Piece[] = []
  for (let i = 0; i < count; i++) {
    const raw = u32(table, plc + (count + 1) * 4 + i * 8 + 2)
    const compressed = (raw & 0x40000000) !== 0
    pieces.push({
      cpStart: u32(table, plc + i * 4),
      cpEnd: u32(table, plc + i * 4 + 4),
      fc: compressed ? (raw & 0x3fffffff) / 2 : raw,
      compressed,
    })
  }
  return pieces
}

/** A run of bytes [fcStart, fcEnd) of the WordDocument stream with the same properties (a grpprl of sprms). */
export type PropertyRun = { fcStart: number; fcEnd: number; grpprl: Uint8Array; istd: number }

/**
 * The runs of the formatted disk pages (FKPs, 512 bytes each) a bin table (PlcBtePapx or PlcBteChpx) lists.
 * Paragraph runs start with their style (istd); character runs have none (-1).
 */
export function readFkpRuns(word: Bytes, table: Bytes, [fc, lcb]: [number, number], kind: 'papx' | 'chpx'): PropertyRun[] {
  const count = Math.floor((Math.min(lcb, table.data.length - fc) - 4) / 8)
  const runs: PropertyRun[] = []
  for (let i = 0; i < count; i++) {
    const page = (u32(table, fc + (count + 1) * 4 + i * 4) & 0x3fffff) * 512
    if (page + 512 > word.data.length) throw damaged('a page of its formatting lies past the end of the file')
    const crun = word.data[page + 511] ?? 0
    for (let r = 0; r < crun; r++) runs.push(fkpRun(word, page, crun, r, kind))
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart)
}

function fkpRun(word: Bytes, page: number, crun: number, r: number, kind: 'papx' | 'chpx'): PropertyRun {
  const fcStart = u32(word, page + r * 4)
  const fcEnd = u32(word, page + r * 4 + 4)
  const entry = kind === 'papx' ? page + (crun + 1) * 4 + r * 13 : page + (crun + 1) * 4 + r
  const offset = (word.data[entry] ?? 0) * 2
  if (offset === 0) return { fcStart, fcEnd, grpprl: new Uint8Array(), istd: 0 }
  const at = page + offset
  if (kind === 'chpx')
    return { fcStart, fcEnd, grpprl: word.data.subarray(at + 1, Math.min(at + 1 + (word.data[at] ?? 0), page + 511)), istd: -1 }
  const cb = word.data[at] ?? 0
  // a PAPX's size is 2·cb − 1 bytes after its count byte, or 2·cb' after a zero and a second count byte
  const [start, size] = cb !== 0 ? [at + 1, 2 * cb - 1] : [at + 2, 2 * (word.data[at + 1] ?? 0)]
  const end = Math.min(start + size, page + 511)
  return { fcStart, fcEnd, grpprl: word.data.subarray(start + 2, end), istd: u16(word, start) }
}

/** Calls `visit` with each sprm of a grpprl and its operand; stops at a sprm whose size it cannot tell. */
export function eachSprm(grpprl: Uint8Array, visit: (sprm: number, operand: Uint8Array) => void): void {
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = grpprl[at]! | (grpprl[at + 1]! << 8)
    at += 2
    const spra = sprm >> 13
    // sprmTDefTable and sprmPChgTabs have sizes of their own: no property we read comes after them in practice
    if (sprm === 0xd608 || sprm === 0xc615) return
    const size = spra === 6 ? (grpprl[at++] ?? 0) : ([1, 1, 2, 4, 2, 2, 0, 3][spra] ?? 0)
    visit(sprm, grpprl.subarray(at, at + size))
    at += size
  }
}
