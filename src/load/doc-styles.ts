/**
 * @module
 * The style sheet of a Word 97–2003 document ([MS-DOC] 2.9.271 STSH): for each style its built-in identity
 * (sti 1–9 are "heading 1"–"heading 9"), its base style, and its paragraph and character sprms, which a
 * paragraph inherits where its own properties say nothing (list numbering by style, bold headings).
 */
import { eachSprm, type Bytes } from './doc-format.js'

export type DocStyle = { sti: number; base: number | null; papx: Uint8Array; chpx: Uint8Array }

/** Base-style chains are followed at most this far (a cycle ends there). */
const MAX_BASES = 16
const NO_STYLE = 0x0fff
/** the built-in "Title" style */
const STI_TITLE = 62

export function readDocStyles(table: Bytes, [fc, lcb]: [number, number]): DocStyle[] {
  const end = Math.min(fc + lcb, table.data.length)
  if (lcb < 4 || fc + 6 > end) return []
  const { view } = table
  const cbStshi = view.getUint16(fc, true)
  const count = view.getUint16(fc + 2, true)
  const baseSize = view.getUint16(fc + 4, true)
  const styles: DocStyle[] = []
  let at = fc + 2 + cbStshi
  for (let i = 0; i < count && at + 2 <= end; i++) {
    const size = view.getUint16(at, true)
    const std = at + 2
    at = std + size
    if (size < baseSize || at > end) {
      styles.push({ sti: NO_STYLE, base: null, papx: new Uint8Array(), chpx: new Uint8Array() })
      continue
    }
    styles.push(readStd(table, std, at, baseSize))
  }
  return styles
}

function readStd(table: Bytes, std: number, end: number, baseSize: number): DocStyle {
  const { view, data } = table
  const sti = view.getUint16(std, true) & 0x0fff
  const kind = view.getUint16(std + 2, true) & 0x000f
  const base = view.getUint16(std + 2, true) >> 4
  const nameLength = std + baseSize + 2 <= end ? view.getUint16(std + baseSize, true) : 0
  let at = std + baseSize + 2 + (nameLength + 1) * 2
  const upx: Uint8Array[] = []
  for (let i = 0; i < 2 && at + 2 <= end; i++) {
    const size = view.getUint16(at, true)
    upx.push(data.subarray(at + 2, Math.min(at + 2 + size, end)))
    at += 2 + size + (size % 2)
  }
  // a paragraph style's first UPX is its paragraph properties (after its own istd), the second its character ones
  const papx = kind === 1 ? (upx[0]?.subarray(2) ?? new Uint8Array()) : new Uint8Array()
  const chpx = (kind === 1 ? upx[1] : kind === 2 ? upx[0] : undefined) ?? new Uint8Array()
  return { sti, base: base === NO_STYLE ? null : base, papx, chpx }
}

/** The first value a sprm has along the style's base chain, read by `pick` from its operand; null when none sets it. */
export function styleSprm(
  styles: readonly DocStyle[],
  istd: number,
  which: 'papx' | 'chpx',
  sprm: number,
  pick: (operand: Uint8Array) => number
): number | null {
  for (let i = 0, at: number | null = istd; at !== null && i < MAX_BASES; i++) {
    const style: DocStyle | undefined = styles[at]
    if (!style) return null
    let found: number | null = null
    eachSprm(style[which], (s, operand) => {
      if (s === sprm) found = pick(operand)
    })
    if (found !== null) return found
    at = style.base
  }
  return null
}

/** A heading style's level: "heading 1"–"heading 9" (sti 1–9) and "Title" (sti 62), or its base style's. */
export function styleHeading(styles: readonly DocStyle[], istd: number): number | null {
  for (let i = 0, at: number | null = istd; at !== null && i < MAX_BASES; i++) {
    const style: DocStyle | undefined = styles[at]
    if (!style) return null
    if (style.sti >= 1 && style.sti <= 9) return Math.min(style.sti, 6)
    if (style.sti === STI_TITLE) return 1
    at = style.base
  }
  return null
}
