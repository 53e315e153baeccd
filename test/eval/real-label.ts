/**
 * @module
 * Real-document labels (`NAME.json` beside `NAME.txt|.pdf|.html|.docx`, the format of
 * ../shared/corpus/real/README.md): reading a folder of them. A label names each question by its number and first
 * words, each answer block by its first words and the questions it answers, and the blocks that answer nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type RealLabel = {
  name: string
  meta: Record<string, string | boolean | null>
  questions: { n: string; start: string }[]
  answers: { start: string; questions: string[] }[]
  other_blocks: { start: string; kind: string }[]
}

export type RealEntry = { name: string; file: string; label: RealLabel }

const DOCUMENT_EXTENSIONS = ['.txt', '.pdf', '.html', '.htm', '.docx']

/** Every `NAME.json` in `dir` that has a document of the same name beside it, by name. */
export function readRealLabels(dir: string): RealEntry[] {
  const entries: RealEntry[] = []
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json') && !n.endsWith('.gold.json'))
    .sort()) {
    const base = name.slice(0, -'.json'.length)
    const document = DOCUMENT_EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(join(dir, f)))
    if (!document) continue
    const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<RealLabel>
    entries.push({
      name: base,
      file: join(dir, document),
      label: {
        name: base,
        meta: raw.meta ?? {},
        questions: raw.questions ?? [],
        answers: raw.answers ?? [],
        other_blocks: raw.other_blocks ?? [],
      },
    })
  }
  return entries
}

/** A folder holds real labels when it has a `NAME.json` with a document beside it and no `*.gold.json`. */
export function isRealLabelFolder(dir: string): boolean {
  const names = readdirSync(dir)
  return !names.some((n) => n.endsWith('.gold.json')) && readRealLabels(dir).length > 0
}
