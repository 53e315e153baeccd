// Part of `npm run build`: the pdf.js the library reads PDFs with, shipped inside dist/pdfjs/ rather than as the
// pdfjs-dist dependency. pdfjs-dist is 36 MB (every build, types, maps, fonts) and brings @napi-rs/canvas (32 MB,
// a native binary) as an optional dependency of its own, which npm installs by default; the library needs two of
// its files. So: pdf.js's legacy build (the one that runs in Node 20 as well as in Workers and browsers) and its
// worker, as Mozilla built them, without their source maps; Apache-2.0, whose text travels beside them; and the
// imports tsc wrote for pdfjs-dist pointed at these copies. pdfjs-dist stays a devDependency, pinned exactly.
import { createRequire } from 'node:module'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const PINNED = '5.4.296'
const require = createRequire(import.meta.url)
const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const target = join(dist, 'pdfjs')
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'))
const { version } = JSON.parse(readFileSync(join(pdfjsRoot, 'package.json'), 'utf8'))
if (version !== PINNED) throw new Error(`pdfjs-dist ${version} is installed, the build ships ${PINNED}: run npm ci`)

/** The specifiers tsc leaves in dist, and the file each one becomes. */
const FILES = { 'pdfjs-dist/legacy/build/pdf.mjs': 'pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdf.worker.mjs' }

mkdirSync(target, { recursive: true })
for (const [specifier, file] of Object.entries(FILES)) {
  // the maps (7 MB) are left behind, and so is the comment that names them
  const code = readFileSync(require.resolve(specifier), 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\n?$/, '\n')
  writeFileSync(join(target, file), code)
}
// `inquiry-parser/pdfjs` (package.json's exports): the library's own pdf.js instance, for a page that gives it a
// Web Worker by `GlobalWorkerOptions.workerSrc`; declared as far as that use needs (its full types are pdfjs-dist's)
writeFileSync(
  join(target, 'pdf.d.mts'),
  `/** pdf.js ${version} as inquiry-parser ships and uses it. */\nexport declare const version: string\n/** Where pdf.js starts its Web Worker from: the URL of inquiry-parser/pdfjs/worker. */\nexport declare const GlobalWorkerOptions: { workerSrc: string }\n`
)
writeFileSync(
  join(target, 'LICENSE'),
  `pdf.mjs and pdf.worker.mjs are pdf.js ${version} (pdfjs-dist, legacy build), Copyright Mozilla Foundation,\nunder the Apache License 2.0, unmodified but for their sourceMappingURL comments:\n\n${readFileSync(join(pdfjsRoot, 'LICENSE'), 'utf8')}`
)

/** Every .js file under dir. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'pdfjs' ? [] : scripts(path)
    return entry.name.endsWith('.js') ? [path] : []
  })
}

for (const path of scripts(dist)) {
  let code = readFileSync(path, 'utf8')
  if (!code.includes('pdfjs-dist')) continue
  for (const [specifier, file] of Object.entries(FILES)) {
    const local = `./${relative(dirname(path), join(target, file))}`.replace(/^\.\/\.\.\//, '../')
    code = code.replaceAll(`'${specifier}'`, `'${local}'`).replaceAll(`"${specifier}"`, `"${local}"`)
  }
  // any other import of pdfjs-dist would fail for a consumer, who does not install it
  if (/(from |import\()['"]pdfjs-dist/.test(code)) throw new Error(`${relative(dist, path)} still imports pdfjs-dist`)
  writeFileSync(path, code)
}
