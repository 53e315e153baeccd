/**
 * @module
 * Counting list items as Word does, in one pass over the paragraphs in document order, and printing each
 * item's label from its level's `w:lvlText`.
 *
 * Word's rules, as implemented here:
 * - counters belong to the abstract list, so numbering instances (`w:num`) that share an `w:abstractNum`
 *   continue one another, also across paragraphs that are not list items;
 * - a `w:startOverride` restarts its level at the override value the first time its instance uses that level;
 * - using a level restarts the deeper levels (subject to their `w:lvlRestart`);
 * - "%2" in the text of a level prints level 2's current count in level 2's own format ("%1.%2" → "II.3"),
 *   or in decimal when the level is "legal" (`w:isLgl`); a level not used yet counts as its start value.
 */
import { bulletLabel, formatNumber } from './docx-numfmt.js'
import type { ListInstance, ListLevel, NumberingDefinitions } from './docx-numbering.js'
import type { Styles } from './docx-styles.js'
import { toInt, wChild, wChildVal, type Element } from './docx-xml.js'

export type ListItem = { label: string | null; level: number }

/** Word has nine list levels, 0..8. */
const LEVELS = 9

/** The numbering a paragraph asks for: its own `w:numPr`, else its style's. numId 0 means "not numbered". */
export function paragraphNumbering(
  pPr: Element | null,
  styleId: string | null,
  styles: Styles,
  definitions: NumberingDefinitions
): { instance: ListInstance; ilvl: number } | null {
  const numPr = wChild(pPr, 'numPr')
  const fromStyle = styles.numbering(styleId)
  const numId = toInt(wChildVal(numPr, 'numId')) ?? fromStyle?.numId ?? null
  if (numId === null || numId === 0) return null
  const instance = definitions.instance(numId)
  if (!instance) return null
  const ilvl = toInt(wChildVal(numPr, 'ilvl')) ?? (numId === fromStyle?.numId ? styleLevel(instance, styleId, fromStyle) : null) ?? 0
  return { instance, ilvl: Math.min(Math.max(ilvl, 0), LEVELS - 1) }
}

/** A style's list level: the style's own `w:ilvl`, else the level linked to the style by `w:pStyle`. */
function styleLevel(instance: ListInstance, styleId: string | null, fromStyle: { ilvl: number | null; styleId: string }): number | null {
  if (fromStyle.ilvl !== null) return fromStyle.ilvl
  for (const id of [styleId, fromStyle.styleId]) {
    for (let ilvl = 0; ilvl < LEVELS; ilvl++) if (id !== null && instance.level(ilvl)?.styleId === id) return ilvl
  }
  return null
}

export type ListCounter = {
  next(instance: ListInstance, ilvl: number): ListItem
  /** how many labels were longer than the budget and cut */
  readonly cutLabels: number
}

/**
 * A counter over one document: call `next` for every numbered paragraph in document order. Labels longer
 * than `maxLabelLength` are cut to it (a level text or a letter format can make them arbitrarily long).
 */
export function createListCounter(maxLabelLength: number): ListCounter {
  const counts = new Map<string, (number | undefined)[]>()
  const usedOverrides = new Set<string>()
  let cutLabels = 0
  const cut = (label: string | null): string | null => {
    if (label === null || label.length <= maxLabelLength) return label
    cutLabels++
    return label.slice(0, maxLabelLength).trimEnd()
  }
  return {
    get cutLabels() {
      return cutLabels
    },
    next(instance, ilvl) {
      const level = instance.level(ilvl)
      if (!level) return { label: null, level: ilvl }
      let values = counts.get(instance.listKey)
      if (!values) counts.set(instance.listKey, (values = []))
      values[ilvl] = advance(values[ilvl], level, overrideOnce(instance, ilvl, usedOverrides))
      restartDeeper(values, instance, ilvl)
      return { label: cut(labelOf(level, values, instance, maxLabelLength)), level: ilvl }
    },
  }
}

function overrideOnce(instance: ListInstance, ilvl: number, used: Set<string>): number | null {
  const start = instance.startOverride(ilvl)
  const key = `${instance.numId}:${ilvl}`
  if (start === null || used.has(key)) return null
  used.add(key)
  return start
}

function advance(current: number | undefined, level: ListLevel, override: number | null): number {
  if (override !== null) return override
  return current === undefined ? level.start : current + 1
}

function restartDeeper(values: (number | undefined)[], instance: ListInstance, ilvl: number): void {
  for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
    const restart = instance.level(deeper)?.restart ?? null
    // lvlRestart is 1-based: level n (0-based) restarts when a level < restart is used; 0 means never
    if (restart === null || (restart > 0 && ilvl < restart)) values[deeper] = undefined
  }
}

/** The label as Word prints it; at most a few times `maxLength` long, which the caller cuts to `maxLength`. */
function labelOf(level: ListLevel, values: readonly (number | undefined)[], instance: ListInstance, maxLength: number): string | null {
  if (level.text === null) return null
  // a bullet level prints its glyph; pandoc and some generators leave the glyph blank, it is still a bullet
  if (level.format === 'bullet') return bulletLabel(level.text)
  // every character of the level text but "%n" is printed, so a longer text than this is cut anyway
  const text = level.text.slice(0, 2 * maxLength + 2)
  const label = text.replace(/%([1-9])/g, (_, digit: string) => {
    const ref = Number(digit) - 1
    const refLevel = instance.level(ref)
    if (!refLevel) return ''
    const value = values[ref] ?? refLevel.start
    const format = level.legal && refLevel.format !== 'none' ? 'decimal' : refLevel.format
    return format === 'bullet' ? '' : formatNumber(value, format, refLevel.custom, maxLength + 1)
  })
  return label.trim() === '' ? null : label.trim()
}
