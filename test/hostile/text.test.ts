/**
 * Texts that were rejected or made parsing quadratic (issue 9): 200,000 spaces between two words, a text
 * quoting "%PDF-", UTF-16 without a byte order mark, and 130,000 paragraphs (once spread into Math.max).
 */
import { describe, expect, it } from 'vitest'
import { hostileKind } from './make.js'
import { expectClean } from './expect-clean.js'

describe('hostile texts', () => {
  it('200,000 spaces between two words parse in linear time', async () => {
    const { result } = await expectClean(hostileKind('text-200k-spaces'))
    expect(result?.questions.map((q) => q.id)).toEqual(['1'])
  })

  it('100,000 lines of one space end cleanly', async () => {
    await expectClean(hostileKind('text-200k-tabs-and-newlines'))
  })

  it('a text quoting "%PDF-" in its first KiB is read as text, not refused as a corrupt PDF', async () => {
    const { result } = await expectClean(hostileKind('text-pdf-marker'))
    expect(result?.source.format).toBe('text')
    expect(result?.questions).toHaveLength(1)
  })

  for (const name of ['text-utf16le-nobom', 'text-utf16be-nobom']) {
    it(`${name}: read as text, not refused as binary`, async () => {
      const { result } = await expectClean(hostileKind(name))
      expect(result?.source.format).toBe('text')
      expect(result?.text).toContain('Wie viele Kilometer Gehweg räumt der Bauhof selbst?')
    })
  }

  it('130,000 paragraphs end cleanly (no stack overflow from a spread)', async () => {
    await expectClean(hostileKind('text-130k-paragraphs'))
  })
})
