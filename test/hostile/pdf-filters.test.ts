/**
 * The PDF pre-scan counts decoded bytes behind every filter pdf.js decodes, and through the forms a page
 * paints: bombs behind LZW, RunLength, ASCII85, a chain of filters, forms painted thousands of times or
 * nested, CMaps mapping millions of codes by range, and a page's contents listed inside an object stream are
 * refused before pdf.js decodes them; a
 * stream that is no image under an image codec, whose size cannot be counted, is refused too.
 */
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { cmapRangeCodes } from '../../src/load/pdf-cmaps.js'
import { decodeCounted, OverBudget } from '../../src/load/pdf-filters.js'
import { prescanPdf } from '../../src/load/pdf-prescan.js'
import { textContent } from './build-pdf.js'
import { zlibRun } from './deflate-run.js'
import { expectClean } from './expect-clean.js'
import { ascii85, cmapBomb, form, inquiry, lzwRun, pagePdf, PDF_FILTER_KINDS } from './make-pdf-filters.js'

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const text = (bytes: Uint8Array) => String.fromCharCode(...bytes)
const MB = 1 << 20

describe('decoding within a cap', () => {
  const sample = latin1('Zu 1.: Die Turnhalle wird ab Mai saniert.')

  it('ASCIIHex, ASCII85, RunLength, LZW and a chain of filters give back the data', () => {
    expect(text(decodeCounted(latin1('5a75 2031 2e3a>'), ['ASCIIHexDecode'], 100))).toBe('Zu 1.:')
    expect(text(decodeCounted(latin1(ascii85(sample)), ['ASCII85Decode'], 100))).toBe(text(sample))
    expect(text(decodeCounted(Uint8Array.from([2, 0x5a, 0x75, 0x20, 253, 0x31, 128]), ['RunLengthDecode'], 100))).toBe('Zu 1111')
    expect(text(decodeCounted(lzwRun(0x61, 10), ['LZWDecode'], 100))).toBe('a'.repeat(10))
    expect(text(decodeCounted(latin1(ascii85(deflateSync(sample))), ['A85', 'Fl'], 100))).toBe(text(sample))
  })

  it('an LZW run past 4,000 codes clears its table and goes on', () => {
    expect(decodeCounted(lzwRun(0x20, 20 * MB), ['LZWDecode'], 40 * MB).length).toBeGreaterThanOrEqual(20 * MB)
  })

  it('counts the codes of CMap ranges as pdf.js reads them (hex digits only, an odd last one as a high half)', () => {
    // the fuzz's find: a range's end mutated to "-1e308", which pdf.js reads as <1e3080>
    expect(cmapRangeCodes('1 beginbfrange <0000> <-1e308> <0041> endbfrange')).toBe(0x1e3080 + 1)
    expect(
      cmapRangeCodes(
        '2 beginbfrange <0020> <007e> [<0041> <0042>] <0100> <01ff> <0041> endbfrange 1 begincidrange <0000> <00ff> 1 endcidrange'
      )
    ).toBe(95 + 256 + 256)
  })

  it('refuses CMaps mapping more codes by range than maxCmapCodes, an option like every budget', () => {
    const twoRanges = cmapBomb(2) // 131,072 codes
    expect(() => prescanPdf(twoRanges, DEFAULT_LIMITS)).not.toThrow()
    expect(() => prescanPdf(twoRanges, { ...DEFAULT_LIMITS, maxCmapCodes: 65_536 })).toThrow(/more than 65536 character codes/)
  })

  it('stops as soon as a stage passes the cap', () => {
    expect(() => decodeCounted(zlibRun(0x20, 8 * MB), ['FlateDecode'], 4 * MB)).toThrow(OverBudget)
    expect(() => decodeCounted(lzwRun(0x20, 8 * MB), ['LZWDecode'], 4 * MB)).toThrow(OverBudget)
  })
})

describe('PDF bombs behind other filters and in forms', () => {
  for (const kind of PDF_FILTER_KINDS) {
    it(`${kind.what}: refused as too complex`, async () => {
      const { error } = await expectClean(kind)
      expect(error?.code).toBe('too_complex')
    })
  }

  it('a form painted 2,000 times that shows text 20 times is refused by the pre-scan, before pdf.js reads 40,000 text items', () => {
    const pdf = pagePdf({ dict: '', stream: `${inquiry} ${'/Fm0 Do '.repeat(2000)}` }, [form(textContent(Array(20).fill('Frage')))])
    expect(() => prescanPdf(pdf, DEFAULT_LIMITS)).toThrow(/show text more than 20000 times/)
  })

  it('a page that paints a small form a few times, and an image under DCT, parse', async () => {
    const image = {
      dict: '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode',
      stream: new Uint8Array(16).fill(0xff),
      raw: true,
    }
    const pdf = pagePdf({ dict: '', stream: `${'/Fm0 Do '.repeat(3)} /Fm1 Do` }, [form(inquiry), image])
    const { result } = await expectClean({ name: 'ordinary forms', what: 'ordinary forms', build: () => pdf, expect: [], ok: true })
    expect(result?.text).toContain('Wann beginnt die Sanierung der Turnhalle?')
  })
})

it('the default budget is what these bombs are measured against', () => {
  expect(DEFAULT_LIMITS.maxPageStreamBytes).toBe(4 * MB)
})
