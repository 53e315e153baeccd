/**
 * @module
 * The file's own properties (a PDF's document information, `LoadedDocument.info`) as the last resort for the
 * inquiry's title and date: taken only where the text gives none, because a title property is often a working
 * title and a creation date is the day the file was made. A file that holds the reply as well was made with the
 * reply, so its creation date is not the inquiry's.
 */
import type { DocumentInfo } from '../nodes.js'
import type { Meta } from '../schema.js'

/** "Kleine Anfrage Nr. 12/2024 – Straßenbeleuchtung": the kind and number before the subject, as the text's title leaves them. */
const KIND_PREFIX = /^(?:(?:kleine|große|grosse|schriftliche|mündliche) )?anfrage(?: nr\. ?[\d/.-]+)?(?: [–-])? (?=\p{L})/iu

export function withDocumentInfo(meta: Meta, info: DocumentInfo | undefined, hasReply: boolean): Meta {
  if (!info) return meta
  const title = meta.title ?? (info.title && info.title.replace(KIND_PREFIX, ''))
  const date = meta.date ?? (hasReply ? null : info.created)
  return { ...meta, title: title || null, date }
}
