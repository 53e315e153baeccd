/**
 * The import end to end, with real worker threads: a folder of good, bad and scanned files; an interrupted
 * run resumed; pairs; the summary's counts. One scanned page is OCR'd (in the first run only).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { importPaths, type ImportSummary } from '../src/node/import/index.js'
import type { DocumentRecord, FailureRecord, ImportRecord } from '../src/node/import/records.js'
import { main } from '../src/node/cli.js'
import type { Question } from '../src/schema.js'

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url))

const INQUIRY = `Ortsbeirat Talheim

Anfrage der Fraktion Grüne Liste: Öffnungszeiten der Stadtbücherei

Die Zweigstelle der Stadtbücherei in Talheim ist seit dem Frühjahr nur noch an wenigen Tagen geöffnet. Wir fragen den Magistrat:

1. An wie vielen Tagen in der Woche ist die Zweigstelle Talheim derzeit geöffnet?

2. Plant der Magistrat, die Öffnungszeiten am Samstag zu erweitern?
`
const REPLY = `Antwort des Magistrats

Zu 1.: Die Zweigstelle ist derzeit an drei Tagen in der Woche geöffnet, dienstags, donnerstags und freitags.

Zu 2.: Ja. Ab dem kommenden Jahr soll die Zweigstelle auch samstags von 10 bis 13 Uhr geöffnet sein.
`

/** good: a text inquiry, a typed PDF; bad: an image, an empty file, a broken PDF; scanned: one page. */
function makeArchive(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-run-'))
  mkdirSync(join(root, 'archiv/2023'), { recursive: true })
  writeFileSync(join(root, 'archiv/buecherei.txt'), INQUIRY)
  copyFileSync(fixture('scans/radwege-typed.pdf'), join(root, 'archiv/2023/radwege.pdf'))
  copyFileSync(fixture('scans/radwege-scan.pdf'), join(root, 'archiv/2023/radwege-scan.pdf'))
  writeFileSync(join(root, 'archiv/foto.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))
  writeFileSync(join(root, 'archiv/leer.txt'), '')
  writeFileSync(join(root, 'archiv/2023/kaputt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nkein Ende')
  return root
}

const readRecords = (out: string): ImportRecord[] =>
  readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ImportRecord)
const isFailure = (r: ImportRecord): r is FailureRecord => 'code' in r
const byName = (records: ImportRecord[], name: string) => records.find((r) => r.path.endsWith(name))
const countQuestions = (qs: Question[]): number => qs.reduce((n, q) => n + 1 + countQuestions(q.children), 0)

describe('import of a folder with good, bad and scanned files', () => {
  let root: string
  let out: string
  let summary: ImportSummary
  let records: ImportRecord[]

  beforeAll(async () => {
    root = makeArchive()
    out = join(root, 'results.ndjson')
    summary = await importPaths([join(root, 'archiv')], { out, concurrency: 2 })
    records = readRecords(out)
  }, 180_000)

  it('writes one record per file, the failures as records of their own', () => {
    expect(records.map((r) => r.path.slice(root.length + 1)).sort()).toEqual([
      'archiv/2023/kaputt.pdf',
      'archiv/2023/radwege-scan.pdf',
      'archiv/2023/radwege.pdf',
      'archiv/buecherei.txt',
      'archiv/foto.png',
      'archiv/leer.txt',
    ])
    const failures = records.filter(isFailure)
    expect(Object.fromEntries(failures.map((f) => [f.path.slice(root.length + 1), f.code]))).toEqual({
      'archiv/2023/kaputt.pdf': 'corrupt',
      'archiv/foto.png': 'unsupported_format',
      'archiv/leer.txt': 'empty',
    })
    for (const f of failures) {
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(f.message).toMatch(/^The .+\.$/)
    }
  })

  it('records a parsed document as the contract plus its path', () => {
    const text = byName(records, 'buecherei.txt') as DocumentRecord
    expect(text.schemaVersion).toBe(1)
    expect(text.questions.map((q) => q.id)).toEqual(['1', '2'])
    const scan = byName(records, 'radwege-scan.pdf') as DocumentRecord
    expect(scan.source.ocr).toBe(true)
    expect(scan.source.files[0]!.ocrConfidence).toHaveLength(1)
    expect(scan.questions.map((q) => q.id)).toEqual((byName(records, '2023/radwege.pdf') as DocumentRecord).questions.map((q) => q.id))
  })

  it('counts what it did in the summary', () => {
    const parsed = records.filter((r): r is DocumentRecord => !isFailure(r))
    expect(summary).toMatchObject({
      documents: 6,
      parsed: 3,
      failed: 3,
      skipped: 0,
      ocrPages: 1,
      // 1 + 1 PDF pages, the text document counts as one
      pages: 3,
      failuresByCode: { corrupt: 1, unsupported_format: 1, empty: 1 },
      interrupted: false,
    })
    expect(summary.questions).toBe(parsed.reduce((n, r) => n + countQuestions(r.questions), 0))
    expect(summary.questions).toBe(2 + 6 + 6)
    expect(summary.links).toBe(parsed.reduce((n, r) => n + (r.reply?.paragraphs.reduce((m, p) => m + p.answers.length, 0) ?? 0), 0))
    expect(summary.unanswered).toBe(parsed.reduce((n, r) => n + r.coverage.unanswered.length, 0))
    const warnings = parsed.flatMap((r) => r.warnings.map((w) => w.code))
    expect(Object.values(summary.warningsByCode).reduce((a, b) => a + b, 0)).toBe(warnings.length)
  })

  it('skips everything on a second run with the same results file', async () => {
    const again = await importPaths([join(root, 'archiv')], { out, concurrency: 2 })
    expect(again).toMatchObject({ documents: 6, parsed: 0, failed: 0, skipped: 6 })
    expect(readRecords(out)).toHaveLength(6)
  })
})

describe('an interrupted import, resumed', () => {
  it('stops with whole lines only and continues where it stopped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'import-resume-'))
    for (let i = 1; i <= 5; i++) writeFileSync(join(root, `anfrage-${i}.txt`), INQUIRY.replace('Talheim', `Talheim ${i}`))
    const out = join(root, 'results.ndjson')
    const controller = new AbortController()
    const first = await importPaths([root], {
      out,
      concurrency: 1,
      ocr: { mode: 'never', engine: 'tesseract-js' },
      signal: controller.signal,
      onProgress: (s) => s.parsed === 2 && controller.abort(),
    })
    expect(first).toMatchObject({ parsed: 2, interrupted: true })
    const written = readFileSync(out, 'utf8')
    expect(written.endsWith('\n')).toBe(true)
    expect(readRecords(out).map((r) => r.path)).toEqual([join(root, 'anfrage-1.txt'), join(root, 'anfrage-2.txt')])

    // a crash in the middle of a line is mended too
    writeFileSync(out, `${written}{"path":"${join(root, 'anfrage-3.txt')}","schemaVers`)
    const second = await importPaths([root], { out, concurrency: 2, ocr: { mode: 'never', engine: 'tesseract-js' } })
    expect(second).toMatchObject({ documents: 5, skipped: 2, parsed: 3, interrupted: false })
    expect(
      readRecords(out)
        .map((r) => r.path)
        .sort()
    ).toEqual([1, 2, 3, 4, 5].map((i) => join(root, `anfrage-${i}.txt`)))
  }, 60_000)
})

describe('limits per document', () => {
  it('turns a document that needs too much memory, or too much time, into a failure record', async () => {
    const root = mkdtempSync(join(tmpdir(), 'import-limits-'))
    copyFileSync(fixture('scans/radwege-scan.pdf'), join(root, 'scan.pdf'))
    const memory = await importPaths([join(root, 'scan.pdf')], { out: join(root, 'memory.ndjson'), memoryMb: 8 })
    expect(memory.failuresByCode).toEqual({ out_of_memory: 1 })
    expect((readRecords(join(root, 'memory.ndjson'))[0] as FailureRecord).message).toBe(
      'Parsing needed more than 8 MB of memory and was stopped.'
    )
    const time = await importPaths([join(root, 'scan.pdf')], { out: join(root, 'time.ndjson'), timeoutSeconds: 1 })
    expect(time.failuresByCode).toEqual({ timeout: 1 })
  }, 60_000)
})

describe('import --pair', () => {
  it('parses an inquiry and its reply file as one document', async () => {
    const root = mkdtempSync(join(tmpdir(), 'import-pair-'))
    writeFileSync(join(root, 'buecherei.txt'), INQUIRY)
    writeFileSync(join(root, 'buecherei-antwort.txt'), REPLY)
    const out = join(root, 'results.ndjson')
    const summary = await importPaths([root], { out, pair: true, ocr: { mode: 'never', engine: 'tesseract-js' } })
    expect(summary).toMatchObject({ documents: 1, parsed: 1 })
    const [record] = readRecords(out) as DocumentRecord[]
    expect(record!.replyPath).toBe(join(root, 'buecherei-antwort.txt'))
    expect(record!.source.files.map((f) => f.role)).toEqual(['inquiry', 'reply'])
    expect(record!.reply?.paragraphs.map((p) => p.answers.map((a) => a.question))).toEqual([['1'], ['2']])
  }, 60_000)
})

describe('inquiry-parser import (the command)', () => {
  it('needs --out and at least one path', async () => {
    expect(await main(['import', '--out', 'x.ndjson'])).toBe(2)
    expect(await main(['import', 'somewhere'])).toBe(2)
    expect(await main(['import', 'somewhere', '--out', 'x.ndjson', '--concurrency', 'zwei'])).toBe(2)
  })

  it('refuses scans without OCR, and reads them when run again with OCR', async () => {
    const root = mkdtempSync(join(tmpdir(), 'import-cli-'))
    copyFileSync(fixture('scans/radwege-scan.pdf'), join(root, 'scan.pdf'))
    const out = join(root, 'results.ndjson')
    // a document failed: exit 1, with its failure in the file
    expect(await main(['import', root, '--out', out, '--quiet', '--ocr', 'never'])).toBe(1)
    expect((readRecords(out)[0] as FailureRecord).code).toBe('needs_ocr')
    expect(await main(['import', root, '--out', out, '--quiet'])).toBe(0)
    const records = readRecords(out)
    expect(records).toHaveLength(2)
    expect((records[1] as DocumentRecord).source.ocr).toBe(true)
  }, 120_000)
})
