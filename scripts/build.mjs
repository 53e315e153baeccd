// `npm run build`: dist/ from src/ by tsc; then natural's German stemmer and the German stop words bundled into
// dist/text/german.cjs (German alone, through src/text/stopwords-de.mjs), so that the package needs neither
// natural nor stopwords-iso at run time; then dist/schema.json. dist/ is emptied first, so that nothing a renamed
// source left behind is shipped. Before all of it, pdf.js into vendor/pdfjs/ (scripts/vendor-pdfjs.mjs), which src/
// imports and the package ships, so that it needs no pdfjs-dist either.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const root = new URL('..', import.meta.url)

await import('./vendor-pdfjs.mjs')
rmSync(new URL('dist', root), { recursive: true, force: true })
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })

/** `stopwords-iso` itself (not its files) as its German list alone: the module the Worker's bundle uses too (wrangler.toml's [alias]). */
const germanStopwordsOnly = {
  name: 'german-stopwords-only',
  setup(bundle) {
    bundle.onResolve({ filter: /^stopwords-iso$/ }, () => ({ path: new URL('src/text/stopwords-de.mjs', root).pathname }))
  },
}

// the MIT licences of what is bundled travel with it (stopwords-iso's package ships no licence text: its name)
const natural = readFileSync(require.resolve('natural/LICENSE.txt'), 'utf8').trim()
const banner = `/*!\nBundled from natural ${require('natural/package.json').version}:\n\n${natural}\n\nand the German list of stopwords-iso ${require('stopwords-iso/package.json').version} (MIT, ${require('stopwords-iso/package.json').author}).\n*/`

await build({
  entryPoints: [new URL('src/text/german.cjs', root).pathname],
  outfile: new URL('dist/text/german.cjs', root).pathname,
  bundle: true,
  format: 'cjs',
  platform: 'neutral',
  mainFields: ['main'],
  sourcemap: true,
  banner: { js: banner },
  plugins: [germanStopwordsOnly],
  logLevel: 'warning',
})

// bundled into german.cjs above; on its own it would need stopwords-iso
for (const file of ['stopwords-de.mjs', 'stopwords-de.mjs.map', 'stopwords-de.d.mts'])
  rmSync(new URL(`dist/text/${file}`, root), { force: true })

// the types of `require`: what it returns is the ES module itself, whose exports the ES declarations describe,
// but TypeScript takes a .d.ts under "type": "module" for ES and a CommonJS project in node16 mode cannot import
// it (attw: false-esm). So each declaration has a CommonJS twin, .d.cts, that imports the other twins (.cjs)
writeDeclarationTwins(new URL('dist/', root))

// `require` of an entry: Node 20.19+ and 22.12+ load an ES module by `require`, which these pass on; older
// Node cannot, and its users get one sentence instead of a bare ERR_REQUIRE_ESM
for (const entry of ['index', 'node/index', 'worker/index']) {
  const name = entry === 'index' ? 'inquiry-parser' : `inquiry-parser/${entry.replace('/index', '')}`
  const sentence = `${name} is an ES module, which this Node cannot load by require: use import (or await import('${name}')), or Node 20.19+ or 22.12+.`
  writeFileSync(
    new URL(`dist/${entry}.cjs`, root),
    `'use strict'\ntry {\n  module.exports = require('./index.js')\n} catch (error) {\n  if (error?.code !== 'ERR_REQUIRE_ESM') throw error\n  throw new Error(${JSON.stringify(sentence)}, { cause: error })\n}\n`
  )
}
await import('./write-schema.mjs')

/** Every `x.d.ts` under `dir` as `x.d.cts` too, its relative imports of `./y.js` made `./y.cjs` (whose types are `y.d.cts`). */
function writeDeclarationTwins(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name, dir)
    if (entry.isDirectory()) writeDeclarationTwins(new URL(`${entry.name}/`, dir))
    else if (entry.name.endsWith('.d.ts')) {
      const declarations = readFileSync(path, 'utf8').replace(/(['"])(\.{1,2}\/[^'"]*)\.js\1/g, '$1$2.cjs$1')
      writeFileSync(new URL(entry.name.replace(/\.d\.ts$/, '.d.cts'), dir), declarations)
    }
  }
}
