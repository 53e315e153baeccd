/**
 * @module
 * A ZIP writer for hostile test files: each entry's sizes can be claimed falsely, the central directory's
 * signature damaged, or the end record written ZIP64-style, which real writers never do for a DOCX.
 */
import { concat } from './make-pdf.js'

export type HostileEntry = {
  name: string
  /** the DEFLATE data (see `deflateSegments`) or the stored bytes */
  data: Uint8Array
  method?: 0 | 8
  /** what the headers claim; the real size by default */
  claimedSize?: number
  claimedCompressedSize?: number
}

export type ZipOptions = { damageDirectory?: boolean; zip64End?: boolean }

const encoder = new TextEncoder()

/** Text as it is, or `unit` written `times` times in a row. */
export type Segment = string | { unit: string; times: number }

/**
 * DEFLATE data for the segments, written by hand with the fixed Huffman codes: a repeated unit is its
 * characters once, then copies of 258 bytes from one unit back, 13 bits each. So 200 MB take about 1.2 MB and
 * a few milliseconds to make, the ratio a real bomb has. Text is ASCII.
 */
export function deflateSegments(segments: readonly Segment[]): { data: Uint8Array; size: number } {
  const out = new BitWriter()
  out.bits(1, 1) // the final block
  out.bits(1, 2) // fixed Huffman codes
  let size = 0
  for (const segment of segments) {
    const { unit, times } = typeof segment === 'string' ? { unit: segment, times: 1 } : segment
    const total = unit.length * times
    let written = 0
    for (; written < Math.min(unit.length, total); written++) out.literal(unit.charCodeAt(written))
    for (; total - written >= 258; written += 258) out.copy(258, unit.length)
    for (; written < total; written++) out.literal(unit.charCodeAt(written % unit.length))
    size += total
  }
  out.symbol(256)
  return { data: out.done(), size }
}

class BitWriter {
  private bytes = new Uint8Array(1 << 16)
  private length = 0
  private bit = 0

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((value >> i) & 1)
  }

  literal(byte: number): void {
    this.symbol(byte)
  }

  /** a copy of `length` (3..258) bytes from `distance` (1..32768) back */
  copy(length: number, distance: number): void {
    if (length !== 258) throw new Error('only copies of 258 bytes are written')
    this.symbol(285)
    let code = 0
    while (code < 29 && distanceBase(code + 1) <= distance) code++
    this.huffman(code, 5)
    const extra = code < 4 ? 0 : (code >> 1) - 1
    this.bits(distance - distanceBase(code), extra)
  }

  /** a literal/length symbol in the fixed code (RFC 1951, 3.2.6) */
  symbol(sym: number): void {
    if (sym < 144) this.huffman(0x30 + sym, 8)
    else if (sym < 256) this.huffman(0x190 + sym - 144, 9)
    else if (sym < 280) this.huffman(sym - 256, 7)
    else this.huffman(0xc0 + sym - 280, 8)
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.length + (this.bit > 0 ? 1 : 0))
  }

  /** Huffman codes go most significant bit first */
  private huffman(code: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.push((code >> i) & 1)
  }

  private push(bit: number): void {
    if (this.length + 1 >= this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2)
      grown.set(this.bytes)
      this.bytes = grown
    }
    this.bytes[this.length]! |= bit << this.bit
    if (++this.bit === 8) {
      this.bit = 0
      this.length++
    }
  }
}

const distanceBase = (code: number): number => (code < 4 ? code + 1 : 1 + ((2 | (code & 1)) << ((code >> 1) - 1)))

export function writeZip(entries: readonly HostileEntry[], options: ZipOptions = {}): Uint8Array {
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const method = entry.method ?? 8
    const compressed = entry.claimedCompressedSize ?? entry.data.length
    const size = entry.claimedSize ?? entry.data.length
    const local = header(
      30 + name.length,
      (v) => {
        v.setUint32(0, 0x04034b50, true)
        v.setUint16(4, 20, true)
        v.setUint16(8, method, true)
        v.setUint32(18, compressed, true)
        v.setUint32(22, size, true)
        v.setUint16(26, name.length, true)
      },
      name,
      30
    )
    const central = header(
      46 + name.length,
      (v) => {
        v.setUint32(0, options.damageDirectory ? 0x02014b51 : 0x02014b50, true)
        v.setUint16(6, 20, true)
        v.setUint16(10, method, true)
        v.setUint32(20, compressed, true)
        v.setUint32(24, size, true)
        v.setUint16(28, name.length, true)
        v.setUint32(42, offset, true)
      },
      name,
      46
    )
    locals.push(local, entry.data)
    centrals.push(central)
    offset += local.length + entry.data.length
  }
  const directory = concat(centrals)
  return concat([...locals, directory, ...endRecords(entries.length, directory.length, offset, options.zip64End === true)])
}

function endRecords(count: number, size: number, offset: number, zip64: boolean): Uint8Array[] {
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true)
    v.setUint16(8, zip64 ? 0xffff : count, true)
    v.setUint16(10, zip64 ? 0xffff : count, true)
    v.setUint32(12, zip64 ? 0xffffffff : size, true)
    v.setUint32(16, zip64 ? 0xffffffff : offset, true)
  })
  if (!zip64) return [end]
  const zip64End = header(56, (v) => {
    v.setUint32(0, 0x06064b50, true)
    v.setBigUint64(4, 44n, true)
    v.setBigUint64(24, BigInt(count), true)
    v.setBigUint64(32, BigInt(count), true)
    v.setBigUint64(40, BigInt(size), true)
    v.setBigUint64(48, BigInt(offset), true)
  })
  const locator = header(20, (v) => {
    v.setUint32(0, 0x07064b50, true)
    v.setBigUint64(8, BigInt(offset + size), true)
    v.setUint32(16, 1, true)
  })
  return [zip64End, locator, end]
}

function header(length: number, fill: (view: DataView) => void, name?: Uint8Array, at = 0): Uint8Array {
  const bytes = new Uint8Array(length)
  fill(new DataView(bytes.buffer))
  if (name) bytes.set(name, at)
  return bytes
}
