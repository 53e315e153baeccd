/**
 * @module
 * DOCX mutation families: ZIP entries removed, replaced or renamed and the package zipped again with fflate
 * (or its directory damaged), and XML blow-ups inside word/document.xml or numbering.xml: deep nesting, huge
 * attributes, many paragraphs, entity tricks, long runs of spaces, absurd list numbering.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate'
import { claimUncompressedSize, damageCentralDirectory, zip64EndRecord } from '../hostile/make-docx.js'
import type { Mutant, Rng } from './mutate.js'

function unzip(bytes: Uint8Array): Unzipped | null {
  try {
    return unzipSync(bytes)
  } catch {
    return null
  }
}

const rezip = (files: Unzipped, r: Rng): Uint8Array => zipSync(files, { level: r.pick([0, 1, 6, 9] as const) })

const garbage = (r: Rng, length: number): Uint8Array<ArrayBuffer> => Uint8Array.from({ length }, () => r.int(256))

/** One change to the package's entries, then zipped again; or its directory made to mislead. */
export function mutateZip(bytes: Uint8Array, r: Rng): Mutant {
  const files = unzip(bytes)
  if (!files) return { label: 'not a zip', bytes }
  const names = Object.keys(files)
  const name = r.pick(names)
  switch (r.int(7)) {
    case 0:
      delete files[name]
      return { label: `removed ${name}`, bytes: rezip(files, r) }
    case 1:
      files[name] = garbage(r, r.int(2048))
      return { label: `replaced ${name} with random bytes`, bytes: rezip(files, r) }
    case 2:
      files[name] = files[r.pick(names)]!
      return { label: `replaced ${name} with another entry`, bytes: rezip(files, r) }
    case 3:
      files[name] = new Uint8Array(0)
      return { label: `emptied ${name}`, bytes: rezip(files, r) }
    case 4: {
      const renamed = r.pick([`../${name}`, name.toUpperCase(), `${name}/`, `word/${name}`, `/${name}`])
      files[renamed] = files[name]!
      delete files[name]
      return { label: `renamed ${name} to ${renamed}`, bytes: rezip(files, r) }
    }
    case 5:
      return { label: 'damaged central directory', bytes: damageCentralDirectory(bytes) }
    default:
      return r.next() < 0.5
        ? { label: 'zip64 end record', bytes: zip64EndRecord(bytes) }
        : { label: 'directory claims small sizes', bytes: claimUncompressedSize(bytes, r.int(100)) }
  }
}

const repeat = (unit: string, n: number) => unit.repeat(n)

/** XML blow-ups, applied to the text of one part. */
const BLOWUPS: readonly ((xml: string, r: Rng) => [string, string])[] = [
  (xml, r) => {
    const depth = r.next() < 0.95 ? 2 * (1 + r.int(500)) : 1000 * (1 + r.int(1000))
    return [
      `nested ${depth}`,
      insertInBody(xml, `${repeat('<w:sdt><w:sdtContent>', depth / 2)}<w:p/>${repeat('</w:sdtContent></w:sdt>', depth / 2)}`),
    ]
  },
  (xml, r) => {
    const size = r.next() < 0.95 ? 1 + r.int(100_000) : (1 + r.int(20)) << 20
    return [`attribute of ${size} bytes`, xml.replace('<w:p>', `<w:p w:rsidR="${repeat('F', size)}">`)]
  },
  (xml, r) => {
    const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? ['<w:p/>']
    const count = r.next() < 0.95 ? 10 * (1 + r.int(100)) : 1000 * (1 + r.int(150))
    return [`${count} paragraphs`, insertInBody(xml, Array.from({ length: count }, (_, i) => paragraphs[i % paragraphs.length]).join(''))]
  },
  (xml, r) => {
    const level = 2 + r.int(8)
    const entities = Array.from({ length: level }, (_, i) => `<!ENTITY e${i + 1} "${repeat(`&e${i};`, 10)}">`).join('')
    const doctype =
      r.next() < 0.5
        ? `<!DOCTYPE w:document [<!ENTITY e0 "Haha">${entities}]>`
        : '<!DOCTYPE w:document [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
    const use = doctype.includes('ext') ? '&ext;' : `&e${level};`
    return [`entities ${doctype.length}`, xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}${doctype}`).replace('<w:t>', `<w:t>${use}`)]
  },
  (xml, r) => {
    const count = r.next() < 0.95 ? 100 * (1 + r.int(100)) : 10_000 * (1 + r.int(50))
    const run = r.pick([' ', '\t', ' \n', '&#32;', '&#10;', '-'])
    return [`${count} × ${JSON.stringify(run)} in a run`, xml.replace(/<w:t( [^>]*)?>/, (tag) => `${tag}${repeat(run, count)}`)]
  },
  (xml, r) => {
    const value = r.pick(['20000000', '200000000', '100000000000', '-5', '1e308', '999999999999999999999', 'NaN', ''])
    return [
      `w:start ${value}`,
      xml
        .replace(/<w:start w:val="[^"]*"/g, `<w:start w:val="${value}"`)
        .replace(/<w:ilvl w:val="[^"]*"/, `<w:ilvl w:val="${r.pick(['9', '-1', '4294967296', '0'])}"`),
    ]
  },
  (xml, r) => {
    const at = r.int(xml.length)
    return [`cut XML at ${at}`, xml.slice(0, at) + xml.slice(at + 1 + r.int(64))]
  },
]

function insertInBody(xml: string, inner: string): string {
  const at = xml.indexOf('<w:body>')
  return at < 0 ? xml + inner : `${xml.slice(0, at + 8)}${inner}${xml.slice(at + 8)}`
}

/** One XML blow-up in the main document (or its numbering), zipped again. */
export function mutateXml(bytes: Uint8Array, r: Rng): Mutant {
  const files = unzip(bytes)
  if (!files) return { label: 'not a zip', bytes }
  const part = files['word/numbering.xml'] && r.next() < 0.25 ? 'word/numbering.xml' : 'word/document.xml'
  const xml = files[part] ? strFromU8(files[part]) : ''
  const [what, blown] = r.pick(BLOWUPS)(xml, r)
  files[part] = strToU8(blown)
  return { label: `${part}: ${what}`, bytes: rezip(files, r) }
}
