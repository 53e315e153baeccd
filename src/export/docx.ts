/**
 * @module
 * A reply template (Stellungnahme) as DOCX: the inquiry's header (body, title, reference, date, addressee), the
 * questions as the inquiry printed them (grouping headings, labels, one level indented below the other), then
 * each question's "Zu N.:" label with the question quoted and a place for its answer. Where the inquiry came
 * with a reply, it is a draft: the answers found (after any corrections) are filled in under their questions,
 * and the questions nothing answers are marked as open.
 *
 * The layout is the one replies use that quote the inquiry first, so that our own reader reads the template
 * back to the same questions with the same ids (test/export-docx.test.ts): the list keeps every printed label
 * and grouping heading ("I. Angebot …" over "1.", "b) Digitales" over "aa)"), which a reader of question,
 * answer, question, answer cannot see; and each "Zu N.:" names the whole id ("Zu I.1:", "Zu 1. b) aa):").
 */
import { correctionMarks } from '../review/correct.js'
import { kindName } from '../review/german.js'
import type { Inquiry, Question, ReplyParagraph } from '../schema.js'
import { answerLabel, groupHeadings, listOf, missingGroups, spellsId } from './docx-labels.js'
import { writeDocx, type DocxParagraph } from './wordml.js'

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** What the clerk fills in where no answer was found. */
export const ANSWER_PLACEHOLDER = '[Antwort hier eintragen]'
export const OPEN_MARK = '[Noch unbeantwortet – bitte ergänzen]'
/** The headings of the template's two parts. */
export const QUESTIONS_HEADING = 'Die Fragen der Anfrage:'
export const REPLY_HEADING = 'Stellungnahme'

/** One level of the question list, indented (in twentieths of a point: 0.75 cm). */
const LEVEL_INDENT = 425

/** The reply template of `inquiry` as the bytes of a .docx. */
export function toReplyDocx(inquiry: Inquiry): Uint8Array<ArrayBuffer> {
  const paragraphs: DocxParagraph[] = [...header(inquiry), ...questionList(inquiry), ...replyPlaces(inquiry)]
  paragraphs.push({ runs: [{ text: '' }] }, { style: 'Placeholder', runs: [{ text: '[Ort, Datum, Unterschrift]' }] })
  return writeDocx(paragraphs, title(inquiry))
}

/** The questions as the inquiry printed them: each grouping heading before its first question, each level indented. */
function questionList(inquiry: Inquiry): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [{ style: 'Heading1', runs: [{ text: QUESTIONS_HEADING }] }]
  const printed = new Set<string>()
  const visit = (question: Question, parent: string, depth: number): void => {
    const groups = spellsId(question) ? [] : missingGroups(question.id, parent)
    // the outer groups may stand above an earlier question already ("1." above "a)", before "b)" and its "aa)")
    const unprinted = groups.filter((group) => !printed.has(group))
    const headings = groupHeadings(inquiry.text, question.position.start, unprinted)
    unprinted.forEach((group, k) => {
      printed.add(group)
      const indent = (depth + groups.indexOf(group)) * LEVEL_INDENT
      paragraphs.push({ style: 'Quote', indent, runs: [{ text: headings[k]! }] })
    })
    const level = depth + groups.length
    paragraphs.push({ style: 'Quote', indent: level * LEVEL_INDENT, runs: [{ text: `${question.label} ${question.text}`.trim() }] })
    for (const child of question.children) visit(child, question.id, level + 1)
  }
  for (const question of inquiry.questions) visit(question, '', 0)
  return paragraphs
}

/**
 * Each question's "Zu N.:" label and the place for its answer: the answers found, or a mark to fill in. Questions
 * answered by the same paragraphs one after the other share one label ("Zu 4. und 5.:"), as joint answers do.
 */
