/**
 * @module
 * The code ranges of a PDF's CMaps (a font's /ToUnicode, an embedded /Encoding), counted before pdf.js reads
 * them: pdf.js fills one array slot per code of a `bfrange` or `cidrange`, up to 16 million codes a range, so
 * a few bytes of CMap cost seconds and hundreds of MB (fuzz: one range of 2 million codes took 7 s of CPU).
 * A font's own CMap maps at most 65,536 two-byte codes; the file's CMaps together may map `maxCmapCodes` (limits.ts).
 */

/** pdf.js ignores a range wider than this, and what follows it in the CMap. */
const PDFJS_MAX_RANGE = 2 ** 24 - 1

const BEGIN_CMAP = [...'begincmap'].map((c) => c.charCodeAt(0))

/** Whether the decoded stream is a CMap: it holds "begincmap" (a byte search, no string made). */
export function isCMap(data: Uint8Array): boolean {
  outer: for (
    let at = data.indexOf(BEGIN_CMAP[0]!);
    at >= 0 && at + BEGIN_CMAP.length <= data.length;
    at = data.indexOf(BEGIN_CMAP[0]!, at + 1)
  ) {
    for (let i = 1; i < BEGIN_CMAP.length; i++) if (data[at + i] !== BEGIN_CMAP[i]) continue outer
    return true
  }
  return false
}

/** How many codes the CMap's `bfrange` and `cidrange` sections map, as pdf.js would fill them. */
export function cmapRangeCodes(text: string): number {
  let codes = 0
  for (const section of ['bfrange', 'cidrange']) {
    for (let at = text.indexOf(`begin${section}`); at >= 0; at = text.indexOf(`begin${section}`, at + 1)) {
      const end = text.indexOf(`end${section}`, at)
      const ranges = rangesIn(text.slice(at + 6 + section.length, end < 0 ? text.length : end))
      for (const size of ranges) {
        if (size > PDFJS_MAX_RANGE) break
        codes += size
      }
    }
  }
  return codes
}

/** The size of each range `<low> <high> destination` in a section; the destination is skipped. */
function rangesIn(section: string): number[] {
  const sizes: number[] = []
  let at = 0
  const hex = (): number | null => {
    const open = section.indexOf('<', at)
    if (open < 0) return null
    const close = section.indexOf('>', open)
    at = close < 0 ? section.length : close + 1
    // pdf.js reads the hex digits only, an odd last one as its high half
    let digits = section.slice(open + 1, close < 0 ? section.length : close).replace(/[^0-9A-Fa-f]/g, '')
    if (digits.length % 2 === 1) digits += '0'
    return digits === '' ? 0 : Number.parseInt(digits.slice(0, 12), 16)
  }
  for (;;) {
    const low = hex()
    const high = hex()
    if (low === null || high === null) return sizes
    if (high >= low) sizes.push(high - low + 1)
    // the destination: an array of strings, a string or a number
    while (at < section.length && isSpace(section.charCodeAt(at))) at++
    if (at >= section.length) return sizes
    if (section[at] === '[') {
      const close = section.indexOf(']', at)
      at = close < 0 ? section.length : close + 1
    } else if (section[at] === '<') hex()
    else while (at < section.length && !isSpace(section.charCodeAt(at))) at++
  }
}

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x00
