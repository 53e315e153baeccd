/**
 * @module
 * The stream filters pdf.js decodes (Flate, LZW, ASCIIHex, ASCII85, RunLength, and chains of them), decoded
 * here with a budget before pdf.js sees the file: each stage stops as soon as its output passes `cap`, so a
 * bomb costs at most the budget, whatever filter it hides behind. Damaged data decodes as far as it goes, as
 * pdf.js would decode it. The image codecs (DCT, JPX, JBIG2, CCITT) and Crypt cannot be counted this way:
 * a stream under one of them that is no image is refused by the caller.
 */
import { Inflate } from 'fflate'

/** The filters of a stream's dictionary, in the order they apply: `/Filter /A` or `/Filter [/A /B]`. */
export function filterChain(dict: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict)
  if (!match) return []
  return (match[1]!.match(/\/[^\s/[\]<>()]+/g) ?? []).map((name) => name.slice(1))
}

const IMAGE_CODECS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF', 'Crypt'])

/** Whether a filter's output size cannot be known without decoding an image (or a key). */
export const isUncountable = (filter: string): boolean => IMAGE_CODECS.has(filter)

/** Thrown (and caught by the caller) when a stage's output passes the cap. */
export class OverBudget extends Error {}

/** A growing byte buffer that refuses to grow past `cap`. */
class Sink {
  bytes = new Uint8Array(4096)
  length = 0

  constructor(private readonly cap: number) {}

  put(byte: number): void {
    if (this.length === this.bytes.length) this.grow(this.length + 1)
    this.bytes[this.length++] = byte
  }

  putAll(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.bytes.length) this.grow(this.length + chunk.length)
    this.bytes.set(chunk, this.length)
    this.length += chunk.length
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }

  private grow(needed: number): void {
    if (needed > this.cap) throw new OverBudget()
    const bigger = new Uint8Array(Math.min(this.cap, Math.max(needed, this.bytes.length * 2)))
    bigger.set(this.bytes.subarray(0, this.length))
    this.bytes = bigger
  }
}

type Decoder = (data: Uint8Array, out: Sink) => void

/**
 * The stream's data after every filter, none of whose stages outgrows `cap` (else `OverBudget`). A filter
 * pdf.js does not know leaves the data as it is, as pdf.js does.
 */
export function decodeCounted(data: Uint8Array, filters: readonly string[], cap: number): Uint8Array {
  let current = data
  for (const filter of filters) {
    const decoder = DECODERS[filter]
    if (!decoder) break
    const out = new Sink(cap)
    try {
      decoder(current, out)
    } catch (error) {
      if (error instanceof OverBudget) throw error
      // damaged data: what came out so far is what pdf.js gets too
    }
    current = out.done()
  }
  if (current.length > cap) throw new OverBudget()
  return current
}

/** Small input slices, so that no slice can inflate far past the cap before the sink is asked. */
const SLICE = 16384

function inflate(data: Uint8Array, out: Sink): void {
  // a zlib header (CMF, FLG) precedes the deflate data; pdf.js is lenient about a missing one, and so are we
  const zlib = data.length > 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0
  const inflater = new Inflate((chunk) => out.putAll(chunk))
  for (let at = zlib ? 2 : 0; at < data.length; at += SLICE)
    inflater.push(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length)
}

/** LZW as PDF uses it: codes of 9 to 12 bits, 256 clears the table, 257 ends, EarlyChange 1. */
function lzw(data: Uint8Array, out: Sink): void {
  const prefix = new Int32Array(4096)
  const suffix = new Uint8Array(4096)
  const stack = new Uint8Array(4096)
  for (let i = 0; i < 256; i++) (suffix[i] = i), (prefix[i] = -1)
  let next = 258
  let width = 9
  let previous = -1
  let buffer = 0
  let bits = 0
  for (let at = 0; at < data.length; ) {
    while (bits < width && at < data.length) (buffer = ((buffer << 8) | data[at++]!) & 0xffffff), (bits += 8)
    if (bits < width) break
    const code = (buffer >> (bits - width)) & ((1 << width) - 1)
    bits -= width
    if (code === 256) {
      ;(next = 258), (width = 9), (previous = -1)
      continue
    }
    if (code === 257) return
    if (code > next || (code === next && previous < 0)) return // damaged
    if (previous >= 0 && next < 4096) {
      // the new entry: the previous string and the first byte of this one (of itself, for code === next)
      prefix[next] = previous
      let first = code === next ? previous : code
      while (prefix[first]! >= 0) first = prefix[first]!
      suffix[next] = suffix[first]!
      next++
      if (next + 1 >= 1 << width && width < 12) width++
    }
    let depth = 0
    for (let c = code; c >= 0; c = prefix[c]!) stack[depth++] = suffix[c]!
    while (depth > 0) out.put(stack[--depth]!)
    previous = code
  }
}

const isWhite = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00

function asciiHex(data: Uint8Array, out: Sink): void {
  let high = -1
  for (const byte of data) {
    if (byte === 0x3e /* > */) break
    const digit =
      byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 55 : byte >= 0x61 && byte <= 0x66 ? byte - 87 : -1
    if (digit < 0) continue // white space, or junk pdf.js skips as well
    if (high < 0) high = digit
    else out.put((high << 4) | digit), (high = -1)
  }
  if (high >= 0) out.put(high << 4)
}

function ascii85(data: Uint8Array, out: Sink): void {
  let group = 0
  let count = 0
  for (const byte of data) {
    if (byte === 0x7e /* ~ */) break
    if (isWhite(byte)) continue
    if (byte === 0x7a /* z */ && count === 0) {
      for (let i = 0; i < 4; i++) out.put(0)
      continue
    }
    if (byte < 0x21 || byte > 0x75) return
    group = group * 85 + (byte - 0x21)
    if (++count === 5) {
      for (let shift = 24; shift >= 0; shift -= 8) out.put((group >>> shift) & 0xff)
      ;(group = 0), (count = 0)
    }
  }
  if (count > 1) {
    for (let i = count; i < 5; i++) group = group * 85 + 84
    for (let i = 0, shift = 24; i < count - 1; i++, shift -= 8) out.put((group >>> shift) & 0xff)
  }
}

function runLength(data: Uint8Array, out: Sink): void {
  for (let at = 0; at < data.length; ) {
    const length = data[at++]!
    if (length === 128) return
    if (length < 128) {
      for (let end = Math.min(data.length, at + length + 1); at < end; ) out.put(data[at++]!)
    } else if (at < data.length) {
      const byte = data[at++]!
      for (let i = 0; i < 257 - length; i++) out.put(byte)
    }
  }
}

const DECODERS: Record<string, Decoder> = {
  FlateDecode: inflate,
  Fl: inflate,
  LZWDecode: lzw,
  LZW: lzw,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
  RunLengthDecode: runLength,
  RL: runLength,
}
