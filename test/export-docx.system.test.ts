/**
 * The reply template opened by another program: LibreOffice converts it to PDF (`soffice --headless`), and
 * poppler's pdftotext reads the PDF; LibreOffice's own DOCX of it reads back to the same questions. And the one
 * gold fixture that only a scan has, read by OCR, whose template test/export-docx.test.ts cannot make. Needs
 * libreoffice-writer and poppler-utils, and the seed in ../shared.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ANSWER_PLACEHOLDER, toReplyDocx } from '../src/export/docx.js'
import { parseBytes } from '../src/node/index.js'
import { parseInquiry } from '../src/parse.js'
import type { Inquiry, Question } from '../src/schema.js'

const work = mkdtempSync(join(tmpdir(), 'docx-template-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const flat = (questions: readonly Question[]): Question[] => questions.flatMap((q) => [q, ...flat(q.children)])
const idsAndTexts = (inquiry: Inquiry) => flat(inquiry.questions).map((q) => [q.id, q.text])

/** The template converted by LibreOffice to `format` (in a folder of its own: the output keeps the input's name). */
function converted(docx: Uint8Array, name: string, format: 'pdf' | 'docx'): string {
  const folder = join(work, `${name}-${format}`)
  const input = join(work, `${name}.docx`)
  writeFileSync(input, docx)
  // a profile of its own keeps parallel runs apart
  const profile = pathToFileURL(join(work, 'profile')).href
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', folder, input], {
    timeout: 90_000,
    stdio: 'pipe',
  })
  return join(folder, `${name}.${format}`)
}

/** The template as LibreOffice prints it, as text. */
function printedText(docx: Uint8Array, name: string): string {
  return execFileSync('pdftotext', ['-layout', converted(docx, name, 'pdf'), '-'], { encoding: 'utf8' })
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

  it("prints grouping headings and levels, and LibreOffice's own DOCX of the template reads back to the same questions", async () => {
    for (const name of ['kreistag-talbach-oepnv', 'svv-wolfsruh-stadtbibliothek']) {
      const inquiry = await parseInquiry(readFileSync(`fixtures/inquiries/${name}.docx`))
      const template = toReplyDocx(inquiry)
      const resaved = await parseInquiry(readFileSync(converted(template, name, 'docx')))
      expect(idsAndTexts(resaved), name).toEqual(idsAndTexts(inquiry))
      if (name === 'kreistag-talbach-oepnv') {
        const printed = printedText(template, name).replace(/\s+/g, ' ')
        expect(printed).toMatch(
          /I\. Angebot im Linienbusverkehr 1\. Wie viele Ortsteile[^]*II\. Rufbus[^]*Zu I\.1:[^]*Zu III\.1 und III\.2:/
        )
      }
    }
  }, 240_000)

  it('reads back the template of the fixture that only a scan has (read by OCR) to the same questions', async () => {
    const inquiry = await parseBytes(new Uint8Array(readFileSync('fixtures/scans/beleuchtung-mixed.pdf')))
    expect(inquiry.source.ocr).toBe(true)
    expect(inquiry.questions.length).toBeGreaterThan(2)
    expect(idsAndTexts(await parseInquiry(toReplyDocx(inquiry)))).toEqual(idsAndTexts(inquiry))
  }, 240_000)
})
