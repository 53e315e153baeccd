/**
 * The OParl export against OParl 1.1's own JSON Schema files, which are data we do not ship: they are read from
 * ../shared/oparl/schema beside the repository, as the other system tests read ../shared, or from OPARL_SCHEMA_DIR.
 * A folder without them fails the test, saying so.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { toOParl } from '../src/export/oparl.js'
import { parseInquiry } from '../src/parse.js'
import { applyCorrections } from '../src/review/corrections.js'
import { oparlSchema } from './oparl-json-schema.js'

const dir = process.env['OPARL_SCHEMA_DIR'] ?? fileURLToPath(new URL('../../shared/oparl/schema', import.meta.url))

describe('the OParl export against the OParl 1.1 JSON Schema (../shared/oparl/schema)', () => {
  it("accepts the specification's own example paper, and refuses it broken (the check checks)", () => {
    const paper = oparlSchema(dir, 'Paper.json')
    const example = JSON.parse(readFileSync(join(dir, '../examples/Paper-01.json'), 'utf8'))
    expect(paper.safeParse(example).success).toBe(true)
    expect(paper.safeParse({ ...example, type: 'https://schema.oparl.org/1.0/Paper' }).success).toBe(false)
    expect(paper.safeParse({ ...example, date: '4. April 2014' }).success).toBe(false)
  })

  it('accepts our papers: one document, an inquiry with its reply apart, and a corrected one', async () => {
    const paper = oparlSchema(dir, 'Paper.json')
    const file = oparlSchema(dir, 'File.json')
    const read = (name: string) => readFileSync(`fixtures/inquiries/${name}`)
    const single = await parseInquiry(read('bvv-lichtenberg-schulplaetze.pdf'))
    const pair = await parseInquiry(read('bvv-neukoelln-spielplaetze-anfrage.docx'), {
      reply: read('bvv-neukoelln-spielplaetze-antwort.docx'),
    })
    const paragraph = single.reply!.paragraphs[0]!
    const corrected = applyCorrections(single, [{ op: 'move', paragraph: paragraph.id, question: '5' }])
    for (const inquiry of [single, pair, corrected]) {
      const exported = toOParl(inquiry)
      const result = paper.safeParse(JSON.parse(JSON.stringify(exported)))
      expect(result.error?.issues ?? []).toEqual([])
      for (const f of [exported.mainFile, ...(exported.auxiliaryFile ?? [])]) expect(file.safeParse(f).success).toBe(true)
    }
    expect(toOParl(pair).auxiliaryFile).toHaveLength(1)
  })
})
