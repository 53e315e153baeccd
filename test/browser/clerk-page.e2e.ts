/**
 * The clerk's page in headless Debian Chromium (playwright-core) against `wrangler dev`: upload a PDF, see
 * each question beside its answer, download the result; the page set up as test/browser/desk-page.ts does.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { errorText } from '../../src/review/german.js'
import { download, uploadThroughPage, useDesk } from './desk-page.js'
import { startWranglerDev } from './wrangler-dev.js'

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/worker/${name}`, import.meta.url))
// read from fixtures/make/worker/spielplaetze-*.md
const QUESTIONS = [
  [
    '1.',
    'Wie viele Spielgeräte auf den drei Spielplätzen im Ortsteil Lindenhof sind derzeit gesperrt, und aus welchen Gründen?',
    'Derzeit sind auf den Spielplätzen im Ortsteil Lindenhof vier Spielgeräte gesperrt',
  ],
  [
    '2.',
    'Wann wird der im Haushalt 2024 vorgesehene Sonnenschutz am Spielplatz am Mühlbach aufgestellt?',
    'Der Sonnenschutz am Spielplatz am Mühlbach wird im Mai 2025 aufgestellt',
  ],
  [
    '3.',
    'Wie oft werden die Spielplätze im Ortsteil Lindenhof von der Stadt auf ihre Sicherheit geprüft?',
    'Der Bauhof prüft jeden Spielplatz wöchentlich durch Sichtkontrolle',
  ],
] as const

const desk = useDesk()

describe('the clerk page in Chromium', () => {
  it('uploads a PDF and shows each question beside its answer', async () => {
    const page = await desk.open()
    await page.setInputFiles('#file', fixture('spielplaetze.pdf'))
    await expect.poll(() => page.textContent('.chosen')).toContain('spielplaetze.pdf')
    await page.focus('#submit')
    await page.keyboard.press('Enter') // the form works from the keyboard
    await page.waitForSelector('#result:not([hidden])', { timeout: 60_000 })

    const items = page.locator('#questions > li')
    expect(await items.count()).toBe(3)
    for (const [i, [label, question, answer]] of QUESTIONS.entries()) {
      const item = items.nth(i)
      expect(await item.locator('.question .label').textContent()).toBe(label)
      expect(await item.locator('.question .question-text').textContent()).toBe(question)
      expect(await item.locator('.answers').textContent()).toContain(answer)
      expect(await item.locator('.badge-open').count()).toBe(0) // answered, so not marked
    }
    expect(await page.textContent('#coverage')).toBe('3 Fragen: 3 beantwortet, 0 ohne erkannte Antwort.')
    expect(await page.textContent('#meta')).toContain('Zustand der Spielplätze im Ortsteil Lindenhof')
    expect(page.failures).toEqual([])
    await page.close()
  })

  it('shows how sure the link of each answer is, and why, in German', async () => {
    const page = await desk.open()
    await uploadThroughPage(page, fixture('spielplaetze.pdf'))
    const facts = page.locator('#questions > li').first().locator('.answer-facts')
    expect(await facts.locator('.tier').textContent()).toContain('sicher')
    expect(await facts.locator('.reason').textContent()).toMatch(/^Grund: Kennzeichnung „Zu 1/)
    await page.close()
  })

  it('downloads the result as JSON and as Markdown', async () => {
    const page = await desk.open()
    await uploadThroughPage(page, fixture('spielplaetze.pdf'))

    const json = await download(page, '#download-json')
    expect(json.name).toBe('spielplaetze.json')
    const inquiry = JSON.parse(json.bytes.toString('utf8')) as { questions: Array<{ text: string }> }
    expect(inquiry.questions.map((q) => q.text)).toEqual(QUESTIONS.map(([, question]) => question))

    const markdown = await download(page, '#download-md')
    expect(markdown.name).toBe('spielplaetze.md')
    expect(markdown.bytes.toString('utf8')).toContain(QUESTIONS[1][1])
    await page.close()
  })

  it('explains a bad document in German', async () => {
    const page = await desk.open()
    await page.setInputFiles('#file', fixture('encrypted.pdf'))
    await page.click('#submit')
    const alert = page.locator('#error')
    await alert.waitFor({ state: 'visible', timeout: 60_000 })
    expect(await alert.getAttribute('role')).toBe('alert')
    expect(await alert.textContent()).toBe(errorText('encrypted'))
    expect(await page.isHidden('#result')).toBe(true)
    await page.close()
  })
})

describe('the clerk page with other settings', () => {
  it('states the size limit in force', async () => {
    const small = await startWranglerDev({ vars: { MAX_BYTES: '2621440' } })
    const page = await desk.browser.newPage()
    try {
      await page.goto(small.url)
      await expect.poll(() => page.textContent('#file-hint .max-size')).toBe('2,5 MB')
    } finally {
      await page.close()
      await small.stop()
    }
  }, 120_000)

  it('asks for the token when the API needs one, then parses with it', async () => {
    const guarded = await startWranglerDev({ vars: { API_TOKEN: 'neuweiler-test-token' } })
    const page = await desk.browser.newPage()
    try {
      await page.goto(guarded.url)
      await page.setInputFiles('#file', fixture('spielplaetze.pdf'))
      await page.click('#submit')
      await page.locator('#token').waitFor({ state: 'visible', timeout: 60_000 })
      expect(await page.textContent('#error')).toContain('Zugangsschlüssel')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('token')
      await page.fill('#token', 'neuweiler-test-token')
      await page.click('#submit')
      await page.waitForSelector('#result:not([hidden])', { timeout: 60_000 })
      expect(await page.locator('#questions > li').count()).toBe(3)
    } finally {
      await page.close()
      await guarded.stop()
    }
  }, 120_000)
})
