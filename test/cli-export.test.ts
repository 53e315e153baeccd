/** `inquiry-parser parse --format docx|oparl`: the reply template and the OParl paper from the command line. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../src/node/cli.js'
import { captureCliOutput } from './cli-output.js'
import { parseInquiry } from '../src/parse.js'

const work = mkdtempSync(join(tmpdir(), 'cli-export-'))
const fixture = 'fixtures/inquiries/bvv-lichtenberg-schulplaetze.pdf'
const output = captureCliOutput()
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('inquiry-parser parse --format docx | oparl', () => {
  it('writes the reply template to --out, and it reads back to the same questions', async () => {
    const out = join(work, 'stellungnahme.docx')
    expect(await main(['parse', fixture, '--format', 'docx', '--out', out])).toBe(0)
    expect(output.stdout).toBe('')
    const template = await parseInquiry(readFileSync(out))
    const original = await parseInquiry(readFileSync(fixture))
    expect(template.questions.map((q) => [q.id, q.text])).toEqual(original.questions.map((q) => [q.id, q.text]))
  })

  it('prints the OParl paper as JSON', async () => {
    expect(await main(['parse', fixture, '--format', 'oparl'])).toBe(0)
    const paper = JSON.parse(output.stdout)
    expect(paper.type).toBe('https://schema.oparl.org/1.1/Paper')
    expect(paper.reference).toBe('KA/1022/IX')
  })
})
