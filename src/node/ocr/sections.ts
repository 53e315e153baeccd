/**
 * @module
 * Section numbers told by their indent. A Große Anfrage sets its parts "I.", "II.", "III." at the margin and
 * the questions of each part, "1.", "2." …, indented under them; OCR reads the parts' numerals as "1,", "11.",
 * "11." (one "I" short), which as arabic numbers make no sequence. Labels of look-alike ones (or roman
 * numerals) that stand in one column, left of a numbering that starts at 1 right after them, are that
 * column's sections, counted I, II, III in order.
 */
import type { Label } from './labels.js'

/** How much further right the questions of a section start than its number, in text sizes. */
const INDENT = 0.8
/** Labels within this many text sizes of each other stand in one column. */
const COLUMN = 0.5

const onesOrRoman = (label: Label): boolean => label.reading.kind === 'ones' || label.reading.kind === 'roman'
const startsAtOne = (label: Label | undefined): boolean =>
  label !== undefined &&
  ((label.reading.kind === 'arabic' && label.reading.value === 1) || (label.reading.kind === 'ones' && label.reading.count === 1))

/** The labels of one numbering (no prefix: the inquiry's) that are section numbers by their column. */
export function sectionColumn(labels: readonly Label[]): Label[] {
  const anchors = headings(labels)
  const anchor = anchors.find(onesOrRoman)
  if (!anchor || labels.some((l) => l.prefix !== '')) return []
  const inColumn = (label: Label) => Math.abs(label.x - anchor.x) <= COLUMN * anchor.size
  // an arabic number in that column makes it a numbered list, whatever its look-alikes
  if (labels.some((l) => inColumn(l) && l.reading.kind === 'arabic')) return []
  const column = labels.filter((l) => inColumn(l) && onesOrRoman(l))
  return column.length >= 2 && anchors.filter(inColumn).length >= 2 ? column : []
}

/**
 * Headings numbered "1.", "2." at the margin with their questions indented under them: their look-alike ones
 * are arabic too ("1. Personal" … "2. Räume" … "11. Sonstiges").
 */
export function headingsOfArabicColumn(labels: readonly Label[]): Label[] {
  const found = headings(labels)
  const arabic = found.filter((l) => l.reading.kind === 'arabic' && l.reading.value >= 2)
  const near = (a: Label, b: Label) => Math.abs(a.x - b.x) <= COLUMN * a.size
  return arabic.length === 0 ? [] : found.filter((l) => l.reading.kind === 'ones' && arabic.some((a) => near(a, l)))
}

/** Labels whose next label is indented under them and starts at 1: what numbers a part of the questions. */
function headings(labels: readonly Label[]): Label[] {
  return labels.filter((label, i) => {
    const next = labels[i + 1]
    return next !== undefined && label.prefix === '' && startsAtOne(next) && next.x - label.x > INDENT * label.size
  })
}
