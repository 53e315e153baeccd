/**
 * @module
 * The list definitions of a Word 97–2003 document ([MS-DOC] 2.9.147 PlfLst, 2.9.133 PlfLfo): a paragraph's
 * `ilfo` names a list format override, which names a list (by lsid) and may restart or reformat its levels.
 * They are turned into the DOCX loader's list instances, so that the one list counter prints both formats'
 * numbers: a level's number text, "\u0000.\u0001", is Word's "%1.%2".
 */
import type { ListInstance, ListLevel } from './docx-numbering.js'
import { u32, type Bytes } from './doc-format.js'

export type DocLists = { instance(ilfo: number): ListInstance | null; clampedStarts: number }

/** Number formats (nfc, [MS-DOC] 2.9.172 / ISO 29500 numFmt) → the counter's names. */
const NFC: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  5: 'ordinal',
  22: 'decimalZero',
  23: 'bullet',
  255: 'none',
}
/** A list has 9 levels, a "simple" list one. */
const LEVELS = 9

type Lvl = { level: ListLevel; end: number }

export function readDocLists(table: Bytes, plfLst: [number, number], plfLfo: [number, number], maxListStart: number): DocLists {
  let clampedStarts = 0
  const clamp = (start: number): number => {
    if (start <= maxListStart) return start
    clampedStarts++
    return maxListStart
  }
  const lists = readLists(table, plfLst, clamp)
  const overrides = readOverrides(table, plfLfo, clamp)
  return {
    get clampedStarts() {
      return clampedStarts
    },
    instance(ilfo) {
      const lfo = overrides[ilfo - 1]
      const levels = lfo ? lists.get(lfo.lsid) : undefined
      if (!lfo || !levels) return null
      return {
        numId: ilfo,
        listKey: String(lfo.lsid),
        level: (ilvl) => lfo.levels.get(ilvl)?.level ?? levels[ilvl] ?? null,
        startOverride: (ilvl) => lfo.levels.get(ilvl)?.start ?? null,
      }
    },
  }
}

/** lsid → levels. The LSTF records come first (28 bytes each), then each list's LVL records. */
function readLists(table: Bytes, [fc, lcb]: [number, number], clamp: (n: number) => number): Map<number, (ListLevel | null)[]> {
  const lists = new Map<number, (ListLevel | null)[]>()
  if (lcb < 2 || fc + 2 > table.data.length) return lists
  const count = Math.min(table.view.getInt16(fc, true), Math.floor((table.data.length - fc - 2) / 28))
  let at = fc + 2 + count * 28
  for (let i = 0; i < count && at < table.data.length; i++) {
    const lstf = fc + 2 + i * 28
    const simple = ((table.data[lstf + 26] ?? 0) & 0x01) !== 0
    const levels: (ListLevel | null)[] = []
    for (let l = 0; l < (simple ? 1 : LEVELS); l++) {
      const lvl = readLvl(table, at, clamp)
      if (!lvl) break
      levels.push(lvl.level)
      at = lvl.end
    }
    lists.set(u32(table, lstf) | 0, levels)
  }
  return lists
}

/** One LVL: the fixed LVLF, the paragraph and character sprms (skipped), and the number text (Xst). */
function readLvl(table: Bytes, at: number, clamp: (n: number) => number): Lvl | null {
  if (at + 28 + 2 > table.data.length) return null
  const flags = table.data[at + 5]!
  const textAt = at + 28 + table.data[at + 25]! + table.data[at + 24]!
  const length = textAt + 2 <= table.data.length ? table.view.getUint16(textAt, true) : 0
  const chars = table.data.subarray(textAt + 2, Math.min(textAt + 2 + length * 2, table.data.length))
  let text = ''
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const code = chars[i]! | (chars[i + 1]! << 8)
    // characters 0–8 stand for the numbers of levels 1–9
    text += code < LEVELS ? `%${code + 1}` : String.fromCharCode(code)
  }
  const format = NFC[table.data[at + 4]!] ?? 'decimal'
  const level: ListLevel = {
    start: clamp(Math.max(0, table.view.getInt32(at, true))),
    format,
    custom: null,
    text: format === 'none' && !text.includes('%') ? null : text,
    // fNoRestart: the level counts on when a higher level is used
    restart: flags & 0x08 ? 0 : null,
    legal: (flags & 0x04) !== 0,
    styleId: null,
  }
  return { level, end: textAt + 2 + length * 2 }
}

type Override = { lsid: number; levels: Map<number, { start: number | null; level: ListLevel | null }> }

/** The LFO records (16 bytes each), then for each its LFOData: a cp and its LFOLVL overrides. */
function readOverrides(table: Bytes, [fc, lcb]: [number, number], clamp: (n: number) => number): Override[] {
  if (lcb < 4 || fc + 4 > table.data.length) return []
  const count = Math.min(u32(table, fc), Math.floor((table.data.length - fc - 4) / 16))
  const overrides: Override[] = []
  let at = fc + 4 + count * 16
  for (let i = 0; i < count; i++) {
    const lfo = fc + 4 + i * 16
    const levels: Override['levels'] = new Map()
    const clfolvl = table.data[lfo + 12] ?? 0
    at += 4 // LFOData.cp
    for (let l = 0; l < clfolvl && at + 8 <= table.data.length; l++) {
      const bits = table.data[at + 4]!
      const start = bits & 0x10 ? clamp(Math.max(0, table.view.getInt32(at, true))) : null
      at += 8
      const lvl = bits & 0x20 ? readLvl(table, at, clamp) : null
      if (lvl) at = lvl.end
      levels.set(bits & 0x0f, { start: lvl && start === null ? null : start, level: lvl?.level ?? null })
    }
    overrides.push({ lsid: u32(table, lfo) | 0, levels })
  }
  return overrides
}
