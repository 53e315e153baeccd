/**
 * The fuzz harness itself stays working: a short run over every family through the built package, and a
 * replay through a stand-in parser that hangs, idles, runs out of heap, bloats its resident memory, crashes,
 * rejects late, exits and lies, each of which the harness must count as what it is and save as a reproducer.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const RUN = new URL('./run.ts', import.meta.url).pathname
const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname

async function fuzz(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [RUN, ...args], { maxBuffer: 16 << 20 })
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number }
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', code: failed.code ?? -1 }
  }
}

/** The cells of a family's row in the table. */
function row(table: string, family: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| ${family} |`))
  if (!line) throw new Error(`no row for ${family} in\n${table}`)
  return line
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim())
}

describe('npm run fuzz', () => {
  it.each([
    [['--nope'], "fuzz: Unknown option '--nope'"],
    [['--count', 'zwei'], 'fuzz: --count takes a whole number of at least 0, not "zwei".'],
    [['--jobs', '0'], 'fuzz: --jobs takes a whole number of at least 1, not "0".'],
  ])('answers the mistake in %j with one line and the usage, exit code 2, no stack trace', async (args, line) => {
    const { stdout, stderr, code } = await fuzz(args)
    expect([code, stdout]).toEqual([2, ''])
    expect(stderr.split('\n')[0]).toBe(line)
    expect(stderr).toMatch(/^Usage: npm run fuzz -- /m)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('prints the usage for --help and starts nothing', async () => {
    const { stdout, code } = await fuzz(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: npm run fuzz -- \[--count N\]/)
  })

  it('runs every mutation family and the chosen hostile kinds through the built package', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fuzz-'))
    const { stdout } = await fuzz(['--count', '30', '--seed', '7', '--hostile', 'text-pdf-marker,docx-list-start-2e7', '--out', out])
    for (const family of ['truncate', 'bitflip', 'chunk', 'zip', 'xml', 'pdf-stream', 'text', 'ole', 'rtf', 'odt-xml'])
      expect(row(stdout, family)[0]).toBe('3')
    expect(row(stdout, 'hostile')[0]).toBe('2')
    expect(row(stdout, '**all**')[0]).toBe('32')
    expect(stdout).toMatch(/\| text-pdf-marker \| /)
  }, 180_000)

  it('tells hangs, out-of-memory, crashes, late rejections, dead children and invalid results apart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fuzz-replay-'))
    const out = join(folder, 'out')
    mkdirSync(join(folder, 'in'))
    writeFileSync(join(folder, 'in', 'flaky'), `FLAKY ${folder.split('-').pop()}`)
    for (const word of ['HANG', 'IDLE', 'OOM', 'BLOAT', 'CRASH', 'REJECT', 'EXIT', 'INVALID', 'OTHER'])
      writeFileSync(join(folder, 'in', word.toLowerCase()), `${word} input`)
    const { stdout, code } = await fuzz([
      '--replay',
      join(folder, 'in'),
      '--parser',
      new URL('./stand-in.mjs', import.meta.url).pathname,
      '--timeout',
      '8000',
      '--heap-mb',
      '64',
      '--rss-mb',
      '400',
      '--out',
      out,
    ])
    const [inputs, ok, errors, crash, invalid, hang, oom] = row(stdout, 'replay')
    // IDLE waits past the cap without using the CPU, and FLAKY hangs only the first time: clean errors, as they end
    expect({ inputs, ok, errors, crash, invalid, hang, oom }).toEqual({
      inputs: '10',
      ok: '0',
      errors: 'corrupt 3',
      crash: '3',
      invalid: '1',
      hang: '1',
      oom: '2',
    })
    expect(stdout).toMatch(/finished when replayed alone[^]*- flaky: first no answer within [^;]*; alone error corrupt/)
    expect(code).toBe(1)
    // the reproducers of each failure, FLAKY's too (saved before its replay)
    expect(readdirSync(join(out, 'replay')).filter((f) => f.endsWith('.bin'))).toHaveLength(8)
  }, 180_000)
})
