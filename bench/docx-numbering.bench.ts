/**
 * Why the DOCX loader reads Word's XML itself rather than through mammoth (issue 12), standalone:
 * `npx tsx bench/docx-numbering.bench.ts` (also run by `npm run bench`). For every DOCX fixture, the paragraphs
 * our loader labels from Word's automatic numbering ("1.", "4)", "II.") are looked up in mammoth's output:
 * - raw text (`extractRawText`): does the paragraph still start with its label?
 * - HTML (`convertToHtml`): does the number a browser shows for its `<li>` (the `<ol>`'s `start`, else 1,
 *   counted on) equal the label's number? Only labels with an arabic number are compared here, since
 *   mammoth's `<ol>` carries no list type either.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Parser } from 'htmlparser2'
import mammoth from 'mammoth'
import { loadDocument } from '../src/load/index.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DIRS = ['fixtures/docx', 'fixtures/inquiries']
const BULLET = /^[•\-–—▪◦·*]$/u

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim()
const headOf = (text: string): string => squash(text).slice(0, 40)

/** Each `<li>` of mammoth's HTML with the number a browser shows for it. */
function shownNumbers(html: string): { text: string; shown: number }[] {
  const items: { text: string; shown: number }[] = []
  const lists: { next: number; ordered: boolean }[] = []
  const open: { text: string; shown: number | null }[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'ol' || name === 'ul') lists.push({ next: Number(attributes.start ?? 1), ordered: name === 'ol' })
      if (name === 'li') {
        const list = lists.at(-1)
        open.push({ text: '', shown: list?.ordered ? list.next++ : null })
      }
    },
    ontext(text) {
      for (const item of open) item.text += text
    },
    onclosetag(name) {
      if (name === 'ol' || name === 'ul') lists.pop()
      if (name === 'li') {
        const item = open.pop()
        if (item && item.shown !== null) items.push({ text: squash(item.text), shown: item.shown })
      }
    },
  })
  parser.end(html)
  return items
}

type Tally = { documents: number; numbered: number; inRawText: number; arabic: number; sameInHtml: number }
const tally: Tally = { documents: 0, numbered: 0, inRawText: 0, arabic: 0, sameInHtml: 0 }

for (const dir of DIRS) {
  for (const file of readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.docx'))
    .sort()) {
    const bytes = readFileSync(join(ROOT, dir, file))
    // the hostile fixtures beside the good ones are refused: nothing to compare
    const loaded = await loadDocument(new Uint8Array(bytes)).catch(() => null)
    if (loaded === null) continue
    const ours = loaded.blocks.filter((b) => b.label !== null && !BULLET.test(b.label) && headOf(b.text) !== '')
    if (ours.length === 0) continue
    const raw = (await mammoth.extractRawText({ buffer: bytes })).value.split('\n').map(squash)
    const html = shownNumbers((await mammoth.convertToHtml({ buffer: bytes })).value)
    tally.documents++
    for (const block of ours) {
      const head = headOf(block.text)
      const label = block.label ?? ''
      tally.numbered++
      if (raw.some((line) => line.includes(head) && line.startsWith(label))) tally.inRawText++
      const number = /^\(?(\d+)/u.exec(label)?.[1]
      if (number === undefined) continue
      tally.arabic++
      if (html.some((item) => item.text.startsWith(head) && item.shown === Number(number))) tally.sameInHtml++
    }
  }
}

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(0)} %`
console.log(`DOCX fixtures with Word numbering: ${tally.documents}; paragraphs our loader labels: ${tally.numbered}`)
console.log(
  `  mammoth raw text keeps the label:        ${tally.inRawText} of ${tally.numbered} (${percent(tally.inRawText, tally.numbered)})`
)
console.log(
  `  mammoth HTML shows the same number:      ${tally.sameInHtml} of ${tally.arabic} arabic labels (${percent(tally.sameInHtml, tally.arabic)})`
)
