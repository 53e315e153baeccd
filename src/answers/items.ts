/**
 * @module
 * The reply read as a sequence of items: answer labels ("Zu 1.:"), repeated questions, the questions of an
 * interleaved document, and text — the reply paragraphs proper. Headings, greetings, signatures and page
 * furniture are dropped here; a label's own text ("Zu 1.: Die Stadt …") becomes a text item of its own.
 */
import type { Paragraph } from '../nodes.js'
import type { Structure } from '../structure/index.js'
import type { QuestionRef } from './refs.js'
import type { QuoteMatcher } from './repeat.js'

export type ReplyItem =
  | { kind: 'label'; at: number; refs: QuestionRef[]; printed: string }
  | { kind: 'quote'; at: number; id: string; score: number }
  | { kind: 'question'; at: number; id: string }
  | { kind: 'text'; at: number; text: string; offset: number }

/** "… Wie viele? Antwort: Es sind …" — a repeated question and its answer in one paragraph. */
const INLINE_ANSWER = /\s(?:Antwort|Beantwortung)\s*:\s+/u

export function readReplyItems(paragraphs: readonly Paragraph[], structure: Structure, matchQuote: QuoteMatcher | null): ReplyItem[] {
  const questionAt = new Map(structure.found.map((q, n) => [q.at, structure.found[n]!]))
  const items: ReplyItem[] = []
  const first = structure.roles.indexOf('reply')
  if (first < 0) return items
  for (let i = first; i < paragraphs.length; i++) {
    const role = structure.roles[i]
    const question = questionAt.get(i)
    if (role === 'question' && question && i > first) items.push({ kind: 'question', at: i, id: question.path.join('.') })
    if (role !== 'reply') continue
    items.push(...itemsOf(i, paragraphs[i]!, structure, matchQuote))
  }
  return items
}

function itemsOf(i: number, p: Paragraph, structure: Structure, matchQuote: QuoteMatcher | null): ReplyItem[] {
  const cue = structure.cues[i]!
  if (cue.furniture || cue.salutation || cue.closing || cue.signatureLine) return []
  const label = cue.replyLabel
  if (label?.kind === 'zu') return [{ kind: 'label', at: i, refs: label.refs, printed: label.printed }, ...textItems(i, p, label.rest, matchQuote)]
  if (label?.kind === 'frage') return [{ kind: 'label', at: i, refs: label.refs, printed: label.printed }, ...textItems(i, p, label.rest, matchQuote)]
  if (label?.kind === 'antwort') return textItems(i, p, label.rest, null)
  if (cue.heading) return []
  return textItems(i, p, cue.label ? cue.label.body : p.text, matchQuote)
}

/** Text, unless it repeats a question; a repeated question with its answer inline gives both. */
function textItems(i: number, p: Paragraph, text: string, matchQuote: QuoteMatcher | null): ReplyItem[] {
  if (text.trim() === '') return []
  const quote = matchQuote?.(text)
  if (quote) return [{ kind: 'quote', at: i, id: quote.id, score: quote.score }]
  const inline = INLINE_ANSWER.exec(text)
  if (matchQuote && inline) {
    const asked = matchQuote(text.slice(0, inline.index))
    const answer = text.slice(inline.index + inline[0].length)
    if (asked) return [{ kind: 'quote', at: i, id: asked.id, score: asked.score }, textItem(i, p, answer)]
  }
  return [textItem(i, p, text)]
}

function textItem(i: number, p: Paragraph, text: string): ReplyItem {
  const offset = Math.max(0, p.text.lastIndexOf(text.trim()))
  return { kind: 'text', at: i, text: text.trim(), offset }
}
