/**
 * A form's cost is counted through the resources of the page (or form) that paints it: two pages whose /Fm0
 * are different forms each pay for their own. Where the object reader cannot account for every reference to
 * a stream, the pre-scan still takes the costliest form of that name anywhere, so nothing gets cheaper for a
 * hostile file. The budget these files meet is the text shows per page (20,000): the "text form" shows text 20
 * times, so painting it 2,000 times is 40,000; the "line form" shows none.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { dictEntries, indexObjects, indexObjectStream } from '../../src/load/pdf-objects.js'
import { prescanPdf } from '../../src/load/pdf-prescan.js'
import { namesByResources } from '../../src/load/pdf-resources.js'
import { buildPdf, textContent } from './build-pdf.js'
import { expectClean } from './expect-clean.js'
import { FONT, form, inquiry } from './make-pdf-filters.js'

const LINE_FORM = form('0 0 m 595 842 l S')
const TEXT_FORM = form(textContent(Array(20).fill('Frage')))
const TEXT_SHOWS = /show text more than 20000 times/

/** A page object: its resources name /Fm0 as `fm0` (none when null: inherited from the page tree), contents `contents`. */
const page = (fm0: number | null, contents: number) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${fm0 === null ? '' : `/Resources << /Font << /F1 3 0 R >> /XObject << /Fm0 ${fm0} 0 R >> >>`} /Contents ${contents} 0 R >>`

/**
 * Page 1 (object 4, contents 5) paints its /Fm0 2,000 times, page 2 (object 6, contents 7) once; object 8 is
 * the line form, 9 the text form. `tree` is the page tree's resources, for pages without their own.
 */
function twoPages(page1Fm0: number | null, page2Fm0: number | null, tree = '') {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 ${tree} >>`,
    FONT,
    page(page1Fm0, 5),
    { dict: '', stream: `${inquiry} ${'/Fm0 Do '.repeat(2000)}` },
    page(page2Fm0, 7),
    { dict: '', stream: `${inquiry} /Fm0 Do` },
    LINE_FORM,
    TEXT_FORM,
  ])
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const withTail = (pdf: Uint8Array, tail: string) => new Uint8Array([...pdf, ...latin1(tail)])

describe("forms counted through each page's own /Resources", () => {
  it('two pages whose /Fm0 differ each pay for their own: the page painting the line form 2,000 times parses', async () => {
    const pdf = twoPages(8, 9)
    expect(() => prescanPdf(pdf, DEFAULT_LIMITS)).not.toThrow()
    const { result } = await expectClean({ name: 'two /Fm0', what: 'two pages, two /Fm0', build: () => pdf, expect: [], ok: true })
    expect(result?.text).toContain('Wann beginnt die Sanierung der Turnhalle?')
  })

  it('the page that paints the text form 2,000 times is still refused', () => {
    expect(() => prescanPdf(twoPages(9, 8), DEFAULT_LIMITS)).toThrow(TEXT_SHOWS)
  })

  it('a page without resources of its own paints the page tree’s /Fm0; its own resources come first', () => {
    expect(() => prescanPdf(twoPages(null, null, '/Resources << /XObject << /Fm0 9 0 R >> >>'), DEFAULT_LIMITS)).toThrow(TEXT_SHOWS)
    expect(() => prescanPdf(twoPages(8, null, '/Resources << /XObject << /Fm0 9 0 R >> >>'), DEFAULT_LIMITS)).not.toThrow()
  })

  it('a content stream two pages share pays for the costlier /Fm0, a reference behind a comment included', () => {
    const second = `10 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 5 0 % a comment between the tokens\nR /Resources << /XObject << /Fm0 9 0 R >> >> >>\nendobj\n`
    expect(() => prescanPdf(withTail(twoPages(8, 9), second), DEFAULT_LIMITS)).toThrow(TEXT_SHOWS)
  })

  it('where the reader cannot tell which page object counts (one defined twice), the costliest /Fm0 anywhere counts', () => {
    const again = `4 0 obj\n${page(8, 5)}\nendobj\n`
    expect(() => prescanPdf(withTail(twoPages(8, 9), again), DEFAULT_LIMITS)).toThrow(TEXT_SHOWS)
  })
})

describe('the object reader', () => {
  it('reads top-level entries as pdf.js does: #-escapes, comments, references written "+5", "05" or "5.0"', () => {
    const entries = dictEntries('<< /R#65sources 12 0 R /Kids [+5 0 R 05 0 R] % note\n /Contents 5.0 0 R /Sub << /Contents 7 0 R >> >>')
    expect([...(entries?.keys() ?? [])]).toEqual(['Resources', 'Kids', 'Contents', 'Sub'])
    expect(entries?.get('Resources')?.ref).toBe('12')
    expect(entries?.get('Contents')?.ref).toBe('5')
    expect(entries?.get('Sub')?.ref).toBeNull()
  })

  it('a dictionary that never closes is unreadable, not read short', () => {
    expect(dictEntries('<< /Contents 5 0 R /Resources << /XObject << /Fm0 9 0 R >>')).toBeNull()
  })

  it("reads an object stream's objects by its header, and refuses a header that does not add up", () => {
    const data = '4 0 11 11 << /A 1 >> << /B 2 >>'
    const index = new Map<string, string | null>()
    expect(indexObjectStream(data, 2, 10, index)).toBe(true)
    expect([...index]).toEqual([
      ['4', '<< /A 1 >> '],
      ['11', '<< /B 2 >>'],
    ])
    expect(indexObjectStream(data, 3, 10, new Map())).toBe(false)
  })
})

describe('a million characters of one kind, through the reader and the reference search', () => {
  // not timed: a quadratic reader needs about 10^12 steps on these, which no test timeout allows
  const MILLION = 1_000_000
  const hostile = [
    `5 0 obj << /Contents 5 ${' '.repeat(MILLION)}`,
    `5 0 obj << /Contents 5 0 ${'%'.repeat(MILLION)}`,
    `5 0 obj << /A ${' <'.repeat(MILLION / 2)}`,
    `5 0 obj << /A ${'('.repeat(MILLION)}`,
    `5 0 obj << /A ${'['.repeat(MILLION)}`,
    `5 0 obj << /A ${'#'.repeat(MILLION)}`,
    ' obj'.repeat(MILLION / 4),
    `${'9'.repeat(MILLION)} 0 R`,
  ]
  it.each(hostile.map((text, i) => [i, text]))('case %i falls back to the names of every form', (_, text) => {
    const fallback = { XObject: new Map([['Fm0', ['9']]]), Pattern: new Map([['P0', ['10']]]) }
    const namesOf = namesByResources([text], indexObjects(text), fallback)
    expect(namesOf('5', 'XObject')).toBe(fallback.XObject)
    expect(namesOf('5', 'Pattern')).toBe(fallback.Pattern)
  })
})
