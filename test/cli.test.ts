/**
 * The CLI on good and bad files: exit codes 0 / 2 (usage) / 3 (unreadable), one line on stderr
 * "inquiry-parser: <code>: <sentence>", never a stack trace. In-process through main(), and a few runs
 * as a real process to see the exit code and stderr as a shell does.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../src/node/cli.js'
import { captureCliOutput } from './cli-output.js'

const path = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url))

const output = captureCliOutput()

/** stderr must be exactly one line: the program name, the error code, one sentence. */
const ONE_LINE_ERROR = (code: string) => new RegExp(`^inquiry-parser: ${code}: [^\\n]+\\.\\n$`)

describe('inquiry-parser parse on bad files → exit 3 and one line', () => {
  const cases: [file: string, code: string][] = [
    ['encrypted.pdf', 'encrypted'],
    ['truncated.pdf', 'corrupt'],
    ['not-docx.zip', 'unsupported_format'],
    ['empty.txt', 'empty'],
    ['scan.png', 'unsupported_format'],
    ['old-word.doc', 'unsupported_format'],
    ['random.bin', 'unsupported_format'],
  ]
  for (const [file, code] of cases) {
    it(`${file} → ${code}`, async () => {
      expect(await main(['parse', path(`fixtures/bad/${file}`), '--format', 'text'])).toBe(3)
      expect(output.stderr).toMatch(ONE_LINE_ERROR(code))
      expect(output.stdout).toBe('')
    })
  }

  it('document.odt, once unsupported, is read now: exit 0 and its questions', async () => {
    expect(await main(['parse', path('fixtures/bad/document.odt'), '--format', 'json'])).toBe(0)
    expect(JSON.parse(output.stdout)).toMatchObject({ source: { format: 'odt' } })
    expect(JSON.parse(output.stdout).questions.length).toBeGreaterThan(0)
  })

  it('image-only.pdf with --ocr never → needs_ocr naming the pages', async () => {
    expect(await main(['parse', path('fixtures/bad/image-only.pdf'), '--ocr', 'never'])).toBe(3)
    expect(output.stderr).toMatch(ONE_LINE_ERROR('needs_ocr'))
    expect(output.stderr).toContain('pages 1, 2')
  })

  it('a file that does not exist → exit 3 "no such file"', async () => {
    expect(await main(['parse', path('fixtures/bad/gibt-es-nicht.pdf')])).toBe(3)
    expect(output.stderr).toMatch(/^inquiry-parser: .*gibt-es-nicht\.pdf: no such file\.\n$/)
  })
})

describe('usage errors → exit 2', () => {
  it('an unknown command', async () => {
    expect(await main(['zerlege', 'x.pdf'])).toBe(2)
    expect(output.stderr).toMatch(/^inquiry-parser: Unknown command "zerlege"\./)
  })

  it('an unknown format', async () => {
    expect(await main(['parse', path('fixtures/pdf/flattersatz.pdf'), '--format', 'xml'])).toBe(2)
    expect(output.stderr).toMatch(/^inquiry-parser: Unknown format "xml"/)
  })

  it('an unknown option, no file, two files', async () => {
    expect(await main(['parse', '--farbe', 'rot', 'x.pdf'])).toBe(2)
    expect(await main(['parse'])).toBe(2)
    expect(await main(['parse', 'a.pdf', 'b.pdf'])).toBe(2)
    expect(output.stderr).not.toMatch(/\n\s+at /)
  })

  it('no command at all prints the usage', async () => {
    expect(await main([])).toBe(2)
    expect(output.stdout).toMatch(/^Usage: inquiry-parser <command>/)
  })
})

describe('inquiry-parser parse on good files → exit 0', () => {
  it('prints the clean paragraphs of a PDF, one per line, labels in front', async () => {
    expect(await main(['parse', path('fixtures/pdf/seitenzahl-davor.pdf'), '--format', 'text'])).toBe(0)
    const lines = output.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(11)
    expect(lines.slice(4, 7)).toEqual([
      '1. Wie viele Leuchten wurden im Rahmen der Umstellung ausgetauscht, und wie hoch waren die Gesamtkosten?',
      '2. Nach welchen Kriterien wurde die Beleuchtungsstärke für Wohnstraßen, Fußwege und Hauptverkehrsstraßen festgelegt?',
      '3. Wie lange dauert es im Durchschnitt, bis eine gemeldete defekte Leuchte ersetzt wird?',
    ])
    expect(output.stderr).toBe('')
  })

  it('prints the contract as JSON with the source and the text', async () => {
    expect(await main(['parse', path('fixtures/pdf/blocksatz.pdf')])).toBe(0)
    const inquiry = JSON.parse(output.stdout) as { source: { format: string; pages: number }; text: string }
    expect(inquiry.source).toMatchObject({ format: 'pdf', pages: 1 })
    expect(inquiry.text).toMatch(/^Große Anfrage der Kreistagsfraktion Freie Wähler\n\nZukunft der Kreisklinik Nordheide\n\n/)
    expect(inquiry.text).not.toContain('Seite 1')
  })
})

describe('as a real process', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path('src/node/cli.ts'), ...args], { encoding: 'utf8', timeout: 60_000 })

  it('exits 3 with one line and no stack trace on a damaged PDF', () => {
    const run = cli('parse', path('fixtures/bad/truncated.pdf'), '--format', 'text')
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(ONE_LINE_ERROR('corrupt'))
    expect(run.stdout).toBe('')
  })

  it('exits 2 on an unknown command', () => {
    expect(cli('zerlege').status).toBe(2)
  })
})
