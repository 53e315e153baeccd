/**
 * @module
 * A reply that numbers its answers like the questions ("1. Es gibt zwölf Anlagen." … "2. Die Stadtwerke …")
 * without writing "Zu". The numbers are answer labels only when they run 1, 2, 3 … through every question,
 * each numbered paragraph starts a sentence, and nothing introduces them as a list inside an answer
 * ("Folgende Maßnahmen:" or a sentence running on into "1.").
 */
import type { AnswerLink } from '../schema.js'
import { link } from './scopes.js'

export type NumberedText = { text: string; number: number | null }

/** Links per text, or null when the numbers do not read as answer labels. */
export function linkByNumbers(texts: readonly NumberedText[], questionIds: readonly string[]): AnswerLink[][] | null {
  const numbered = texts.flatMap((t, i) => (t.number === null ? [] : [i]))
  const topLevel = questionIds.filter((id) => /^\d+$/.test(id))
  if (numbered.length < 2 || numbered.length !== topLevel.length) return null
  if (!numbered.every((i, k) => texts[i]!.number === k + 1 && topLevel.includes(String(k + 1)) && /^\p{Lu}|^\d/u.test(texts[i]!.text)))
    return null
  const before = texts[numbered[0]! - 1]
  if (before && !/[.!?]["“”'»)]*\s*$/.test(before.text)) return null
  let current: AnswerLink[] = []
  return texts.map((t) => {
    if (t.number !== null) current = [link(String(t.number), 'label', 0.8, `numbered "${t.number}." like question ${t.number}`)]
    return current
  })
}
