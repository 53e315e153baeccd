/**
 * @module
 * The DOCX package (a ZIP of XML parts): unzips only the parts the loader reads and finds them through the
 * package relationships, as Word does, instead of trusting the usual file names.
 */
import { unzipSync, type Unzipped } from 'fflate'
import { InquiryError } from '../errors.js'
import { childElements, parseXml, type Element } from './docx-xml.js'

/** The parsed parts the loader needs; styles and numbering are optional in a valid package. */
export type DocxPackage = {
  document: Element
  styles: Element | null
  numbering: Element | null
}

/** An XML part bigger than this (uncompressed) is refused rather than inflated into memory. */
const MAX_PART_BYTES = 256 * 1024 * 1024
const DEFAULT_DOCUMENT = 'word/document.xml'

export function openPackage(bytes: Uint8Array): DocxPackage {
  const files = unzipXmlParts(bytes)
  const documentPath = mainDocumentPath(files)
  const document = files[documentPath]
  if (!document) throw new InquiryError('corrupt', 'The Word document is damaged: it has no main document part.')
  const related = relatedParts(files, documentPath)
  const part = (type: string): Element | null => {
    const path = related.get(type)
    const data = path ? files[path] : undefined
    return data ? parseXml(data, path!) : null
  }
  return { document: parseXml(document, documentPath), styles: part('styles'), numbering: part('numbering') }
}

/** Unzips the XML and relationship parts under word/ and _rels/; media and fonts are skipped. */
function unzipXmlParts(bytes: Uint8Array): Unzipped {
  try {
    return unzipSync(bytes, {
      filter(file) {
        const wanted = /^(word\/|_rels\/)/.test(file.name) && /\.(xml|rels)$/.test(file.name) && !file.name.includes('/media/')
        if (wanted && file.originalSize > MAX_PART_BYTES) {
          throw new InquiryError('too_large', `The Word document's part ${file.name} is larger than ${MAX_PART_BYTES >> 20} MiB uncompressed.`)
        }
        return wanted
      },
    })
  } catch (error) {
    if (error instanceof InquiryError) throw error
    throw new InquiryError('corrupt', 'The Word document is damaged or incomplete: its ZIP container cannot be read.', { cause: error })
  }
}

/** `_rels/.rels` names the main document part (officeDocument); it is word/document.xml in practice. */
function mainDocumentPath(files: Unzipped): string {
  const rels = files['_rels/.rels']
  if (!rels) return DEFAULT_DOCUMENT
  const target = readRelationships(rels, '_rels/.rels', '').get('officeDocument')
  return target && files[target] ? target : DEFAULT_DOCUMENT
}

/** The parts the main document relates to, by relationship type ("styles", "numbering", …). */
function relatedParts(files: Unzipped, documentPath: string): Map<string, string> {
  const slash = documentPath.lastIndexOf('/')
  const folder = documentPath.slice(0, slash + 1)
  const relsPath = `${folder}_rels/${documentPath.slice(slash + 1)}.rels`
  const rels = files[relsPath]
  const found = rels ? readRelationships(rels, relsPath, folder) : new Map<string, string>()
  // a package without relationships for them still counts on the conventional names
  for (const type of ['styles', 'numbering']) {
    if (!found.has(type) && files[`${folder}${type}.xml`]) found.set(type, `${folder}${type}.xml`)
  }
  return found
}

/** Relationship type (last path segment of its URI) → target path inside the package. */
function readRelationships(data: Uint8Array, path: string, base: string): Map<string, string> {
  const targets = new Map<string, string>()
  for (const rel of childElements(parseXml(data, path))) {
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
