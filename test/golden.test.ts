/**
 * Golden tests: every document in fixtures/inquiries with a gold file, in every format it comes in, scored as
 * `npm run eval` scores it. Questions must come out exactly; links must reach the bar of their reply pattern
 * (labelled, joint, repeated, interleaved and ordered replies 0.90, free prose 0.70), summed over the
 * pattern's cases; documents without a reply must get none. The seed is tested in seeds.system.test.ts.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCases, type CaseResult } from './eval/cases.js'
import { readGoldFiles } from './eval/gold.js'
import { addCounts, f1, ZERO, type Counts } from './eval/score.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/inquiries')
const LINK_BARS: Record<string, number> = { label: 0.9, joint: 0.9, repeat: 0.9, interleaved: 0.9, order: 0.9, prose: 0.7 }

const entries = existsSync(FIXTURES) ? readGoldFiles(FIXTURES) : []
const results = new Map<string, CaseResult[]>()

beforeAll(async () => {
  for (const entry of entries) results.set(entry.gold.id, await runCases(entry))
}, 120_000)

const casesOf = (id: string): CaseResult[] => results.get(id) ?? []
const describeCase = (r: CaseResult): string => `${r.document} (${r.name})`

describe('golden fixtures', () => {
  it('has fixtures to test', () => {
    expect(entries.length).toBeGreaterThan(0)
  })

  describe.each(entries.map((e) => [e.gold.id, e] as const))('%s', (id, entry) => {
    it('parses every case and finds exactly the questions of the gold file', () => {
      const cases = casesOf(id)
      expect(cases.length).toBe(Object.keys(entry.gold.files).length)
      for (const r of cases) {
        expect(r.error, describeCase(r)).toBeNull()
        expect(r.score!.questions, describeCase(r)).toEqual({ tp: entry.gold.questions.length, fp: 0, fn: 0 })
      }
    })

    if (entry.gold.pattern === 'none') {
      it('finds no reply', () => {
        for (const r of casesOf(id)) expect(r.inquiry!.reply, describeCase(r)).toBeNull()
      })
    }
  })

  describe.each(Object.entries(LINK_BARS))('links of %s replies', (pattern, bar) => {
    it(`reach F1 ≥ ${bar} over all cases`, () => {
      const cases = [...results.values()].flat().filter((r) => r.pattern === pattern && r.score)
      const links = cases.reduce((sum: Counts, r) => addCounts(sum, r.score!.links), ZERO)
      if (cases.length > 0) expect(f1(links)).toBeGreaterThanOrEqual(bar)
    })
  })
})
