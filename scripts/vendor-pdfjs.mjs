// `npm run build`, first step: the pdf.js the library reads PDFs with, as vendor/pdfjs/ (generated, not committed
// but for its declarations), which src/ imports and the package ships in place of the pdfjs-dist dependency.
// pdfjs-dist is 36 MB (every build, types, maps, fonts) and brings @napi-rs/canvas (32 MB, a native binary) as an
// optional dependency of its own, which npm installs by default; the library needs two of its files: pdf.js's
// legacy build (the one that runs in Node 20 as well as in Workers and browsers) and its worker, as Mozilla built
// them, without their source maps, with Apache-2.0's text beside them. pdfjs-dist stays a devDependency, pinned.
//
// Two changes, each marked in the file. In pdf.mjs: where the legacy build finds itself in Node (or in workerd,
// whose nodejs_compat looks like Node) it loads @napi-rs/canvas to supply DOMMatrix, ImageData and Path2D, and
// prints a warning when it cannot — on every first PDF without the package, and in workerd always. It is loaded
// only when one of the three is missing: the library supplies stand-ins first where @napi-rs/canvas is not
// installed (src/load/canvas-stand-ins.ts), and where it is, pdf.js loads it as before.
// In pdf.worker.mjs (which runs in the caller's thread in Node, pdf.js's "fake worker"): Catalog.getPageDict,
// walking the page tree, fetches every kid of the top-level /Pages ahead into pageDictCache, and a fetch that fails
// (a damaged object: "End of file inside dictionary") and is never awaited — the walk stopped before that kid —
// was an unhandled rejection, which ends a Node process with default settings. The prefetch is marked handled;
// whoever awaits it from the cache still gets its error.
import { createRequire } from 'node:module'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PINNED = '5.4.296'
const require = createRequire(import.meta.url)
const target = fileURLToPath(new URL('../vendor/pdfjs/', import.meta.url))
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'))
const { version } = JSON.parse(readFileSync(join(pdfjsRoot, 'package.json'), 'utf8'))
if (version !== PINNED) throw new Error(`pdfjs-dist ${version} is installed, the build ships ${PINNED}: run npm ci`)

const CANVAS_LOOKUP = 'if (isNodeJS) {\n  let canvas;\n  try {\n'
const CANVAS_LOOKUP_WHEN_NEEDED =
  'if (isNodeJS) {\n  let canvas;\n  // inquiry-parser: @napi-rs/canvas only for what is missing (scripts/vendor-pdfjs.mjs)\n' +
  '  if (!globalThis.DOMMatrix || !globalThis.ImageData || !globalThis.Path2D) try {\n'

const PAGE_DICT_PREFETCH = '          pageDictCache.put(lastKid, xref.fetchAsync(lastKid));\n'
const PAGE_DICT_PREFETCH_HANDLED =
  '          // inquiry-parser: a prefetch nobody awaits must not reject unhandled (scripts/vendor-pdfjs.mjs)\n' +
  '          const prefetch = xref.fetchAsync(lastKid);\n' +
  '          prefetch.catch(() => {});\n' +
  '          pageDictCache.put(lastKid, prefetch);\n'

/** pdf.js's file without its source map's comment, and with each change's `from` replaced by its `to` exactly once. */
function vendored(file, changes = []) {
  let code = readFileSync(join(pdfjsRoot, 'legacy/build', file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\n?$/, '\n')
  for (const { what, from, to } of changes) {
    const parts = code.split(from)
    if (parts.length !== 2) throw new Error(`${file}: pdf.js ${version}'s ${what} is not where the build expects it`)
    code = parts.join(to)
  }
  return code
}

mkdirSync(target, { recursive: true })
writeFileSync(join(target, 'pdf.mjs'), vendored('pdf.mjs', [{ what: 'canvas lookup', from: CANVAS_LOOKUP, to: CANVAS_LOOKUP_WHEN_NEEDED }]))
writeFileSync(
  join(target, 'pdf.worker.mjs'),
  vendored('pdf.worker.mjs', [{ what: 'page dictionary prefetch', from: PAGE_DICT_PREFETCH, to: PAGE_DICT_PREFETCH_HANDLED }])
)
writeFileSync(
  join(target, 'LICENSE'),
  `pdf.mjs and pdf.worker.mjs are pdf.js ${version} (pdfjs-dist, legacy build), Copyright Mozilla Foundation, under the
Apache License 2.0 below. Changed by inquiry-parser: their source-map comments removed; in pdf.mjs the
lookup of @napi-rs/canvas made conditional on a missing DOMMatrix, ImageData or Path2D; in pdf.worker.mjs
Catalog.getPageDict's prefetch of the page tree's kids marked handled, so that a failed fetch no one awaits is
no unhandled rejection (both marked in the file).

${readFileSync(join(pdfjsRoot, 'LICENSE'), 'utf8')}`
)
