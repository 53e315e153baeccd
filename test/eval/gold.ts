/**
 * @module
 * Expected-result files (`*.gold.json`, the form of the seed's gold file): reading them from a folder.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type GoldFile = string | { inquiry: string; reply: string }

export type Gold = {
  id: string
  /** the reply's style; absent in older gold files */
  pattern?: string
  files: Record<string, GoldFile>
  meta: Record<string, string | null>
  questions: { id: string; text: string }[]
  statement: { text: string; answers: string[] }[]
}

export type GoldEntry = { dir: string; gold: Gold }

/** Every gold file directly in `dir`, by name. */
export function readGoldFiles(dir: string): GoldEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => ({ dir, gold: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold }))
}
