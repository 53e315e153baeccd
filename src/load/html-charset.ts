/**
 * @module
 * The character encoding of a web page, as a browser settles it: a byte order mark first, then a `<meta
 * charset>` (or `http-equiv` content type) in the first 1024 bytes, else what the bytes say (UTF-8 where they
 * are valid UTF-8, Windows-1252 otherwise; see decode.ts). ISO-8859-1 and US-ASCII are read as Windows-1252,
 * as the WHATWG Encoding standard has browsers do.
 */
import { decodeText, decodeWindows1252 } from './decode.js'

export type DecodedPage = { text: string; encoding: string; declared: boolean }

const PRESCAN_BYTES = 1024
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252'])

export function decodePage(bytes: Uint8Array): DecodedPage {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (bom || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ...decodeText(bytes), declared: true }
  const label = declaredCharset(bytes)
  if (label === null || label === 'utf-8' || label === 'utf8') return { ...decodeText(bytes), declared: label !== null }
  if (WINDOWS_1252.has(label)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252', declared: true }
  try {
    return { text: new TextDecoder(label).decode(bytes), encoding: label, declared: true }
  } catch {
    // a label this runtime does not know: read the bytes as if nothing were declared
    return { ...decodeText(bytes), declared: false }
  }
}

/** The charset named in the head ("charset=windows-1252"), lower-cased, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).toLowerCase()
  for (let at = head.indexOf('charset'); at >= 0; at = head.indexOf('charset', at + 7)) {
    let i = at + 7
    while (head[i] === ' ') i++
    if (head[i] !== '=') continue
    i++
    while (head[i] === ' ' || head[i] === '"' || head[i] === "'") i++
    const name = /^[a-z0-9_.:-]{1,40}/.exec(head.slice(i))?.[0]
    if (name) return name
  }
  return null
}
