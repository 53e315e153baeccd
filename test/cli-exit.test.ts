/**
 * The CLI ends only with its documented exit codes (0 ok, 1 some documents failed, 2 usage, 3 unreadable,
 * 4 internal) and never prints a stack trace: not for a bug of ours, nor for a rejection nobody awaited.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../src/node/cli.js'
import { captureCliOutput } from './cli-output.js'
import { EXIT } from '../src/node/commands/shared.js'
import { INQUIRY_LINES, textPdf } from './hostile/build-pdf.js'

const path = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url))

const output = captureCliOutput()

describe('exit codes', () => {
  it('are the documented ones, and --help lists them', async () => {
    expect(EXIT).toEqual({ ok: 0, failures: 1, usage: 2, unreadable: 3, internal: 4 })
    expect(await main(['--help'])).toBe(0)
    expect(output.stdout).toMatch(
      /Exit codes: 0 ok, 1 some documents failed \(import\), 2 wrong usage, 3 the input cannot be read,\s+4 internal error/
    )
    expect(await main(['parse', '--help'])).toBe(0)
    expect(output.stdout).toContain('--max-pages N')
  })

  it('--max-pages refuses a longer PDF with exit 3 and one line; a bad value is usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-cli-'))
    const file = join(dir, 'drei-seiten.pdf')
    writeFileSync(file, textPdf([[...INQUIRY_LINES], ['Seite zwei'], ['Seite drei']]))
    expect(await main(['parse', file, '--max-pages', '2'])).toBe(3)
    expect(output.stderr).toMatch(/^inquiry-parser: too_many_pages: The PDF has 3 pages; at most 2 are allowed\.\n$/)
    expect(await main(['parse', file, '--max-pages', 'zwei'])).toBe(2)
    expect(await main(['parse', file, '--max-pages', '3', '--format', 'text'])).toBe(0)
  })

  it('import exits 1 when some documents failed, and writes their records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-import-'))
    writeFileSync(join(dir, 'anfrage.pdf'), textPdf([[...INQUIRY_LINES]]))
    writeFileSync(join(dir, 'kaputt.pdf'), '%PDF-1.7\nnichts weiter')
    const out = join(dir, 'out.ndjson')
    expect(await main(['import', dir, '--out', out, '--quiet', '--concurrency', '1', '--ocr', 'never'])).toBe(1)
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; code?: string })
    expect(records.map((r) => [r.path.endsWith('kaputt.pdf'), r.code ?? 'ok']).sort()).toEqual([
      [false, 'ok'],
      [true, 'corrupt'],
    ])
  }, 120_000)
})

describe('as a real process', () => {
  const node = (code: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: 60_000,
      cwd: path('.'),
    })

  it('ends a rejection nobody awaited with exit 4 and one line, not a stack trace', () => {
    const run = node(`import { guardProcess } from './src/node/cli.ts'; guardProcess(); Promise.reject(new Error('verloren'))`)
    expect(run.status).toBe(4)
    expect(run.stderr).toBe('inquiry-parser: internal error: verloren (set DEBUG=inquiry-parser for details)\n')
  })

  it('ends an exception thrown from a callback the same way', () => {
    const run = node(
      `import { guardProcess } from './src/node/cli.ts'; guardProcess(); setTimeout(() => { throw new TypeError('kaputt\\nzweite Zeile') })`
    )
    expect(run.status).toBe(4)
    expect(run.stderr).toBe('inquiry-parser: internal error: kaputt (set DEBUG=inquiry-parser for details)\n')
  })
})
