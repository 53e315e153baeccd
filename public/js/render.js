// Renders an Inquiry (the API's JSON, after the clerk's corrections) as the result: metadata, each question with
// its answers (how sure, and why, in the library's German), the controls to correct the links, and warnings.
import { clear, h } from './dom.js'
import { explainLink, kindName, linkTier, META_LABELS, TIER_NAMES, warningText } from '../lib/review.js'

const TIER_ICONS = { sure: '✓', likely: '≈', check: '!' }

export function renderResult(inquiry, parts) {
  const questions = flatten(inquiry.questions)
  renderMeta(inquiry, clear(parts.meta))
  parts.coverage.textContent = coverageSentence(inquiry, questions.length)
  renderWarnings(inquiry.warnings, clear(parts.warnings))
  parts.warningsSection.hidden = inquiry.warnings.length === 0
  const context = {
    questions,
    paragraphs: inquiry.reply?.paragraphs ?? [],
    unanswered: new Set(inquiry.coverage.unanswered),
    hasReply: inquiry.reply !== null,
    marks: marksOf(inquiry),
  }
  clear(parts.questions).append(...inquiry.questions.map((q) => questionItem(q, context)))
  const others = context.paragraphs.filter((p) => p.answers.length === 0)
  clear(parts.others).append(...others.map((p) => otherItem(p, context)))
  parts.othersSection.hidden = others.length === 0
  parts.text.textContent = inquiry.text
}

const flatten = (questions) => questions.flatMap((q) => [q, ...flatten(q.children)])

function marksOf(inquiry) {
  const marks = new Map()
  for (const c of inquiry.corrections ?? [])
    if (c.op === 'mark') c.answered === null ? marks.delete(c.question) : marks.set(c.question, c.answered)
  return marks
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
  if (key === 'kind') return kindName(value)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return iso && /date|Date/.test(key) ? `${iso[3]}.${iso[2]}.${iso[1]}` : value
}

function coverageSentence(inquiry, total) {
  if (total === 0) return 'Es wurden keine nummerierten Fragen erkannt. Der erkannte Text steht unten.'
  const questions = total === 1 ? '1 Frage' : `${total} Fragen`
  if (!inquiry.reply) return `${questions}, keine Stellungnahme gefunden.`
  const open = inquiry.coverage.unanswered.length
  return `${questions}: ${total - open} beantwortet, ${open} ohne erkannte Antwort.`
}

/** One line per kind of warning, with how often and on which pages it occurred. */
function renderWarnings(warnings, list) {
  const byCode = new Map()
  for (const warning of warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning])
  for (const [code, all] of byCode) {
    const pages = [...new Set(all.map((w) => w.position?.page).filter(Boolean))]
    const where = pages.length ? ` (${pages.length === 1 ? 'Seite' : 'Seiten'} ${pages.join(', ')})` : ''
    list.append(h('li', {}, warningText(code) + where + (all.length > 1 ? ` – ${all.length}-mal` : '')))
  }
}

function questionItem(question, context) {
  const answers = context.paragraphs.filter((p) => p.answers.some((link) => link.question === question.id))
  const mark = context.marks.get(question.id)
  // a question of sub-questions is open only when marked so: its sub-questions say what is missing
  const open = context.unanswered.has(question.id) && (question.children.length === 0 || mark === false)
  const headingId = `q-${question.id}`
  const item = h(
    'li',
    { class: open ? 'qa-item unanswered' : 'qa-item', 'data-question': question.id, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'question' },
      h(
        'h4',
        { id: headingId, class: 'question-head' },
        h('span', { class: 'visually-hidden' }, 'Frage '),
        h('span', { class: 'label' }, question.label)
      ),
      h('p', { class: 'question-text' }, question.text),
      h(
        'div',
        { class: 'question-facts' },
        question.position.page ? h('span', { class: 'page' }, `Seite ${question.position.page}`) : null,
        open ? h('span', { class: 'badge badge-open' }, h('span', { 'aria-hidden': 'true' }, '○ '), 'Unbeantwortet') : null,
        mark === true
          ? h('span', { class: 'badge badge-marked' }, h('span', { 'aria-hidden': 'true' }, '● '), 'von Hand als beantwortet markiert')
          : null
      ),
      h(
        'div',
        { class: 'controls' },
        h(
          'button',
          { type: 'button', class: 'small', 'data-show': 'question', 'data-id': question.id, 'data-key': `show-q-${question.id}` },
          'Im Original zeigen'
        ),
        markButton(question, open, mark, context),
        linkControl(question, answers, context)
      )
    ),
    h(
      'div',
      { class: 'answers' },
      answers.length
        ? answers.map((p) => answerBlock(p, question, context))
        : h('p', { class: 'none' }, context.hasReply ? 'Keine Antwort gefunden.' : 'Keine Stellungnahme vorhanden.')
    )
  )
  if (question.children.length)
    item.append(
      h(
        'ol',
        { class: 'qa sub' },
        question.children.map((q) => questionItem(q, context))
      )
    )
  return item
}

