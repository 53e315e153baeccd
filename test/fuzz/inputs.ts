/**
 * @module
 * Where fuzz inputs come from: the seed files (fixtures/, and ../shared/seeds or --seeds), the mutation
 * families applied to them in turn, the generated hostile kinds, and the files of a folder to replay.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { HOSTILE_KINDS } from '../hostile/make.js'
import { mutateOdt, mutateOle, mutateRtf } from './mutate-archives.js'
import { mutateXml, mutateZip } from './mutate-docx.js'
import { mutatePdfStream } from './mutate-pdf.js'
import { mutateText } from './mutate-text.js'
import { bitFlip, chunk, rng, truncate, type Mutant, type Rng } from './mutate.js'

export type Seed = { name: string; kind: 'pdf' | 'docx' | 'text' | 'doc' | 'rtf' | 'odt'; bytes: Uint8Array }
export type Input = { family: string; label: string; bytes: Uint8Array }

const KIND_BY_EXTENSION: Record<string, Seed['kind']> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'text',
  md: 'text',
  doc: 'doc',
  rtf: 'rtf',
  odt: 'odt',
}
/** Seeds larger than this (and the 40-page bench documents) make each input slow without finding more. */
const MAX_SEED_BYTES = 2 << 20

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export function loadSeeds(repo: string, extraFolders: readonly string[]): Seed[] {
  const folders = [join(repo, 'fixtures'), ...extraFolders].filter((f) => existsSync(f))
  return folders
    .flatMap(filesUnder)
    .filter((path) => !/\/(make|bench)\//.test(path) && statSync(path).size <= MAX_SEED_BYTES)
    .flatMap((path) => {
      const kind = KIND_BY_EXTENSION[path.split('.').pop() ?? '']
      return kind ? [{ name: relative(repo, path), kind, bytes: new Uint8Array(readFileSync(path)) }] : []
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

type Family = { name: string; kinds: readonly Seed['kind'][]; mutate: (bytes: Uint8Array, r: Rng) => Mutant }

export const FAMILIES: readonly Family[] = [
  { name: 'truncate', kinds: ['pdf', 'docx', 'text', 'doc', 'rtf', 'odt'], mutate: truncate },
  { name: 'bitflip', kinds: ['pdf', 'docx', 'text', 'doc', 'rtf', 'odt'], mutate: bitFlip },
  { name: 'chunk', kinds: ['pdf', 'docx', 'text', 'doc', 'rtf', 'odt'], mutate: chunk },
  { name: 'zip', kinds: ['docx', 'odt'], mutate: mutateZip },
  { name: 'xml', kinds: ['docx'], mutate: mutateXml },
  { name: 'pdf-stream', kinds: ['pdf'], mutate: mutatePdfStream },
  { name: 'text', kinds: ['text'], mutate: mutateText },
  // the archive formats (mutate-archives.ts)
  { name: 'ole', kinds: ['doc'], mutate: mutateOle },
  { name: 'rtf', kinds: ['rtf'], mutate: mutateRtf },
  { name: 'odt-xml', kinds: ['odt'], mutate: mutateOdt },
]

/** `count` mutants, the families in turn, each from a seed of a kind the family takes. */
export function* mutants(seeds: readonly Seed[], count: number, seed: number, families: readonly Family[] = FAMILIES): Generator<Input> {
  const r = rng(seed)
  const usable = families.filter((f) => seeds.some((s) => f.kinds.includes(s.kind)))
  for (let i = 0; i < count && usable.length > 0; i++) {
    const family = usable[i % usable.length]!
    const source = r.pick(seeds.filter((s) => family.kinds.includes(s.kind)))
    const mutant = family.mutate(source.bytes, r)
    yield { family: family.name, label: `${source.name}: ${mutant.label}`, bytes: mutant.bytes }
  }
}

/** The generated hostile files at full size, one each (`names`: all, or a chosen few). */
export function* hostileInputs(names: readonly string[] | 'all'): Generator<Input> {
  for (const kind of HOSTILE_KINDS) {
    if (names !== 'all' && !names.includes(kind.name)) continue
    yield { family: 'hostile', label: kind.name, bytes: kind.build(true) }
  }
}

/** Every file of a folder (reproducers of an earlier run, say), as the family "replay". */
export function* replayInputs(folder: string): Generator<Input> {
  for (const path of filesUnder(folder)
    .filter((p) => !p.endsWith('.txt'))
    .sort()) {
    yield { family: 'replay', label: relative(folder, path), bytes: new Uint8Array(readFileSync(path)) }
  }
}
