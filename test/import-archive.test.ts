/**
 * `inquiry-parser import` on a generated archive folder, as an archivist's script would run it: one name held as
 * PDF and DOCX on both sides, a pair in the archive formats (.doc inquiry, .rtf reply), an .odt alone, a ".pdf"
 * holding text, a ".docx" of noise. The exit code, the summary (what was paired, what was skipped and why,
 * which names lie) and the records are checked; and that the usage line and the help name every option.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../src/node/cli.js'
import { captureCliOutput } from './cli-output.js'
import { IMPORT_OPTIONS, USAGE } from '../src/node/commands/import.js'
import type { DocumentRecord, FailureRecord, ImportRecord } from '../src/node/import/records.js'

const inquiries = (name: string) => fileURLToPath(new URL(`../fixtures/inquiries/${name}`, import.meta.url))

const TEXT_INQUIRY = `Anfrage der Fraktion Freie Wähler: Parkplätze am Bahnhof

Wir fragen den Magistrat:

1. Wie viele Parkplätze gibt es am Bahnhof Nord?

2. Wann wird das Parkhaus saniert?
`

const output = captureCliOutput()

const readRecords = (out: string): ImportRecord[] =>
  readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ImportRecord)
const byPath = (records: ImportRecord[], name: string) => records.find((r) => r.path.endsWith(`/${name}`))

describe('import --pair of an archive folder in mixed formats', () => {
  let root: string
  let out: string
  let exit: number
  let records: ImportRecord[]
  /** what the run printed on output.stdout: the summary */
  let printed = ''

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'import-archive-'))
    for (const ext of ['pdf', 'docx']) {
      for (const side of ['anfrage', 'antwort'])
        copyFileSync(inquiries(`bvv-tempelhof-starkregen-${side}.${ext}`), join(root, `starkregen-${side}.${ext}`))
    }
    copyFileSync(inquiries('kreistag-hohenstein-schulsozialarbeit-anfrage.doc'), join(root, 'schulsozialarbeit-anfrage.doc'))
    copyFileSync(inquiries('kreistag-hohenstein-schulsozialarbeit-antwort.rtf'), join(root, 'schulsozialarbeit-antwort.rtf'))
    copyFileSync(inquiries('gemeinderat-haslach-muell.odt'), join(root, 'muell.odt'))
    writeFileSync(join(root, 'parken.pdf'), TEXT_INQUIRY)
    writeFileSync(join(root, 'defekt.docx'), Buffer.from('00ff13a7b2c4d9e1f0'.repeat(200), 'hex'))
    out = join(root, 'results.ndjson')
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((printed += String(chunk)), true))
    exit = await main(['import', root, '--out', out, '--pair', '--quiet', '--ocr', 'never', '--concurrency', '2'])
    write.mockRestore()
    records = readRecords(out)
  }, 120_000)

  it('exits 1 because a document failed, with the failure in the results', () => {
    expect(exit).toBe(1)
    const failure = byPath(records, 'defekt.docx') as FailureRecord
    expect(failure.code).toBe('unsupported_format')
    expect(printed).toContain('failures: unsupported_format 1')
  })

  it('makes one pair of the four Starkregen files, the DOCX chosen, and names the skipped PDFs with the reason', () => {
    const pair = byPath(records, 'starkregen-anfrage.docx') as DocumentRecord
    expect(pair.replyPath).toBe(join(root, 'starkregen-antwort.docx'))
    expect(pair.source.files.map((f) => [f.role, f.format])).toEqual([
      ['inquiry', 'docx'],
      ['reply', 'docx'],
    ])
    // the gold file has question 7 unanswered by the Bezirksamt as well
    expect(pair.coverage.unanswered).toEqual(['7'])
    expect(byPath(records, 'starkregen-anfrage.pdf')).toBeUndefined()
    expect(printed).toContain('not imported: 2 files of a name already chosen')
    expect(printed).toContain(
      `${join(root, 'starkregen-anfrage.pdf')}: the same document as starkregen-anfrage.docx, whose format (DOCX) comes first`
    )
    expect(printed).toContain(
      `${join(root, 'starkregen-antwort.pdf')}: the same document as starkregen-antwort.docx, whose format (DOCX) comes first`
    )
  })

  it('pairs a .doc inquiry with an .rtf reply, and says what it paired', () => {
    const pair = byPath(records, 'schulsozialarbeit-anfrage.doc') as DocumentRecord
    expect(pair.source.files.map((f) => f.format)).toEqual(['doc', 'rtf'])
    expect(pair.reply?.paragraphs.some((p) => p.answers.length > 0)).toBe(true)
    expect(printed).toContain('paired: 2 inquiry–reply pairs')
    expect(printed).toContain(`${join(root, 'schulsozialarbeit-anfrage.doc')} + schulsozialarbeit-antwort.rtf`)
    expect(printed).toContain(`${join(root, 'starkregen-anfrage.docx')} + starkregen-antwort.docx`)
  })

  it('reads a ".pdf" holding text as text, with the warning format_mismatch, named in the summary', () => {
    const record = byPath(records, 'parken.pdf') as DocumentRecord
    expect(record.source.format).toBe('text')
    expect(record.questions.map((q) => q.id)).toEqual(['1', '2'])
    expect(record.warnings).toContainEqual({
      code: 'format_mismatch',
      message: 'The file parken.pdf is named as a PDF but holds plain text, and was read as what it holds.',
    })
    expect(printed).toContain('names that contradict the content (format_mismatch): 1')
    expect(printed).toContain(`    ${join(root, 'parken.pdf')}`)
    expect(printed).toMatch(/warnings: .*format_mismatch 1/)
  })

  it('imports the .odt alone and counts five documents: two pairs, three files', () => {
    expect((byPath(records, 'muell.odt') as DocumentRecord).source.format).toBe('odt')
    expect(records).toHaveLength(5)
    expect(printed).toMatch(/^Import done: 5 documents, 4 parsed, 1 failed, 0 skipped/)
  })
})

describe('the import command’s usage', () => {
  it('names every option in the usage line and in the help', async () => {
    expect(await main(['import', '--help'])).toBe(0)
    for (const option of Object.keys(IMPORT_OPTIONS)) {
      expect(USAGE, option).toContain(`--${option}`)
      expect(output.stdout, option).toMatch(new RegExp(`^  --${option}\\b`, 'm'))
    }
    expect(output.stdout).toContain('Exit codes: 0 ok, 1 some documents failed (import)')
  })
})
