// Builds what the clerk's page loads besides its own files, into public/lib/ (gitignored): the library's review
// and export code bundled for the browser (src/review/page.ts → review.js), and pdf.js from the package's own
// pdfjs-dist (the module, its worker, and the standard fonts for PDFs that do not embed theirs).
// Run by wrangler before `wrangler dev` and `wrangler deploy` (wrangler.toml's [build] command).
import { build } from 'esbuild'
import { cpSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'public/lib')
mkdirSync(out, { recursive: true })

await build({
  entryPoints: [join(root, 'src/review/page.ts')],
  outfile: join(out, 'review.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
})

const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(pdfjs, 'build', file), join(out, file))
cpSync(join(pdfjs, 'standard_fonts'), join(out, 'standard_fonts'), { recursive: true })
