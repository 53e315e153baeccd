// Renders an Inquiry (the API's JSON) as the result section: metadata, questions beside their answers, warnings.
import { clear, h } from './dom.js'
import { KIND_TEXT, META_LABELS, METHOD_TEXT, WARNING_TEXT } from './texts.js'

export function renderResult(inquiry, parts) {
  renderMeta(inquiry, clear(parts.meta))
  parts.coverage.textContent = coverageSentence(inquiry)
  renderWarnings(inquiry.warnings, clear(parts.warnings))
  parts.warningsSection.hidden = inquiry.warnings.length === 0
  renderQuestions(inquiry, clear(parts.questions))
  const others = (inquiry.reply?.paragraphs ?? []).filter((p) => p.answers.length === 0)
  clear(parts.others).append(...others.map((p) => (p.table ? dataTable(p.table) : h('p', { class: 'paragraph' }, p.text))))
  parts.othersSection.hidden = others.length === 0
  parts.text.textContent = inquiry.text
}

function renderMeta(inquiry, list) {
  for (const [key, label] of META_LABELS) {
    const value = inquiry.meta[key]
    if (value === null || value === undefined) continue
    list.append(h('div', {}, h('dt', {}, label), h('dd', {}, displayValue(key, value))))
  }
  const { format, pages } = inquiry.source
  const source = `${format.toUpperCase()}${pages ? `, ${pages} ${pages === 1 ? 'Seite' : 'Seiten'}` : ''}`
  list.append(h('div', {}, h('dt', {}, 'Quelle'), h('dd', {}, source)))
}

function displayValue(key, value) {
  if (key === 'kind') return KIND_TEXT[value] ?? value
  const iso = key === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value
}

function coverageSentence(inquiry) {
  const total = countQuestions(inquiry.questions)
  if (total === 0) return 'Es wurden keine nummerierten Fragen erkannt. Der erkannte Text steht unten.'
  const open = inquiry.coverage.unanswered.length
  const questions = total === 1 ? '1 Frage' : `${total} Fragen`
  if (!inquiry.reply) return `${questions}, keine Stellungnahme gefunden.`
  return `${questions}: ${total - open} beantwortet, ${open} ohne erkannte Antwort.`
}

const countQuestions = (questions) => questions.reduce((n, q) => n + 1 + countQuestions(q.children), 0)

/** One line per kind of warning, with how often and on which pages it occurred. */
function renderWarnings(warnings, list) {
  const byCode = new Map()
  for (const warning of warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning])
  for (const [code, all] of byCode) {
    const text = WARNING_TEXT[code] ?? `Hinweis des Programms: ${all[0].message}`
    const pages = [...new Set(all.map((w) => w.position?.page).filter(Boolean))]
    const where = pages.length ? ` (${pages.length === 1 ? 'Seite' : 'Seiten'} ${pages.join(', ')})` : ''
    list.append(h('li', {}, text + where + (all.length > 1 ? ` – ${all.length}-mal` : '')))
  }
}

function renderQuestions(inquiry, list) {
  const paragraphs = inquiry.reply?.paragraphs ?? []
  const unanswered = new Set(inquiry.coverage.unanswered)
  for (const question of inquiry.questions) list.append(questionItem(question, paragraphs, unanswered))
}

function questionItem(question, paragraphs, unanswered) {
  const answers = paragraphs.filter((p) => p.answers.some((link) => link.question === question.id))
  const open = answers.length === 0 || unanswered.has(question.id)
  const item = h(
    'li',
    { class: open ? 'qa-item unanswered' : 'qa-item', 'data-question': question.id },
    h(
      'div',
      { class: 'question' },
      h('span', { class: 'label' }, question.label),
      h('p', {}, question.text),
      question.position.page ? h('span', { class: 'page' }, `Seite ${question.position.page}`) : null,
      open ? h('span', { class: 'badge' }, 'Unbeantwortet') : null
    ),
    h(
      'div',
      { class: 'answers' },
      answers.length ? answers.map((p) => answerBlock(p, question.id)) : h('p', { class: 'none' }, 'Keine Antwort gefunden.')
    )
  )
  if (question.children.length)
    item.append(
      h(
        'ol',
        { class: 'qa sub' },
        question.children.map((q) => questionItem(q, paragraphs, unanswered))
      )
    )
  return item
}

function answerBlock(paragraph, questionId) {
  const link = paragraph.answers.find((a) => a.question === questionId)
  return h(
    'div',
    { class: 'answer' },
    paragraph.table ? dataTable(paragraph.table) : h('p', {}, paragraph.text),
    h(
      'details',
      { class: 'link' },
      h('summary', {}, 'Wie zugeordnet?'),
      h(
        'dl',
        {},
        h('div', {}, h('dt', {}, 'Methode'), h('dd', {}, METHOD_TEXT[link.method] ?? link.method)),
        h('div', {}, h('dt', {}, 'Sicherheit'), h('dd', {}, `${Math.round(link.confidence * 100)} %`)),
        h('div', {}, h('dt', {}, 'Beleg'), h('dd', {}, link.evidence || '–'))
      )
    )
  )
}

/** A table of the reply as a real table: the first row as its header, every cell as text. */
function dataTable(rows) {
  const [header = [], ...body] = rows
  const row = (cells, tag) =>
    h(
      'tr',
      {},
      cells.map((cell) => h(tag, tag === 'th' ? { scope: 'col' } : {}, cell))
    )
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data' },
      h('thead', {}, row(header, 'th')),
      h(
        'tbody',
        {},
        body.map((cells) => row(cells, 'td'))
      )
    )
  )
}
