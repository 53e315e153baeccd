/**
 * The reply template opened by another program: LibreOffice converts it to PDF (`soffice --headless`), and
 * poppler's pdftotext reads the PDF. Needs libreoffice-writer and poppler-utils, and the seed in ../shared.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ANSWER_PLACEHOLDER, toReplyDocx } from '../src/export/docx.js'
import { parseInquiry } from '../src/parse.js'

const work = mkdtempSync(join(tmpdir(), 'docx-template-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The template as LibreOffice prints it, as text. A profile of its own keeps parallel runs apart. */
function printedText(docx: Uint8Array, name: string): string {
  const input = join(work, `${name}.docx`)
  writeFileSync(input, docx)
  const profile = pathToFileURL(join(work, 'profile')).href
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, input], {
    timeout: 90_000,
    stdio: 'pipe',
  })
  return execFileSync('pdftotext', ['-layout', join(work, `${name}.pdf`), '-'], { encoding: 'utf8' })
}

describe('the reply template in LibreOffice', () => {
  it('converts to a PDF that shows the seed inquiry\'s questions, each with its "Zu N.:" label and the answer found', async () => {
    const seed = await parseInquiry(readFileSync('../shared/seeds/karben-ki-anfrage.pdf'))
    const printed = printedText(toReplyDocx(seed), 'karben').replace(/\s+/g, ' ')
    expect(printed).toContain('Stellungnahme zur Anfrage')
    for (const question of seed.questions) {
      expect(printed).toContain(`Zu ${question.label}:`)
      expect(printed).toContain(question.text.slice(0, 60))
    }
    expect(printed).toContain('Die Stadt Karben hat hier aktuell keine Lösungen im Einsatz')
  }, 120_000)

  it('converts a blank template with a place for every answer', async () => {
    const asked = new TextEncoder().encode('Anfrage\n\n1. Wann wird der Radweg saniert?\n\n2. Was kostet das?\n')
    const printed = printedText(toReplyDocx(await parseInquiry(asked)), 'blank')
    expect(printed.split(ANSWER_PLACEHOLDER).length - 1).toBe(2)
    expect(printed).toMatch(/Zu 1\.:[^]*Zu 2\.:/)
  }, 120_000)
})
