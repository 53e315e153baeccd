/**
 * @module
 * Mutation families for the archive formats: the OLE2 container and the FIB of a .doc, the tokens of an RTF,
 * the content.xml of an ODT. Each aims at a bound of the loader: sector chains and stream sizes, the piece
 * table and formatting pages, group depth and `\bin` counts, list nesting and repeated spaces.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Mutant, Rng } from './mutate.js'

const u32 = (value: number): [number, number, number, number] => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24]
const WILD = [0, 1, 0xfffffffe, 0xffffffff, 0x7fffffff, 0x40000000, 512, 4096]

/** Overwrites four bytes at `at` with a wild or random value. */
function poke(bytes: Uint8Array, at: number, r: Rng): string {
  const value = r.next() < 0.6 ? r.pick(WILD) : r.int(0x100000000)
  bytes.set(u32(value), Math.min(at, bytes.length - 4))
  return `0x${value.toString(16)} at ${at}`
}

/** One damage to the compound file or to the WordDocument stream's FIB, where the loader reads offsets. */
export function mutateOle(bytes: Uint8Array, r: Rng): Mutant {
  const out = bytes.slice()
  if (out.length < 1024) return { label: 'too small to mutate', bytes: out }
  const view = new DataView(out.buffer)
  const sectors = Math.floor(out.length / 512) - 1
  switch (r.int(5)) {
    case 0: {
      // a FAT entry of the first FAT sector: loops, ends, jumps past the file
      const fat = (view.getUint32(0x4c, true) + 1) * 512
      return { label: `FAT entry ${poke(out, fat + 4 * r.int(128), r)}`, bytes: out }
    }
    case 1: {
      // a directory entry's start sector or size
      const directory = (view.getUint32(0x30, true) + 1) * 512
      const at = directory + 128 * r.int(4) + (r.next() < 0.5 ? 0x74 : 0x78)
      return { label: `directory field ${poke(out, at, r)}`, bytes: out }
    }
    case 2:
      return { label: `header field ${poke(out, r.pick([0x2c, 0x30, 0x3c, 0x40, 0x44, 0x48, 0x4c]), r)}`, bytes: out }
    default: {
      // somewhere in the first sectors, where LibreOffice puts the WordDocument stream and its FIB
      const at = 512 * (1 + r.int(Math.min(sectors, 8))) + 4 * r.int(128)
      return { label: `stream word ${poke(out, at, r)}`, bytes: out }
    }
  }
}

const RTF_INSERTS: readonly ((r: Rng) => [string, string])[] = [
  (r) => ['deep groups', '{'.repeat(1000 + r.int(200_000))],
  (r) => ['a lying \\bin', `\\bin${r.int(2 ** 31)} `],
  (r) => ['unicode with a long fallback', `\\uc${r.int(1000)}\\u${r.int(200_000) - 100_000}?`],
  (r) => ['a list level out of range', `\\ilvl${r.int(100_000)}\\ls${r.int(100_000)}\\outlinelevel${r.int(1000) - 500} `],
  () => ['a listtext that never closes', '{\\listtext 1.\\tab'],
  (r) => ['many paragraphs', 'x\\par '.repeat(r.int(20_000))],
  (r) => ['a control word of many letters', `\\${'q'.repeat(r.int(100_000))}1 `],
  () => ['a cut hex escape', "\\'"],
  (r) => ['many cells and rows', '\\intbl x\\cell '.repeat(r.int(5000)) + '\\row '],
]

/** Something an RTF reader must bound, put at a random place of the file; or a random brace removed. */
export function mutateRtf(bytes: Uint8Array, r: Rng): Mutant {
  const text = strFromU8(bytes, true)
  const at = r.int(text.length)
  if (r.next() < 0.2) {
    const brace = text.indexOf(r.next() < 0.5 ? '{' : '}', at)
    return { label: 'a brace removed', bytes: strToU8(brace === -1 ? text : text.slice(0, brace) + text.slice(brace + 1), true) }
  }
  const [what, insert] = r.pick(RTF_INSERTS)(r)
  return { label: `${what} at ${at}`, bytes: strToU8(text.slice(0, at) + insert + text.slice(at), true) }
}

const ODT_BLOWUPS: readonly ((r: Rng) => [string, string])[] = [
  (r) => {
    const n = 50 + r.int(300)
    return [
      `lists nested ${n} deep`,
      `${'<text:list><text:list-item>'.repeat(n)}<text:p>x?</text:p>${'</text:list-item></text:list>'.repeat(n)}`,
    ]
  },
  (r) => [`spans nested`, `<text:p>${'<text:span>'.repeat(r.int(5000))}x</text:p>`],
  (r) => ['many spaces', `<text:p>a<text:s text:c="${r.int(2 ** 31)}"/>b</text:p>`],
  (r) => [
    'a continued list of an unknown id',
    `<text:list text:continue-list="x${r.int(9)}" text:continue-numbering="true"><text:list-item text:start-value="${r.int(2 ** 31)}"><text:p>x?</text:p></text:list-item></text:list>`,
  ],
  (r) => ['many paragraphs', '<text:p>Frage?</text:p>'.repeat(r.int(20_000))],
]

/** One blow-up inside the ODT's office:text, zipped again with the mimetype entry first and stored. */
export function mutateOdt(bytes: Uint8Array, r: Rng): Mutant {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch {
    return { label: 'not a zip', bytes }
  }
  const content = files['content.xml'] ? strFromU8(files['content.xml']) : ''
  const at = content.indexOf('<office:text')
  const [what, blown] = r.pick(ODT_BLOWUPS)(r)
  const close = at === -1 ? -1 : content.indexOf('>', at)
  files['content.xml'] = strToU8(close === -1 ? content + blown : content.slice(0, close + 1) + blown + content.slice(close + 1))
  const { mimetype, ...rest } = files
  const zipped = zipSync({ ...(mimetype ? { mimetype: [mimetype, { level: 0 }] } : {}), ...rest })
  return { label: `content.xml: ${what}`, bytes: zipped }
}
