/**
 * Turning pages upright from the ink alone: a rendered scan, turned by every quarter turn, must come back
 * on its feet; a page that is not text stays as it is.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Gray } from '../src/node/ocr/bitmap.js'
import { deskew } from '../src/node/ocr/deskew.js'
import { isUpsideDown, liesSideways, straighten, turn } from '../src/node/ocr/orient.js'
import { renderPages } from '../src/node/ocr/render.js'

const pages: Gray[] = []

beforeAll(async () => {
  const scan = new Uint8Array(readFileSync(new URL('../fixtures/scans/grundschule-scan.pdf', import.meta.url)))
  for await (const page of renderPages(scan, [1, 3])) pages.push(page.image)
}, 60_000)

describe('quarter turns of a greyscale image', () => {
  it('turns clockwise, and four turns are none', () => {
    // 2 × 3 pixels: 0 1 / 2 3 / 4 5
    const image: Gray = { width: 2, height: 3, data: Uint8Array.from([0, 1, 2, 3, 4, 5]) }
    expect(turn(image, 1)).toEqual({ width: 3, height: 2, data: Uint8Array.from([4, 2, 0, 5, 3, 1]) })
    expect(turn(image, 2)).toEqual({ width: 2, height: 3, data: Uint8Array.from([5, 4, 3, 2, 1, 0]) })
    expect(turn(turn(image, 3), 1)).toEqual(image)
  })
})

describe('a scanned page turned every way', () => {
  it('is seen lying on its side exactly when turned a quarter', () => {
    for (const page of pages) expect([0, 1, 2, 3].map((t) => liesSideways(turn(page, t)))).toEqual([false, true, false, true])
  })

  it('is seen upside down exactly when turned a half, once its lines are level', () => {
    for (const page of pages) {
      const level = deskew(page).image
      expect([isUpsideDown(level), isUpsideDown(turn(level, 2))]).toEqual([false, true])
    }
  })

  it('comes back upright and level from every quarter turn, skewed as it was scanned', () => {
    for (const page of pages) {
      for (const t of [0, 1, 2, 3]) {
        const upright = straighten(turn(page, t))
        expect((t + upright.turns) % 4).toBe(0)
        expect(upright.image.width).toBe(page.width)
      }
    }
    expect(straighten(turn(pages[0]!, 2)).angle).toBeCloseTo(-3.5, 0)
  })
})

describe('a page without lines of text', () => {
  it('stays as it is: blank, or a grid of equal boxes', () => {
    const blank: Gray = { width: 400, height: 600, data: new Uint8Array(400 * 600).fill(255) }
    expect(straighten(blank).turns).toBe(0)
    const grid: Gray = {
      width: 400,
      height: 400,
      data: new Uint8Array(400 * 400).map((_, i) => ((i % 400) % 40 < 4 || Math.floor(i / 400) % 40 < 4 ? 0 : 255)),
    }
    expect(straighten(grid).turns).toBe(0)
  })
})
