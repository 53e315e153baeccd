/**
 * @module
 * An Inquiry as Markdown, for reading: the metadata, then each question followed by the reply paragraphs
 * that answer it; questions nothing answers are marked, and reply paragraphs that answer no question (a
 * preface, an outlook) come at the end.
 */
import type { Inquiry, Meta, Question, ReplyParagraph } from '../schema.js'

type TextField = Exclude<keyof Meta, 'hasReply'>
const META_LABELS: [TextField, string][] = [
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
  const meta = META_LABELS.filter(([key]) => inquiry.meta[key] !== null).map(([key, label]) => `- **${label}:** ${escape(inquiry.meta[key]!)}`)
  if (meta.length > 0) lines.push(...meta, '')
  const answers = answersByQuestion(inquiry.reply?.paragraphs ?? [])
  lines.push('## Fragen und Antworten', '')
  if (inquiry.questions.length === 0) lines.push('_Keine Fragen gefunden._', '')
  for (const question of inquiry.questions) renderQuestion(question, 3, answers, inquiry.reply !== null, lines)
  const general = (inquiry.reply?.paragraphs ?? []).filter((p) => p.answers.length === 0)
  if (general.length > 0) {
    lines.push(`## ${escape(inquiry.reply?.heading ?? 'Weitere Teile der Antwort')}`, '')
    for (const p of general) lines.push(paragraphText(p), '')
  }
  if (inquiry.warnings.length > 0) {
    lines.push('## Hinweise', '')
    for (const w of inquiry.warnings) lines.push(`- \`${w.code}\`: ${escape(w.message)}`)
    lines.push('')
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

function answersByQuestion(paragraphs: readonly ReplyParagraph[]): Map<string, ReplyParagraph[]> {
  const byQuestion = new Map<string, ReplyParagraph[]>()
  for (const p of paragraphs) for (const a of p.answers) byQuestion.set(a.question, [...(byQuestion.get(a.question) ?? []), p])
  return byQuestion
}

function renderQuestion(q: Question, depth: number, answers: ReadonlyMap<string, ReplyParagraph[]>, hasReply: boolean, lines: string[]): void {
  lines.push(`${'#'.repeat(Math.min(depth, 6))} Frage ${q.id}`, '', `> ${escape(q.text)}`, '')
  const own = answers.get(q.id) ?? []
  for (const p of own) {
    const how = p.answers.find((a) => a.question === q.id)!
    const others = p.answers.filter((a) => a.question !== q.id).map((a) => a.question)
    const note = others.length > 0 ? `, gemeinsam mit ${others.join(', ')}` : ''
    const method = `_(${methodName(how.method)}${note})_`
    lines.push(...(p.table ? [pipeTable(p.table), '', method] : [`${escape(p.text)} ${method}`]), '')
  }
  if (own.length === 0 && q.children.length === 0) lines.push(hasReply ? '**Unbeantwortet.**' : '_Keine Antwort vorhanden._', '')
  for (const child of q.children) renderQuestion(child, depth + 1, answers, hasReply, lines)
}

const METHOD_NAMES: Record<string, string> = {
  label: 'laut Kennzeichnung',
  joint: 'gemeinsam beantwortet',
  repeat: 'nach wiederholter Frage',
  interleaved: 'direkt nach der Frage',
  similarity: 'nach Wortähnlichkeit',
  order: 'nach Reihenfolge',
}

const methodName = (method: string): string => METHOD_NAMES[method] ?? method

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
