/**
 * @module
 * Two documents — an inquiry and its reply in a file of its own — as one layout: the reply's paragraphs follow
 * the inquiry's, its positions shifted into the joined text. Page numbers stay those of each file.
 */
import type { Layout } from '../nodes.js'

const SEPARATOR = '\n\n'

export type JoinedLayout = { layout: Layout; replyFrom?: number }

export function joinLayouts(inquiry: Layout, reply?: Layout): JoinedLayout {
  if (!reply) return { layout: inquiry }
  const shift = inquiry.text === '' ? 0 : inquiry.text.length + SEPARATOR.length
  const moved = reply.paragraphs.map((p) => ({
    ...p,
    position: { ...p.position, start: p.position.start + shift, end: p.position.end + shift },
  }))
  const text = inquiry.text === '' ? reply.text : `${inquiry.text}${SEPARATOR}${reply.text}`
  return {
    layout: {
      type: 'layout',
      text,
      paragraphs: [...inquiry.paragraphs, ...moved],
      // the inquiry's head is the joined document's: its first page's header (the reply's heads its own part)
      ...(inquiry.firstHeader ? { firstHeader: inquiry.firstHeader } : {}),
      warnings: [...inquiry.warnings, ...reply.warnings],
    },
    replyFrom: inquiry.paragraphs.length,
  }
}
