/**
 * @module
 * A reply template (Stellungnahme) as DOCX: the inquiry's header (body, title, reference, date, addressee), then
 * each question quoted, followed by a "Zu N.:" label and a place for its answer. Where the inquiry came with a
 * reply, it is a draft: the answers found (after any corrections) are filled in under their questions, and the
 * questions nothing answers are marked as open. Our own DOCX reader reads the template back to the same
 * questions with the same ids (test/export-docx.test.ts).
 */
import { correctionMarks } from '../review/corrections.js'
import { kindName } from '../review/german.js'
import type { Inquiry, Question, ReplyParagraph } from '../schema.js'
import { writeDocx, type DocxParagraph } from './wordml.js'

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** What the clerk fills in where no answer was found. */
export const ANSWER_PLACEHOLDER = '[Antwort hier eintragen]'
export const OPEN_MARK = '[Noch unbeantwortet – bitte ergänzen]'

/** The reply template of `inquiry` as the bytes of a .docx. */
export function toReplyDocx(inquiry: Inquiry): Uint8Array<ArrayBuffer> {
  const answers = answersByQuestion(inquiry)
  const draft = inquiry.reply !== null
  const paragraphs: DocxParagraph[] = [...header(inquiry)]
  const marks = correctionMarks(inquiry.corrections ?? [])
  const open = new Set(inquiry.coverage.unanswered)
  const visit = (question: Question, path: string): void => {
    const label = path && !spellsId(question) ? joinLabels(path, question.label) : question.label
    paragraphs.push({ style: 'Quote', runs: [{ text: `${question.label} ${question.text}` }] })
    const own = answers.get(question.id) ?? []
    if (question.children.length === 0 || own.length > 0) {
      paragraphs.push({ style: 'Heading2', runs: [{ text: `Zu ${label}:` }] })
      paragraphs.push(...answerParagraphs(own, draft && open.has(question.id) && marks.get(question.id) !== true))
    }
    for (const child of question.children) visit(child, label)
  }
  let group = ''
  for (const question of inquiry.questions) {
    // a numbered heading that only grouped questions is no question ("I." of id "I.1"), but keeps their ids
    const prefix = spellsId(question) ? '' : question.id.split('.').slice(0, -1).join('.')
    if (prefix && prefix !== group)
      paragraphs.push({ style: 'Heading1', runs: [{ text: groupHeading(inquiry.text, question.position.start, prefix) }] })
    group = prefix
    visit(question, prefix ? `${prefix}.` : '')
  }
  paragraphs.push({ runs: [{ text: '' }] }, { style: 'Placeholder', runs: [{ text: '[Ort, Datum, Unterschrift]' }] })
  return writeDocx(paragraphs, title(inquiry))
}

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

function answerParagraphs(own: readonly ReplyParagraph[], markedOpen: boolean): DocxParagraph[] {
  if (own.length === 0) return [{ style: 'Placeholder', runs: [{ text: markedOpen ? OPEN_MARK : ANSWER_PLACEHOLDER }] }]
  // a table's rows as lines of their own: a line break inside w:t would read as a space
  return own.flatMap((p) => (p.table ? p.table.map((row) => row.join(' | ')) : [p.text]).map((text) => ({ runs: [{ text }] })))
}

function answersByQuestion(inquiry: Inquiry): Map<string, ReplyParagraph[]> {
  const byQuestion = new Map<string, ReplyParagraph[]>()
  for (const p of inquiry.reply?.paragraphs ?? [])
    for (const a of p.answers) byQuestion.set(a.question, [...(byQuestion.get(a.question) ?? []), p])
  return byQuestion
}

const germanDate = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso
}

/** The label prints the whole id ("1.2" of 1.2, "3." of 3), not only its last step ("a)" of 2.a). */
const spellsId = (question: Question): boolean => question.label.replace(/^\(/, '').replace(/[.)]+$/, '') === question.id

/** "I." and "1." → "I.1" (as replies print it: "Zu I.1:"); "1." and "a)" → "1. a)". */
const joinLabels = (path: string, label: string): string =>
  /^\d+\.$/.test(label) ? `${path.replace(/\.$/, '')}.${label.slice(0, -1)}` : `${path} ${label}`

/** The grouping heading as printed just above its first question ("I. Ausstattung der Schulen"), else its number. */
function groupHeading(text: string, start: number, prefix: string): string {
  const before = text.slice(Math.max(0, start - 300), start).trimEnd()
  const line = before.slice(before.lastIndexOf('\n') + 1).trim()
  return line.startsWith(`${prefix}.`) || line.startsWith(`${prefix} `) ? line : `${prefix}.`
}
