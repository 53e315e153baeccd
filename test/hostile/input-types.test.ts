/**
 * Any Uint8Array is accepted, whatever its buffer (issue 9): a Node Buffer (pdf.js refuses those) and a view
 * with an offset into a larger buffer, for each format.
 */
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../../src/parse.js'
import { sampleDocx } from './make-docx.js'
import { samplePdf } from './make-pdf.js'

const SAMPLES = {
  pdf: samplePdf(),
  docx: sampleDocx(),
  text: new TextEncoder().encode('Anfrage zum Winterdienst\n\n1. Wer räumt die Gehwege?\n'),
}

function offsetView(bytes: Uint8Array): Uint8Array {
  const buffer = new ArrayBuffer(bytes.length + 32)
  new Uint8Array(buffer).fill(0x25)
  const view = new Uint8Array(buffer, 16, bytes.length)
  view.set(bytes)
  return view
}

describe('input buffers', () => {
  for (const [format, bytes] of Object.entries(SAMPLES)) {
    it(`${format}: a Node Buffer and a view with an offset parse like the plain bytes`, async () => {
      const plain = await parseInquiry(Uint8Array.from(bytes))
      expect(plain.source.format).toBe(format)
      expect(plain.questions.length).toBeGreaterThan(0)
      for (const input of [Buffer.from(bytes), offsetView(bytes)]) {
        const result = await parseInquiry(input)
        expect(result.questions).toEqual(plain.questions)
        expect(result.source.sha256).toBe(plain.source.sha256)
      }
    })
  }
})
