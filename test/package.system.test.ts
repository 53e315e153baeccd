/**
 * The package as a user installs it: `npm pack`'s tarball in a fresh consumer project by a plain `npm install`
 * (optional dependencies included, as npm does by default; none of OCR's peers), then plain Node in that
 * project. npm installs from its cache where it can (`--prefer-offline`: the repository's own `npm ci` filled
 * it). Needs ../shared for the seeds; part of `npm run test:system`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SEEDS = join(ROOT, '../shared/seeds')
const work = mkdtempSync(join(tmpdir(), 'package-test-'))
const consumer = join(work, 'consumer')
let packed: string[] = []
let tarball = ''

/** Runs a script in the consumer project and returns what it printed as JSON; it may print no warning (stderr). */
function inConsumer(file: string, script: string): unknown {
  writeFileSync(join(consumer, file), script)
  const run = spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`${file} failed: ${run.stderr}`)
  expect(run.stderr, `${file} printed to stderr`).toBe('')
  return JSON.parse(run.stdout)
}

beforeAll(() => {
  for (const seed of ['karben-ki-anfrage.pdf', 'karben-ki-anfrage.docx']) {
    if (!existsSync(join(SEEDS, seed)))
      throw new Error(`seed document missing: ${join(SEEDS, seed)} (../shared/seeds beside the repository)`)
  }
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  ) as { filename: string; files: { path: string }[] }[]
  packed = pack?.files.map((f) => f.path) ?? []
  tarball = join(work, pack?.filename ?? 'missing.tgz')
  mkdirSync(consumer)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: consumer,
    stdio: 'ignore',
  })
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the packed package', () => {
  it('ships dist, README and LICENSE, and nothing of functions/, test/ or src/', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'dist/index.js',
        'dist/worker/index.js',
        'dist/text/german.cjs',
        'dist/index.cjs',
        'dist/index.d.cts',
        'vendor/pdfjs/pdf.mjs',
        'vendor/pdfjs/pdf.worker.mjs',
        'vendor/pdfjs/LICENSE',
      ])
    )
    expect(
      packed.filter((path) => !/^(?:dist|vendor\/pdfjs)\//.test(path) && !['LICENSE', 'README.md', 'package.json'].includes(path))
    ).toEqual([])
  })

  it("installs without pdfjs-dist, @napi-rs/canvas, natural, stopwords-iso, hono, pdf-parse or OCR's packages, in at most 60 MB", () => {
    const installed = readdirSync(join(consumer, 'node_modules')).flatMap((d) =>
      d.startsWith('@') ? readdirSync(join(consumer, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]
    )
    expect(installed).toEqual(expect.arrayContaining(['inquiry-parser', 'zod']))
    for (const name of [
      'pdfjs-dist',
      'natural',
      'stopwords-iso',
      'hono',
      '@hono/zod-openapi',
      'pdf-parse',
      'mammoth',
      'tesseract.js',
      '@tesseract.js-data/deu',
      '@napi-rs/canvas',
    ]) {
      expect(installed).not.toContain(name)
    }
    expect(installed.filter((name) => name.startsWith('@napi-rs/'))).toEqual([])
    const kilobytes = Number(execFileSync('du', ['-sk', join(consumer, 'node_modules')], { encoding: 'utf8' }).split('\t')[0])
    expect(kilobytes).toBeLessThanOrEqual(60 * 1024)
  })

  it("ships pdf.js's own build with its licence, and no file of dist imports pdfjs-dist", () => {
    const shipped = join(consumer, 'node_modules/inquiry-parser/vendor/pdfjs')
    expect(readFileSync(join(shipped, 'pdf.mjs'), 'utf8')).toContain('const version = "5.4.296"')
    expect(readFileSync(join(shipped, 'LICENSE'), 'utf8')).toContain('Apache License')
    const imports = packed
      .filter((path) => path.endsWith('.js'))
      .filter((path) => /(from |import\()['"]pdfjs-dist/.test(readFileSync(join(consumer, 'node_modules/inquiry-parser', path), 'utf8')))
    expect(imports).toEqual([])
    // for a web page (in Node without @napi-rs/canvas pdf.js itself cannot load: the library installs stand-ins first)
    const exported = inConsumer(
      'pdfjs-exports.mjs',
      `console.log(JSON.stringify({ pdfjs: import.meta.resolve('inquiry-parser/pdfjs'), worker: import.meta.resolve('inquiry-parser/pdfjs/worker') }))`
    ) as { pdfjs: string; worker: string }
    expect(exported.pdfjs).toMatch(/\/node_modules\/inquiry-parser\/vendor\/pdfjs\/pdf\.mjs$/)
    expect(exported.worker).toMatch(/\/node_modules\/inquiry-parser\/vendor\/pdfjs\/pdf\.worker\.mjs$/)
  })

  it('passes publint without a warning', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/publint/src/cli.js'), join(consumer, 'node_modules/inquiry-parser')],
      {
        encoding: 'utf8',
      }
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).not.toContain('Errors:')
    // the require entries are typed by .d.cts twins of the ES declarations, which publint once warned about
    expect(run.stdout.split('\n').filter((line) => /^\d+\. /.test(line))).toEqual([])
  })

  it('passes attw for Node 16+ and bundlers, by import and by require, with no rule ignored', () => {
    // the pdf.js entries are ES modules for web pages, left out: from CommonJS they are "dynamic import only"
    const attw = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js')
    const run = spawnSync(
      process.execPath,
      [attw, tarball, '--profile', 'node16', '--exclude-entrypoints', './pdfjs', './pdfjs/worker', '--format', 'ascii'],
      { encoding: 'utf8' }
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)
    for (const entry of ['inquiry-parser', 'inquiry-parser/node', 'inquiry-parser/worker'])
      expect(run.stdout).toContain(`"${entry}"\n\nnode16 (from CJS): 🟢 (CJS)\nnode16 (from ESM): 🟢 (ESM)\nbundler: 🟢`)
    // node10, which knows no exports, is outside the node16 profile: listed as ignored
    const problems = run.stdout.split('\n').filter((line) => !/\(ignored\b/.test(line) && /💀|❌|🥴|🐛|❗️|🚭|🤨|👺|⚠️/u.test(line))
    expect(problems).toEqual([])
  })

  it('parses the seed PDF and DOCX by import and by require with no warning, and a scan fails with ocr_unavailable naming the install command', () => {
    const seeds = JSON.stringify(SEEDS)
    const imported = inConsumer(
      'by-import.mjs',
      `import { readFileSync } from 'node:fs'
import { parseInquiry } from 'inquiry-parser'
import { parseBytes } from 'inquiry-parser/node'
const read = (name) => new Uint8Array(readFileSync(${seeds} + '/' + name))
const pdf = await parseInquiry(read('karben-ki-anfrage.pdf'))
const docx = await parseInquiry(read('karben-ki-anfrage.docx'))
const scan = await parseBytes(new Uint8Array(readFileSync(${JSON.stringify(join(ROOT, 'fixtures/bad/image-only.pdf'))}))).catch((e) => ({ code: e.code, message: e.message }))
console.log(JSON.stringify({ pdf: pdf.questions.length, docx: docx.questions.length, scan }))`
    ) as { pdf: number; docx: number; scan: { code: string; message: string } }
    expect(imported.pdf).toBeGreaterThan(0)
    expect(imported.docx).toBe(imported.pdf)
    expect(imported.scan.code).toBe('ocr_unavailable')
    expect(imported.scan.message).toContain('npm install tesseract.js@7 @tesseract.js-data/deu@1 @napi-rs/canvas@0.1')
    const required = inConsumer(
      'by-require.cjs',
      `const { parseInquiry } = require('inquiry-parser')
const { preparePdfjs } = require('inquiry-parser/worker')
parseInquiry(new TextEncoder().encode('Anfrage\\n\\n1. Wie viele Bäume wurden gepflanzt?\\n')).then((r) => console.log(JSON.stringify({ questions: r.questions.length, prepare: typeof preparePdfjs })))`
    )
    expect(required).toEqual({ questions: 1, prepare: 'function' })
  })
})
