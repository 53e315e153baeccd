/**
 * @module
 * numbering.xml: the list definitions behind Word's automatic numbering. A paragraph names a numbering
 * instance (`w:num`, by numId) and a level; the instance points at an abstract definition (`w:abstractNum`)
 * whose levels say how to count and print, and may override levels or their start values.
 */
import type { Styles } from './docx-styles.js'
import { childElements, isW, onOff, toInt, wAttr, wChild, wChildVal, wChildren, type Element } from './docx-xml.js'

/** One list level (`w:lvl`). */
export type ListLevel = {
  start: number
  /** `w:numFmt`: decimal, lowerLetter, upperRoman, bullet, … */
  format: string
  /** `w:numFmt/@w:format` of a custom format */
  custom: string | null
  /** `w:lvlText` such as "%1." or "%1.%2)"; null when the level prints no number */
  text: string | null
  /** `w:lvlRestart`: restart after this (1-based) level is used; 0 never; null after any higher level */
  restart: number | null
  /** `w:isLgl`: print every level's number as decimal ("legal" numbering) */
  legal: boolean
  /** the paragraph style linked to this level (`w:pStyle`) */
  styleId: string | null
}

/** A numbering instance (`w:num`) resolved to the abstract list whose counters it shares. */
export type ListInstance = {
  numId: number
  /** the abstract list; instances with the same key count together */
  listKey: string
  /** the level definition for `ilvl`, overrides applied */
  level(ilvl: number): ListLevel | null
  /** `w:lvlOverride/w:startOverride` for `ilvl`, or null */
  startOverride(ilvl: number): number | null
}

export type NumberingDefinitions = {
  instance(numId: number): ListInstance | null
  /** start values over the budget (`maxListStart`) that were clamped to it */
  clampedStarts: number
}

type AbstractList = { id: string; levels: Map<number, ListLevel>; styleLink: string | null }
type Override = { start: number | null; level: ListLevel | null }

/** numStyleLink → numbering style → num → abstractNum: followed at most this often. */
const MAX_STYLE_LINKS = 4

/**
 * Reads the list definitions. A start value over `maxListStart` is clamped to it: a list starting at 200,000,000
 * in a letter format would print labels of millions of letters.
 */
export function readNumbering(root: Element | null, styles: Styles, maxListStart: number): NumberingDefinitions {
  let clampedStarts = 0
  const clamp = (start: number | null): number | null => {
    if (start === null || start <= maxListStart) return start
    clampedStarts++
    return maxListStart
  }
  const abstracts = new Map<string, AbstractList>()
  const nums = new Map<number, { abstractId: string; overrides: Map<number, Override> }>()
  for (const el of root ? childElements(root) : []) {
    if (isW(el, 'abstractNum')) {
      const id = wAttr(el, 'abstractNumId')
      if (id !== null) abstracts.set(id, { id, levels: readLevels(el, clamp), styleLink: wChildVal(el, 'numStyleLink') })
    } else if (isW(el, 'num')) {
      const numId = toInt(wAttr(el, 'numId'))
      const abstractId = wChildVal(el, 'abstractNumId')
      if (numId !== null && abstractId !== null) nums.set(numId, { abstractId, overrides: readOverrides(el, clamp) })
    }
  }

  /** An abstract list that only links to a numbering style takes its levels from that style's list. */
  const resolveAbstract = (id: string): AbstractList | null => {
    let list = abstracts.get(id) ?? null
    for (let hops = 0; list?.styleLink && hops < MAX_STYLE_LINKS; hops++) {
      const linkedNum = styles.numbering(list.styleLink)?.numId
      const linked = linkedNum === undefined ? undefined : nums.get(linkedNum)
      const target = linked ? abstracts.get(linked.abstractId) : undefined
      if (!target || target === list) break
      list = target
    }
    return list
  }

  const cache = new Map<number, ListInstance | null>()
  return {
    clampedStarts,
    instance(numId) {
      if (!cache.has(numId)) {
        const num = nums.get(numId)
        const list = num ? resolveAbstract(num.abstractId) : null
        cache.set(numId, num && list ? makeInstance(numId, list, num.overrides) : null)
      }
      return cache.get(numId) ?? null
    },
  }
}

function makeInstance(numId: number, list: AbstractList, overrides: Map<number, Override>): ListInstance {
  return {
    numId,
    listKey: list.id,
    level: (ilvl) => overrides.get(ilvl)?.level ?? list.levels.get(ilvl) ?? null,
    startOverride: (ilvl) => overrides.get(ilvl)?.start ?? null,
  }
}

type Clamp = (start: number | null) => number | null

function readLevels(parent: Element, clamp: Clamp): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>()
  for (const lvl of wChildren(parent, 'lvl')) {
    const ilvl = toInt(wAttr(lvl, 'ilvl'))
    if (ilvl !== null) levels.set(ilvl, readLevel(lvl, clamp))
  }
  return levels
}

function readLevel(lvl: Element, clamp: Clamp): ListLevel {
  const numFmt = wChild(lvl, 'numFmt')
  const text = wChild(lvl, 'lvlText')
  // a level whose number is formatted hidden prints nothing
  const hidden = onOff(wChild(wChild(lvl, 'rPr'), 'vanish')) === true
  return {
    start: clamp(toInt(wChildVal(lvl, 'start'))) ?? 0,
    format: wAttr(numFmt, 'val') ?? 'decimal',
    custom: wAttr(numFmt, 'format'),
    text: hidden || !text ? null : (wAttr(text, 'val') ?? ''),
    restart: toInt(wChildVal(lvl, 'lvlRestart')),
    legal: onOff(wChild(lvl, 'isLgl')) === true,
    styleId: wChildVal(lvl, 'pStyle'),
  }
}

function readOverrides(num: Element, clamp: Clamp): Map<number, Override> {
  const overrides = new Map<number, Override>()
  for (const el of wChildren(num, 'lvlOverride')) {
    const ilvl = toInt(wAttr(el, 'ilvl'))
    if (ilvl === null) continue
    const lvl = wChild(el, 'lvl')
    overrides.set(ilvl, { start: clamp(toInt(wChildVal(el, 'startOverride'))), level: lvl ? readLevel(lvl, clamp) : null })
  }
  return overrides
}
