/**
 * @module
 * The plain-JSON trees passed between stages (unist-style: a `type` on every node, JSON round-trippable).
 *
 *   load    bytes            → LoadedDocument  (positioned lines per page, or flow blocks)
 *   layout  LoadedDocument   → Layout          (clean paragraphs + the normalized full text)
 *   structure, answers       → Inquiry         (see schema.ts)
 */
import type { Position, Warning } from './schema.js'

export type Format = 'pdf' | 'docx' | 'text' | 'html' | 'doc' | 'rtf' | 'odt'

/** Word-processor formats: a block is one paragraph, its line breaks are soft breaks inside it. */
export const isWordProcessor = (format: Format): boolean => format === 'docx' || format === 'doc' || format === 'rtf' || format === 'odt'

/** One line of text on a page, as pdf.js (or OCR) placed it. Coordinates in PDF points, origin top-left. */
export type TextLine = {
  type: 'line'
  text: string
  /** left edge of the first glyph */
  x: number
  /** baseline, measured from the top of the page (grows downward) */
  y: number
  width: number
  /** the line's font size (largest item on the line) */
  fontSize: number
  /** most of the line's characters are bold */
  bold: boolean
  /** the weight of the first and the last character, where a bold run starts or stops inside the line */
  boldEnds?: { start: boolean; end: boolean }
  /** OCR confidence 0..1; absent for a text layer */
  confidence?: number
  /** the line's pieces where gaps wider than a word space part it (columns of a table); absent for one piece */
  cells?: LineCell[]
}

/** A piece of a line between wide gaps: its text and its left and right edges. */
export type LineCell = { text: string; x: number; right: number }

export type Page = {
  type: 'page'
  /** 1-based */
  number: number
  width: number
  height: number
  lines: TextLine[]
  /** true when the lines were read by OCR rather than from a text layer */
  ocr?: boolean
  /** OCR pages: the engine's mean confidence over the page's characters, 0..1 */
  ocrConfidence?: number
  /** OCR pages: the engine and model that read the page ("tesseract.js, deu best_int (bundled)") */
  ocrEngine?: string
}

/**
 * A paragraph as a flow format gives it (DOCX, HTML, plain text): no geometry, but structure the format knows.
 * `text` may contain `\n` where the source broke lines (plain text, DOCX soft breaks).
 */
export type Block = {
  type: 'block'
  text: string
  /** list label restored from automatic numbering ("1.", "a)", "II."), or null */
  label: string | null
  /** list nesting level (0 = top) when the format says so */
  level: number | null
  /** heading level 1..6 from the paragraph style, or null */
  heading: number | null
  bold: boolean
  /** true for a table cell turned into a paragraph */
  cell?: boolean
  /** a table of data kept whole: rows of cells (`text` is the same table as text, see layout/tables.ts) */
  table?: string[][]
}

export type LoadedDocument = {
  type: 'document'
  format: Format
  /** page count for PDF, null for flow formats */
  pageCount: number | null
  ocr: boolean
  /** PDF: positioned lines per page */
  pages: Page[]
  /** DOCX, HTML and text: flow paragraphs */
  blocks: Block[]
  warnings: Warning[]
  /** what the file says of itself (PDF: src/load/pdf-info.ts), the last resort for the inquiry's title and date */
  info?: DocumentInfo
}

/** A file's own properties, tools' defaults left out: null where it has none worth keeping. */
export type DocumentInfo = {
  title: string | null
  /** ISO dates (YYYY-MM-DD) */
  created: string | null
  modified: string | null
  /** each page's label ("i", "ii", "A-1") where the file defines labels */
  pageLabels: string[] | null
}

/** A clean paragraph: joined lines, hyphenation undone, list label split from its body. */
export type Paragraph = {
  type: 'paragraph'
  /** label + ' ' + body, or body alone; this is what `position` covers in `Layout.text` */
  text: string
  /** list label as printed ("1.", "2 a)", "Frage 3:", "III.", "•"), or null */
  label: string | null
  body: string
  /** list nesting level when known (DOCX numbering; PDF indentation rank) */
  level: number | null
  /** heading level when known (DOCX style; PDF font size rank), else null */
  heading: number | null
  bold: boolean
  /** left indent in points (PDF), null where unknown */
  indent: number | null
  /** a table of data: rows of cells; `text` and `body` hold it as text, one row a line */
  table?: string[][]
  /** a printer's imprint, a receipt line or a running header ("Eingegangen am …"): asks and answers nothing */
  furniture?: true
  position: Position
}

export type Layout = {
  type: 'layout'
  /** paragraphs' text joined by a blank line: the contract's `text` */
  text: string
  paragraphs: Paragraph[]
  /** PDF: the first page's running header, taken out of the text but still the document's head for its metadata */
  firstHeader?: string[]
  warnings: Warning[]
}
