/**
 * @module
 * The text mutation family: long runs of one character, UTF-16 with and without a byte order mark, "%PDF-"
 * inside the text, NUL bytes, and floods of labels.
 */
import { concat } from '../hostile/make-pdf.js'
import type { Mutant, Rng } from './mutate.js'

const RUN_CHARACTERS = [' ', '\t', '\n', '\r\n', ' \n', '.', '-', 'a', '1', '(', '\u00a0', '\u00ad', '\u200b', '?', '§']

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const view = new DataView(out.buffer)
  if (bom) view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), littleEndian)
  return out
}

const insert = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at)

const MUTATIONS: readonly ((text: string, r: Rng) => [string, Uint8Array])[] = [
  (text, r) => {
    const ch = r.pick(RUN_CHARACTERS)
    const n = r.next() < 0.95 ? 100 * (1 + r.int(100)) : 10_000 * (1 + r.int(100))
    const at = r.next() < 0.3 ? text.length : r.int(text.length)
    return [`${n} × ${JSON.stringify(ch)} at ${at}`, new TextEncoder().encode(insert(text, at, ch.repeat(n)))]
  },
  (text, r) => {
    const littleEndian = r.next() < 0.5
    const bom = r.next() < 0.5
    return [`UTF-16${littleEndian ? 'LE' : 'BE'}${bom ? ' with BOM' : ' without BOM'}`, utf16(text, littleEndian, bom)]
  },
  (text, r) => {
    const at = r.int(Math.min(text.length, 1000))
    return [`"%PDF-" at ${at}`, new TextEncoder().encode(insert(text, at, r.pick(['%PDF-', '%PDF-1.7', '%PDF-1.4\n%âãÏÓ\n1 0 obj'])))]
  },
  (text, r) => {
    const n = r.next() < 0.5 ? 1 : 1 + r.int(5000)
    const bytes = new TextEncoder().encode(text)
    const at = r.int(bytes.length)
    return [`${n} NULs at ${at}`, concat([bytes.subarray(0, at), new Uint8Array(n), bytes.subarray(at)])]
  },
  (text, r) => {
    const label = r.pick(['1.', 'Zu 1.:', 'a)', 'I.', '1.1.1.1.1.1.1.1.1.1', 'Frage 99999999999:', '(999999999999999999999)'])
    const n = r.next() < 0.95 ? 10 * (1 + r.int(100)) : 1000 * (1 + r.int(100))
    return [`${n} lines of ${label}`, new TextEncoder().encode(`${text}\n${`${label} Wie?\n`.repeat(n)}`)]
  },
]

export function mutateText(bytes: Uint8Array, r: Rng): Mutant {
  const text = new TextDecoder().decode(bytes)
  const [label, out] = r.pick(MUTATIONS)(text, r)
  return { label, bytes: out }
}
