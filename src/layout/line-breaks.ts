/**
 * @module
 * Where a new paragraph starts between two PDF lines. The evidence, in the order it is weighed: a label
 * alone on its line belongs to the next line; a change of font size, or of weight where one line ends and
 * the next begins (a bold run that stops inside a line does not end a paragraph); a wider vertical gap than
 * between the paragraph's own lines; a list item (a label followed by a tab, hanging below it, outdented or
 * indented against the line before, a sibling of the paragraph's own label, after a colon) or a reply label
 * ("Zu 2.:") after a finished sentence; a line that stopped although the next word would have fitted; a
 * first-line indent after a finished sentence. Page and column breaks are weighed the same way, without the
 * vertical gap, so a paragraph runs on over them unless something says it ended. */
import type { TextLine } from '../nodes.js'
import { splitLabel } from './label.js'

/** A line and where it stands: its page, its column's edges, and whether it opens a page or a column. */
export type Placed = {
  line: TextLine
  page: number
  /** left and right edge of the line's column (the text area on a one-column page) */
  left: number
  right: number
  /** first line of a page or of a column: the vertical distance to the line before means nothing */
  flowStart: boolean
  /**
   * small print in the top or bottom margin that was not recognised as running (a header on one page only,
   * a letterhead footer): kept as a paragraph of its own, but a paragraph runs on across it
   */
  aside: boolean
}

/** The body text's size and its line spacing (baseline to baseline within a paragraph). */
export type Metrics = { fontSize: number; spacing: number }

/** Distance from the column's left edge: comparable across pages with different margins. */
const indentOf = (placed: Placed): number => placed.line.x - placed.left

/** A reply's label at a line start: "Zu 1.:", "Zu Frage 2:", "Antwort zu 3:", "Zu den Fragen 2 bis 4:". */
const REPLY_LABEL = /^(?:Antwort\s+)?zu\s+(?=[^:\n]{0,40}\d)[^:\n]{1,40}:/i

export const SENTENCE_END = /[.?!:;]["“”'»)]*$/

const isBareLabel = (text: string): boolean => {
  const split = splitLabel(`${text} x`)
  return split !== null && split.body === 'x'
}

export function startsParagraph(
  previous: Placed,
  current: Placed,
  next: Placed | undefined,
  paragraph: readonly Placed[],
  m: Metrics
): boolean {
  const [p, l] = [previous.line, current.line]
  if (isBareLabel(p.text)) return false
  if (Math.abs(l.fontSize - p.fontSize) > 0.75 || (p.boldEnds?.end ?? p.bold) !== (l.boldEnds?.start ?? l.bold)) return true
  if (!current.flowStart && gapTooWide(previous, current, paragraph, m)) return true
  if (startsListItem(previous, current, next, paragraph, m)) return true
  if (stoppedEarly(previous, current)) return true
  return indentedAfterSentence(previous, current, paragraph, m)
}

/** Wider than the paragraph's own line spacing (or the document's, for its second line) by a fifth of a line. */
function gapTooWide(previous: Placed, current: Placed, paragraph: readonly Placed[], m: Metrics): boolean {
  const [before, last] = [paragraph[paragraph.length - 2], paragraph[paragraph.length - 1]]
  const own = before && last && !last.flowStart ? last.line.y - before.line.y : undefined
  const expected = own ?? m.spacing * (previous.line.fontSize / m.fontSize)
  return current.line.y - previous.line.y > expected + 0.22 * previous.line.fontSize
}

/** A line that starts with a list label, with something that shows it is a list item and not running text. */
function startsListItem(previous: Placed, current: Placed, next: Placed | undefined, paragraph: readonly Placed[], m: Metrics): boolean {
  const split = splitLabel(current.line.text)
  if (split === null) return REPLY_LABEL.test(current.line.text) && SENTENCE_END.test(previous.line.text)
  const first = paragraph[0]!
  const firstSplit = splitLabel(first.line.text)
  return (
    current.line.text.charAt(split.label.length) === '\t' ||
    indentOf(current) < indentOf(first) - 2 ||
    // running text does not move right in mid-paragraph: a nested item ("a." under "1.")
    (!current.flowStart && indentOf(current) > indentOf(previous) + 0.5 * current.line.fontSize) ||
    hangsBelow(current, next, m) ||
    (firstSplit !== null && firstSplit.kind === split.kind && Math.abs(indentOf(first) - indentOf(current)) <= 2) ||
    /:["“”'»)]*$/.test(previous.line.text) ||
    // atop a page or column after a finished sentence: the line before tells nothing about the line width
    (current.flowStart && SENTENCE_END.test(previous.line.text))
  )
}

/** The next line of the same paragraph-to-be is indented under the label's text: a hanging indent. */
function hangsBelow(current: Placed, next: Placed | undefined, m: Metrics): boolean {
  if (!next || next.flowStart) return false
  const gap = next.line.y - current.line.y
  return (
    next.line.x > current.line.x + 0.5 * current.line.fontSize && gap > 0 && gap < 1.6 * m.spacing * (current.line.fontSize / m.fontSize)
  )
}

/** The previous line ended although the first word of this one would have fitted after it. */
export function stoppedEarly(previous: Placed, current: Placed): boolean {
  const [p, l] = [previous.line, current.line]
  if (/[-\u00AD]$/.test(p.text) || l.text.length === 0) return false
  const firstWord = l.text.split(/\s/, 1)[0] ?? ''
  const charWidth = l.width / l.text.length
  const room = previous.right - (p.x + p.width)
  return room > firstWord.length * charWidth * 1.3 + 0.5 * p.fontSize
}

/** A first-line indent after a finished sentence: indented against the paragraph's running lines. */
function indentedAfterSentence(previous: Placed, current: Placed, paragraph: readonly Placed[], m: Metrics): boolean {
  if (!SENTENCE_END.test(previous.line.text)) return false
  const [first, second] = paragraph
  const body = second ? indentOf(second) : splitLabel(first!.line.text) ? Infinity : indentOf(first!)
  const indent = indentOf(current)
  return indent > body + 0.8 * m.fontSize && indent > indentOf(previous) + 0.8 * m.fontSize
}
