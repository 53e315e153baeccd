/**
 * @module
 * Hostile PDFs that make pdf.js paint much from little outside a page's own `Do`: annotations' appearances,
 * tiling patterns, and object streams that do not say they are ones. Each page is set in two fonts, so that
 * the loader's operator-list pass (which tells bold faces apart) runs on it; the text layer alone never
 * paints a pattern or an annotation.
 */
import type { HostileKind } from './make.js'
import { buildPdf, type PdfObject } from './build-pdf.js'
import { FONT } from './make-pdf-filters.js'

const BOLD = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
/** The page's text: a title in /F1, a question in /F2. */
export const TWO_FONT_TEXT =
  'BT /F1 11 Tf 72 760 Td (Anfrage zur Sanierung der Turnhalle) Tj ET\nBT /F2 11 Tf 72 740 Td (1. Wann beginnt die Sanierung der Turnhalle?) Tj ET'
/** A form of 4 KB of line drawing: no text, so only its bytes count. */
const LINES_FORM: PdfObject = { dict: '/Type /XObject /Subtype /Form /BBox [0 0 10 10]', stream: '0 0 m 10 10 l S\n'.repeat(250) }
/** Painting the lines form this often is 3.6 MB of content: one such stream is within the page budget (4 MB). */
const PAINTS = 900

const catalog = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [5 0 R] /Count 1 >>', FONT, BOLD]
const page = (resources: string, rest: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> ${resources} >> ${rest} >>`

/**
 * `count` annotations sharing one appearance (object 7) that paints the lines form (object 8) 900 times:
 * pdf.js parses the appearance anew for each annotation (20 took it minutes).
 */
export function annotationsPdf(count: number): Uint8Array {
  const annots = Array.from(
    { length: count },
    (_, i) => `<< /Type /Annot /Subtype /Square /Rect [${i % 500} 10 ${(i % 500) + 10} 20] /AP << /N 7 0 R >> >>`
  )
  return buildPdf([
    ...catalog,
    page('', `/Contents 6 0 R /Annots [${annots.join(' ')}]`),
    { dict: '', stream: TWO_FONT_TEXT },
    {
      dict: '/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Fm0 8 0 R >> >>',
      stream: '/Fm0 Do\n'.repeat(PAINTS),
    },
    LINES_FORM,
  ])
}

/** A tiling pattern's dictionary, with these resources (none when empty: pdf.js then takes its painter's). */
export const tilingPattern = (resources: string) =>
  `/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep 10 /YStep 10 ${resources}`

/**
 * A page filling a square `uses` times with each of `count` tiling patterns (objects 8 on), each pattern
 * painting the lines form (object 7) 900 times: pdf.js parses each pattern once per stream that sets it (5
 * took it a minute). `resources` are each pattern's own; `pageXObjects` the page's /XObject entries.
 */
export function patternsPdf({
  count,
  uses = 1,
  resources = '/Resources << /XObject << /Fm0 7 0 R >> >>',
  pageXObjects = '',
}: {
  count: number
  uses?: number
  resources?: string
  pageXObjects?: string
}): Uint8Array {
  const names = Array.from({ length: count }, (_, i) => `/P${i} ${8 + i} 0 R`).join(' ')
  const fills = Array.from({ length: count }, (_, i) => `/Pattern cs /P${i} scn 0 0 10 10 re f\n`.repeat(uses)).join('')
  const patterns = Array.from({ length: count }, () => ({ dict: tilingPattern(resources), stream: '/Fm0 Do\n'.repeat(PAINTS) }))
  return buildPdf([
    ...catalog,
    page(`/Pattern << ${names} >> ${pageXObjects}`, '/Contents 6 0 R'),
    { dict: '', stream: `${TWO_FONT_TEXT}\n${fills}` },
    LINES_FORM,
    ...patterns,
  ])
}

/**
 * The page dictionary inside an object stream (object 5, as pdf.js finds it by an xref stream's entry) that
 * has /N and /First but no /Type /ObjStm, which pdf.js reads all the same (it checks /N and /First only); its
 * /Contents lists a 100 KB stream (object 6) 1,000 times. As make-pdf-filters.ts's typed one, with /Type gone.
 */
export function untypedObjectStreamPdf(): Uint8Array {
  const hidden = page('', `/Contents [${'6 0 R '.repeat(1000)}]`)
  return buildPdf([
    ...catalog,
    { dict: `/N 1 /First ${'5 0 '.length}`, stream: `5 0 ${hidden}` },
    { dict: '', stream: `${TWO_FONT_TEXT} ${' '.repeat(100 * 1024)}` },
  ])
}

export const PDF_PAINT_KINDS: readonly HostileKind[] = [
  {
    name: 'pdf-annotations-shared',
    what: '2,000 annotations sharing one appearance that paints a 4 KB form 900 times',
    build: () => annotationsPdf(2000),
    expect: [],
    ok: true,
  },
  {
    name: 'pdf-patterns-painted',
    what: 'a page set with 5 tiling patterns, each painting a 4 KB form 900 times',
    build: () => patternsPdf({ count: 5 }),
    expect: ['too_complex'],
    ok: false,
  },
  {
    name: 'pdf-objstm-untyped',
    what: 'a page inside an object stream without /Type /ObjStm, listing a 100 KB stream 1,000 times',
    build: untypedObjectStreamPdf,
    expect: ['too_complex'],
    ok: false,
  },
]
