// The clerk's desk: pick or drop the inquiry (and optionally the reply), read the result, correct the links,
// see each passage in the original, and download the corrected result (Word template, Markdown, JSON, OParl).
import { correct as correctInquiry, errorText, toMarkdown, toOParl, toReplyDocx } from './lib/review.js'
import { renderResult } from './js/render.js'
import { showSource } from './js/source.js'
import { PAGE_PROBLEM_TEXT } from './js/texts.js'
import { problemCode, upload } from './js/upload.js'

const $ = (id) => document.getElementById(id)
const form = $('upload')
const inputs = { file: $('file'), reply: $('reply') }
const parts = {
  meta: $('meta'),
  coverage: $('coverage'),
  warnings: $('warnings'),
  warningsSection: $('warnings-section'),
  questions: $('questions'),
  others: $('others'),
  othersSection: $('others-section'),
  text: $('text'),
}
// the result on screen: the parse as the service answered it, the clerk's corrections, and the two applied
let desk = null // { parsed, corrections, inquiry, files }

showMaxSize()
for (const zone of document.querySelectorAll('[data-drop]')) makeDropZone(zone, inputs[zone.dataset.drop])
for (const input of Object.values(inputs)) input.addEventListener('change', () => showChosen(input))

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const file = inputs.file.files[0]
  if (!file) return showError('missing_file')
  await parse({ file, reply: inputs.reply.files[0] ?? null })
})
$('result').addEventListener('click', onResultClick)
$('undo').addEventListener('click', () => desk && correct(null))
$('download-json').addEventListener('click', () => desk && save(JSON.stringify(desk.inquiry, null, 2), 'application/json', '.json'))
$('download-md').addEventListener('click', () => desk && save(toMarkdown(desk.inquiry), 'text/markdown', '.md'))
$('download-docx').addEventListener(
  'click',
  () =>
    desk &&
    save(toReplyDocx(desk.inquiry), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '-stellungnahme.docx')
)
$('download-oparl').addEventListener('click', () => {
  if (!desk) return
  const fileNames = { inquiry: desk.files.file.name, ...(desk.files.reply ? { reply: desk.files.reply.name } : {}) }
  save(JSON.stringify(toOParl(desk.inquiry, { fileNames }), null, 2), 'application/json', '-oparl.json')
})

async function parse(files) {
  setBusy(true, 'Dokumente werden hochgeladen …')
  const started = performance.now()
  try {
    const response = await upload({ ...files, format: 'json', token: $('token').value.trim() }, showUploadProgress)
    if (response.status !== 200) return showError(problemCode(response))
    const parsed = JSON.parse(response.body)
    desk = { parsed, corrections: [], inquiry: parsed, files }
    show()
    $('result').hidden = false
    resetSource()
    $('result-title').focus()
    const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })
    document.body.dataset.resultMs = String(Math.round(performance.now() - started))
    setStatus(`Fertig nach ${seconds} s: das Ergebnis steht unten.`)
  } catch {
    showError('network')
  } finally {
    setBusy(false)
  }
}

function show() {
  renderResult(desk.inquiry, parts)
  const count = desk.corrections.length
  $('corrections-section').hidden = count === 0
  $('corrections-summary').textContent = `${count === 1 ? 'Eine Korrektur' : `${count} Korrekturen`} von Hand. Die Downloads enthalten sie.`
}

/** Applies one more correction (or, for null, takes the last back) to the parse, and shows the result. */
function correct(correction, focusKey) {
  const corrections = correction ? [...desk.corrections, correction] : desk.corrections.slice(0, -1)
  desk = { ...desk, corrections, inquiry: corrections.length ? correctInquiry(desk.parsed, corrections) : desk.parsed }
  show()
  setStatus(correction ? 'Korrektur übernommen.' : 'Letzte Korrektur zurückgenommen.')
  // keep the clerk's place: the same control if it is still there, else the question it was about
  const target =
    (focusKey && document.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)) ||
    (correction && document.getElementById(`q-${correction.question}`)) ||
    (correction ? null : $('undo'))
  if (target) {
    if (!target.matches('button, select')) target.setAttribute('tabindex', '-1')
    target.focus()
  }
  if (corrections.length === 0) $('result-title').focus()
}

