/**
 * @module
 * An Inquiry as Markdown, for reading: the metadata, then each question followed by the reply paragraphs
 * that answer it; questions nothing answers are marked, and reply paragraphs that answer no question (a
 * preface, an outlook) come at the end. Everything in it is German: each link says how sure it is and why,
 * rendered from its structured basis (src/review/explain.ts), and the warnings are worded by their codes.
 */
import { correctionMarks } from '../review/correct.js'
import { explainLink, linkTier, TIER_NAMES } from '../review/explain.js'
import { kindName, warningText } from '../review/german.js'
import type { Inquiry, Meta, Question, ReplyParagraph } from '../schema.js'

type TextField = Exclude<keyof Meta, 'hasReply'>
export const META_LABELS: [TextField, string][] = [
  ['kind', 'Art'],
  ['title', 'Betreff'],
  ['reference', 'Aktenzeichen'],
  ['inquiryReference', 'Aktenzeichen der Anfrage'],
  ['date', 'Datum'],
  ['inquiryDate', 'Datum der Anfrage'],
  ['replyDate', 'Datum der Antwort'],
  ['submitter', 'Von'],
  ['addressee', 'An'],
  ['body', 'Gremium'],
]

/** Renders an inquiry as a Markdown document. */
export function toMarkdown(inquiry: Inquiry): string {
  const lines: string[] = [`# ${escape(inquiry.meta.title ?? 'Anfrage')}`, '']
  const value = (key: TextField): string => (key === 'kind' ? kindName(inquiry.meta.kind!) : inquiry.meta[key]!)
  const meta = META_LABELS.filter(([key]) => inquiry.meta[key] !== null).map(([key, label]) => `- **${label}:** ${escape(value(key))}`)
  if (meta.length > 0) lines.push(...meta, '')
  const answers = answersByQuestion(inquiry.reply?.paragraphs ?? [])
  lines.push('## Fragen und Antworten', '')
  if (inquiry.questions.length === 0) lines.push('_Keine Fragen gefunden._', '')
  const context: Context = {
    answers,
    hasReply: inquiry.reply !== null,
    unanswered: new Set(inquiry.coverage.unanswered),
    marks: correctionMarks(inquiry.corrections ?? []),
  }
  for (const question of inquiry.questions) renderQuestion(question, 3, context, lines)
  const general = (inquiry.reply?.paragraphs ?? []).filter((p) => p.answers.length === 0)
  if (general.length > 0) {
    lines.push(`## ${escape(inquiry.reply?.heading ?? 'Weitere Teile der Antwort')}`, '')
    for (const p of general) lines.push(paragraphText(p), '')
  }
  if (inquiry.warnings.length > 0) {
    lines.push('## Hinweise', '')
    for (const text of new Set(inquiry.warnings.map((w) => warningText(w.code)))) lines.push(`- ${escape(text)}`)
    lines.push('')
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

function answersByQuestion(paragraphs: readonly ReplyParagraph[]): Map<string, ReplyParagraph[]> {
  const byQuestion = new Map<string, ReplyParagraph[]>()
  for (const p of paragraphs) for (const a of p.answers) byQuestion.set(a.question, [...(byQuestion.get(a.question) ?? []), p])
  return byQuestion
}

type Context = {
  answers: ReadonlyMap<string, ReplyParagraph[]>
  hasReply: boolean
  unanswered: ReadonlySet<string>
  marks: ReadonlyMap<string, boolean>
}

function renderQuestion(q: Question, depth: number, context: Context, lines: string[]): void {
  lines.push(`${'#'.repeat(Math.min(depth, 6))} Frage ${q.id}`, '', `> ${escape(q.text)}`, '')
  const own = context.answers.get(q.id) ?? []
  for (const p of own) {
    const how = p.answers.find((a) => a.question === q.id)!
    const others = p.answers.filter((a) => a.question !== q.id).map((a) => a.question)
    const together = others.length > 0 ? `; beantwortet auch Frage ${others.join(', ')}` : ''
    const note = `_(${TIER_NAMES[linkTier(how)]}: ${escape(explainLink(how, q))}${together})_`
    lines.push(...(p.table ? [pipeTable(p.table), '', note] : [`${escape(p.text)} ${note}`]), '')
  }
  const mark = context.marks.get(q.id)
  if (mark === true && own.length === 0) lines.push('**Von Hand als beantwortet markiert.**', '')
  else if (context.unanswered.has(q.id) && (q.children.length === 0 || mark === false)) {
    lines.push(
      !context.hasReply ? '_Keine Antwort vorhanden._' : mark === false ? '**Unbeantwortet** (von Hand markiert).' : '**Unbeantwortet.**',
      ''
    )
  }
  for (const child of q.children) renderQuestion(child, depth + 1, context, lines)
}

const paragraphText = (p: ReplyParagraph): string => (p.table ? pipeTable(p.table) : escape(p.text))

/** A GFM pipe table: the first row is the header; cells keep their text literal, a line break in one as a space. */
function pipeTable(rows: readonly string[][]): string {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0)
  const line = (row: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escape((row[i] ?? '').replace(/\s+/g, ' ').trim())).join(' | ')} |`
  const [header = [], ...body] = rows
  return [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n')
}

/** Keeps text literal: Markdown's own characters at risk are escaped. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1')
}
