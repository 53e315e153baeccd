/**
 * @module
 * "Zu den übrigen Fragen liegen keine Erkenntnisse vor.": a sentence that answers, in one go, every question the
 * rest of the reply leaves open. It names no question, so it is read last, once every other paragraph has its
 * links: it then answers the questions still without an answer, after the first one answered (a question before
 * all answered ones more likely has an answer the links missed). A sentence that introduces what follows ("Die
 * übrigen Fragen beantworte ich wie folgt:") answers nothing itself.
 */
import type { AnswerLink, Question } from '../schema.js'
import { link } from './scopes.js'

type Linked = { text: string; answers: readonly AnswerLink[] }

const THE_REST = /(?<!\p{L})(?:übrigen|restlichen|verbleibenden|weiteren|anderen)\s+(?:Einzel)?[Ff]ragen\b/u
const WORDS_AT_MOST = 40

const REMAINING = { confidence: 0.5, why: 'speaks of the remaining questions, and no other paragraph answers this one' } as const

/**
 * The paragraph that speaks of "the remaining questions" and the links it takes: the questions no other
 * paragraph answers; null where there is none, or nothing is left open.
 */
export function linksOfTheRest(texts: readonly Linked[], flat: readonly Question[]): { at: number; answers: AnswerLink[] } | null {
  const firstAnswer = texts.findIndex((t) => t.answers.length > 0)
  if (firstAnswer < 0) return null
  const at = texts.findIndex((t, i) => i > firstAnswer && t.answers.length === 0 && speaksOfTheRest(t.text))
  if (at < 0) return null
  const answered = new Set(texts.flatMap((t) => t.answers.map((a) => a.question)))
  // a question before every answered one more likely has an answer the links missed than none at all
  const firstAnswered = flat.findIndex((q) => answered.has(q.id))
  const open = flat.filter((q, j) => j > firstAnswered && !answered.has(q.id) && !coveredAround(q, answered))
  if (open.length === 0) return null
  return { at, answers: open.map((q) => link(q.id, 'order', REMAINING.confidence, REMAINING.why, { order: 'remaining' })) }
}

/** A short statement, not a lead-in to what follows. */
function speaksOfTheRest(text: string): boolean {
  const t = text.trim()
  return THE_REST.test(t) && !/:$/.test(t) && t.split(/\s+/).length <= WORDS_AT_MOST
}

/** A question answered through its parts, or a part answered through the question it belongs to. */
function coveredAround(q: Question, answered: ReadonlySet<string>): boolean {
  if (q.children.length > 0 && q.children.every((c) => answered.has(c.id) || coveredAround(c, answered))) return true
  const parts = q.id.split('.')
  for (let k = parts.length - 1; k > 0; k--) if (answered.has(parts.slice(0, k).join('.'))) return true
  return false
}
