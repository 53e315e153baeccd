import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderPages, type RenderedPage } from '../src/node/ocr/render.js'
import { annotationsPdf } from './hostile/make-pdf-paints.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url)))

async function render(pdf: Uint8Array, pages: number[]): Promise<RenderedPage[]> {
  const out: RenderedPage[] = []
  for await (const page of renderPages(pdf, pages)) out.push(page)
  return out
}

/** A one-page PDF of the given size in points with nothing on it (pdf.js rebuilds the missing xref). */
function blankPdf(width: number, height: number): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`
  )
}

describe('rendering pages for OCR', () => {
  it("renders the page's own content, not its annotations: 2,000 sharing a costly appearance cost nothing", async () => {
    // painted, each annotation's appearance is parsed anew: 20 of them took pdf.js minutes
    const pages: RenderedPage[] = []
    for await (const page of renderPages(annotationsPdf(2000), [1], { dpi: 72 })) pages.push(page)
    expect(pages.map((p) => [p.number, p.dpi])).toEqual([[1, 72]])
  })

  it('renders a scan at the resolution it was scanned at', async () => {
    const [radwege] = await render(fixture('radwege-scan.pdf'), [1])
    expect(radwege!.dpi).toBe(200)
    // A4 at 200 dpi
    expect(radwege!.image.width).toBe(Math.round((595.3 * 200) / 72))
    const grundschule = await render(fixture('grundschule-scan.pdf'), [1, 3])
    expect(grundschule.map((p) => [p.number, p.dpi])).toEqual([
      [1, 150],
      [3, 150],
    ])
  })

  it('renders a page without a scan (typed text) at 300 dpi', async () => {
    const pages = await render(fixture('beleuchtung-mixed.pdf'), [1, 2])
    expect(pages.map((p) => p.dpi)).toEqual([300, 300])
    expect(pages[0]!.width).toBeCloseTo(595.3, 0)
  })

  it('gives the page image grey ink on white paper', async () => {
    const [page] = await render(fixture('beleuchtung-mixed.pdf'), [1])
    const { data } = page!.image
    const dark = data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0)
    expect(dark / data.length).toBeGreaterThan(0.005)
    expect(dark / data.length).toBeLessThan(0.2)
  })

  it('renders a poster-sized page at a lower resolution rather than in gigabytes', async () => {
    const [a0] = await render(blankPdf(2384, 3370), [1])
    expect(a0!.dpi).toBeLessThan(150)
    expect(a0!.image.width * a0!.image.height).toBeLessThanOrEqual(18_000_000)
  })
})
