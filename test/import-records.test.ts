import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDone, RecordWriter, retriedFailures } from '../src/node/import/records.js'

const inquiry = (sha256: string, reply?: string) => ({
  path: `${sha256}.pdf`,
  schemaVersion: 1,
  source: { format: 'pdf', pages: 1, ocr: false, sha256, files: [{ sha256 }, ...(reply ? [{ sha256: reply }] : [])] },
})
const failure = (sha256: string, code: string) => ({ path: `${sha256}.pdf`, sha256, code, message: 'x' })

describe('import: the results file', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'import-records-')), 'out.ndjson')

  it('knows the documents already done by their content hash, pairs by both hashes', async () => {
    const out = file()
    writeFileSync(out, [inquiry('aa'), inquiry('bb', 'cc'), failure('dd', 'corrupt')].map((r) => JSON.stringify(r)).join('\n') + '\n')
    expect([...(await readDone(out, retriedFailures(true)))].sort()).toEqual(['aa', 'bb+cc', 'dd'])
  })

  it('does documents again whose failure was the machine’s, and scans once OCR is on', async () => {
    const out = file()
    const records = [
      failure('a1', 'out_of_memory'),
      failure('a2', 'timeout'),
      failure('a3', 'internal'),
      failure('a4', 'needs_ocr'),
      failure('a5', 'encrypted'),
    ]
    writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
    expect([...(await readDone(out, retriedFailures(true)))]).toEqual(['a5'])
    expect([...(await readDone(out, retriedFailures(false)))].sort()).toEqual(['a4', 'a5'])
  })

  it('cuts off a line that a crash left unfinished, and appends after it', async () => {
    const out = file()
    writeFileSync(out, `${JSON.stringify(inquiry('aa'))}\n{"path":"half-writ`)
    expect([...(await readDone(out, retriedFailures(true)))]).toEqual(['aa'])
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(inquiry('aa'))}\n`)
    const writer = new RecordWriter(out)
    writer.write(JSON.stringify(failure('bb', 'empty')))
    writer.close()
    expect(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).path)
    ).toEqual(['aa.pdf', 'bb.pdf'])
  })

  it('reads a file that is only an unfinished line as empty', async () => {
    const out = file()
    appendFileSync(out, '{"path":')
    expect((await readDone(out, retriedFailures(true))).size).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe('')
  })

  it('starts a file that does not exist yet', async () => {
    expect((await readDone(join(tmpdir(), 'import-records-none', 'out.ndjson'), retriedFailures(true))).size).toBe(0)
  })
})
