/**
 * What pdf.js paints besides a page's own content and forms: annotations' appearances, which the loader leaves
 * out of its operator-list pass, and tiling patterns, which the pre-scan counts once per stream that sets them;
 * and object streams found by their structure, not their /Type. Each page is in two fonts, so that the loader's
 * operator-list pass runs on it (the text layer alone paints neither patterns nor annotations).
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { prescanPdf } from '../../src/load/pdf-prescan.js'
import { expectClean } from './expect-clean.js'
import { hostileKind } from './make.js'
import { patternsPdf } from './make-pdf-paints.js'

const OVER_PAGE = /the forms and patterns it paints come to more than 4194304 decoded bytes/

describe('annotations', () => {
  it('2,000 annotations sharing a costly appearance parse as the page alone (20 took pdf.js minutes when painted)', async () => {
    const { result } = await expectClean(hostileKind('pdf-annotations-shared'))
    expect(result?.questions.map((q) => q.text)).toEqual(['Wann beginnt die Sanierung der Turnhalle?'])
  })
})

describe('tiling patterns', () => {
  it('a page set with five patterns of 3.6 MB each is refused by the pre-scan', async () => {
    expect(() => prescanPdf(patternsPdf({ count: 5 }), DEFAULT_LIMITS)).toThrow(OVER_PAGE)
    const { error } = await expectClean(hostileKind('pdf-patterns-painted'))
    expect(error?.code).toBe('too_complex')
  })

  it('one pattern set five times in one stream counts once, as pdf.js parses it once there', () => {
    expect(() => prescanPdf(patternsPdf({ count: 1 }), DEFAULT_LIMITS)).not.toThrow()
    expect(() => prescanPdf(patternsPdf({ count: 1, uses: 5 }), DEFAULT_LIMITS)).not.toThrow()
    expect(() => prescanPdf(patternsPdf({ count: 2, uses: 5 }), DEFAULT_LIMITS)).toThrow(OVER_PAGE)
  })

  it("a pattern whose resources name no XObjects paints its painter's (pdf.js merges them): still counted", () => {
    const painters = '/XObject << /Fm0 7 0 R >>'
    expect(() => prescanPdf(patternsPdf({ count: 5, resources: '/Resources << >>', pageXObjects: painters }), DEFAULT_LIMITS)).toThrow(
      OVER_PAGE
    )
    expect(() => prescanPdf(patternsPdf({ count: 5, resources: '', pageXObjects: painters }), DEFAULT_LIMITS)).toThrow(OVER_PAGE)
  })
})

describe('object streams', () => {
  it('one without /Type /ObjStm is read all the same: its page listing a 100 KB stream 1,000 times is refused', async () => {
    const { error } = await expectClean(hostileKind('pdf-objstm-untyped'))
    expect(error?.message).toMatch(/content streams come to more than 4194304 decoded bytes/)
  })
})
