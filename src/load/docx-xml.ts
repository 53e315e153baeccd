/**
 * @module
 * XML helpers for WordprocessingML: parsing a part with @xmldom/xmldom, and reading `w:` elements and
 * attributes by namespace, so documents that use another prefix or Strict OOXML read the same.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom'
import { InquiryError } from '../errors.js'
import { checkXmlBudget, type XmlBudget } from './xml-budget.js'

export type { Element }

/** The main WordprocessingML namespace: Transitional (what Word writes) and Strict OOXML. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
])
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
export const MATH_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/math'

const ELEMENT_NODE = 1

/**
 * Parses one part of the package; a part that is not well-formed XML makes the document `corrupt`, one over
 * the budget `too_complex` (checked before xmldom builds a node).
 */
export function parseXml(bytes: Uint8Array, part: string, budget: XmlBudget): Element {
  const fail = (cause?: unknown): InquiryError =>
    new InquiryError('corrupt', `The Word document is damaged: its part ${part} is not well-formed XML.`, { cause, details: { part } })
  const parser = new DOMParser({
    onError(level, message) {
      // xmldom recovers from 'warning' and 'error' (e.g. a duplicate attribute); truncation is 'fatalError'
      if (level === 'fatalError') throw new Error(message)
    },
  })
  const xml = decodeXml(bytes)
  checkXmlBudget(xml, part, budget)
  let root: Element | null
  try {
    root = parser.parseFromString(xml, 'application/xml').documentElement
  } catch (error) {
    throw fail(error)
  }
  if (!root) throw fail()
  return root
}

/** XML parts are UTF-8 unless a byte order mark says UTF-16. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

export const isElement = (node: Node | null): node is Element => node !== null && node.nodeType === ELEMENT_NODE

/** Whether `el` is the WordprocessingML element `w:<local>`. */
export const isW = (el: Element, local: string): boolean => el.localName === local && W_NAMESPACES.has(el.namespaceURI ?? '')

export const isWordElement = (el: Element): boolean => W_NAMESPACES.has(el.namespaceURI ?? '')

/** The element children of `parent`, in order. */
export function childElements(parent: Element): Element[] {
  const out: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) if (isElement(node)) out.push(node)
  return out
}

/** The first child `w:<local>` of `parent`, or null. */
export function wChild(parent: Element | null, local: string): Element | null {
  if (!parent) return null
  for (let node = parent.firstChild; node; node = node.nextSibling) if (isElement(node) && isW(node, local)) return node
  return null
}

/** All children `w:<local>` of `parent`. */
export const wChildren = (parent: Element, local: string): Element[] => childElements(parent).filter((el) => isW(el, local))

/** The attribute `w:<local>` (or an unprefixed `<local>`, as some generators write it), or null. */
export function wAttr(el: Element | null, local: string): string | null {
  if (!el) return null
  const node = el.getAttributeNodeNS(el.namespaceURI, local) ?? el.getAttributeNode(local)
  return node ? node.value : null
}

/** `w:val` of the child `w:<local>`, or null when the child or its value is missing. */
export const wChildVal = (parent: Element | null, local: string): string | null => wAttr(wChild(parent, local), 'val')

/** An integer attribute value, or null. */
export function toInt(value: string | null): number | null {
  if (value === null) return null
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) ? n : null
}

/**
 * An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): true, false, or null when the element is absent.
 * ECMA-376 17.17.4: absent `w:val` means on.
 */
export function onOff(el: Element | null): boolean | null {
  if (!el) return null
  const value = wAttr(el, 'val')
  return value === null || !['0', 'false', 'off', 'none'].includes(value.toLowerCase())
}
