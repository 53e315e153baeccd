/**
 * The clerk's desk in headless Chromium against `wrangler dev`, with the seed inquiry (../shared/seeds): how sure
 * each link is, a correction by keyboard that reaches the downloads, the reply template read back, the source
 * view on the PDF page, errors that replace the result, and axe-core at desktop and phone width. Screenshots go
 * to /tmp/desk-shots (DESK_SHOTS to change), for a person to look at; the upload-to-result time is printed.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorText } from '../../src/review/german.js'
import { parseInquiry } from '../../src/parse.js'
import type { Inquiry } from '../../src/schema.js'
import { download, uploadThroughPage as upload, useDesk } from './desk-page.js'

const SEED = fileURLToPath(new URL('../../../shared/seeds/karben-ki-anfrage.pdf', import.meta.url))
const bad = (name: string) => fileURLToPath(new URL(`../../fixtures/bad/${name}`, import.meta.url))
const SHOTS = process.env['DESK_SHOTS'] ?? '/tmp/desk-shots'
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const TIERS = ['sicher', 'wahrscheinlich', 'bitte prüfen']

const desk = useDesk()
const openDesk = (width?: number) => desk.open(width)
beforeAll(() => mkdirSync(SHOTS, { recursive: true }))

/** Uploads `file` through the page; for the seed, prints the milliseconds from the click to the result on screen. */
async function uploadThroughPage(page: Page, file: string): Promise<number> {
  const ms = await upload(page, file)
  if (file === SEED)
    console.log(
      `upload to result, seed PDF through the page: ${ms} ms (the page's own count: ${await page.getAttribute('body', 'data-result-ms')} ms)`
    )
  return ms
}

const json = async (page: Page) => JSON.parse((await download(page, '#download-json')).bytes.toString('utf8')) as Inquiry

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE) // through the debugger protocol, which the page's CSP does not govern
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run()
  )
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
}

