/**
 * @module
 * Builders of PDF bombs behind the filters other than Flate and in forms: LZW and ASCII85 data made by hand,
 * a page with forms as named XObjects, and the hostile kinds made of them (for the fuzz harness at full
 * size, and test/hostile/pdf-filters.test.ts).
 */
import { buildPdf, INQUIRY_LINES, textContent, type PdfObject } from './build-pdf.js'
import { zlibRun } from './deflate-run.js'

const MB = 1 << 20

/** LZW codes for a run of `length` copies of `byte`: each code one byte longer than the last, cleared before the table fills. */
export function lzwRun(byte: number, length: number): Uint8Array {
  const out: number[] = []
  let [buffer, bits] = [0, 0]
  const emit = (code: number, width: number) => {
    ;(buffer = (buffer << width) | code), (bits += width)
    while (bits >= 8) out.push((buffer >> (bits - 8)) & 0xff), (bits -= 8), (buffer &= (1 << bits) - 1)
  }
  let left = length
  let width = 9
  while (left > 0) {
    emit(256, width)
    ;(width = 9), emit(byte, width), left--
    for (let next = 258, run = 2; left > 0 && next < 4000; next++, run++) {
      emit(next, width)
      left -= run // the decoder outputs the whole run, even past `length`
      if (next + 2 >= 1 << width && width < 12) width++
    }
  }
  emit(257, width)
  if (bits > 0) out.push((buffer << (8 - bits)) & 0xff)
  return Uint8Array.from(out)
}

export function ascii85(data: Uint8Array): string {
  let out = ''
  for (let at = 0; at < data.length; at += 4) {
    const chunk = [0, 1, 2, 3].map((i) => data[at + i] ?? 0)
    let group = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0
    const digits: string[] = []
    for (let i = 0; i < 5; i++) digits.unshift(String.fromCharCode(0x21 + (group % 85))), (group = Math.floor(group / 85))
    out += digits.slice(0, Math.min(5, data.length - at + 1)).join('')
  }
  return `${out}~>`
}

export const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
export const raw = (dict: string, data: Uint8Array | string): PdfObject => ({ dict, stream: data, raw: true })

/** One page (object 4) whose contents are object 5, forms from object 6 on as /Fm0, /Fm1, … */
export function pagePdf(content: PdfObject, forms: PdfObject[] = []): Uint8Array {
  const xobjects = forms.map((_, i) => `/Fm${i} ${6 + i} 0 R`).join(' ')
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << ${xobjects} >> >> /Contents 5 0 R >>`,
    content,
    ...forms,
  ])
}

export const inquiry = textContent(INQUIRY_LINES)
export const form = (content: string, resources = '') => ({
  dict: `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> ${resources} >>`,
  stream: content,
})

type Kind = { name: string; what: string; build: (full: boolean) => Uint8Array; expect: ['too_complex']; ok: false }
const refused = (name: string, what: string, build: (full: boolean) => Uint8Array): Kind => ({
  name,
  what,
  build,
  expect: ['too_complex'],
  ok: false,
})

export const PDF_FILTER_KINDS: readonly Kind[] = [
  refused('pdf-lzw-bomb', 'a page of 1 GB behind LZWDecode (tests: 20 MB)', (full) =>
    pagePdf(raw('/Filter /LZWDecode', lzwRun(0x20, full ? 1024 * MB : 20 * MB)))
  ),
  refused('pdf-runlength-bomb', 'a page of 20 MB behind RunLengthDecode', () =>
    pagePdf(
      raw(
        '/Filter /RunLengthDecode',
        new Uint8Array((20 * MB * 2) / 128).map((_, i) => (i % 2 === 0 ? 129 : 0x20))
      )
    )
  ),
  refused('pdf-ascii85-bomb', 'a page of 8 MB behind ASCII85Decode, all "z"', () =>
    pagePdf(raw('/Filter /ASCII85Decode', `${'z'.repeat(2 * MB)}~>`))
  ),
  refused('pdf-hex-flate-bomb', 'a page of 1 GB behind [/ASCIIHexDecode /FlateDecode] (tests: 20 MB)', (full) =>
    pagePdf(raw('/Filter [/ASCIIHexDecode /FlateDecode]', `${Buffer.from(zlibRun(0x20, full ? 1024 * MB : 20 * MB)).toString('hex')}>`))
  ),
  refused('pdf-form-painted', 'a form of 4 KB painted 2,000 times (the fuzz: 200,000)', (full) =>
    pagePdf({ dict: '', stream: `${inquiry} ${'/Fm0 Do '.repeat(full ? 200_000 : 2000)}` }, [form(`${inquiry} ${' '.repeat(4096)}`)])
  ),
  refused('pdf-forms-nested', 'three forms nested, each painting the next 100 times', () =>
    pagePdf({ dict: '', stream: `${inquiry} /Fm0 Do` }, [
      form('/Fm1 Do '.repeat(100), '/XObject << /Fm1 7 0 R >>'),
      form('/Fm2 Do '.repeat(100), '/XObject << /Fm2 8 0 R >>'),
      form('0 0 m 595 842 l S '.repeat(60)),
    ])
  ),
  refused('pdf-form-cycle', 'a form that paints itself', () =>
    pagePdf({ dict: '', stream: `${inquiry} /Fm0 Do` }, [form('/Fm0 Do', '/XObject << /Fm0 6 0 R >>')])
  ),
  refused('pdf-dct-content', 'a content stream under DCTDecode', () => pagePdf(raw('/Filter /DCTDecode', new Uint8Array(2048).fill(0xff)))),
  refused('pdf-cmap-ranges', 'a font whose ToUnicode CMap maps 17 ranges of 65,536 codes (the fuzz: 256 of them)', (full) =>
    cmapBomb(full ? 256 : 17)
  ),
  refused('pdf-objstm-contents', 'a page inside an object stream listing a 100 KB stream 1,000 times', () => objectStreamBomb()),
]

/** A page dictionary inside an object stream whose /Contents lists one 100 KB stream 1,000 times. */
function objectStreamBomb(): Uint8Array {
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents [${'5 0 R '.repeat(1000)}] >>`
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    { dict: `/Type /ObjStm /N 1 /First ${'4 0 '.length}`, stream: `4 0 ${page}` },
    { dict: '', stream: `${inquiry} ${' '.repeat(100 * 1024)}` },
  ])
}

/**
 * A page in a font whose /ToUnicode CMap has `ranges` ranges of 65,536 codes each: pdf.js fills a slot per
 * code (the fuzz found a range of two million codes taking 7 s of CPU).
 */
export function cmapBomb(ranges: number): Uint8Array {
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  const lines = Array.from({ length: ranges }, (_, i) => `<${hex(i << 16)}> <${hex((i << 16) + 0xffff)}> <0041>`)
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Bomb def 1 begincodespacerange <00000000> <ffffffff> endcodespacerange ${ranges} beginbfrange\n${lines.join('\n')}\nendbfrange endcmap CMapName currentdict /CMap defineresource pop end end`
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    { dict: '', stream: inquiry },
    { dict: '', stream: cmap },
  ])
}
