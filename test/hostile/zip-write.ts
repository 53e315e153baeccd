/**
 * @module
 * A ZIP writer for entries that are already deflated (fflate would have to inflate a bomb to zip it), or stored:
 * local headers, data, central directory and end record, all sizes and checksums as given.
 */
import { deflateSync, strToU8 } from 'fflate'
import { concat } from './make-pdf.js'
import { crc32, crcFramed, deflateFramed } from './deflate-run.js'

/** `deflated` holds the entry's bytes as written: deflated, or as they are where `stored` is set. */
export type RawEntry = { name: string; deflated: Uint8Array; size: number; crc: number; stored?: boolean }

/** An entry stored as it is (ODF's "mimetype" must be). */
export const storedEntry = (name: string, text: string): RawEntry => {
  const bytes = strToU8(text)
  return { name, deflated: bytes, size: bytes.length, crc: crc32(bytes), stored: true }
}

/** An entry deflated by fflate. */
export const entry = (name: string, data: string | Uint8Array): RawEntry => {
  const bytes = typeof data === 'string' ? strToU8(data) : data
  return { name, deflated: deflateSync(bytes), size: bytes.length, crc: crc32(bytes) }
}

/** An entry of `prefix`, `size` copies of one byte and `suffix`, made without ever holding the copies. */
export function framedEntry(name: string, prefix: string, byte: number, size: number, suffix: string): RawEntry {
  const [head, tail] = [strToU8(prefix), strToU8(suffix)]
  return {
    name,
    deflated: deflateFramed(head, byte, size, tail),
    size: head.length + size + tail.length,
    crc: crcFramed(head, byte, size, tail),
  }
}

function header(signature: number, entry: RawEntry, offset: number | null): Uint8Array {
  const name = strToU8(entry.name)
  const central = offset !== null
  const fixed = central ? 46 : 30
  const out = new Uint8Array(fixed + name.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, signature, true)
  const at = central ? 2 : 0 // the central header has "version made by" before the common fields
  if (central) view.setUint16(4, 20, true)
  view.setUint16(4 + at, 20, true) // version needed
  view.setUint16(8 + at, entry.stored ? 0 : 8, true) // stored or deflated
  view.setUint16(12 + at, 0x5a21, true) // 2025-01-01
  view.setUint32(14 + at, entry.crc, true)
  view.setUint32(18 + at, entry.deflated.length, true)
  view.setUint32(22 + at, entry.size, true)
  view.setUint16(26 + at, name.length, true)
  if (central) view.setUint32(42, offset, true)
  out.set(name, fixed)
  return out
}

/** The ZIP archive of these entries. */
export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  for (const e of entries) {
    offsets.push(length)
    const local = header(0x04034b50, e, null)
    chunks.push(local, e.deflated)
    length += local.length + e.deflated.length
  }
  const directory = entries.map((e, i) => header(0x02014b50, e, offsets[i]!))
  const directorySize = directory.reduce((sum, d) => sum + d.length, 0)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, entries.length, true)
  end.setUint16(10, entries.length, true)
  end.setUint32(12, directorySize, true)
  end.setUint32(16, length, true)
  return concat([...chunks, ...directory, new Uint8Array(end.buffer)])
}
