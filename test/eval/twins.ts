/**
 * @module
 * One document typed and scanned: its typed PDF case (the gold file's `pdf` entry, one file or an inquiry and
 * a reply) parsed as it is and as scanned by scanner.ts, both scored against the gold file.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isInquiryError } from '../../src/errors.js'
import type { Inquiry } from '../../src/schema.js'
import type { GoldEntry, GoldFile } from './gold.js'
import { type PageDamage, scanOf } from './scanner.js'
import { type CaseScore, scoreCase } from './score.js'

export type Parsed = { score: CaseScore | null; error: string | null; inquiry: Inquiry | null }
export type Twins = { document: string; pages: number; damage: PageDamage[]; typed: Parsed; scan: Parsed }

type Parse = (bytes: Uint8Array, reply?: Uint8Array) => Promise<Inquiry>

/** The typed PDF case of a gold file: its `pdf` entry, or the first entry whose files are all PDFs. */
export function typedPdfCase(files: Record<string, GoldFile>): GoldFile | null {
  const all = (file: GoldFile) => (typeof file === 'string' ? [file] : [file.inquiry, file.reply])
  const pdfs = Object.entries(files).filter(([, file]) => all(file).every((f) => /\.pdf$/i.test(f) && !/-(?:scan|mixed)\.pdf$/i.test(f)))
  return (pdfs.find(([name]) => name === 'pdf') ?? pdfs[0])?.[1] ?? null
}

/** null when the gold file has no typed PDF. `parse` reads a scan by OCR. */
export async function compareTwins(entry: GoldEntry, parse: Parse): Promise<Twins | null> {
  const file = typedPdfCase(entry.gold.files)
  if (!file) return null
  const paths = (typeof file === 'string' ? [file] : [file.inquiry, file.reply]).map((f) => join(entry.dir, f))
  const scans = await Promise.all(paths.map(scanOf))
  const score = async (files: string[]): Promise<Parsed> => {
    const [inquiry, reply] = files.map((f) => new Uint8Array(readFileSync(f)))
    try {
      const parsed = await parse(inquiry!, reply)
      return { score: scoreCase(parsed, entry.gold), error: null, inquiry: parsed }
    } catch (error) {
      return { score: null, error: `${isInquiryError(error) ? error.code : 'internal'}: ${(error as Error).message}`, inquiry: null }
    }
  }
  const damage = scans.flatMap((s) => s.pages)
  return {
    document: entry.gold.id,
    pages: damage.length,
    damage,
    typed: await score(paths),
    scan: await score(scans.map((s) => s.path)),
  }
}
