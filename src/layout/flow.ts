/**
 * @module
 * Flow blocks (DOCX paragraphs, blank-line separated plain text) → draft paragraphs.
 *
 * Plain text comes in two shapes: one paragraph per line (Word's "save as text"), or hard-wrapped lines
 * (extracted from a PDF, typed in an editor). Wrapped lines are joined; a new paragraph starts where a line
 * carries a list label after a finished sentence, or after a short line that ends a sentence.
 */
import { maxOf, pushAll } from '../arrays.js'
import { Deadline } from '../limits.js'
import { isWordProcessor, type Block, type Format } from '../nodes.js'
import { partGluedMarkers } from './glued.js'
import { joinParagraphLines } from './hyphenation.js'
import { splitLabel } from './label.js'
import { draftFrom, type Draft } from './paragraphs.js'
import { splitRunOn, startsWithMarker } from './run-on.js'

/** Wrap widths stay below this; a text with longer lines has one paragraph per line. */
const UNWRAPPED_LINE = 110
/**
 * Up to this width, lines may still be wrapped where nearly all of them reach close to the width (a letter
 * typed at 116 columns): one paragraph per line gives lines of every length.
 */
const WIDE_WRAP_LINE = 160

/** A line this long holds several paragraphs: its line breaks were lost. */
const LOST_BREAKS_LINE = 1200

const SENTENCE_END = /[.?!:;]["“”'»)]*$/

export function blocksToDrafts(blocks: readonly Block[], format: Format, deadline = new Deadline(0)): Draft[] {
  const parted = blocks.map((b) => (b.table ? b : { ...b, text: partGluedMarkers(b.text) }))
  const flow = format === 'text' ? joinBrokenBlocks(parted) : parted
  const width = lineWidth(flow)
  const wrapped = format === 'text' && isWrapped(flow, width)
  const lost = format === 'text' && lostLineBreaks(flow)
  return flow.flatMap((block, n) => {
    deadline.check(`layout, block ${n + 1}`)
    const props = { label: block.label, level: block.level, heading: block.heading, bold: block.bold, page: null }
    if (block.table) return [draftFrom(block.text, { ...props, table: block.table })]
    if (block.label !== null || isWordProcessor(format)) return [draftFrom(joinParagraphLines(block.text.split('\n')), props)]
    if (format === 'html') return splitAtLabelledLines(block.text.split('\n')).map((lines) => draftFrom(joinParagraphLines(lines), props))
    const groups = wrapped ? groupWrappedLines(block.text.split('\n'), width) : block.text.split('\n').map((l) => [l])
    return mergeBareLabels(groups).flatMap((lines) => splitRunOn(joinParagraphLines(lines), lost).map((text) => draftFrom(text, props)))
  })
}

/**
 * A sentence cut by a blank line (a page break in extracted text) goes on in the next block: join them. Only
 * where the line before the cut is a full line: short lines in a letterhead ("A N T W O R T" / "zu der") stay.
 */
function joinBrokenBlocks(blocks: readonly Block[]): Block[] {
  const width = lineWidth(blocks)
  const joined: Block[] = []
  // the last line of the text joined so far, which ends with the last block: never re-split the growing text
  let lastLine = ''
  for (const block of blocks) {
    const last = joined[joined.length - 1]
    const next = block.text.trimStart()
    const runsOn = /^\p{Ll}/u.test(next) && !/^\S+:/u.test(next)
    const cut = last && lastLine.length >= 0.7 * width && !SENTENCE_END.test(lastLine) && (runsOn || /\p{L}-$/u.test(lastLine))
    if (cut) joined[joined.length - 1] = { ...last, text: `${last.text}\n${block.text}` }
    else joined.push(block)
    lastLine = lastLineOf(block.text)
  }
  return joined
}

function lastLineOf(text: string): string {
  const trimmed = text.trimEnd()
  return trimmed.slice(trimmed.lastIndexOf('\n') + 1)
}

/** The length most full lines reach: the wrap width of wrapped text. */
function lineWidth(blocks: readonly Block[]): number {
  const sorted = blocks
    .flatMap((b) =>
      b.text
        .split('\n')
        .map((l) => l.trim().length)
        .filter((n) => n > 0)
    )
    .sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * 0.9)] ?? 0
}

/** Lines far longer than any paragraph's: a web page's text, a database field, a copy from a browser. */
function lostLineBreaks(blocks: readonly Block[]): boolean {
  const lines = blocks.flatMap((b) => b.text.split('\n'))
  const chars = lines.reduce((sum, l) => sum + l.length, 0)
  return lines.some((l) => l.length >= LOST_BREAKS_LINE) || chars / lines.length >= LOST_BREAKS_LINE / 2
}

