/**
 * @module
 * Running the parser on every case of a gold file: each entry of `files` ("docx", "pdf", "pdf+docx" with an
 * inquiry and a reply) is parsed on its own, scanned pages read by OCR (`parseBytes` of the Node API). A case
 * that cannot be parsed is reported with its error code instead of a score.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isInquiryError } from '../../src/errors.js'
import { parseBytes, type NodeParseOptions } from '../../src/node/index.js'
import type { Inquiry } from '../../src/schema.js'
import type { GoldEntry, GoldFile } from './gold.js'
import { scoreCase, type CaseScore } from './score.js'

export type CaseResult = {
  document: string
  pattern: string
  name: string
  score: CaseScore | null
  error: string | null
  inquiry: Inquiry | null
}

export async function runCases(entry: GoldEntry, options: NodeParseOptions = {}): Promise<CaseResult[]> {
  const { gold, dir } = entry
  const results: CaseResult[] = []
  for (const [name, file] of Object.entries(gold.files)) {
    const base = { document: gold.id, pattern: gold.pattern ?? 'unspecified', name }
    try {
      const inquiry = await parseCase(dir, file, options)
      results.push({ ...base, score: scoreCase(inquiry, gold), error: null, inquiry })
    } catch (error) {
      const code = isInquiryError(error) ? error.code : 'internal'
      results.push({ ...base, score: null, error: `${code}: ${(error as Error).message}`, inquiry: null })
    }
  }
  return results
}

function parseCase(dir: string, file: GoldFile, options: NodeParseOptions): Promise<Inquiry> {
  const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)))
  if (typeof file === 'string') return parseBytes(read(file), options)
  return parseBytes(read(file.inquiry), { ...options, reply: read(file.reply) })
}
