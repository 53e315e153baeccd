/**
 * A running header that is also the document's head: a Drucksache prints "Landtag … Drucksache 8/1234" atop every
 * page. It is taken out of the text as running matter, yet on the first page it is where the document says its
 * number, so the metadata still reads it there.
 */
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import type { LoadedDocument, Page, TextLine } from '../src/nodes.js'
import { structureInquiry } from '../src/structure/index.js'

const line = (text: string, y: number, x = 70): TextLine => ({
  type: 'line',
  text,
  x,
  y,
  width: text.length * 5.5,
  fontSize: 11,
  bold: false,
})

const SENTENCES = [
  'Die Landesregierung legt den folgenden Entwurf eines Gesetzes zur Änderung des Schulgesetzes vor.',
  'Der Entwurf sieht vor, dass Ganztagsschulen künftig auch in kleinen Gemeinden eingerichtet werden.',
  'Die Kosten tragen das Land und die Schulträger zu gleichen Teilen nach einem festen Schlüssel.',
  'Die Anhörung der kommunalen Spitzenverbände hat im Frühjahr stattgefunden und wird ausgewertet.',
  'Ein Bericht über die Erfahrungen mit dem Gesetz wird nach drei Jahren dem Landtag vorgelegt.',
]

/** A page with the header row "Landtag Musterland" … "Drucksache 8/1234" and a page number at the foot. */
function page(number: number, head: TextLine[]): Page {
  const header = [line('Landtag Musterland', 40), line('Drucksache 8/1234', 40, 420)]
  const body = SENTENCES.map((text, i) => line(text, 140 + 28 * i))
  return { type: 'page', number, width: 595, height: 842, lines: [...header, ...head, ...body, line(String(number), 800, 290)] }
}

const doc = (pages: Page[]): LoadedDocument => ({
  type: 'document',
  format: 'pdf',
  pageCount: pages.length,
  ocr: false,
  pages,
  blocks: [],
  warnings: [],
})

describe('the first page’s running header', () => {
  const pages = [page(1, [line('8. Wahlperiode', 54), line('Gesetzentwurf der Landesregierung', 90)]), page(2, []), page(3, [])]

  it('is taken out of the text as running matter', () => {
    const layout = layoutDocument(doc(pages))
    expect(layout.text).not.toContain('Drucksache 8/1234')
    expect(layout.firstHeader).toEqual(['Landtag Musterland Drucksache 8/1234'])
  })

  it('is read for the document’s reference', () => {
    const meta = structureInquiry(layoutDocument(doc(pages))).meta
    expect(meta.reference).toBe('8/1234')
  })
})
