/**
 * @module
 * The last resort: when the reply has exactly one paragraph per question and nothing better links a
 * paragraph, the n-th paragraph answers the n-th question. Weak evidence, and labelled so.
 */
import type { AnswerLink } from '../schema.js'
import { link } from './scopes.js'

export function linkByOrder(paragraphCount: number, questionIds: readonly string[], existing: readonly AnswerLink[][]): AnswerLink[][] | null {
  if (paragraphCount !== questionIds.length || paragraphCount < 2) return null
  return existing.map((links, i) => (links.length > 0 ? links : [link(questionIds[i]!, 'order', 0.3, `paragraph ${i + 1} of ${paragraphCount}, question ${i + 1} of ${questionIds.length}`)]))
}
