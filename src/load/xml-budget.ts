/**
 * @module
 * A linear pre-scan of an XML part before xmldom sees it. xmldom spends about 1 KB of memory per element and
 * recurses with the nesting, so a small part of a million tiny or deeply nested elements would exhaust a Worker
 * isolate (or Node's heap) long before a paragraph is read. One pass over the tags counts elements, paragraphs
 * and depth, and refuses the part with `too_complex` as soon as one of them is over its budget.
 */
import { InquiryError } from '../errors.js'

export type XmlBudget = { maxDepth: number; maxXmlElements: number; maxParagraphs: number }

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const QUOTE = 0x22
const APOSTROPHE = 0x27

/** Throws `too_complex` when the part nests deeper, or holds more elements or paragraphs (`*:p`), than allowed. */
export function checkXmlBudget(xml: string, part: string, budget: XmlBudget): void {
  let depth = 0
  let elements = 0
  let paragraphs = 0
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at)) {
    const next = xml.charCodeAt(at + 1)
    if (next === SLASH) {
      depth--
      at = endOf(xml, at, '>')
    } else if (next === 0x3f /* ? */) {
      at = endOf(xml, at, '?>')
    } else if (next === 0x21 /* ! */) {
      at = endOfDeclaration(xml, at)
    } else {
      const end = endOfTag(xml, at)
      if (isParagraphTag(xml, at + 1)) paragraphs++
      elements++
      if (xml.charCodeAt(end - 2) !== SLASH) depth++
      if (depth > budget.maxDepth)
        throw tooComplex(part, `nests elements more than ${budget.maxDepth} levels deep`, { maxDepth: budget.maxDepth })
      if (elements > budget.maxXmlElements)
        throw tooComplex(part, `holds more than ${budget.maxXmlElements} XML elements`, { maxXmlElements: budget.maxXmlElements })
      if (paragraphs > budget.maxParagraphs)
        throw tooComplex(part, `holds more than ${budget.maxParagraphs} paragraphs`, { maxParagraphs: budget.maxParagraphs })
      at = end
    }
    // a part cut off inside a tag: xmldom reports it as not well-formed
    if (at === -1) return
  }
}

const tooComplex = (part: string, what: string, details: Record<string, number>): InquiryError =>
  new InquiryError('too_complex', `The Word document's part ${part} ${what}, more than the parser reads.`, {
    details: { part, ...details },
  })

/** The index just past the next `close` after `at`, or -1. */
function endOf(xml: string, at: number, close: string): number {
  const end = xml.indexOf(close, at + 1)
  return end === -1 ? -1 : end + close.length
}

/** Comments, CDATA sections and a DOCTYPE (whose internal subset may hold '>'). */
function endOfDeclaration(xml: string, at: number): number {
  if (xml.startsWith('<!--', at)) return endOf(xml, at, '-->')
  if (xml.startsWith('<![CDATA[', at)) return endOf(xml, at, ']]>')
  const close = xml.indexOf('>', at)
  const subset = xml.indexOf('[', at)
  return subset !== -1 && (close === -1 || subset < close) ? endOf(xml, subset, ']>') : close === -1 ? -1 : close + 1
}

/** The index just past the '>' that closes the start tag at `at`; a '>' inside an attribute value does not. */
function endOfTag(xml: string, at: number): number {
  let quote = 0
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === QUOTE || c === APOSTROPHE) quote = c
    else if (c === GT) return i + 1
    else if (c === LT) return i
  }
  return -1
}

/** Whether the tag name starting at `at` has the local name "p" (`w:p`, or another prefix). */
function isParagraphTag(xml: string, at: number): boolean {
  // names are short: looking at most this far keeps the scan linear
  const limit = Math.min(xml.length, at + 64)
  let local = at
  for (let i = at; i < limit; i++) {
    const c = xml.charCodeAt(i)
    if (c === 0x3a /* : */) local = i + 1
    else if (c === GT || c === SLASH || c <= 0x20) return i === local + 1 && xml.charCodeAt(local) === 0x70 /* p */
  }
  return false
}
