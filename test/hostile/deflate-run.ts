/**
 * @module
 * Deflate data for a long run of one byte, written directly (fixed Huffman codes: one literal, then matches of
 * length 258 at distance 1), so that a gigabyte of spaces costs milliseconds and about a megabyte to make. The
 * bombs of test/hostile are built from it: zlib-wrapped for PDF streams, raw with a CRC for ZIP entries.
 */

class BitWriter {
  private readonly bytes: Uint8Array
  private bit = 0

  constructor(maxBits: number) {
    this.bytes = new Uint8Array(Math.ceil(maxBits / 8) + 1)
  }

  /** Bits least significant first, as deflate packs header fields and extra bits. */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((value >> i) & 1)
  }

  /** A Huffman code, most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.push((value >> i) & 1)
  }

  /** Skips to the next byte boundary (before a stored block's length). */
  align(): void {
    this.bit = Math.ceil(this.bit / 8) * 8
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, Math.ceil(this.bit / 8))
  }

  private push(one: number): void {
    if (one) this.bytes[this.bit >> 3]! |= 1 << (this.bit & 7)
    this.bit++
  }
}

/** Canonical Huffman codes for these code lengths (RFC 1951, 3.2.2). */
function canonicalCodes(lengths: readonly number[]): number[] {
  const codes: number[] = []
  let code = 0
  for (let bits = 1; bits <= 15; bits++) {
    lengths.forEach((length, symbol) => {
      if (length === bits) codes[symbol] = code++
    })
    code <<= 1
  }
  return codes
}

const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

/**
 * Raw deflate data that inflates to `length` copies of `byte`: one block with its own codes, in which a match
 * of 258 bytes at distance 1 costs two bits (the 1,000:1 that deflate allows at most).
 */
export function deflateRun(byte: number, length: number): Uint8Array {
  return deflateFramed(new Uint8Array(0), byte, length, new Uint8Array(0))
}

/** Raw deflate data for `prefix`, then `length` copies of `byte`, then `suffix` (each at most 65,535 bytes). */
export function deflateFramed(prefix: Uint8Array, byte: number, length: number, suffix: Uint8Array): Uint8Array {
  const matches = length > 1 ? Math.floor((length - 1) / 258) : 0
  const rest = Math.max(0, length - 1 - matches * 258)
  const litLengths = Array.from({ length: 286 }, (_, s) => (s === 285 ? 1 : s === byte || s === 256 ? 2 : 0))
  const lengths = [...litLengths, 1, 1] // two distance codes, one used
  const clLengths: number[] = []
  ;[0, 1, 2, 17, 18].forEach((s, i) => (clLengths[s] = [3, 3, 2, 2, 2][i]!))
  const clCodes = canonicalCodes(Array.from({ length: 19 }, (_, s) => clLengths[s] ?? 0))
  const litCodes = canonicalCodes(litLengths)
  const out = new BitWriter(400 + matches * 2 + rest * 2 + (prefix.length + suffix.length + 20) * 8)
  stored(out, prefix, false)
  out.bits(0, 1) // not the final block
  out.bits(2, 2) // dynamic Huffman codes
  out.bits(286 - 257, 5)
  out.bits(2 - 1, 5)
  out.bits(18 - 4, 4)
  for (const s of ORDER.slice(0, 18)) out.bits(clLengths[s] ?? 0, 3)
  const cl = (s: number) => out.code(clCodes[s]!, clLengths[s]!)
  for (let i = 0; i < lengths.length; ) {
    let zeros = 0
    while (lengths[i + zeros] === 0) zeros++
    if (zeros >= 11) cl(18), out.bits(Math.min(zeros, 138) - 11, 7), (i += Math.min(zeros, 138))
    else if (zeros >= 3) cl(17), out.bits(zeros - 3, 3), (i += zeros)
    else cl(lengths[i]!), i++
  }
  const emit = (s: number) => out.code(litCodes[s]!, litLengths[s]!)
  if (length > 0) emit(byte)
  for (let i = 0; i < matches; i++) {
    emit(285) // 258 bytes
    out.code(0, 1) // distance code 0: 1 byte back
  }
  for (let i = 0; i < rest; i++) emit(byte)
  emit(256)
  stored(out, suffix, true)
  return out.done()
}

/** A stored (uncompressed) block. */
function stored(out: BitWriter, data: Uint8Array, final: boolean): void {
  out.bits(final ? 1 : 0, 1)
  out.bits(0, 2)
  out.align()
  out.bits(data.length, 16)
  out.bits(~data.length & 0xffff, 16)
  for (const byte of data) out.bits(byte, 8)
}

/** The same run in a zlib wrapper (as PDF's FlateDecode wants it), with its Adler-32 checksum. */
export const zlibRun = (byte: number, length: number): Uint8Array => zlibFramed(new Uint8Array(0), byte, length, new Uint8Array(0))

/** deflateFramed in a zlib wrapper, with the Adler-32 of what it inflates to. */
export function zlibFramed(prefix: Uint8Array, byte: number, length: number, suffix: Uint8Array): Uint8Array {
  const body = deflateFramed(prefix, byte, length, suffix)
  let [s1, s2] = [1n, 0n]
  const add = (data: Uint8Array) => {
    for (const b of data) (s1 = (s1 + BigInt(b)) % 65521n), (s2 = (s2 + s1) % 65521n)
  }
  add(prefix)
  const [n, b] = [BigInt(length), BigInt(byte)]
  s2 = (s2 + n * s1 + (b * n * (n + 1n)) / 2n) % 65521n
  s1 = (s1 + n * b) % 65521n
  add(suffix)
  const out = new Uint8Array(body.length + 6)
  out.set([0x78, 0x01])
  out.set(body, 2)
  new DataView(out.buffer).setUint32(body.length + 2, Number((s2 << 16n) | s1))
  return out
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

const update = (c: number, byte: number) => CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)

export function crc32(data: Uint8Array): number {
  return crcFramed(data, 0, 0, new Uint8Array(0))
}

/** CRC-32 of `length` copies of `byte` (a plain loop: half a second for 200 MB). */
export function crcRun(byte: number, length: number): number {
  return crcFramed(new Uint8Array(0), byte, length, new Uint8Array(0))
}

/** CRC-32 of what deflateFramed inflates to. */
export function crcFramed(prefix: Uint8Array, byte: number, length: number, suffix: Uint8Array): number {
  let c = 0xffffffff
  for (const b of prefix) c = update(c, b)
  for (let i = 0; i < length; i++) c = update(c, byte)
  for (const b of suffix) c = update(c, b)
  return (c ^ 0xffffffff) >>> 0
}
