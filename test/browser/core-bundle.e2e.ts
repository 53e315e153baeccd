/**
 * The core as a web page gets it: src/index.ts and inquiry-parser/worker bundled by esbuild for the browser, run
 * in headless Chromium on the seed PDF and DOCX (../shared/seeds). A PDF before `preparePdfjs()` is refused
 * with pdf_unavailable; after it, both documents read exactly as they do in Node. Needs Chromium:
 * `CHROMIUM_PATH`, else /usr/bin/chromium (`apt-get install chromium`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInquiry } from '../../src/index.js'

const SEEDS = join(import.meta.dirname, '../../../shared/seeds')
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update']

/**
 * What a page exposes: parse base64 bytes; an error comes back as its fields. Two pages, because the pdf.js
 * worker module sets `globalThis.pdfjsWorker` as soon as it is loaded: the core alone, and the core after
 * `preparePdfjs()`.
 */
const entry = (prepared: boolean): string => `
import { parseInquiry, isInquiryError } from './src/index.ts'
${prepared ? "import { preparePdfjs } from './src/worker/index.ts'\npreparePdfjs()" : ''}
globalThis.parseSeed = async (base64) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  try {
    return { inquiry: JSON.parse(JSON.stringify(await parseInquiry(bytes))) }
  } catch (error) {
    return { error: { inquiryError: isInquiryError(error), code: error.code, message: String(error.message) } }
  }
}
`

const PAGE = '<!doctype html><meta charset="utf-8"><title>inquiry-parser</title><script src="/core.js"></script>'

type Outcome = { inquiry?: unknown; error?: { inquiryError: boolean; code?: string; message: string } }

function seed(name: string): Uint8Array {
  const path = join(SEEDS, name)
  if (!existsSync(path)) throw new Error(`seed document missing: ${path} (../shared/seeds beside the repository)`)
  return new Uint8Array(readFileSync(path))
}

let browser: Browser
const pages: Record<'core' | 'prepared', Page | undefined> = { core: undefined, prepared: undefined }

async function openPage(prepared: boolean): Promise<Page> {
  const bundle = await build({
    stdin: { contents: entry(prepared), resolveDir: join(import.meta.dirname, '../..'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  const script = bundle.outputFiles[0]?.text ?? ''
  const page = await browser.newPage()
  // served from localhost, a secure context as an https page is: the parser hashes the input with crypto.subtle
  await page.route('http://localhost/**', (route) =>
    route.fulfill(
      route.request().url().endsWith('.js') ? { contentType: 'text/javascript', body: script } : { contentType: 'text/html', body: PAGE }
    )
  )
  await page.goto('http://localhost/')
  return page
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  pages.core = await openPage(false)
  pages.prepared = await openPage(true)
})

afterAll(async () => {
  await browser?.close()
})

async function parseInPage(which: keyof typeof pages, bytes: Uint8Array): Promise<Outcome> {
  const page = pages[which]
  if (!page) throw new Error(`the ${which} page did not open`)
  return page.evaluate(
    (base64) => (globalThis as unknown as { parseSeed(b: string): Promise<Outcome> }).parseSeed(base64),
    Buffer.from(bytes).toString('base64')
  )
}

const inNode = async (bytes: Uint8Array): Promise<unknown> => JSON.parse(JSON.stringify(await parseInquiry(bytes)))

describe('the core bundled for a browser', () => {
  it('refuses a PDF before preparePdfjs() with pdf_unavailable, naming the call', async () => {
    const { error } = await parseInPage('core', seed('karben-ki-anfrage.pdf'))
    expect(error).toMatchObject({ inquiryError: true, code: 'pdf_unavailable' })
    expect(error?.message).toContain("preparePdfjs() from 'inquiry-parser/worker'")
  })

  it('reads the seed DOCX without any setup, as Node reads it', async () => {
    const bytes = seed('karben-ki-anfrage.docx')
    const { inquiry, error } = await parseInPage('core', bytes)
    expect(error).toBeUndefined()
    expect(inquiry).toEqual(await inNode(bytes))
  })

  it('reads the seed PDF after preparePdfjs(), as Node reads it', async () => {
    const bytes = seed('karben-ki-anfrage.pdf')
    const { inquiry, error } = await parseInPage('prepared', bytes)
    expect(error).toBeUndefined()
    expect((inquiry as { questions: unknown[] }).questions.length).toBeGreaterThan(0)
    expect(inquiry).toEqual(await inNode(bytes))
  })
})