function onResultClick(event) {
  const button = event.target.closest('button[data-op], button[data-show]')
  if (!button || !desk) return
  const data = button.dataset
  if (data.show) return showPlace(data.show, data.id)
  const chosen = data.select ? $(data.select).value : undefined
  if (data.op === 'mark')
    return correct({ op: 'mark', question: data.question, answered: data.answered === 'null' ? null : data.answered === 'true' }, data.key)
  if (data.op === 'unlink') return correct({ op: 'unlink', paragraph: data.paragraph, question: data.question })
  if (data.op === 'move') return correct({ op: 'move', paragraph: data.paragraph, question: chosen })
  if (data.op === 'link') return correct({ op: 'link', paragraph: data.paragraph ?? chosen, question: data.question ?? chosen }, data.key)
}

async function showPlace(kind, id) {
  const { inquiry, files } = desk
  const flat = (questions) => questions.flatMap((q) => [q, ...flat(q.children)])
  const item = kind === 'question' ? flat(inquiry.questions).find((q) => q.id === id) : inquiry.reply?.paragraphs.find((p) => p.id === id)
  if (!item) return
  // questions are in the inquiry's document; answers in the reply's, when it came apart
  const fromReply = kind === 'paragraph' && inquiry.source.files.length > 1
  const file = fromReply ? files.reply : files.file
  const format = inquiry.source.files[fromReply ? 1 : 0]?.format
  const what = kind === 'question' ? `Frage ${id}` : 'Antwort'
  const where = item.position.page ? `, Seite ${item.position.page}${fromReply ? ' der Stellungnahme' : ''}` : ''
  $('source-caption').textContent = `${what}${where}: wird geladen …`
  const marked = await showSource({ inquiry, position: item.position, file, isPdf: format === 'pdf' }, $('source-view'))
  $('source-caption').textContent = `${what}${where}. Markiert: „${marked.length > 160 ? `${marked.slice(0, 157)} …` : marked}“`
  if (window.matchMedia('(max-width: 60rem)').matches) $('source').scrollIntoView({ block: 'start' })
}

function resetSource() {
  $('source-caption').textContent = 'Wählen Sie bei einer Frage oder Antwort „Im Original zeigen“.'
  $('source-view').replaceChildren()
}

/** The size limit is a setting of the deployment; the page shows the one in force (when the API is open). */
async function showMaxSize() {
  const response = await fetch('/api/health').catch(() => null)
  if (!response?.ok) return
  const { limits } = await response.json()
  const megabytes = (limits.maxBytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })
  for (const hint of document.querySelectorAll('.max-size')) hint.textContent = `${megabytes} MB`
}

function showUploadProgress(sent, total) {
  const progress = $('progress')
  if (sent < total) {
    progress.max = total
    progress.value = sent
    setStatus(`Dokumente werden hochgeladen … ${Math.round((100 * sent) / total)} %`)
  } else {
    progress.removeAttribute('value') // indeterminate while the server parses
    setStatus('Dokumente werden ausgewertet …')
  }
}

function setBusy(busy, message) {
  $('submit').disabled = busy
  $('progress').hidden = !busy
  if (busy) {
    $('progress').removeAttribute('value')
    $('error').hidden = true
    setStatus(message)
  }
  form.setAttribute('aria-busy', String(busy))
}

function setStatus(message) {
  $('status-text').textContent = message
}

/** An error replaces the result on screen: what is shown is always what the last upload gave. */
function showError(code) {
  desk = null
  $('result').hidden = true
  $('error').textContent = PAGE_PROBLEM_TEXT[code] ?? errorText(code)
  $('error').hidden = false
  setStatus('')
  if (code === 'unauthorized') {
    $('token-row').hidden = false
    $('token').focus()
  }
}

function showChosen(input) {
  const chosen = input.closest('[data-drop]').querySelector('.chosen')
  const file = input.files[0]
  chosen.textContent = file
    ? `Ausgewählt: ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)`
    : input.required
      ? 'Noch keine Datei ausgewählt.'
      : 'Keine Datei ausgewählt.'
}

function makeDropZone(zone, input) {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault()
    zone.classList.add('over')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (event) => {
    event.preventDefault()
    zone.classList.remove('over')
    if (!event.dataTransfer?.files.length) return
    input.files = event.dataTransfer.files
    showChosen(input)
  })
}

function save(content, type, suffix) {
  const name = (desk.files.file.name.replace(/\.[^.]+$/, '') || 'anfrage') + suffix
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([content], { type })), download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}
