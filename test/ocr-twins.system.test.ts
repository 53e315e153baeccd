/**
 * Scans against their typed twins (test/eval/twins.ts, the measurement of `npm run eval:scans`) on a subset
 * that holds each trap OCR sets: bullets read as "*" and "«" (haslach), parts "I."–"III." and reply labels
 * "Zu I.1:" (talbach, muehlbach), sub-questions "a)"–"e)" and "Zu b) und c):" (ohmtal), a nearly blank
 * second page of grey grainy paper (pankow), a question across a page break with page numbers (oberweiler).
 * 12 pages of real OCR with the default engine, each read once in beforeAll.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readGoldFiles } from './eval/gold.js'
import { f1 } from './eval/score.js'
import { compareTwins, type Twins } from './eval/twins.js'
import { createOcr } from '../src/node/ocr/index.js'
import { parseInquiry } from '../src/parse.js'

const INQUIRIES = join(import.meta.dirname, '../fixtures/inquiries')
const SUBSET = [
  'gemeinderat-haslach-muell',
  'kreistag-talbach-oepnv',
  'stadtrat-muehlbach-feuerwehr',
  'kreistag-ohmtal-kreisstrassen',
  'bvv-pankow-kaeltehilfe',
  'gemeinderat-oberweiler-radwege',
]
/** How far a scan's F1 may fall below its typed twin's: set from `npm run eval:scans` (see the README). */
const MARGIN = 0.05

const twins = new Map<string, Twins>()

beforeAll(async () => {
  const ocr = createOcr()
  try {
    for (const entry of readGoldFiles(INQUIRIES).filter(({ gold }) => SUBSET.includes(gold.id))) {
      const result = await compareTwins(entry, (bytes, reply) => parseInquiry(bytes, { ocr: ocr.engine, ...(reply ? { reply } : {}) }))
      if (result) twins.set(entry.gold.id, result)
    }
  } finally {
    await ocr.close()
  }
}, 600_000)

describe('scans parse as well as their typed twins', () => {
  it('scans every document of the subset, each page at 150 dpi with a skew of 0.3–1.5°', () => {
    expect([...twins.keys()].sort()).toEqual([...SUBSET].sort())
    for (const t of twins.values()) {
      expect(t.damage.every((d) => Math.abs(d.skew) >= 0.3 && Math.abs(d.skew) <= 1.5)).toBe(true)
      expect(t.scan.inquiry?.source.ocr).toBe(true)
      expect(t.typed.inquiry?.source.ocr).toBe(false)
    }
  })

  it.each(SUBSET)('%s: questions and links within the margin of the typed PDF', (id) => {
    const { typed, scan } = twins.get(id)!
    expect(scan.error).toBeNull()
    expect(f1(scan.score!.questions)).toBeGreaterThanOrEqual(f1(typed.score!.questions) - MARGIN)
    expect(f1(scan.score!.links)).toBeGreaterThanOrEqual(f1(typed.score!.links) - MARGIN)
  })
})
