/**
 * @module
 * The PDF mutation family: a Flate stream (page content, font, object stream) is inflated, its content
 * mutated (bytes or operators), and it goes back compressed or raw, with its /Length fixed or not; then the
 * xref is either left stale (pdf.js must repair it) or written anew.
 */
import { unzlibSync, zlibSync } from 'fflate'
import { concat, latin1 } from '../hostile/make-pdf.js'
import { bitFlip, chunk, truncate, type Mutant, type Rng } from './mutate.js'

type Stream = { dictStart: number; dataStart: number; dataEnd: number; dict: string; data: Uint8Array }

const text = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1')

/** The Flate streams of a PDF, found by their keywords (good enough for the seeds, which we made). */
function flateStreams(bytes: Uint8Array): Stream[] {
  const all = text(bytes, 0, bytes.length)
  const streams: Stream[] = []
  for (let at = all.indexOf('stream'); at >= 0 && streams.length < 2000; at = all.indexOf('stream', at + 6)) {
    if (all.slice(at - 3, at) === 'end') continue
    const dictStart = all.lastIndexOf('obj', at)
    const dict = all.slice(dictStart + 3, at)
    const dataStart = at + 6 + (all[at + 6] === '\r' ? 2 : 1)
    const dataEnd = all.indexOf('endstream', dataStart)
    if (dictStart < 0 || dataEnd < 0 || !dict.includes('/FlateDecode')) continue
    try {
      streams.push({ dictStart: dictStart + 3, dataStart, dataEnd, dict, data: unzlibSync(bytes.subarray(dataStart, dataEnd)) })
    } catch {
      // not inflatable as it is: leave it
    }
  }
  return streams
}

const repeat = (unit: string, n: number) => unit.repeat(n)

/** Mutations of decoded content: bytes, or operators that stress the interpreter. */
const CONTENT_MUTATIONS: readonly ((data: Uint8Array, r: Rng) => Mutant)[] = [
  bitFlip,
  chunk,
  truncate,
  (data, r) => {
    const n = r.next() < 0.95 ? 10 * (1 + r.int(100)) : 1000 * (1 + r.int(300))
    return { label: `${n} nested q`, bytes: concat([latin1(repeat('q ', n)), data, latin1(repeat(' Q', n))]) }
  },
  (data, r) => {
    const n = r.next() < 0.95 ? 100 * (1 + r.int(100)) : 10_000 * (1 + r.int(50))
    return { label: `${n} text shows`, bytes: concat([data, latin1(` BT /F1 9 Tf 10 10 Td ${repeat('(Frage) Tj ', n)}ET`)]) }
  },
  (data, r) => {
    const number = r.pick(['1e308', '-1e308', '99999999999999999999', '-0', 'NaN', '1' + '0'.repeat(300), '0.000000000001'])
    const source = text(data, 0, data.length)
    return {
      label: `numbers → ${number.slice(0, 20)}`,
      bytes: latin1(source.replace(/-?\d+(\.\d+)?/g, (m) => (r.next() < 0.2 ? number : m))),
    }
  },
  (data, r) => {
    const n = r.next() < 0.95 ? 1000 * (1 + r.int(100)) : 100_000 * (1 + r.int(20))
    return { label: `${n} spaces`, bytes: concat([data, latin1(repeat(' ', n))]) }
  },
]

/** Replaces one stream's data (and maybe its dictionary) in the file. */
function replaceStream(bytes: Uint8Array, stream: Stream, data: Uint8Array, raw: boolean, fixLength: boolean): Uint8Array {
  let dict = stream.dict
  if (raw) dict = dict.replace(/\/Filter\s*\/FlateDecode/, '').replace(/\/DecodeParms\s*<<[^>]*>>/, '')
  if (fixLength) dict = dict.replace(/\/Length\s+\d+(\s+\d+\s+R)?/, `/Length ${data.length}`)
  return concat([bytes.subarray(0, stream.dictStart), latin1(dict), latin1('stream\n'), data, latin1('\n'), bytes.subarray(stream.dataEnd)])
}

/** A fresh classic xref for every "N 0 obj" in the file, appended with a trailer that keeps the root. */
function appendXref(bytes: Uint8Array): Uint8Array {
  const all = text(bytes, 0, bytes.length)
  const root = all.match(/\/Root\s+(\d+\s+\d+\s+R)/)?.[1]
  if (!root) return bytes
  const offsets = new Map<number, number>()
  for (const m of all.matchAll(/(?<![\d])(\d{1,7}) 0 obj/g)) offsets.set(Number(m[1]), m.index)
  const size = Math.max(0, ...offsets.keys()) + 1
  const rows = Array.from({ length: size }, (_, n) =>
    offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n'
  )
  return concat([
    bytes,
    latin1(`\nxref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} /Root ${root} >>\nstartxref\n${bytes.length + 1}\n%%EOF\n`),
  ])
}

export function mutatePdfStream(bytes: Uint8Array, r: Rng): Mutant {
  const streams = flateStreams(bytes)
  if (streams.length === 0) return truncate(bytes, r)
  const stream = r.pick(streams)
  const mutant = r.pick(CONTENT_MUTATIONS)(stream.data, r)
  const raw = r.next() < 0.3
  const fixLength = r.next() < 0.8
  const data = raw ? mutant.bytes : zlibSync(mutant.bytes, { level: 1 })
  const replaced = replaceStream(bytes, stream, data, raw, fixLength)
  const rexref = r.next() < 0.6
  const label = `stream at ${stream.dataStart} (${stream.data.length} bytes inflated): ${mutant.label}, ${raw ? 'raw' : 'recompressed'}${fixLength ? '' : ', stale /Length'}${rexref ? ', new xref' : ''}`
  return { label, bytes: rexref ? appendXref(replaced) : replaced }
}
