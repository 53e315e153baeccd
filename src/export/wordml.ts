/**
 * @module
 * A small WordprocessingML writer: a list of styled paragraphs in, the bytes of a .docx out (zipped with fflate).
 * Ours rather than the `docx` package because the Worker bundle has about 40 KiB of room left and that package
 * alone is several times more (see docs/export.md); a reply template needs paragraphs, four styles and bold or
 * italic runs, which is all this writes.
 */
import { strToU8, zipSync } from 'fflate'

/** The paragraph styles the template uses, declared in styles.xml. */
export type DocxStyle = 'Title' | 'Heading1' | 'Heading2' | 'Quote' | 'Normal' | 'Placeholder'

export type DocxRun = { text: string; bold?: boolean; italic?: boolean }
/** `indent`: the left indent in twentieths of a point, beside the style's own; `table`: rows of cells instead of runs */
export type DocxParagraph = { style?: DocxStyle; indent?: number; runs: DocxRun[]; table?: readonly (readonly string[])[] }

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'

/** The .docx of `paragraphs`, with `title` in its core properties. Deterministic: the same input, the same bytes. */
export function writeDocx(paragraphs: readonly DocxParagraph[], title: string): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${DOCUMENT_TYPE}"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${STYLES_TYPE}"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `</Types>`
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `</Relationships>`
    ),
    'docProps/core.xml': xml(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${escapeXml(title)}</dc:title><dc:language>de-DE</dc:language></cp:coreProperties>`
    ),
    'word/_rels/document.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`
    ),
    'word/styles.xml': xml(STYLES),
    'word/document.xml': xml(`<w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraphXml).join('')}${SECTION}</w:body></w:document>`),
  }
  // a fixed date keeps the bytes deterministic (the ZIP stores a modification time per entry)
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) })
}

function paragraphXml(paragraph: DocxParagraph): string {
  if (paragraph.table) return tableXml(paragraph.table)
  const style = paragraph.style && paragraph.style !== 'Normal' ? `<w:pStyle w:val="${paragraph.style}"/>` : ''
  const indent = paragraph.indent ? `<w:ind w:left="${QUOTE_INDENT + paragraph.indent}"/>` : ''
  const props = style || indent ? `<w:pPr>${style}${indent}</w:pPr>` : ''
  return `<w:p>${props}${paragraph.runs.map(runXml).join('')}</w:p>`
}

/** A table with single borders, each cell one paragraph. */
function tableXml(rows: readonly (readonly string[])[]): string {
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')
  const cell = (text: string): string => `<w:tc><w:p>${runXml({ text })}</w:p></w:tc>`
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0)
  const grid = `<w:tblGrid>${'<w:gridCol/>'.repeat(columns)}</w:tblGrid>`
  const body = rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>${grid}${body}</w:tbl>`
}

function runXml(run: DocxRun): string {
  const props = (run.bold ? '<w:b/>' : '') + (run.italic ? '<w:i/>' : '')
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`
}

const xml = (body: string): Uint8Array => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`)

/** Text as XML character data; characters XML 1.0 forbids (controls but tab and line breaks) are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

// A4 with 2.5 cm margins
const SECTION = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`

/** The Quote style's left indent (1 cm); a paragraph's own indent counts from it. */
const QUOTE_INDENT = 567

const style = (id: string, name: string, paragraph: string, run: string): string =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr>${paragraph}</w:pPr><w:rPr>${run}</w:rPr></w:style>`

const STYLES =
  `<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  style('Title', 'Title', '<w:spacing w:after="240"/>', '<w:b/><w:sz w:val="32"/>') +
  style(
    'Heading1',
    'heading 1',
    '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
    '<w:b/><w:sz w:val="26"/>'
  ) +
  style('Heading2', 'heading 2', '<w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/>', '<w:b/>') +
  style('Quote', 'Quote', `<w:keepNext/><w:ind w:left="${QUOTE_INDENT}"/>`, '<w:i/>') +
  style('Placeholder', 'Platzhalter', '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>', '<w:color w:val="595959"/>') +
  `</w:styles>`