describe("the clerk's desk with the seed inquiry", () => {
  it('shows every link as sicher, wahrscheinlich or bitte prüfen with its German reason, and marks paragraphs that answer several questions', async () => {
    const page = await openDesk()
    await uploadThroughPage(page, SEED)
    const inquiry = await json(page)
    const links = (inquiry.reply?.paragraphs ?? []).flatMap((p) => p.answers.map(() => p))
    const answers = page.locator('#questions .answer')
    expect(await answers.count()).toBe(links.length)
    for (let i = 0; i < links.length; i++) {
      const facts = answers.nth(i).locator('.answer-facts')
      expect(TIERS).toContain((await facts.locator('.tier').textContent())!.replace(/^\S+\s+/, '').trim())
      expect(await facts.locator('.reason').textContent()).toMatch(/^Grund: \S/)
    }
    const several = links.filter((p) => p.answers.length > 1).length
    expect(await page.locator('#questions .badge-several').count()).toBe(several)
    expect(await page.textContent('#questions')).not.toMatch(/shared terms|score|clearest answer/)
    expect(page.failures).toEqual([])
    await page.close()
  })

  it('moves a paragraph to another question by keyboard, and both downloads carry the correction and the coverage', async () => {
    const page = await openDesk()
    await uploadThroughPage(page, SEED)
    const before = await json(page)
    const first = before.reply!.paragraphs.find((p) => p.answers.some((a) => a.question === '1'))!
    const select = page.locator(`#move-${first.id}-1`)
    await select.focus()
    // the native select by keyboard: options are 2, 3, 4, 5; two steps down is question 4
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await select.inputValue()).toBe('4')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verschieben')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.textContent('#corrections-summary')).toContain('Eine Korrektur')

    const after = await json(page)
    expect(after.corrections).toEqual([{ op: 'move', paragraph: first.id, question: '4' }])
    expect(after.reply!.paragraphs.find((p) => p.id === first.id)!.answers).toEqual([
      expect.objectContaining({ question: '4', method: 'manual' }),
    ])
    // the seed's question 1 has that one answer: moved away, the question is open
    expect(before.reply!.paragraphs.filter((p) => p.answers.some((a) => a.question === '1'))).toHaveLength(1)
    expect(after.coverage.unanswered).toEqual(['1'])
    const markdown = (await download(page, '#download-md')).bytes.toString('utf8')
    const four = markdown.slice(markdown.indexOf('### Frage 4'), markdown.indexOf('### Frage 5'))
    expect(four).toContain(first.text.slice(0, 40))
    expect(four).toContain('sicher: von Hand zugeordnet')

    // a question marked answered by keyboard, whatever its links say; the coverage follows
    await page.focus('[data-key="mark-1"]')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Als beantwortet markieren')
    await page.keyboard.press('Enter')
    const marked = await json(page)
    expect(marked.coverage.unanswered).toEqual([])
    expect(marked.corrections!.at(-1)).toEqual({ op: 'mark', question: '1', answered: true })
    expect((await download(page, '#download-md')).bytes.toString('utf8')).toContain('Von Hand als beantwortet markiert.')
    // and every correction can be taken back, down to the parse as the service gave it
    while (await page.isVisible('#undo')) {
      await page.focus('#undo')
      await page.keyboard.press('Enter')
    }
    expect(await json(page)).toEqual(before)
    await page.close()
  })

  it('downloads the reply template, which our reader reads back to the same questions with the corrected answers', async () => {
    const page = await openDesk()
    await uploadThroughPage(page, SEED)
    const inquiry = await json(page)
    const moved = inquiry.reply!.paragraphs.find((p) => p.answers.some((a) => a.question === '3'))!
    await page.selectOption(`#move-${moved.id}-3`, '1')
    await page.click(`[data-key="move-${moved.id}-3"]`)
    const template = await download(page, '#download-docx')
    expect(template.name).toBe('karben-ki-anfrage-stellungnahme.docx')
    const back = await parseInquiry(template.bytes)
    expect(back.questions.map((q) => [q.id, q.text])).toEqual(inquiry.questions.map((q) => [q.id, q.text]))
    const underOne = back.reply!.paragraphs.filter((p) => p.answers.some((a) => a.question === '1')).map((p) => p.text)
    expect(underOne).toContain(moved.text)
    await page.close()
  })

  it('shows a question on its PDF page, rendered in the browser, with its passage marked', async () => {
    const page = await openDesk()
    await uploadThroughPage(page, SEED)
    const inquiry = await json(page)
    const second = inquiry.questions[1]!
    await page.click('[data-key="show-q-2"]')
    await expect.poll(() => page.textContent('#source-caption'), { timeout: 30_000 }).toContain('Markiert:')
    const caption = (await page.textContent('#source-caption'))!
    expect(caption).toContain(`Frage 2, Seite ${second.position.page}`)
    expect(caption).toContain(second.text.slice(0, 50))
    expect(caption).not.toContain(inquiry.questions[2]!.text.slice(0, 30))
    expect(await page.locator('#source-view canvas').count()).toBe(1)
    const boxes = await page.locator('#source-view .mark-box').count()
    expect(boxes).toBeGreaterThan(0)
    // the canvas has been drawn on: some pixels are not white
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector('#source-view canvas') as HTMLCanvasElement
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      let dark = 0
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++
      return dark
    })
    expect(inked).toBeGreaterThan(1000)
    await page.screenshot({ path: `${SHOTS}/source-1280.png`, fullPage: false })
    expect(page.failures).toEqual([])
    await page.close()
  })

  it('shows a passage of a Word document in its recognized text, marked', async () => {
    const page = await openDesk()
    await uploadThroughPage(page, fileURLToPath(new URL('../../fixtures/worker/spielplaetze.docx', import.meta.url)))
    const inquiry = await json(page)
    const answer = inquiry.reply!.paragraphs.find((p) => p.answers.some((a) => a.question === '2'))!
    await page.click(`[data-key="show-p-${answer.id}-2"]`)
    await page.locator('#source-view mark.passage').waitFor({ timeout: 30_000 })
    expect(await page.textContent('#source-view mark.passage')).toBe(inquiry.text.slice(answer.position.start, answer.position.end))
    expect(await page.textContent('#source-view mark.passage')).toContain('Sonnenschutz')
    expect(await page.locator('#source-view canvas').count()).toBe(0)
    await page.close()
  })

  it('has no axe-core violations at 1280 and 390 px, with the source shown, and saves screenshots of both', async () => {
    for (const width of [1280, 390]) {
      const page = await openDesk(width)
      await page.screenshot({ path: `${SHOTS}/start-${width}.png`, fullPage: true })
      expect(await axeViolations(page), `empty page at ${width} px`).toEqual([])
      await uploadThroughPage(page, SEED)
      await page.click('[data-key="show-q-1"]')
      await expect.poll(() => page.textContent('#source-caption'), { timeout: 30_000 }).toContain('Markiert:')
      expect(await axeViolations(page), `result at ${width} px`).toEqual([])
      await page.screenshot({ path: `${SHOTS}/result-${width}.png`, fullPage: true })
      await page.close()
    }
  })
})

describe("the desk's German", () => {
  it('labels the file chooser in German over a hidden native input', async () => {
    const page = await openDesk()
    expect(await page.locator('label[for="file"]').textContent()).toContain('Datei auswählen')
    const box = await page.locator('#file').boundingBox()
    expect(box!.width).toBeLessThanOrEqual(1)
    // still reachable by keyboard: the skip link, then the chooser, whose German button shows the focus
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file')
    const ring = await page.locator('label[for="file"] .button-like').evaluate((element) => getComputedStyle(element).outlineStyle)
    expect(ring).toBe('solid')
    await page.locator('[data-drop="file"]').screenshot({ path: `${SHOTS}/focus-file-1280.png` })
    await page.close()
  })

  it('replaces a good result by the error of a failed upload, saying what the clerk can do', async () => {
    const page = await openDesk()
    await uploadThroughPage(page, SEED)
    await page.setInputFiles('#file', bad('encrypted.pdf'))
    await page.click('#submit')
    await page.locator('#error').waitFor({ state: 'visible', timeout: 60_000 })
    expect(await page.textContent('#error')).toBe(errorText('encrypted'))
    expect(await page.isHidden('#result')).toBe(true)
    await page.close()
  })

  it('tells the clerk about a scan without naming a command line', async () => {
    const page = await openDesk()
    await page.setInputFiles('#file', bad('image-only.pdf'))
    await page.click('#submit')
    await page.locator('#error').waitFor({ state: 'visible', timeout: 60_000 })
    const text = (await page.textContent('#error'))!
    expect(text).toBe(errorText('needs_ocr'))
    expect(text).not.toMatch(/inquiry-parser|--ocr/)
    await page.close()
  })
})
