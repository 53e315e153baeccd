// The clerk's page: pick or drop the inquiry (and optionally the reply), see progress, read the result.
import { renderResult } from './js/render.js'
import { PROBLEM_TEXT } from './js/texts.js'
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
let last = null // { inquiry, files } of the result on screen, for the downloads

showMaxSize()
for (const zone of document.querySelectorAll('[data-drop]')) makeDropZone(zone, inputs[zone.dataset.drop])
for (const input of Object.values(inputs)) input.addEventListener('change', () => showChosen(input))

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const file = inputs.file.files[0]
  if (!file) return showError('missing_file')
  await parse({ file, reply: inputs.reply.files[0] ?? null })
})
$('download-json').addEventListener('click', () => {
  if (last) save(new Blob([JSON.stringify(last.inquiry, null, 2)], { type: 'application/json' }), 'json')
})
$('download-md').addEventListener('click', downloadMarkdown)

async function parse(files) {
  setBusy(true, 'Dokumente werden hochgeladen …')
  try {
    const response = await upload({ ...files, format: 'json', token: $('token').value.trim() }, showUploadProgress)
    if (response.status !== 200) return showError(problemCode(response))
    last = { inquiry: JSON.parse(response.body), files }
    renderResult(last.inquiry, parts)
    $('result').hidden = false
    $('result-title').focus()
    setStatus('Fertig: das Ergebnis steht unten.')
  } catch {
    showError('network')
  } finally {
    setBusy(false)
  }
}

async function downloadMarkdown() {
  if (!last) return
  setBusy(true, 'Markdown wird erstellt …')
  try {
    const response = await upload({ ...last.files, format: 'markdown', token: $('token').value.trim() }, () => {})
    if (response.status !== 200) return showError(problemCode(response))
    save(new Blob([response.body], { type: 'text/markdown' }), 'md')
    setStatus('Markdown heruntergeladen.')
  } catch {
    showError('network')
  } finally {
    setBusy(false)
  }
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

function showError(code) {
  const text =
    code === 'network'
      ? 'Der Dienst ist nicht erreichbar. Bitte prüfen Sie die Verbindung.'
      : (PROBLEM_TEXT[code] ?? PROBLEM_TEXT.internal_error)
  $('error').textContent = text
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
  chosen.textContent = file ? `Ausgewählt: ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)` : ''
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

function save(blob, extension) {
  const name = (last.files.file.name.replace(/\.[^.]+$/, '') || 'anfrage') + `.${extension}`
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}
