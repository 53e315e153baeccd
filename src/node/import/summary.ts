/**
 * @module
 * What an import did, counted as it goes: for the progress line while it runs and the summary at its end.
 */
import { basename } from 'node:path'
import type { DocumentStats } from './messages.js'
import type { Job, SkippedFile } from './pairs.js'

export type ImportSummary = {
  /** documents (or inquiry–reply pairs) found under the given paths */
  documents: number
  parsed: number
  failed: number
  /** already in the results file from an earlier run, or the same content twice */
  skipped: number
  pages: number
  ocrPages: number
  questions: number
  links: number
  unanswered: number
  warningsByCode: Record<string, number>
  failuresByCode: Record<string, number>
  seconds: number
  /** true when the import was stopped (Ctrl-C) before every document was done */
  interrupted: boolean
  /** `--pair`: the inquiry–reply pairs formed */
  pairs: Required<Job>[]
  /** `--pair`: files left out because another file of their name was chosen */
  skippedFiles: SkippedFile[]
  /** files whose bytes contradict their names (read by their bytes, with the warning `format_mismatch`) */
  mismatchedNames: string[]
}

export function emptySummary(documents: number): ImportSummary {
  return {
    documents,
    parsed: 0,
    failed: 0,
    skipped: 0,
    pages: 0,
    ocrPages: 0,
    questions: 0,
    links: 0,
    unanswered: 0,
    warningsByCode: {},
    failuresByCode: {},
    seconds: 0,
    interrupted: false,
    pairs: [],
    skippedFiles: [],
    mismatchedNames: [],
  }
}

export function countParsed(summary: ImportSummary, stats: DocumentStats): void {
  summary.parsed++
  summary.pages += stats.pages
  summary.ocrPages += stats.ocrPages
  summary.questions += stats.questions
  summary.links += stats.links
  summary.unanswered += stats.unanswered
  for (const code of stats.warnings) summary.warningsByCode[code] = (summary.warningsByCode[code] ?? 0) + 1
  summary.mismatchedNames.push(...stats.mismatched)
}

export function countFailed(summary: ImportSummary, code: string): void {
  summary.failed++
  summary.failuresByCode[code] = (summary.failuresByCode[code] ?? 0) + 1
}

/** Documents finished in any way. */
export const finished = (s: ImportSummary): number => s.parsed + s.failed + s.skipped

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/** The summary as a few lines for people. */
export function formatSummary(s: ImportSummary, out: string): string {
  const byCode = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([code, n]) => `${code} ${n}`)
      .join(', ') || 'none'
  const rate = s.seconds > 0 ? (s.pages / s.seconds).toFixed(1) : '0'
  return [
    `${s.interrupted ? 'Import stopped' : 'Import done'}: ${s.documents} documents, ${s.parsed} parsed, ${s.failed} failed, ${s.skipped} skipped (already in ${out} or duplicates)`,
    `  pages ${s.pages} (OCR ${s.ocrPages}), ${rate} pages/s, time ${formatDuration(s.seconds)}`,
    `  questions ${s.questions}, links ${s.links}, unanswered ${s.unanswered}`,
    `  warnings: ${byCode(s.warningsByCode)}`,
    `  failures: ${byCode(s.failuresByCode)}`,
    ...pairingLines(s),
  ].join('\n')
}

/** Lists of names are cut after this many; the results file has every record. */
const LISTED = 10

function listed<T>(items: readonly T[], show: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED).map((item) => `    ${show(item)}`)
  return items.length > LISTED ? [...lines, `    … and ${items.length - LISTED} more`] : lines
}

/** What `--pair` joined and left out, and the files whose names lie; nothing when there is none of it. */
function pairingLines(s: ImportSummary): string[] {
  const lines: string[] = []
  if (s.pairs.length > 0)
    lines.push(
      `  paired: ${s.pairs.length} inquiry–reply pair${s.pairs.length === 1 ? '' : 's'}`,
      ...listed(s.pairs, (p) => `${p.path} + ${basename(p.replyPath)}`)
    )
  if (s.skippedFiles.length > 0) {
    lines.push(
      `  not imported: ${s.skippedFiles.length} file${s.skippedFiles.length === 1 ? '' : 's'} of a name already chosen`,
      ...listed(s.skippedFiles, (f) => `${f.path}: ${f.reason}`)
    )
  }
  if (s.mismatchedNames.length > 0) {
    lines.push(
      `  names that contradict the content (format_mismatch): ${s.mismatchedNames.length}`,
      ...listed(s.mismatchedNames, (path) => path)
    )
  }
  return lines
}
