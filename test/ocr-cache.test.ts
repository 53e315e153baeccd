import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { recognizeCached } from '../src/node/ocr/cache.js'
import type { Recognizer } from '../src/node/ocr/recognizer.js'

describe('the hOCR cache of measurements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-cache-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads a page image once and answers again from the folder, per engine and image', async () => {
    let calls = 0
    const engine = (description: string): Recognizer => ({
      name: 'tesseract-cli',
      description,
      recognize: async (pgm) => `hocr ${description} ${pgm[0]} ${++calls}`,
      close: async () => {},
    })
    const page = Uint8Array.from([1, 2, 3])
    expect(await recognizeCached(engine('a'), dir, page, 150)).toEqual({ hocr: 'hocr a 1 1', cached: false })
    expect(await recognizeCached(engine('a'), dir, page, 150)).toEqual({ hocr: 'hocr a 1 1', cached: true })
    expect((await recognizeCached(engine('b'), dir, page, 150)).cached).toBe(false)
    expect((await recognizeCached(engine('a'), dir, Uint8Array.from([9]), 150)).cached).toBe(false)
    expect((await recognizeCached(engine('a'), dir, page, 300)).cached).toBe(false)
    expect(calls).toBe(4)
    expect(readdirSync(dir).filter((f) => f.endsWith('.hocr'))).toHaveLength(4)
  })
})
