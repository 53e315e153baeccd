/**
 * Every fatal error on a real bad file (fixtures/bad/, made by fixtures/make/bad/make.sh): parseInquiry
 * throws an InquiryError with a stable code and one sentence that says what the file is.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InquiryError } from '../src/errors.js'
import { parseInquiry } from '../src/parse.js'

const bad = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url)))

async function errorOf(bytes: Uint8Array): Promise<InquiryError> {
  try {
    await parseInquiry(bytes)
  } catch (error) {
    if (error instanceof InquiryError) return error
    throw error
  }
  throw new Error('expected an InquiryError')
}

/** One sentence: a capital at the start, one full stop (or colon-joined clauses) at the end, no line break. */
const oneSentence = expect.stringMatching(/^[A-Z][^\n]*[.)]$/)

describe('fatal errors on real bad files', () => {
  const cases: [file: string, code: string, says: RegExp][] = [
    ['encrypted.pdf', 'encrypted', /password-protected/],
    ['truncated.pdf', 'corrupt', /PDF is damaged/],
    ['not-docx.zip', 'unsupported_format', /ZIP archive that is not a Word document/],
    ['empty.txt', 'empty', /empty \(0 bytes\)/],
    ['scan.png', 'unsupported_format', /PNG image/],
    // an OLE2 container without a WordDocument stream (an Excel or PowerPoint file); .odt and .doc are read (load-archives.test.ts)
    ['old-word.doc', 'unsupported_format', /Office 97–2003 file that is not a Word document/],
    ['random.bin', 'unsupported_format', /binary data of an unknown format/],
  ]

  for (const [file, code, says] of cases) {
    it(`${file} → ${code}`, async () => {
      const error = await errorOf(bad(file))
      expect(error.code).toBe(code)
      expect(error.message).toEqual(oneSentence)
      expect(error.message).toMatch(says)
    })
  }

  it('image-only.pdf → needs_ocr, naming its two pages', async () => {
    const error = await errorOf(bad('image-only.pdf'))
    expect(error.code).toBe('needs_ocr')
    expect(error.message).toMatch(/no usable text layer on pages 1, 2\b/)
    expect(error.details).toEqual({ pages: [1, 2] })
  })

  it('image-only.pdf with OCR switched off explicitly is the same error', async () => {
    await expect(parseInquiry(bad('image-only.pdf'), { ocrMode: 'never' })).rejects.toMatchObject({ code: 'needs_ocr' })
  })

  it('keeps the cause for programs and names the error class', async () => {
    const error = await errorOf(bad('truncated.pdf'))
    expect(error.name).toBe('InquiryError')
    expect(error.cause).toBeDefined()
    expect(error.toJSON()).toMatchObject({ code: 'corrupt' })
  })
})
