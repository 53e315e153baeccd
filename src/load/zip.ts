/**
 * @module
 * Reading single entries of a ZIP container (a DOCX) within a budget of unpacked bytes.
 *
 * The central directory only says where the entries are. Its sizes are never trusted: an entry is inflated
 * slice by slice with fflate's streaming inflate and the bytes that come out are counted as they come, so a
 * directory that lies about sizes, a ZIP64-style end record or a damaged header cannot make a 600 KB file
 * unpack to 200 MB. Only the entries asked for are inflated.
 */
import { Inflate } from 'fflate'
import { InquiryError } from '../errors.js'

export type ZipBudget = {
  /** bytes all entries read from this archive may unpack to, together */
  maxUnpackedBytes: number
  /** bytes one entry may unpack to */
  maxEntryBytes: number
}

export type ZipArchive = {
  has(name: string): boolean
  /** the entry's unpacked bytes, or null when there is no such entry */
  read(name: string): Uint8Array | null
}

type Entry = { method: number; compressedSize: number; localOffset: number }

const END_OF_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const CENTRAL_HEADER = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const MAX_COMMENT = 0xffff
const UNKNOWN = 0xffffffff
/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most 1032:1, so one slice yields at
 * most ~4 MiB before the count is checked again.
 */
const SLICE = 4096

const corrupt = (cause?: unknown): InquiryError =>
  new InquiryError('corrupt', 'The Word document is damaged or incomplete: its ZIP container cannot be read.', { cause })

export function openZip(bytes: Uint8Array, budget: ZipBudget): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = readDirectory(view)
  let unpacked = 0
  const count = (name: string, entryBytes: number, more: number): void => {
    unpacked += more
    if (unpacked > budget.maxUnpackedBytes) {
      throw new InquiryError('too_large', `The Word document unpacks to more than ${budget.maxUnpackedBytes} bytes, the most allowed.`, {
        details: { unpackedBytes: unpacked, maxUnpackedBytes: budget.maxUnpackedBytes },
      })
    }
    if (entryBytes > budget.maxEntryBytes) {
      throw new InquiryError(
        'too_large',
        `The Word document's part ${name} unpacks to more than ${budget.maxEntryBytes} bytes, the most allowed.`,
        {
          details: { part: name, unpackedBytes: entryBytes, maxXmlBytes: budget.maxEntryBytes },
        }
      )
    }
  }
  return {
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name)
      // reading an entry again counts it again: the budget bounds every way of asking
      return entry ? inflateEntry(view, entry, (entryBytes, more) => count(name, entryBytes, more)) : null
    },
  }
}

/** Entry name → where its data is, from the central directory; the first of duplicate names wins. */
function readDirectory(view: DataView): Map<string, Entry> {
  const { offset, total } = directoryStart(view)
  const entries = new Map<string, Entry>()
  const names = new TextDecoder('utf-8')
  let at = offset
  // the loop is bounded by the file: every header is at least 46 bytes long
  for (let i = 0; i < total && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw corrupt()
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    if (at + 46 + nameLength > view.byteLength) throw corrupt()
    const name = names.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength))
    const sizes = zip64Sizes(view, at, at + 46 + nameLength, extraLength)
    if (!entries.has(name)) entries.set(name, { method: view.getUint16(at + 10, true), ...sizes })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Where the central directory starts and how many entries it lists (ZIP64 end records are followed too). */
function directoryStart(view: DataView): { offset: number; total: number } {
  const end = findEndOfDirectory(view)
  if (end === null) throw corrupt()
  let total = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const locator = end - 20
  if ((total === 0xffff || offset === UNKNOWN) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true))
    if (zip64End + 56 > view.byteLength || view.getUint32(zip64End, true) !== ZIP64_END) throw corrupt()
    total = Number(view.getBigUint64(zip64End + 32, true))
    offset = Number(view.getBigUint64(zip64End + 48, true))
  }
  if (offset >= view.byteLength) throw corrupt()
  return { offset, total }
}

function findEndOfDirectory(view: DataView): number | null {
  const last = view.byteLength - 22
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  return null
}

/**
 * The compressed size and local header offset, from the ZIP64 extra field where the header says 0xffffffff.
 * An unknown compressed size means "up to the end of the file": the DEFLATE stream ends by itself.
 */
function zip64Sizes(view: DataView, header: number, extra: number, extraLength: number): Omit<Entry, 'method'> {
  let compressedSize = view.getUint32(header + 20, true)
  let localOffset = view.getUint32(header + 42, true)
  const uncompressedUnknown = view.getUint32(header + 24, true) === UNKNOWN
  for (let at = extra; at + 4 <= extra + extraLength && at + 4 <= view.byteLength; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue
    // the ZIP64 field holds, in this order, only the values that are 0xffffffff in the header
    let field = at + 4 + (uncompressedUnknown ? 8 : 0)
    const next = (): number => {
      const value = field + 8 <= view.byteLength ? Number(view.getBigUint64(field, true)) : UNKNOWN
      field += 8
      return value
    }
    if (compressedSize === UNKNOWN) compressedSize = next()
    if (localOffset === UNKNOWN) localOffset = next()
    break
  }
  return { compressedSize, localOffset }
}

/** Inflates one entry; `count(entryBytes, more)` sees every slice that comes out and throws over budget. */
function inflateEntry(view: DataView, entry: Entry, count: (entryBytes: number, more: number) => void): Uint8Array {
  const at = entry.localOffset
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw corrupt()
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = Math.min(view.byteLength, start + entry.compressedSize)
  if (start > end) throw corrupt()
  const data = new Uint8Array(view.buffer, view.byteOffset + start, end - start)
  if (entry.method === 0) {
    count(data.length, data.length)
    return data.slice()
  }
  if (entry.method !== 8) throw corrupt()
  return inflateCounted(data, count)
}

function inflateCounted(data: Uint8Array, count: (entryBytes: number, more: number) => void): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  let done = false
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length
    count(size, chunk.length)
    chunks.push(chunk)
    done ||= final
  })
  try {
    for (let offset = 0; offset < data.length && !done; offset += SLICE) {
      inflater.push(data.subarray(offset, offset + SLICE), offset + SLICE >= data.length)
    }
  } catch (error) {
    if (error instanceof InquiryError) throw error
    throw corrupt(error)
  }
  return concat(chunks, size)
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
