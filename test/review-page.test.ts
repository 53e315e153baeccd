/**
 * What the clerk's page loads from the library (src/review/page.ts, bundled by scripts/build-page.mjs): no schema
 * library — zod was 90 of its 106 KiB gzip, and the page makes its corrections itself — and the corrections it
 * applies with `correct` come out as `applyCorrections`, which checks their shape first, makes them.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/parse.js'
import { correct } from '../src/review/correct.js'
import { applyCorrections } from '../src/review/corrections.js'
import type { Correction } from '../src/schema.js'

const REPLIED = `Anfrage

1. Wann wird der Radweg saniert?

2. Was kostet das?

Stellungnahme der Verwaltung

Zu 1.: Im Mai 2027.

Zu 2.: Im Haushalt stehen 120.000 Euro bereit.
`

describe("the page's share of the library", () => {
  it('bundles without zod, small', async () => {
    const result = await build({
      entryPoints: ['src/review/page.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((path) => path.includes('src/export/docx.ts'))).toBe(true)
    expect(inputs.filter((path) => path.includes('node_modules/zod/'))).toEqual([])
    const gzip = gzipSync(result.outputFiles[0]!.contents).length
    console.log(`the page's share of the library: ${(gzip / 1024).toFixed(1)} KiB gzip`)
    expect(gzip).toBeLessThan(40 * 1024)
  })

  it('applies corrections as applyCorrections does, without checking their shape', async () => {
    const inquiry = await parseInquiry(new TextEncoder().encode(REPLIED))
    const second = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Im Haushalt'))!
    const corrections: Correction[] = [
      { op: 'move', paragraph: second.id, question: '1' },
      { op: 'mark', question: '2', answered: true },
    ]
    const corrected = correct(inquiry, corrections)
    expect(corrected).toEqual(applyCorrections(inquiry, corrections))
    expect(corrected.coverage).toEqual({ answered: ['1', '2'], unanswered: [] })
    // the names it is given are still checked; the shape only by applyCorrections
    expect(() => correct(inquiry, [{ op: 'link', paragraph: 'p99', question: '1' }])).toThrow(/no paragraph "p99"/)
    expect(() => applyCorrections(inquiry, [{ op: 'swap' } as unknown as Correction])).toThrow(/not a list/)
  })
})
