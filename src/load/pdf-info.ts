/**
 * @module
 * What a PDF says of itself: the title and dates of its document information (the Info dictionary, else its
 * XMP metadata) and its page labels. Authoring tools fill these with defaults of their own ("Microsoft Word -
 * anfrage.docx", "Dokument1", the file's name, their own name, a zero date), so only what a person could have
 * written is kept. The title and date are the last resort for the inquiry's (src/structure/meta-info.ts, in parse.ts).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import type { DocumentInfo } from '../nodes.js'

/** The longest title kept: a document property, not a paragraph. */
const MAX_TITLE = 200
/** Dates before this year are tools' defaults (1970, 1980, 0000), not when the document was written. */
const FIRST_YEAR = 1990

/** Never throws: a PDF whose information pdf.js cannot read has none. */
export async function readDocumentInfo(doc: PDFDocumentProxy): Promise<DocumentInfo> {
  const [properties, pageLabels] = await Promise.all([doc.getMetadata().catch(() => null), doc.getPageLabels().catch(() => null)])
  const info = (properties?.info ?? {}) as Record<string, unknown>
  const xmp = properties?.metadata ?? null
  const producers = [info['Creator'], info['Producer'], xmp?.get('xmp:creatortool'), xmp?.get('pdf:producer')]
  const modified = pdfDate(info['ModDate']) ?? xmpDate(xmp?.get('xmp:modifydate'))
  const created = pdfDate(info['CreationDate']) ?? xmpDate(xmp?.get('xmp:createdate'))
  // a page a browser printed has the web page's title ("Anfrage Nr. 2024/031 – Ratsinformationssystem"): the site's, not the paper's
  const printedPage = typeof info['Creator'] === 'string' && info['Creator'].startsWith('Mozilla/')
  return {
    title: printedPage ? null : documentTitle(info['Title'] ?? xmp?.get('dc:title'), producers),
    // a file is not made after it was last changed: such a creation date is a tool's error
    created: created && (!modified || created <= modified) ? created : null,
    modified,
    pageLabels: pageLabels && pageLabels.length === doc.numPages ? pageLabels : null,
  }
}

/** A title a person gave the document, or null for a tool's default. */
export function documentTitle(value: unknown, producers: readonly unknown[] = []): string | null {
  if (typeof value !== 'string' || value.length > 4 * MAX_TITLE) return null
  const title = value.replace(/\s+/g, ' ').trim()
  if (title.length < 4 || title.length > MAX_TITLE || !/\p{L}{3}/u.test(title)) return null
  // a file's name or a slug ("bvv-lichtenberg-schulplaetze", "Anfrage_2024"): one word with no space
  if (!title.includes(' ')) return null
  if (/^(?:microsoft|ms)(?: office)? (?:word|excel|powerpoint)\b/i.test(title)) return null
  if (/\.(?:docx?|dotx?|odt|ott|rtf|pdf|txt|html?|xlsx?|pptx?)$/i.test(title)) return null
  if (/^(?:dokument|document|untitled|unbenannt|ohne titel|neues dokument|new document|vorlage|template)(?: \d+)?$/i.test(title))
    return null
  if (producers.some((name) => typeof name === 'string' && name.trim().toLowerCase() === title.toLowerCase())) return null
  return title
}

/** "D:20240312093000+01'00'" → "2024-03-12" (the date as the author's clock had it); null if not a date. */
export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value)
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null
}

/** XMP's "2024-03-12T09:30:00+01:00" → "2024-03-12". */
function xmpDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null
}

function isoDate(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (Number(year) < FIRST_YEAR || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null
  return `${year}-${month}-${day}`
}
