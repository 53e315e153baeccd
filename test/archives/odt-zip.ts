/**
 * @module
 * ODT packages for the tests: the "mimetype" entry first and stored, as ODF asks, then XML parts deflated, or a
 * part deflated from a run of one byte without ever holding it (a bomb).
 */
import { deflateSync, strToU8 } from 'fflate'
import { crc32, crcFramed, deflateFramed } from '../hostile/deflate-run.js'

export type Part = { name: string; data: Uint8Array; method: 0 | 8; size: number; crc: number }

export const MIMETYPE = 'application/vnd.oasis.opendocument.text'

export const stored = (name: string, text: string): Part => {
  const data = strToU8(text)
  return { name, data, method: 0, size: data.length, crc: crc32(data) }
}

export const deflated = (name: string, text: string): Part => {
  const bytes = strToU8(text)
  return { name, data: deflateSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) }
}

/** `prefix`, `size` copies of `byte`, `suffix`, deflated. */
export function bomb(name: string, prefix: string, byte: number, size: number, suffix: string): Part {
  const [head, tail] = [strToU8(prefix), strToU8(suffix)]
  return {
    name,
    data: deflateFramed(head, byte, size, tail),
    method: 8,
    size: head.length + size + tail.length,
    crc: crcFramed(head, byte, size, tail),
  }
}

export const odtPackage = (parts: readonly Part[], mimetype = MIMETYPE): Uint8Array => zip([stored('mimetype', mimetype), ...parts])

function header(central: boolean, part: Part, offset: number): Uint8Array {
  const name = strToU8(part.name)
  const fixed = central ? 46 : 30
  const out = new Uint8Array(fixed + name.length)
  const view = new DataView(out.buffer)
  const at = central ? 2 : 0
  view.setUint32(0, central ? 0x02014b50 : 0x04034b50, true)
  view.setUint16(4 + at, 20, true)
  view.setUint16(8 + at, part.method, true)
  view.setUint32(14 + at, part.crc, true)
  view.setUint32(18 + at, part.data.length, true)
  view.setUint32(22 + at, part.size, true)
  view.setUint16(26 + at, name.length, true)
  if (central) view.setUint32(42, offset, true)
  out.set(name, fixed)
  return out
}

function zip(parts: readonly Part[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  for (const part of parts) {
    offsets.push(length)
    const local = header(false, part, 0)
    chunks.push(local, part.data)
    length += local.length + part.data.length
  }
  const directory = parts.map((p, i) => header(true, p, offsets[i]!))
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, parts.length, true)
  end.setUint16(10, parts.length, true)
  end.setUint32(
    12,
    directory.reduce((sum, d) => sum + d.length, 0),
    true
  )
  end.setUint32(16, length, true)
  const all = [...chunks, ...directory, new Uint8Array(end.buffer)]
  const out = new Uint8Array(all.reduce((sum, c) => sum + c.length, 0))
  let at = 0
  for (const c of all) {
    out.set(c, at)
    at += c.length
  }
  return out
}
