/**
 * What a user installs and ships (issue 12), standalone: `npx tsx bench/install-size.bench.ts` (also run by
 * `npm run bench`).
 * - install: `npm pack`'s tarball installed into a fresh consumer project, `du` of its node_modules, three ways:
 *   as npm installs it, with `--omit=optional` (the same since pdf.js ships inside vendor/pdfjs and pdfjs-dist,
 *   with its optional @napi-rs/canvas, is no dependency), and with OCR's optional peers (tesseract.js,
 *   @tesseract.js-data/deu, @napi-rs/canvas) added;
 * - browser: the consumer's `inquiry-parser` bundled by esbuild for the browser, minified and gzipped, with
 *   pdf.js, without it (vendor/pdfjs left external: a DOCX/HTML/text-only page), and with inquiry-parser/worker's
 *   inlined pdf.js worker.
 * npm reads from its cache first (`--prefer-offline`), so only packages never installed here are fetched.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BUDGET_MB = 60
const OCR_PEERS = ['tesseract.js@7.0.0', '@tesseract.js-data/deu@1.0.0', '@napi-rs/canvas@0.1.80']

const npm = (cwd: string, args: string[]): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const megabytes = (dir: string): number => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024

function consumer(work: string, name: string, tarball: string, extra: string[]): string {
  const dir = join(work, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, version: '1.0.0', private: true, type: 'module' }))
  npm(dir, ['install', '--no-audit', '--no-fund', '--prefer-offline', ...extra, tarball])
  return dir
}

/** The package's own copy of pdf.js (vendor/pdfjs/) left out of the bundle. */
const withoutPdfjs: Plugin = {
  name: 'without-pdfjs',
  setup(bundle) {
    bundle.onResolve({ filter: /\/pdfjs\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: args.path, external: true }))
  },
}

async function browserGzip(dir: string, entry: string, plugins: Plugin[]): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    plugins,
    write: false,
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length / 1024
}

const work = mkdtempSync(join(tmpdir(), 'install-size-'))
try {
  npm(ROOT, ['pack', '--pack-destination', work])
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) ?? 'missing.tgz')
  const plain = consumer(work, 'plain', tarball, [])
  const rows = [
    { how: 'npm install inquiry-parser', mb: megabytes(join(plain, 'node_modules')) },
    {
      how: '… --omit=optional',
      mb: megabytes(join(consumer(work, 'lean', tarball, ['--omit=optional']), 'node_modules')),
    },
    { how: '… with OCR (+ ' + OCR_PEERS.join(' ') + ')', mb: megabytes(join(consumer(work, 'ocr', tarball, OCR_PEERS), 'node_modules')) },
  ]
  console.log(`consumer node_modules (budget without OCR: ${BUDGET_MB} MB)`)
  for (const row of rows) console.log(`  ${row.mb.toFixed(1).padStart(6)} MB  ${row.how}`)
  const top = readdirSync(join(plain, 'node_modules'))
    .flatMap((d) => (d.startsWith('@') ? readdirSync(join(plain, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]))
    .filter((d) => !d.startsWith('.'))
    .map((d) => ({ d, mb: megabytes(join(plain, 'node_modules', d)) }))
    .sort((a, b) => b.mb - a.mb)
    .slice(0, 6)
  console.log(`  largest: ${top.map((t) => `${t.d} ${t.mb.toFixed(1)} MB`).join(', ')}`)

  const core = "import { parseInquiry } from 'inquiry-parser'\nglobalThis.parseInquiry = parseInquiry\n"
  const prepared = `${core}import { preparePdfjs } from 'inquiry-parser/worker'\npreparePdfjs()\n`
  console.log('browser bundle of the core (esbuild --minify, gzip -9)')
  console.log(`  ${(await browserGzip(plain, core, [withoutPdfjs])).toFixed(0).padStart(6)} KiB  without pdf.js (vendor/pdfjs external)`)
  console.log(`  ${(await browserGzip(plain, core, [])).toFixed(0).padStart(6)} KiB  with pdf.js`)
  console.log(
    `  ${(await browserGzip(plain, prepared, [])).toFixed(0).padStart(6)} KiB  with pdf.js and its worker (inquiry-parser/worker)`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