function markButton(question, open, mark, context) {
  if (!context.hasReply) return null
  // the mark says what a person decided; pressing it again gives the decision back to the links
  const [answered, text] =
    mark === true
      ? [null, 'Markierung „beantwortet“ aufheben']
      : mark === false
        ? [null, 'Markierung „unbeantwortet“ aufheben']
        : open
          ? [true, 'Als beantwortet markieren']
          : [false, 'Als unbeantwortet markieren']
  return h(
    'button',
    {
      type: 'button',
      class: 'small',
      'data-op': 'mark',
      'data-question': question.id,
      'data-answered': String(answered),
      'data-key': `mark-${question.id}`,
    },
    text
  )
}

/** "Absatz zuordnen": a paragraph of the reply not yet linked to this question. */
function linkControl(question, answers, context) {
  const candidates = context.paragraphs.filter((p) => !answers.includes(p))
  if (candidates.length === 0) return null
  const id = `link-${question.id}`
  return h(
    'div',
    { class: 'inline-form' },
    h('label', { for: id }, 'Absatz zuordnen:'),
    h(
      'select',
      { id },
      candidates.map((p) => h('option', { value: p.id }, paragraphName(p, context)))
    ),
    h(
      'button',
      { type: 'button', class: 'small', 'data-op': 'link', 'data-question': question.id, 'data-select': id, 'data-key': id },
      'Zuordnen'
    )
  )
}

function answerBlock(paragraph, question, context) {
  const link = paragraph.answers.find((a) => a.question === question.id)
  const tier = linkTier(link)
  const others = paragraph.answers.filter((a) => a.question !== question.id).map((a) => a.question)
  const moveId = `move-${paragraph.id}-${question.id}`
  return h(
    'div',
    { class: `answer tier-${tier}`, 'data-paragraph': paragraph.id },
    h(
      'p',
      { class: 'answer-facts' },
      h(
        'span',
        { class: `tier tier-${tier}` },
        h('span', { class: 'tier-icon', 'aria-hidden': 'true' }, TIER_ICONS[tier]),
        ` ${TIER_NAMES[tier]}`
      ),
      h('span', { class: 'reason' }, `Grund: ${explainLink(link, question)}`),
      others.length
        ? h(
            'span',
            { class: 'badge badge-several' },
            h('span', { 'aria-hidden': 'true' }, '⇉ '),
            `beantwortet auch Frage ${others.join(', ')}`
          )
        : null
    ),
    paragraph.table ? dataTable(paragraph.table) : h('p', { class: 'answer-text' }, paragraph.text),
    h(
      'div',
      { class: 'controls' },
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-show': 'paragraph',
          'data-id': paragraph.id,
          'data-key': `show-p-${paragraph.id}-${question.id}`,
        },
        'Im Original zeigen'
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-op': 'unlink',
          'data-paragraph': paragraph.id,
          'data-question': question.id,
          'data-key': `unlink-${paragraph.id}-${question.id}`,
        },
        `Zuordnung zu Frage ${question.id} entfernen`
      ),
      context.questions.length > 1
        ? h(
            'div',
            { class: 'inline-form' },
            h('label', { for: moveId }, 'Verschieben zu Frage:'),
            h(
              'select',
              { id: moveId },
              context.questions.filter((q) => q.id !== question.id).map((q) => h('option', { value: q.id }, `${q.id} – ${short(q.text)}`))
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'small',
                'data-op': 'move',
                'data-paragraph': paragraph.id,
                'data-select': moveId,
                'data-key': moveId,
              },
              'Verschieben'
            )
          )
        : null
    )
  )
}

function otherItem(paragraph, context) {
  const id = `assign-${paragraph.id}`
  return h(
    'li',
    { class: 'other', 'data-paragraph': paragraph.id },
    paragraph.table ? dataTable(paragraph.table) : h('p', {}, paragraph.text),
    h(
      'div',
      { class: 'controls' },
      h(
        'button',
        { type: 'button', class: 'small', 'data-show': 'paragraph', 'data-id': paragraph.id, 'data-key': `show-p-${paragraph.id}` },
        'Im Original zeigen'
      ),
      context.questions.length
        ? h(
            'div',
            { class: 'inline-form' },
            h('label', { for: id }, 'Zuordnen zu Frage:'),
            h(
              'select',
              { id },
              context.questions.map((q) => h('option', { value: q.id }, `${q.id} – ${short(q.text)}`))
            ),
            h(
              'button',
              { type: 'button', class: 'small', 'data-op': 'link', 'data-paragraph': paragraph.id, 'data-select': id, 'data-key': id },
              'Zuordnen'
            )
          )
        : null
    )
  )
}

const paragraphName = (p, context) => `Absatz ${context.paragraphs.indexOf(p) + 1}: ${short(p.text)}`
const short = (text) => (text.length > 60 ? `${text.slice(0, 57)} …` : text)

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
