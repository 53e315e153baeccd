/**
 * Loading + layout against the bare text extraction of the same files, in the same run (issue 2).
 * Aim: load + layout ≤ 1.3× pdf-parse getText on the ~40-page PDF; a ~100-page PDF under 200 MB peak RSS.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { imageHeavyPdf } from './image-pdf.js'
import { hasCommand, measure, printTable, type Measured } from './measure.js'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url))
const PDF = fixture('long-inquiry.pdf')
const DOCX = fixture('long-inquiry.docx')
const PAGES = 40

const pdfRows: Measured[] = [measure('pdf-parse getText', PDF)]
if (hasCommand('pdftotext')) pdfRows.push(measure('pdftotext', PDF))
pdfRows.push(measure('load + layout', PDF), measure('parseInquiry', PDF))
printTable(`PDF, ${PAGES} pages (fixtures/bench/long-inquiry.pdf)`, PAGES, pdfRows)

printTable(`DOCX, the same document (~${PAGES} pages)`, PAGES, [
  measure('mammoth extractRawText', DOCX),
  measure('load + layout', DOCX),
  measure('parseInquiry', DOCX),
])

// a web page: the portal page's answer (two tables, prose, labels) 100 times over, against htmlparser2's bare tokenizer
const portal = readFileSync(fileURLToPath(new URL('../fixtures/inquiries/landtag-portal-schulbau.html', import.meta.url)), 'utf8')
const answer = portal.slice(
  portal.indexOf('<section class="antwort">'),
  portal.indexOf('</section>', portal.indexOf('<section class="antwort">')) + '</section>'.length
)
const html = join(mkdtempSync(join(tmpdir(), 'bench-')), 'portal-100.html')
writeFileSync(html, portal.replace('</article>', `${answer.repeat(100)}</article>`))
printTable('HTML, a portal page with 100 answer sections (~200 KB, 200 tables)', 1, [
  measure('htmlparser2 tokens', html),
  measure('load + layout', html),
  measure('parseInquiry', html),
])

if (hasCommand('qpdf')) {
  const big = join(mkdtempSync(join(tmpdir(), 'bench-')), 'long-120.pdf')
  execFileSync('qpdf', ['--empty', '--pages', PDF, PDF, PDF, '--', big])
  printTable('PDF, 120 pages (the 40-page PDF three times)', 120, [
    measure('pdf-parse getText', big, 2),
    measure('load + layout', big, 2),
    measure('parseInquiry', big, 2),
  ])
}

// a 290 KB page whose image would take 300 MB decoded: peak memory must stay that of a text page
const heavy = join(mkdtempSync(join(tmpdir(), 'bench-')), 'image-heavy.pdf')
writeFileSync(heavy, imageHeavyPdf())
printTable('PDF, 1 page with a 10000×10000 px image (290 KB on disk)', 1, [
  measure('pdf-parse getText', heavy, 2),
  measure('load + layout', heavy, 2),
])
