/**
 * PDFs that exhausted or hung the parser, or got a wrong answer (issue 9): content streams that inflate
 * far past the page budget, text operators and nested q by the hundred thousand, too many pages, widths of
 * 1e308, a bad xref entry (whose rejection once outlived the parse) and a page tree whose /Count lies.
 */
import { describe, expect, it } from 'vitest'
import { hostileKind } from './make.js'
import { expectClean } from './expect-clean.js'

describe('PDF budgets', () => {
  it('a page whose one stream inflates to 20 MB (1 GB in the fuzz) is refused as too complex', async () => {
    const { error } = await expectClean(hostileKind('pdf-1gb-streams'))
    expect(error?.code).toBe('too_complex')
  })

  it('250,000 text operators on one page are refused as too complex', async () => {
    const { error } = await expectClean(hostileKind('pdf-200mb-text-operators'))
    expect(error?.code).toBe('too_complex')
  })

  it('200,000 nested q end cleanly', async () => {
    await expectClean(hostileKind('pdf-200k-nested-q'))
  })

  it('2,001 pages are refused as too many pages, by default and in the library itself', async () => {
    const { error } = await expectClean(hostileKind('pdf-20k-pages'))
    expect(error?.code).toBe('too_many_pages')
  })
})

describe('broken PDF structures', () => {
  it('a font whose widths are 1e308 ends cleanly (no typed array of 1e305 entries)', async () => {
    await expectClean(hostileKind('pdf-widths-1e308'))
  })

  for (const name of ['pdf-bad-xref', 'pdf-bad-xref-all']) {
    it(`${name}: ends cleanly and leaves no promise rejection behind`, async () => {
      await expectClean(hostileKind(name))
    })
  }

  for (const name of ['pdf-count-negative', 'pdf-count-zero', 'pdf-count-huge']) {
    it(`${name}: refused, or parsed with a page count the schema accepts`, async () => {
      const { result } = await expectClean(hostileKind(name))
      if (result) expect(result.source.pages).toBe(1)
    })
  }
})
