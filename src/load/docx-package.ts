/**
 * @module
 * The DOCX package (a ZIP of XML parts): unzips only the parts the loader reads and finds them through the
 * package relationships, as Word does, instead of trusting the usual file names.
 */
import { InquiryError } from '../errors.js'
import type { Limits } from '../limits.js'
import { childElements, parseXml, type Element } from './docx-xml.js'
import type { XmlBudget } from './xml-budget.js'
import { openZip } from './zip.js'

/** The parsed parts the loader needs; styles and numbering are optional in a valid package. */
export type DocxPackage = {
  document: Element
  styles: Element | null
  numbering: Element | null
}

const DEFAULT_DOCUMENT = 'word/document.xml'

/** A ZIP archive whose entries are read as XML, all within one budget. */
type Parts = { has(path: string): boolean; xml(path: string): Element | null }

export function openPackage(bytes: Uint8Array, limits: Limits): DocxPackage {
  const parts = openParts(bytes, limits)
  const documentPath = mainDocumentPath(parts)
  const document = parts.xml(documentPath)
  if (!document) throw new InquiryError('corrupt', 'The Word document is damaged: it has no main document part.')
  const related = relatedParts(parts, documentPath)
  const part = (type: string): Element | null => {
    const path = related.get(type)
    return path ? parts.xml(path) : null
  }
  return { document, styles: part('styles'), numbering: part('numbering') }
}

/** Only the parts asked for are unpacked: media, fonts, headers and comments never are. */
function openParts(bytes: Uint8Array, limits: Limits): Parts {
  const zip = openZip(bytes, { maxUnpackedBytes: limits.maxUnpackedBytes, maxEntryBytes: limits.maxXmlBytes })
  const budget: XmlBudget = limits
  return {
    has: (path) => zip.has(path),
    xml(path) {
      const data = zip.read(path)
      return data ? parseXml(data, path, budget) : null
    },
  }
}

/** `_rels/.rels` names the main document part (officeDocument); it is word/document.xml in practice. */
function mainDocumentPath(parts: Parts): string {
  const rels = parts.xml('_rels/.rels')
  if (!rels) return DEFAULT_DOCUMENT
  const target = readRelationships(rels, '').get('officeDocument')
  return target && parts.has(target) ? target : DEFAULT_DOCUMENT
}

/** The parts the main document relates to, by relationship type ("styles", "numbering", …). */
function relatedParts(parts: Parts, documentPath: string): Map<string, string> {
  const slash = documentPath.lastIndexOf('/')
  const folder = documentPath.slice(0, slash + 1)
  const rels = parts.xml(`${folder}_rels/${documentPath.slice(slash + 1)}.rels`)
  const found = rels ? readRelationships(rels, folder) : new Map<string, string>()
  // a package without relationships for them still counts on the conventional names
  for (const type of ['styles', 'numbering']) {
    if (!found.has(type) && parts.has(`${folder}${type}.xml`)) found.set(type, `${folder}${type}.xml`)
  }
  return found
}

/** Relationship type (last path segment of its URI) → target path inside the package. */
function readRelationships(root: Element, base: string): Map<string, string> {
  const targets = new Map<string, string>()
  for (const rel of childElements(root)) {
    const type = rel.getAttribute('Type')?.split('/').pop()
    const target = rel.getAttribute('Target')
    if (!type || !target || rel.getAttribute('TargetMode') === 'External' || targets.has(type)) continue
    targets.set(type, resolveTarget(base, target))
  }
  return targets
}

/** Resolves a relationship target ("numbering.xml", "/word/numbering.xml", "../word/x.xml") against its folder. */
function resolveTarget(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/').filter(Boolean)
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/')
}
