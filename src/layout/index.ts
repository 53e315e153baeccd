/**
 * @module
 * Layout: a LoadedDocument → clean paragraphs and the normalized full text.
 */
import type { Layout, LoadedDocument } from '../nodes.js'
import { blocksToDrafts } from './flow.js'
import { assembleLayout } from './paragraphs.js'
import { pagesToDrafts } from './pages.js'

export function layoutDocument(doc: LoadedDocument): Layout {
  if (doc.format === 'pdf') {
    const { drafts, warnings } = pagesToDrafts(doc.pages)
    return assembleLayout(drafts, [...doc.warnings, ...warnings])
  }
  return assembleLayout(blocksToDrafts(doc.blocks, doc.format), doc.warnings)
}

export { splitLabel, type SplitLabel, type LabelKind } from './label.js'
export { joinLines } from './hyphenation.js'
