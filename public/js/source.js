// The source beside the structure: a question's or answer's place in the original. A PDF page is rendered with
// pdf.js (the package's own, served from /lib/) and the text items that hold the passage are marked; other
// formats show the recognized text with the passage marked. Positions are { page, start, end } into `text`.
import { clear, h } from './dom.js'

let pdfjs = null
const documents = new WeakMap() // File → pdf.js document, loaded once per upload

/**
 * Shows `position` of `inquiry` in `view`, from `file` (the File the position's text came from) when it is a PDF.
 * Returns the passage as marked, for the caption.
 */
export async function showSource({ inquiry, position, file, isPdf }, view) {
  const passage = inquiry.text.slice(position.start, position.end)
  if (isPdf && position.page) {
    try {
      return await showPdfPage(file, position.page, passage, view)
    } catch (error) {
      console.error('inquiry-parser page: the PDF page could not be shown', error?.name)
    }
  }
  return showText(inquiry.text, position, view)
}

function showText(text, position, view) {
  // a window around the passage is enough to see its place, and keeps a 1 MB text out of the DOM
  const from = Math.max(0, text.lastIndexOf('\n\n', Math.max(0, position.start - 600)))
  const to = Math.min(text.length, position.end + 600)
  const mark = h('mark', { class: 'passage' }, text.slice(position.start, position.end))
  clear(view).append(
    h(
      'pre',
      { class: 'source-text', tabindex: '0', 'aria-label': 'Text des Originals' },
      from > 0 ? '… ' : '',
      text.slice(from, position.start),
      mark,
      text.slice(position.end, to),
      to < text.length ? ' …' : ''
    )
  )
  mark.scrollIntoView({ block: 'nearest' })
  return text.slice(position.start, position.end)
}

async function showPdfPage(file, pageNumber, passage, view) {
  pdfjs ??= await import('/lib/pdf.min.mjs')
  pdfjs.GlobalWorkerOptions.workerSrc = '/lib/pdf.worker.min.mjs'
  if (!documents.has(file)) {
    const data = new Uint8Array(await file.arrayBuffer())
    // no eval and no font faces: the page's CSP allows neither; glyphs are drawn as paths instead
    documents.set(
      file,
      pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, standardFontDataUrl: '/lib/standard_fonts/' }).promise
    )
  }
  const page = await (await documents.get(file)).getPage(pageNumber)
  const width = Math.max(280, view.clientWidth || 600)
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width })
  const ratio = window.devicePixelRatio || 1
  const canvas = h('canvas', {
    width: Math.floor(viewport.width * ratio),
    height: Math.floor(viewport.height * ratio),
    role: 'img',
    'aria-label': `Seite ${pageNumber} des Originals`,
  })
  canvas.style.width = `${viewport.width}px`
  canvas.style.height = `${viewport.height}px`
  const layer = h('div', { class: 'marks', 'aria-hidden': 'true' })
  const sheet = h('div', { class: 'sheet' }, canvas, layer)
  sheet.style.width = `${viewport.width}px`
  clear(view).append(sheet)
  await page.render({
    canvas,
    canvasContext: canvas.getContext('2d'),
    viewport,
    transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
  }).promise
  const { items } = await page.getTextContent()
  const marked = itemsOfPassage(items, passage)
  for (const item of marked) layer.append(markBox(item, viewport))
  marked[0] && layer.firstChild.scrollIntoView({ block: 'nearest' })
  return marked
    .map((item) => item.str)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Letters and digits only, lower-cased: what survives hyphenation, line breaks and spacing on both sides. */
const comparable = (ch) => /[\p{L}\p{N}]/u.test(ch)

/**
 * The text items whose characters hold the passage: the page's letters and digits in reading order, each
 * remembering its item, searched for the passage's; where the whole passage is not found (a ligature, a
 * quote mark the parser normalized), its first and last 24 letters mark the span.
 */
export function itemsOfPassage(items, passage) {
  const letters = []
  const owners = []
  items.forEach((item, index) => {
    for (const ch of item.str ?? '') if (comparable(ch)) letters.push(ch.toLowerCase()), owners.push(index)
  })
  const page = letters.join('')
  const wanted = [...passage].filter(comparable).join('').toLowerCase()
  if (!wanted) return []
  let start = page.indexOf(wanted)
  let end = start + wanted.length
  if (start < 0) {
    const head = page.indexOf(wanted.slice(0, 24))
    const tail = page.indexOf(wanted.slice(-24), Math.max(0, head))
    if (head < 0 && tail < 0) return []
    start = head >= 0 ? head : tail
    end = tail >= 0 ? tail + Math.min(24, wanted.length) : head + Math.min(24, wanted.length)
  }
  const chosen = new Set(owners.slice(start, end))
  return items.filter((_, index) => chosen.has(index))
}

function markBox(item, viewport) {
  const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform)
  const height = Math.hypot(c, d) || Math.hypot(a, b)
  const box = h('div', { class: 'mark-box' })
  Object.assign(box.style, {
    left: `${e}px`,
    top: `${f - height}px`,
    width: `${item.width * viewport.scale}px`,
    height: `${height * 1.2}px`,
  })
  return box
}