function replyPlaces(inquiry: Inquiry): DocxParagraph[] {
  const answers = answersByQuestion(inquiry)
  const draft = inquiry.reply !== null
  const marks = correctionMarks(inquiry.corrections ?? [])
  const open = new Set(inquiry.coverage.unanswered)
  const places: { ids: string[]; own: ReplyParagraph[] }[] = []
  const visit = (question: Question): void => {
    const own = answers.get(question.id) ?? []
    const last = places[places.length - 1]
    // every question in the tree asks (a heading that only groups is none), so each gets its place
    if (last && own.length > 0 && sameParagraphs(last.own, own)) last.ids.push(question.id)
    else places.push({ ids: [question.id], own })
    for (const child of question.children) visit(child)
  }
  for (const question of inquiry.questions) visit(question)
  const paragraphs: DocxParagraph[] = [{ style: 'Heading1', runs: [{ text: REPLY_HEADING }] }, ...preface(inquiry)]
  for (const { ids, own } of places) {
    const markedOpen = draft && open.has(ids[0]!) && marks.get(ids[0]!) !== true
    paragraphs.push({ style: 'Heading2', runs: [{ text: `Zu ${listOf(ids.map(answerLabel))}:` }] })
    paragraphs.push(...answerParagraphs(inquiry.text, own, markedOpen))
  }
  return paragraphs
}

/** A draft's paragraphs before the first answer that answer nothing (a Vorbemerkung), under their own label. */
function preface(inquiry: Inquiry): DocxParagraph[] {
  const paragraphs = inquiry.reply?.paragraphs ?? []
  const first = paragraphs.findIndex((p) => p.answers.length > 0)
  const before = paragraphs.slice(0, Math.max(first, 0))
  if (before.length === 0) return []
  return [{ style: 'Heading2', runs: [{ text: 'Vorbemerkung:' }] }, ...answerParagraphs(inquiry.text, before, false)]
}

const sameParagraphs = (a: readonly ReplyParagraph[], b: readonly ReplyParagraph[]): boolean =>
  a.length === b.length && a.every((p, k) => p.id === b[k]!.id)

function header(inquiry: Inquiry): DocxParagraph[] {
  const { meta } = inquiry
  const lines: DocxParagraph[] = []
  if (meta.body) lines.push({ runs: [{ text: meta.body }] })
  lines.push({ style: 'Title', runs: [{ text: title(inquiry) }] })
  if (meta.title) lines.push({ runs: [{ text: 'Betreff: ', bold: true }, { text: meta.title }] })
  const reference = meta.inquiryReference ?? meta.reference
  if (reference) lines.push({ runs: [{ text: 'Drucksache: ', bold: true }, { text: reference }] })
  const date = meta.inquiryDate ?? meta.date
  if (date) lines.push({ runs: [{ text: 'Anfrage vom ', bold: true }, { text: germanDate(date) }] })
  if (meta.submitter) lines.push({ runs: [{ text: 'Eingereicht von: ', bold: true }, { text: meta.submitter }] })
  if (meta.addressee) lines.push({ runs: [{ text: 'Gerichtet an: ', bold: true }, { text: meta.addressee }] })
  return lines
}

/** "Stellungnahme zur Kleinen Anfrage" — the kind in the dative, which for these names is a regular ending. */
function title(inquiry: Inquiry): string {
  const kind = inquiry.meta.kind ? kindName(inquiry.meta.kind) : 'Anfrage'
  const dative = kind.replace(/e (Anfrage)$/, 'en $1')
  return `Stellungnahme zur ${dative}`
}

function answerParagraphs(text: string, own: readonly ReplyParagraph[], markedOpen: boolean): DocxParagraph[] {
  if (own.length === 0) return [{ style: 'Placeholder', runs: [{ text: markedOpen ? OPEN_MARK : ANSWER_PLACEHOLDER }] }]
  return own.map((p) => (p.table ? { runs: [], table: p.table } : { runs: [{ text: withListLabel(text, p) }] }))
}

/** A list item's label ("1.", "a)", "•") stands before the paragraph's text: the template keeps it. */
const LIST_LABEL = /^(?:\(?(?:\d{1,3}|[a-z]{1,2})[.)]{1,2}|[•\-–—*▪◦])$/

function withListLabel(text: string, paragraph: ReplyParagraph): string {
  const start = paragraph.position.start
  const prefix = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 8), start).trim()
  return LIST_LABEL.test(prefix) ? `${prefix} ${paragraph.text}` : paragraph.text
}

function answersByQuestion(inquiry: Inquiry): Map<string, ReplyParagraph[]> {
  const byQuestion = new Map<string, ReplyParagraph[]>()
  // pushed, not copied: a reply of thousands of paragraphs under one label stays linear
  for (const p of inquiry.reply?.paragraphs ?? [])
    for (const a of p.answers) {
      const own = byQuestion.get(a.question)
      if (own) own.push(p)
      else byQuestion.set(a.question, [p])
    }
  return byQuestion
}

const germanDate = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso
}
