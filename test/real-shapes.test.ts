/**
 * Documents of our own writing in the shapes real ones reach us in (fixtures/real-shapes): one long line
 * whose breaks were lost, a fixed-width wrap across the markers, pdftotext output with form feeds, a running
 * header glued to a question, letter-spaced headings and a printer's imprint. Each must give exactly its
 * questions and links, and no link may come from an imprint.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCases, type CaseResult } from './eval/cases.js'
import { readGoldFiles } from './eval/gold.js'

const entries = readGoldFiles(join(import.meta.dirname, '../fixtures/real-shapes'))
const results = new Map<string, CaseResult[]>()

beforeAll(async () => {
  for (const entry of entries) results.set(entry.gold.id, await runCases(entry))
}, 60_000)

describe('real-shaped fixtures', () => {
  it('has its forty documents', () => {
    expect(entries.length).toBe(40)
  })

  describe.each(entries.map((e) => [e.gold.id, e] as const))('%s', (id, entry) => {
    it('gives exactly its questions and its links', () => {
      for (const r of results.get(id)!) {
        expect(r.error).toBeNull()
        expect(r.score!.questions).toEqual({ tp: entry.gold.questions.length, fp: 0, fn: 0 })
        const links = entry.gold.statement.reduce((n, s) => n + s.answers.length, 0)
        expect(r.score!.links).toEqual({ tp: links, fp: 0, fn: 0 })
      }
    })

    it('links no imprint, receipt line or running header', () => {
      for (const r of results.get(id)!) {
        const linked = (r.inquiry!.reply?.paragraphs ?? []).filter((p) => p.answers.length > 0).map((p) => p.text)
        expect(linked.filter((t) => /Eingegangen am|Ausgegeben am|Herstellung:|Drucksachen des|Drucksache \d+\/\d+ –/.test(t))).toEqual([])
      }
    })
  })
})
