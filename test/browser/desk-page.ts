/**
 * @module
 * The page setup both Chromium suites of the clerk's page share: `wrangler dev` and one headless Debian Chromium
 * (playwright-core) for the suite, a page at a given width that collects what went wrong on it, an upload through
 * the form, and a download. Needs Chromium: `CHROMIUM_PATH`, else /usr/bin/chromium (`apt-get install chromium`).
 */
import { readFileSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startWranglerDev, type DevServer } from './wrangler-dev.js'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
]

/** A page of the desk, with what went wrong on it: script errors, console errors, failed and external requests. */
export type DeskPage = Page & { failures: string[] }

export type Desk = {
  /** the server's address, once the suite has started */
  readonly url: string
  readonly browser: Browser
  open(width?: number): Promise<DeskPage>
}

/** Starts `wrangler dev` and Chromium before the suite's tests and stops both after them. */
export function useDesk(): Desk {
  let server: DevServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startWranglerDev()
    // playwright gives every launch a fresh, empty profile directory
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the desk is used before its suite started it')
    return value
  }
  return {
    get url() {
      return started(server).url
    },
    get browser() {
      return started(browser)
    },
    open: (width = 1280) => openPage(started(browser), started(server).url, width),
  }
}

async function openPage(browser: Browser, url: string, width: number): Promise<DeskPage> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true })
  const failures: string[] = []
  page.on('pageerror', (error) => failures.push(error.message))
  page.on('console', (message) => message.type() === 'error' && failures.push(message.text()))
  page.on('requestfailed', (request) => failures.push(`${request.url()} failed`))
  page.on('request', (request) => !request.url().startsWith(url) && failures.push(`external request: ${request.url()}`))
  await page.goto(url)
  return Object.assign(page, { failures })
}

/** Chooses `file` and sends the form; resolves with the milliseconds from the click to the result on screen. */
export async function uploadThroughPage(page: Page, file: string): Promise<number> {
  await page.setInputFiles('#file', file)
  const started = Date.now()
  await page.click('#submit')
  await page.waitForSelector('#result:not([hidden])', { timeout: 60_000 })
  return Date.now() - started
}

/** Clicks a download button; the file's suggested name and bytes. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)])
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}
