/**
 * @module
 * Decoding plain text: UTF-8 (with or without BOM), UTF-16 with or without BOM, and the legacy
 * Windows-1252/Latin-1 of older office files, recognised by their bytes, so that umlauts survive.
 */

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F; undefined positions map to U+FFFD. */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) {
    out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  }
  return out
}

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  try {
    // fatal: a byte sequence that is not UTF-8 means a legacy 8-bit encoding
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: Latin text (umlauts included) has a zero high byte
 * in most code units, so zeros crowd the odd bytes (little-endian) or the even ones (big-endian), while the
 * other half has almost none. Binary data has its zeros, if any, on both.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.min(bytes.length, 8192) >> 1
  if (units < 2) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenZeros++
    if (bytes[2 * i + 1] === 0) oddZeros++
  }
  if (oddZeros >= 0.3 * units && evenZeros <= 0.02 * units) return 'utf-16le'
  if (evenZeros >= 0.3 * units && oddZeros <= 0.02 * units) return 'utf-16be'
  return null
}
