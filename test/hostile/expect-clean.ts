/**
 * @module
 * The one assertion every hostile regression test makes: the file ends cleanly. Either it parses, within the
 * budgets, into a result that the package's own schema accepts (where the kind allows a parse at all), or it
 * is refused with an InquiryError whose code is one the kind expects. Anything else (a raw exception, a
 * promise rejection left unhandled after the parse) fails the test.
 */
import { expect } from 'vitest'
import { InquiryError } from '../../src/errors.js'
import { parseInquiry } from '../../src/parse.js'
import { Inquiry } from '../../src/schema.js'
import type { HostileKind } from './make.js'

export type Clean = { result: Inquiry; error?: undefined } | { result?: undefined; error: InquiryError }

/** Parses the kind's file (small size unless given other bytes) and asserts a clean end; returns it. */
export async function expectClean(kind: HostileKind, bytes: Uint8Array = kind.build(false)): Promise<Clean> {
  const rejections: unknown[] = []
  const onRejection = (reason: unknown) => rejections.push(reason)
  process.on('unhandledRejection', onRejection)
  try {
    const clean = await parseInquiry(bytes).then(
      (result): Clean => ({ result }),
      (error: unknown): Clean => {
        if (error instanceof InquiryError) return { error }
        throw error
      }
    )
    // pdf.js tasks that outlive the parse settle within a few turns of the event loop
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(rejections, `${kind.name}: promise rejections left unhandled`).toEqual([])
    if (clean.error) expect(kind.expect, `${kind.name} was refused: ${clean.error.message}`).toContain(clean.error.code)
    else {
      expect(kind.ok, `${kind.name} parsed, but must be refused with ${kind.expect.join(' or ')}`).toBe(true)
      expect(Inquiry.safeParse(clean.result).error).toBeUndefined()
    }
    return clean
  } finally {
    process.off('unhandledRejection', onRejection)
  }
}
