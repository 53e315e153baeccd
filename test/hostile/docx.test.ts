/**
 * DOCX files inside the container's limits that once took the parser down (issue 9): absurd list start
 * values, a 30 MB document.xml, 200,000 paragraphs, 1,000,000 nested elements, long runs of spaces and a
 * 20 MB attribute. Each ends cleanly: a parse within the budgets, or too_large / too_complex.
 */
import { describe, expect, it } from 'vitest'
import { hostileKind } from './make.js'
import { expectClean } from './expect-clean.js'

describe('list start values', () => {
  for (const name of ['docx-list-start-2e7', 'docx-list-start-2e8', 'docx-list-start-1e11']) {
    it(`${name}: parses, with the start clamped and a warning, and labels of bounded length`, async () => {
      const { result } = await expectClean(hostileKind(name))
      expect(result).toBeDefined()
      // 20 questions of about 40 characters; a label of "a" repeated n/26 times would be megabytes
      expect(result!.text.length).toBeLessThan(5_000)
      expect(result!.warnings.length).toBeGreaterThan(0)
    })
  }
})

describe('large and deep XML', () => {
  it('a 30 MB document.xml in an 80 KB file ends cleanly', async () => {
    await expectClean(hostileKind('docx-30mb-xml'))
  })

  it('200,000 paragraphs are refused as too complex (or parsed within the budgets)', async () => {
    await expectClean(hostileKind('docx-200k-paragraphs'))
  })

  it('1,000,000 nested elements are refused as too complex', async () => {
    const { error } = await expectClean(hostileKind('docx-1m-nested'))
    expect(error).toBeDefined()
  })

  it('a 20 MB attribute value ends cleanly', async () => {
    await expectClean(hostileKind('docx-huge-attribute'))
  })
})

describe('long runs of spaces', () => {
  it('300,000 spaces in a paragraph parse in linear time, and the question is still found', async () => {
    const { result } = await expectClean(hostileKind('docx-300k-spaces'))
    expect(result?.questions.map((q) => q.id)).toEqual(['1'])
  })
})
