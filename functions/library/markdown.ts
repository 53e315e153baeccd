/**
 * @module
 * `format=markdown`: the Markdown rendering of an Inquiry. The library's own renderer
 * (`toMarkdown` in src/export/markdown.ts) is being written; until it lands this adapter renders a minimal
 * version with the same shape (questions, each followed by its answers, unanswered ones marked), and the
 * switch is one import.
 */
import type { Inquiry, Question, ReplyParagraph } from '../../src/index.js'

export function toMarkdown(inquiry: Inquiry): string {
  const lines = [`# ${inquiry.meta.title ?? 'Anfrage'}`, '', ...metaLines(inquiry), '']
  const paragraphs = inquiry.reply?.paragraphs ?? []
  for (const question of flatten(inquiry.questions)) lines.push(...questionLines(question, paragraphs), '')
  const unlinked = paragraphs.filter((p) => p.answers.length === 0)
  if (unlinked.length > 0) lines.push('## Weitere Absätze der Antwort', '', ...unlinked.flatMap((p) => [p.text, '']))
  if (inquiry.questions.length === 0) lines.push('## Text', '', inquiry.text, '')
  return `${lines.join('\n').trim()}\n`
}

function metaLines(inquiry: Inquiry): string[] {
  const { kind, reference, date, submitter, addressee, body } = inquiry.meta
  const facts: Array<[string, string | null]> = [
    ['Art', kind],
    ['Drucksache', reference],
    ['Datum', date],
    ['Eingereicht von', submitter],
    ['An', addressee],
    ['Gremium', body],
  ]
  return facts.filter(([, value]) => value !== null).map(([name, value]) => `- ${name}: ${value}`)
}

function flatten(questions: Question[]): Question[] {
  return questions.flatMap((q) => [q, ...flatten(q.children)])
}

function questionLines(question: Question, paragraphs: ReplyParagraph[]): string[] {
  const answers = paragraphs.filter((p) => p.answers.some((link) => link.question === question.id))
  const body = answers.length > 0 ? answers.flatMap((p) => ['', `> ${p.text}`]) : ['', '_Unbeantwortet._']
  return [`## ${question.label} ${question.text}`, ...body]
}