function isWrapped(blocks: readonly Block[], width: number): boolean {
  if (width > WIDE_WRAP_LINE) return false
  const inner = blocks.flatMap((b) =>
    b.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .slice(0, -1)
  )
  const midSentence = inner.filter((l) => !SENTENCE_END.test(l)).length
  if (inner.length === 0 || midSentence / inner.length < 0.5) return false
  if (width <= UNWRAPPED_LINE) return true
  // the running lines (not a letterhead's or an address's short ones) end close to the width
  const running = inner.filter((l) => l.length >= SHORT_LINE)
  return running.length > 0 && running.filter((l) => l.length >= 0.75 * width).length / running.length >= 0.8
}

/** Groups one block's wrapped lines into paragraphs. */
function groupWrappedLines(lines: readonly string[], documentWidth: number): string[][] {
  // the block's own widest line: text extracted from columns wraps at a different width in each; but a
  // block of short lines (a cover page: "Antwort" / "der Bundesregierung") is short against the document
  const width = maxOf(
    lines.map((l) => l.trim().length),
    0.8 * documentWidth
  )
  const shown = lines.map((l) => l.trim()).filter((l) => l !== '')
  const groups: string[][] = []
  shown.forEach((line, i) => {
    const current = groups[groups.length - 1]
    if (!current || startsParagraph(shown[i - 1]!, line, shown.slice(i, i + 3).join(' '), width)) groups.push([line])
    else current.push(line)
  })
  return groups
}

/** `ahead`: this line and the next few, to see where the sentence it starts ends. */
function startsParagraph(previous: string, line: string, ahead: string, width: number): boolean {
  const ended = SENTENCE_END.test(previous)
  // a line that stops well short of the wrap width ended its paragraph: a heading, a title, a closing line
  const short = previous.length < 0.6 * width
  if (splitLabel(line) !== null && (ended || short || isBareLabel(previous))) return true
  if (startsWithMarker(line) || answersAfterQuestion(previous, ahead)) return true
  return short && (ended || (/^\p{Lu}/u.test(line) && !/-$/.test(previous)))
}

/**
 * A question ends its line and the next line starts a sentence that does not ask: the answer, which one
 * newline alone parts from the question ("…aufgeschlüsselt?" / "Die Landesregierung …").
 */
function answersAfterQuestion(previous: string, ahead: string): boolean {
  if (!/\?["“”»)]?$/u.test(previous) || !/^[„"“]?\p{Lu}/u.test(ahead)) return false
  if (/^(?:Bitte|Wenn|Falls|Sofern|Soweit|Und|Oder|Inwie\w*)\b/u.test(ahead)) return false
  const sentence = /^[^.?!]{0,300}[.?!]/u.exec(ahead)
  return sentence !== null && !sentence[0].endsWith('?')
}

const isBareLabel = (line: string): boolean => {
  const split = splitLabel(`${line} x`)
  return split !== null && split.body === 'x'
}

/** A word broken at the line's end goes on in lower case on the next line: "… TÜV-Kontrollen für Wind-" / "räder? …". */
function brokenWord(last: readonly string[], group: readonly string[]): boolean {
  return /\p{Ll}-$/u.test(last[last.length - 1]!.trimEnd()) && /^\p{Ll}/u.test(group[0]!.trimStart())
}

/** Lines this short, all of them, are an address, a letterhead or a signature: a paragraph each. */
const SHORT_LINE = 60

/**
 * A web page's line break (`<br>`, a line of `<pre>`) starts a new paragraph where the line carries a list
 * label, and at every line of a block of short lines.
 */
function splitAtLabelledLines(lines: readonly string[]): string[][] {
  if (lines.length > 1 && lines.every((l) => l.trim().length < SHORT_LINE)) return lines.filter((l) => l.trim() !== '').map((l) => [l])
  const groups: string[][] = []
  for (const line of lines) {
    const current = groups[groups.length - 1]
    if (line.trim() === '') continue
    if (!current || splitLabel(line.trim()) !== null) groups.push([line])
    else current.push(line)
  }
  return mergeBareLabels(groups)
}

/** A label printed on a line of its own ("1." then the question below) belongs to the next line. */
function mergeBareLabels(groups: string[][]): string[][] {
  const merged: string[][] = []
  for (const group of groups) {
    const last = merged[merged.length - 1]
    if (last && ((last.length === 1 && isBareLabel(last[0]!.trim())) || brokenWord(last, group))) pushAll(last, group)
    else merged.push([...group])
  }
  return merged
}
