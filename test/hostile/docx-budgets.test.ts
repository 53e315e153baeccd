/**
 * Hostile DOCX files, each built in memory: ZIP containers that lie about their sizes or have a damaged or
 * ZIP64-style directory, XML parts that are huge, deep or full of paragraphs, and lists that start at absurd
 * values. Every one must end in a clean `InquiryError` or a bounded parse, never in an out-of-memory.
 */
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { abstractNum, buildDocx, level, num, p } from '../../fixtures/make/docx/docx-builder.js'
import { isInquiryError } from '../../src/errors.js'
import { DEFAULT_LIMITS, resolveLimits, type Limits } from '../../src/limits.js'
import { loadDocx } from '../../src/load/docx.js'
import { deflateSegments, writeZip, type HostileEntry, type Segment, type ZipOptions } from './zip-writer.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const MiB = 1024 * 1024

async function errorOf(bytes: Uint8Array, limits: Partial<Limits> = {}) {
  try {
    await loadDocx(bytes, resolveLimits(limits))
  } catch (error) {
    if (isInquiryError(error)) return error
    throw error
  }
  throw new Error('expected an InquiryError')
}

/** A DOCX whose document.xml is these segments inside w:body, its headers claiming `claimedSize` bytes. */
function docxOf(body: readonly Segment[], options: ZipOptions = {}, claimedSize?: number): Uint8Array {
  const { data, size } = deflateSegments([
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`,
    ...body,
    '</w:body></w:document>',
  ])
  return writeZip([{ name: 'word/document.xml', data, claimedSize: claimedSize ?? size }], options)
}

/** One paragraph of `bytes` of text, the headers claiming 2 KB unless told otherwise. */
const bombDocx = (bytes: number, options: ZipOptions = {}, claimedSize = 2048): Uint8Array =>
  docxOf(['<w:p><w:r><w:t>', { unit: 'Anfrage ', times: Math.ceil(bytes / 8) }, '</w:t></w:r></w:p>'], options, claimedSize)

/** The entries of a real DOCX, written again (deflated) by the hostile writer, with `extra` added. */
function rewritten(docx: Uint8Array, extra: HostileEntry[] = [], options: ZipOptions = {}): Uint8Array {
  const entries = Object.entries(unzipSync(docx)).map(([name, bytes]): HostileEntry => ({ name, data: bytes, method: 0 }))
  return writeZip([...entries, ...extra], options)
}

describe('ZIP: unpacked bytes are counted while inflating, whatever the directory claims', () => {
  it('refuses 200 MB behind sizes that claim 2 KB, stopping near the budget', async () => {
    const bytes = bombDocx(200 * MiB)
    expect(bytes.length).toBeLessThan(2 * MiB)
    // the part's own budget (32 MiB) raised, so that the total one is met first
    const error = await errorOf(bytes, { maxXmlBytes: 256 * MiB })
    expect(error.code).toBe('too_large')
    expect(error.details).toMatchObject({ maxUnpackedBytes: DEFAULT_LIMITS.maxUnpackedBytes })
    // counted slice by slice: it stops within one slice (at most ~4 MiB) of the budget, not at 200 MB
    expect(error.details['unpackedBytes']).toBeLessThan(DEFAULT_LIMITS.maxUnpackedBytes + 5 * MiB)
  })

  it('refuses the same behind a ZIP64-style end record', async () => {
    const error = await errorOf(bombDocx(200 * MiB, { zip64End: true }))
    expect(error.code).toBe('too_large')
  })

  it('calls a damaged central directory corrupt without inflating anything', async () => {
    const error = await errorOf(bombDocx(200 * MiB, { damageDirectory: true }))
    expect(error.code).toBe('corrupt')
  })

  it('reads a ZIP64-style end record of an honest document', async () => {
    const docx = rewritten(buildDocx({ body: p('Anfrage zur Straßenbeleuchtung') }), [], { zip64End: true })
    const loaded = await loadDocx(docx)
    expect(loaded.blocks.map((b) => b.text)).toEqual(['Anfrage zur Straßenbeleuchtung'])
  })

  it('takes the budgets from the options: all unpacked bytes, and each XML part', async () => {
    const bytes = bombDocx(3 * MiB, {}, 3 * MiB)
    expect((await errorOf(bytes, { maxUnpackedBytes: 1 * MiB })).details).toMatchObject({ maxUnpackedBytes: 1 * MiB })
    const part = await errorOf(bytes, { maxXmlBytes: 2 * MiB })
    expect(part.code).toBe('too_large')
    expect(part.details).toMatchObject({ part: 'word/document.xml', maxXmlBytes: 2 * MiB })
    expect(part.message).toContain('word/document.xml')
  })

  it('inflates only the parts it reads: 200 MB of media padding costs nothing', async () => {
    const { data } = deflateSegments([{ unit: '\u0000', times: 200 * MiB }])
    const docx = rewritten(buildDocx({ body: p('Anfrage zum Radverkehr') }), [{ name: 'word/media/padding.bin', data }])
    const loaded = await loadDocx(docx)
    expect(loaded.blocks.map((b) => b.text)).toEqual(['Anfrage zum Radverkehr'])
  })
})

describe('XML: size, depth, elements and paragraphs are budgets, checked before xmldom builds a node', () => {
  it('refuses 1,000,000 nested elements in about 100 KB as too_complex', async () => {
    const depth = 1_000_000
    const bytes = docxOf([
      { unit: '<w:sdt><w:sdtContent>', times: depth / 2 },
      { unit: '</w:sdtContent></w:sdt>', times: depth / 2 },
    ])
    expect(bytes.length).toBeLessThan(200_000)
    const error = await errorOf(bytes)
    expect(error.code).toBe('too_complex')
    expect(error.details).toMatchObject({ part: 'word/document.xml', maxDepth: DEFAULT_LIMITS.maxDepth })
  })

  it('reads a document as deep as the budget allows, and refuses one level more', async () => {
    // document and body are two levels, the paragraph, run and text three more
    const nest = (levels: number) => docxOf(['<w:sdt>'.repeat(levels) + p('Tief') + '</w:sdt>'.repeat(levels)])
    const loaded = await loadDocx(nest(5), resolveLimits({ maxDepth: 10 }))
    expect(loaded.blocks.map((b) => b.text)).toEqual(['Tief'])
    expect((await errorOf(nest(6), { maxDepth: 10 })).code).toBe('too_complex')
  })

  it('refuses 200,000 paragraphs in about 540 KB as too_complex', async () => {
    const bytes = buildDocx({ body: p('Absatz').repeat(200_000) })
    const error = await errorOf(bytes)
    expect(error.code).toBe('too_complex')
    expect(error.details).toMatchObject({ maxParagraphs: DEFAULT_LIMITS.maxParagraphs })
  })

  it('refuses a 30 MB document.xml of tiny runs in a small file (elements), not out of memory', async () => {
    const runs = '<w:r><w:t>x</w:t></w:r>'
    const bytes = docxOf(['<w:p>', { unit: runs, times: Math.ceil((30 * MiB) / runs.length) }, '</w:p>'])
    expect(bytes.length).toBeLessThan(1.5 * MiB)
    const error = await errorOf(bytes)
    expect(error.code).toBe('too_complex')
    expect(error.details).toMatchObject({ maxXmlElements: DEFAULT_LIMITS.maxXmlElements })
  })

  it('refuses an XML part over maxXmlBytes as too_large', async () => {
    const error = await errorOf(bombDocx(40 * MiB, {}, 40 * MiB))
    expect(error.code).toBe('too_large')
    expect(error.details).toMatchObject({ part: 'word/document.xml', maxXmlBytes: DEFAULT_LIMITS.maxXmlBytes })
  })

  it('does not count a ">" inside an attribute value, a comment or CDATA as the end of a tag', async () => {
    const body = '<!-- <w:p> --><w:p><w:pPr><w:pStyle w:val="a>b"/></w:pPr><w:r><w:t><![CDATA[<w:p><w:p>]]></w:t></w:r></w:p>'
    const loaded = await loadDocx(docxOf([body]), resolveLimits({ maxParagraphs: 1, maxDepth: 6 }))
    expect(loaded.blocks.map((b) => b.text)).toEqual(['<w:p><w:p>'])
  })
})

describe('list numbering: start values and labels are budgets', () => {
  const letters = (start: number) => abstractNum(1, [level(0, { format: 'lowerLetter', text: '%1)', start })]) + num(1, 1)
  const items = (n: number) => Array.from({ length: n }, (_, i) => p(`Punkt ${i + 1}`, { num: [1, 0] })).join('')

  it('clamps w:start="200000000" in a letter format and cuts the labels, with warnings', async () => {
    const loaded = await loadDocx(buildDocx({ body: items(20), numbering: letters(200_000_000) }))
    const labels = loaded.blocks.map((b) => b.label!)
    expect(labels).toHaveLength(20)
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxLabelLength)
    // start 100,000 (the budget) is the letter "d" (100,000 = 26 · 3846 + 4), repeated: the label is cut
    expect(labels[0]).toBe('d'.repeat(DEFAULT_LIMITS.maxLabelLength))
    expect(loaded.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['list_start_clamped', 'list_label_cut']))
  })

  it('clamps a start of 1e11 in decimal numbering instead of calling the document corrupt', async () => {
    const numbering = abstractNum(1, [level(0, { format: 'decimal', text: '%1.', start: 1e11 })]) + num(1, 1)
    const loaded = await loadDocx(buildDocx({ body: items(3), numbering }))
    expect(loaded.blocks.map((b) => b.label)).toEqual(['100000.', '100001.', '100002.'])
    expect(loaded.warnings.find((w) => w.code === 'list_start_clamped')?.message).toContain('100000')
    expect(loaded.warnings.some((w) => w.code === 'list_label_cut')).toBe(false)
  })

  it('clamps start overrides too, and takes both budgets from the options', async () => {
    const numbering =
      abstractNum(1, [level(0, { format: 'decimal', text: 'Frage Nummer %1:' })]) +
      `<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5000"/></w:lvlOverride></w:num>`
    const loaded = await loadDocx(buildDocx({ body: items(2), numbering }), resolveLimits({ maxListStart: 50, maxLabelLength: 12 }))
    expect(loaded.blocks.map((b) => b.label)).toEqual(['Frage Nummer', 'Frage Nummer'])
    expect(loaded.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['list_start_clamped', 'list_label_cut']))
  })

  it('leaves ordinary lists without a warning', async () => {
    const loaded = await loadDocx(buildDocx({ body: items(3), numbering: letters(1) }))
    expect(loaded.blocks.map((b) => b.label)).toEqual(['a)', 'b)', 'c)'])
    expect(loaded.warnings).toEqual([])
  })
})
