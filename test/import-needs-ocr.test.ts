/**
 * `import ARCHIVE --needs-ocr-from FILE`: the Worker's import service records scans as needs_ocr; the Node import
 * takes its results.ndjson (or plain keys) and reads just those files of a local copy of the archive, with OCR.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../src/node/cli.js'
import { needsOcrPaths } from '../src/node/import/needs-ocr.js'
import type { DocumentRecord } from '../src/node/import/records.js'
import { captureCliOutput } from './cli-output.js'

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url))
const output = captureCliOutput()

/** What GET /api/imports/{id}/results.ndjson gives (the fields this reads, and a few more). */
const serviceLine = (key: string, status: string) => JSON.stringify({ key, status, sha256: 'ab', warnings: [], attempts: 1 })

function archive(): string {
  const root = mkdtempSync(join(tmpdir(), 'needs-ocr-'))
  mkdirSync(join(root, 'archiv/2023'), { recursive: true })
  copyFileSync(fixture('scans/radwege-typed.pdf'), join(root, 'archiv/2023/radwege.pdf'))
  copyFileSync(fixture('scans/radwege-scan.pdf'), join(root, 'archiv/2023/radwege-scan.pdf'))
  return root
}

describe('needsOcrPaths', () => {
  it('takes the needs_ocr lines of the results and plain keys, each once, as files under the archive', async () => {
    const root = mkdtempSync(join(tmpdir(), 'needs-ocr-list-'))
    const list = join(root, 'results.ndjson')
    const lines = [
      serviceLine('a/parsed.pdf', 'parsed'),
      serviceLine('a/scan.pdf', 'needs_ocr'),
      serviceLine('a/broken.pdf', 'failed'),
      '',
      'b/listed.pdf',
      serviceLine('a/scan.pdf', 'needs_ocr'),
    ]
    writeFileSync(list, `${lines.join('\n')}\n`)
    expect(await needsOcrPaths(list, '/archiv')).toStrictEqual(['/archiv/a/scan.pdf', '/archiv/b/listed.pdf'])
  })

  it('refuses a key that leads out of the archive, and a list that cannot be read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'needs-ocr-bad-'))
    const list = join(root, 'keys.txt')
    writeFileSync(list, 'gut.pdf\n../../etc/passwd\n')
    await expect(needsOcrPaths(list, '/archiv')).rejects.toThrow(/leads out of the archive/)
    await expect(needsOcrPaths(join(root, 'missing.ndjson'), '/archiv')).rejects.toThrow(/cannot be read/)
  })
})

describe('inquiry-parser import --needs-ocr-from', () => {
  it("reads only the service's scans, with OCR, into the results file", async () => {
    const root = archive()
    const list = join(root, '..', `${root.split('/').pop()}-results.ndjson`)
    writeFileSync(
      list,
      [serviceLine('archiv/2023/radwege.pdf', 'parsed'), serviceLine('archiv/2023/radwege-scan.pdf', 'needs_ocr')].join('\n')
    )
    const out = join(root, '..', `${root.split('/').pop()}-ocr.ndjson`)

    expect(await main(['import', root, '--needs-ocr-from', list, '--out', out, '--quiet', '--concurrency', '1'])).toBe(0)
    const records = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as DocumentRecord)
    expect(records.map((record) => record.path)).toStrictEqual([join(root, 'archiv/2023/radwege-scan.pdf')])
    expect(records[0]!.source.ocr).toBe(true)
    expect(records[0]!.questions.length).toBeGreaterThan(0)
  }, 120_000)

  it('wants exactly one folder with the list', async () => {
    expect(await main(['import', 'a', 'b', '--needs-ocr-from', 'x.ndjson', '--out', 'o.ndjson'])).toBe(2)
    expect(output.stderr).toContain('--needs-ocr-from')
  })
})
