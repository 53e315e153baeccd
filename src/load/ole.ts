/**
 * @module
 * Reading streams out of an OLE2 compound file ([MS-CFB]), the container of Word 97–2003 documents.
 *
 * Our own reader rather than a library: the one well-known reader on npm follows a stream's sector chain
 * without noticing a cycle, so a crafted file of a few KB would keep it busy for ever. Here every chain is cut
 * after as many steps as the file has sectors, a stream is never longer than its directory entry says, and
 * what the streams unpack to together is bounded by `maxUnpackedBytes`.
 */
import { InquiryError } from '../errors.js'

export type CompoundFile = {
  /** the stream of this name (anywhere in the directory; Word's streams are at the root), or null */
  stream(name: string): Uint8Array | null
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
const HEADER_DIFAT = 109
const STREAM = 2
const ROOT = 5

type Entry = { name: string; type: number; start: number; size: number }

const corrupt = (why: string): InquiryError =>
  new InquiryError('corrupt', `The Word 97–2003 document is damaged: ${why}.`, { details: { container: 'ole2' } })

export function openCompoundFile(bytes: Uint8Array, maxUnpackedBytes: number): CompoundFile {
  if (bytes.length < 512 || !SIGNATURE.every((b, i) => bytes[i] === b)) throw corrupt('it is not an OLE2 compound file')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) throw corrupt('its sector size is invalid')
  const sectorSize = 1 << shift
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1
  const sector = (n: number): Uint8Array => {
    const at = (n + 1) * sectorSize
    if (n >= sectorCount || at >= bytes.length) throw corrupt(`it points at sector ${n}, past its end`)
    return bytes.subarray(at, Math.min(at + sectorSize, bytes.length))
  }
  const fat = readFat(view, sector, sectorSize, sectorCount)
  /** The sectors of a chain, in order; a chain longer than the file (a cycle) is damaged. */
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = []
    for (let n = start; n !== END_OF_CHAIN && n !== FREE; n = table[n] ?? END_OF_CHAIN) {
      if (out.length >= limit) throw corrupt('a sector chain loops')
      out.push(n)
    }
    return out
  }
  const read = (start: number, size: number): Uint8Array => {
    const out = new Uint8Array(size)
    let at = 0
    for (const n of chain(start, fat, sectorCount)) {
      if (at >= size) break
      const data = sector(n).subarray(0, size - at)
      out.set(data, at)
      at += data.length
    }
    return out.subarray(0, at)
  }
  const entries = readDirectory(read(view.getUint32(0x30, true), sectorCount * sectorSize))
  const root = entries.find((e) => e.type === ROOT)
  const cutoff = view.getUint32(0x38, true)
  const miniShift = view.getUint16(0x20, true)
  if (miniShift !== 6) throw corrupt('its mini sector size is invalid')
  let unpacked = 0
  let mini: { stream: Uint8Array; fat: Uint32Array } | null = null
  const miniStream = () => {
    if (mini) return mini
    const miniFat = read(view.getUint32(0x3c, true), Math.min(view.getUint32(0x40, true) * sectorSize, bytes.length))
    const table = new Uint32Array(miniFat.buffer.slice(miniFat.byteOffset, miniFat.byteOffset + (miniFat.length & ~3)))
    return (mini = { stream: root ? read(root.start, Math.min(root.size, bytes.length)) : new Uint8Array(), fat: table })
  }
  return {
    stream(name) {
      const entry = entries.find((e) => e.type === STREAM && e.name === name)
      if (!entry) return null
      if (entry.size > bytes.length) throw corrupt(`its stream ${name} claims more bytes than the file has`)
      unpacked += entry.size
      if (unpacked > maxUnpackedBytes) {
        throw new InquiryError(
          'too_large',
          `The Word 97–2003 document's streams hold more than ${maxUnpackedBytes} bytes, the most allowed.`,
          {
            details: { maxUnpackedBytes },
          }
        )
      }
      if (entry.size >= cutoff) return read(entry.start, entry.size)
      const { stream, fat: miniFat } = miniStream()
      const out = new Uint8Array(entry.size)
      let at = 0
      for (const n of chain(entry.start, miniFat, miniFat.length + 1)) {
        if (at >= entry.size) break
        const data = stream.subarray(n * 64, n * 64 + Math.min(64, entry.size - at))
        out.set(data, at)
        at += data.length
      }
      return out.subarray(0, at)
    },
  }
}

/** The FAT: its sectors are listed in the header's DIFAT and a chain of DIFAT sectors after it. */
function readFat(view: DataView, sector: (n: number) => Uint8Array, sectorSize: number, sectorCount: number): Uint32Array {
  const fatSectors: number[] = []
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true))
  const perSector = sectorSize / 4 - 1
  let next = view.getUint32(0x44, true)
  for (let steps = 0; next !== END_OF_CHAIN && next !== FREE && steps < sectorCount; steps++) {
    const data = sector(next)
    const difat = new DataView(data.buffer, data.byteOffset, data.byteLength)
    for (let i = 0; i < perSector && 4 * i + 4 <= data.length; i++) fatSectors.push(difat.getUint32(4 * i, true))
    next = data.length >= sectorSize ? difat.getUint32(sectorSize - 4, true) : END_OF_CHAIN
  }
  const used = fatSectors.filter((n) => n !== FREE && n !== END_OF_CHAIN).slice(0, sectorCount)
  const fat = new Uint32Array(used.length * (sectorSize / 4))
  used.forEach((n, i) => {
    const data = sector(n)
    fat.set(new Uint32Array(data.buffer.slice(data.byteOffset, data.byteOffset + (data.length & ~3))), i * (sectorSize / 4))
  })
  return fat
}

/** Directory entries are 128 bytes: a UTF-16LE name, the type, the first sector and the size. */
function readDirectory(data: Uint8Array): Entry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const names = new TextDecoder('utf-16le')
  const entries: Entry[] = []
  for (let at = 0; at + 128 <= data.length; at += 128) {
    const nameLength = Math.min(view.getUint16(at + 0x40, true), 64)
    const type = view.getUint8(at + 0x42)
    if (type === 0) continue
    const name = names.decode(data.subarray(at, at + Math.max(0, nameLength - 2)))
    // sizes over 4 GB (the high word of version 4 files) are no Word document's
    entries.push({ name, type, start: view.getUint32(at + 0x74, true), size: view.getUint32(at + 0x78, true) })
  }
  return entries
}
