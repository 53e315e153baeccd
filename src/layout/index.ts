/**
 * @module
 * Layout: a LoadedDocument → clean paragraphs and the normalized full text.
 */
import { Deadline } from '../limits.js'
import type { Layout, LoadedDocument } from '../nodes.js'
import { blocksToDrafts } from './flow.js'
import { assembleLayout } from './paragraphs.js'
import { pagesToDrafts } from './pages.js'

export type LayoutOptions = {
  /** the parse's deadline (`timeoutMs`), checked between pages and between blocks */
  deadline?: Deadline
}

export function layoutDocument(doc: LoadedDocument, { deadline = new Deadline(0) }: LayoutOptions = {}): Layout {
  if (doc.format === 'pdf') {
    const { drafts, warnings, firstHeader } = pagesToDrafts(doc.pages, deadline)
    const layout = assembleLayout(drafts, [...doc.warnings, ...warnings])
    return firstHeader.length > 0 ? { ...layout, firstHeader } : layout
  }
  return assembleLayout(blocksToDrafts(doc.blocks, doc.format, deadline), doc.warnings)
}

export { splitLabel, type SplitLabel, type LabelKind } from './label.js'
export { joinLines } from './hyphenation.js'
