/**
 * @module
 * Positioned lines → draft paragraphs. Running headers and footers go first; then each line is placed in its
 * column (edges measured per page), and consecutive lines are grouped into paragraphs by the rules of
 * line-breaks.ts, in one pass over the whole document, so a paragraph runs on over page and column breaks.
 * Tables of figures (tables.ts) are taken out first and stand as paragraphs of their own.
 */
import { pushAll } from '../arrays.js'
import { Deadline } from '../limits.js'
import type { Page } from '../nodes.js'
import type { Warning } from '../schema.js'
import { joinParagraphLines } from './hyphenation.js'
import { splitLabel } from './label.js'
import { startsParagraph, type Metrics, type Placed } from './line-breaks.js'
import { measure, placeLines, textArea } from './page-geometry.js'
import { draftFrom, type Draft } from './paragraphs.js'
import { removeRunningLines } from './running.js'
import { groupAroundTables, isTable, splitTables } from './tables.js'

export function pagesToDrafts(
  pages: readonly Page[],
  deadline = new Deadline(0)
): { drafts: Draft[]; warnings: Warning[]; firstHeader: string[] } {
  const { pages: clean, firstHeader } = removeRunningLines(pages)
  const metrics = measure(clean)
  const area = textArea(clean, metrics)
  const placed = clean.flatMap((page) => {
    deadline.check(`layout, page ${page.number}`)
    return placeLines(page, area, metrics)
  })
  const pieces = groupAroundTables(splitTables(placed, metrics), (lines) => groupParagraphs(lines, metrics))
  const paragraphs = pieces.filter((p): p is Placed[] => !isTable(p))
  const levels = labelLevels(paragraphs)
  const headingSizes = headingLevels(paragraphs, metrics)
  const justified = isJustified(paragraphs)
  const drafts = pieces.map((group, n) => {
    deadline.check(`layout, paragraph ${n + 1}`)
    if (isTable(group)) return draftFrom('', { page: group.page, table: group.rows })
    const first = group[0]!
    return draftFrom(joinParagraphLines(restoreSoftHyphens(group, justified)), {
      page: first.page,
      bold: group.every((p) => p.line.bold),
      indent: Math.round((first.line.x - first.left) * 10) / 10,
      heading: headingSizes.get(first.line.fontSize) ?? null,
      level: levels.get(group) ?? null,
    })
  })
  return { drafts, warnings: [], firstHeader }
}

/** One pass over all lines; margin print waits beside the paragraph that runs across it, then follows it. */
function groupParagraphs(placed: readonly Placed[], m: Metrics): Placed[][] {
  const body = placed.filter((p) => !p.aside)
  const paragraphs: Placed[][] = []
  let aside: Placed[][] = []
  let open: Placed[] | undefined
  let b = 0
  for (const current of placed) {
    if (current.aside) {
      aside.push([current])
      continue
    }
    const previous = body[b - 1]
    if (!open || !previous || startsParagraph(previous, current, body[b + 1], open, m)) {
      pushAll(paragraphs, aside)
      aside = []
      open = [current]
      paragraphs.push(open)
    } else open.push(current)
    b++
  }
  pushAll(paragraphs, aside)
  return paragraphs
}

/** Justified text: most lines that go on in their paragraph end at their column's right edge. */
function isJustified(paragraphs: readonly Placed[][]): boolean {
  let inner = 0
  let flush = 0
  for (const paragraph of paragraphs) {
    for (const p of paragraph.slice(0, -1)) {
      inner++
      if (Math.abs(p.right - (p.line.x + p.line.width)) < 0.6) flush++
    }
  }
  return inner >= 3 && flush >= 0.6 * inner
}

/**
 * pdf.js leaves a soft hyphen (U+00AD, a format character) out of the text even where one was printed at a
 * line end, as in Word's PDFs. In justified text such a line stops short of the margin by just a hyphen's
 * width: the soft hyphen is put back there, so that joining the lines makes the word whole again.
 */
function restoreSoftHyphens(paragraph: readonly Placed[], justified: boolean): string[] {
  return paragraph.map((p, i) => {
    const next = paragraph[i + 1]
    if (!justified || !next) return p.line.text
    const short = p.right - (p.line.x + p.line.width)
    const hyphenWide = short > 0.15 * p.line.fontSize && short < 0.5 * p.line.fontSize
    return hyphenWide && /\p{L}$/u.test(p.line.text) && /^\p{Ll}/u.test(next.line.text) ? `${p.line.text}\u00AD` : p.line.text
  })
}

/** Nesting level of labelled paragraphs from the label's indentation, ranked (0 = leftmost). */
function labelLevels(paragraphs: readonly Placed[][]): Map<Placed[], number> {
  const indentOf = (p: Placed[]) => Math.round((p[0]!.line.x - p[0]!.left) / 6)
  const labelled = paragraphs.filter((p) => splitLabel(p[0]!.line.text) !== null)
  const indents = [...new Set(labelled.map(indentOf))].sort((a, b) => a - b)
  return new Map(labelled.map((p) => [p, indents.indexOf(indentOf(p))]))
}

/** Heading level by font size: larger than the body text, biggest first. */
function headingLevels(paragraphs: readonly Placed[][], m: Metrics): Map<number, number> {
  const sizes = [...new Set(paragraphs.map((p) => p[0]!.line.fontSize).filter((s) => s > m.fontSize + 0.75))].sort((a, b) => b - a)
  return new Map(sizes.slice(0, 6).map((size, i) => [size, i + 1]))
}
