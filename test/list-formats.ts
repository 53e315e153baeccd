/**
 * @module
 * One inquiry with its reply written in every format the parser reads, for the twin tests of lists inside an
 * answer (`answers-list-twins.test.ts`): plain text with the list in its lead-in's block and one item a block,
 * Markdown, HTML, DOCX, ODT, RTF and PDF, each the way its writer sets a list (automatic numbering in DOCX and
 * ODT, `<ol>`/`<ul>` in HTML, `\listtext` in RTF, printed labels in text and PDF).
 */
import { abstractNum, buildDocx, level, num, p } from '../fixtures/make/docx/docx-builder.js'
import { deflated, odtPackage } from './archives/odt-zip.js'
import { textPdf } from './hostile/build-pdf.js'

/** A paragraph, or a list: numbered ("1.", "2.", …) or bulleted. */
export type Piece = string | { numbered: boolean; items: string[] }

export type Letter = { head: string[]; questions: string[]; replyHeading: string; reply: Piece[] }

const bytes = (text: string) => new TextEncoder().encode(text)

const label = (numbered: boolean, i: number) => (numbered ? `${i + 1}.` : '-')

/** The questions as a numbered list after the head, the reply after its heading. */
const pieces = (letter: Letter): Piece[] => [
  ...letter.head,
  { numbered: true, items: letter.questions },
  letter.replyHeading,
  ...letter.reply,
]

/** Plain text, paragraphs parted by blank lines; a list in its lead-in's block (`apart`: one item a block). */
export function plainText(letter: Letter, apart = false): Uint8Array {
  const blocks: string[] = []
  for (const piece of pieces(letter)) {
    if (typeof piece === 'string') blocks.push(piece)
    else {
      const lines = piece.items.map((item, i) => `${label(piece.numbered, i)} ${item}`)
      if (apart) blocks.push(...lines)
      else blocks[blocks.length - 1] += `\n${lines.join('\n')}`
    }
  }
  return bytes(`${blocks.join('\n\n')}\n`)
}

/** Markdown: a list is a block of its own after a blank line, its items on consecutive lines. */
export const markdown = (letter: Letter): Uint8Array =>
  bytes(
    `${pieces(letter)
      .map((piece) => (typeof piece === 'string' ? piece : piece.items.map((item, i) => `${label(piece.numbered, i)} ${item}`).join('\n')))
      .join('\n\n')}\n`
  )

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export function html(letter: Letter): Uint8Array {
  const body = pieces(letter).map((piece) => {
    if (typeof piece === 'string') return `<p>${escape(piece)}</p>`
    const tag = piece.numbered ? 'ol' : 'ul'
    return `<${tag}>${piece.items.map((item) => `<li>${escape(item)}</li>`).join('')}</${tag}>`
  })
  return bytes(
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Anfrage</title></head><body>${body.join('\n')}</body></html>`
  )
}

/** Word's automatic numbering: each numbered list a list instance of its own (numId 1, 2, …), bullets numId 99. */
export function docx(letter: Letter): Uint8Array {
  let lists = 0
  const body = pieces(letter).map((piece) => {
    if (typeof piece === 'string') return p(piece)
    const numId = piece.numbered ? ++lists : 99
    return piece.items.map((item) => p(item, { num: [numId, 0] })).join('')
  })
  // instances of one abstract list go on counting, as in Word, unless each starts again at 1
  const instances = Array.from({ length: lists }, (_, i) => num(i + 1, 1, { 0: 1 })).join('')
  const numbering =
    abstractNum(1, [level(0, { format: 'decimal', text: '%1.' })]) +
    abstractNum(2, [level(0, { format: 'bullet', text: '•' })]) +
    `${instances}${num(99, 2)}`
  return buildDocx({ body: body.join(''), numbering })
}

const ODT_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
].join(' ')
const ODT_STYLES = `<office:automatic-styles>
  <text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>
  <text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>`

export function odt(letter: Letter): Uint8Array {
  const body = pieces(letter).map((piece) => {
    if (typeof piece === 'string') return `<text:p>${escape(piece)}</text:p>`
    const items = piece.items.map((item) => `<text:list-item><text:p>${escape(item)}</text:p></text:list-item>`).join('')
    return `<text:list text:style-name="${piece.numbered ? 'N' : 'B'}">${items}</text:list>`
  })
  const content = `<?xml version="1.0"?><office:document-content ${ODT_NS}>${ODT_STYLES}<office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`
  return odtPackage([deflated('content.xml', content)])
}

/** RTF as Word writes it: the printed label in `\listtext`, letters beyond ASCII as `\'hh` (Windows-1252). */
export function rtf(letter: Letter): Uint8Array {
  const encode = (s: string) =>
    s.replace(/[\\{}]/g, '\\$&').replace(/[^\x20-\x7e]/g, (c) => (c === '•' ? "\\'95" : `\\'${c.charCodeAt(0).toString(16)}`))
  const body = pieces(letter).map((piece) => {
    if (typeof piece === 'string') return `\\pard ${encode(piece)}\\par\n`
    return piece.items.map((item, i) => `\\pard{\\listtext ${piece.numbered ? `${i + 1}.` : "\\'95"}\\tab}${encode(item)}\\par\n`).join('')
  })
  return bytes(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n${body.join('')}}`)
}

/** A PDF printed one paragraph a line, an empty line between paragraphs (not between a list's items). */
export function pdf(letter: Letter): Uint8Array {
  const lines: string[] = []
  for (const piece of pieces(letter)) {
    if (typeof piece === 'string') lines.push(piece, '')
    else lines.push(...piece.items.map((item, i) => `${label(piece.numbered, i)} ${item}`), '')
  }
  const pages: string[][] = []
  for (let i = 0; i < lines.length; i += 44) pages.push(lines.slice(i, i + 44))
  return textPdf(pages)
}

export const FORMATS = {
  'text, a list in its lead-in block': (l: Letter) => plainText(l),
  'text, one item a block': (l: Letter) => plainText(l, true),
  markdown,
  html,
  docx,
  odt,
  rtf,
  pdf,
} as const
