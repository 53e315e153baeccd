/**
 * @module
 * A reply that numbers its answers like the questions ("1. Es gibt zwölf Anlagen." … "2. Die Stadtwerke …")
 * without writing "Zu". The numbers are answer labels only when they run 1, 2, 3 … through every question,
 * each numbered answer starts a sentence, and nothing introduces them as a list inside an answer
 * ("Folgende Maßnahmen:" or a sentence running on into "1."). A numbered list inside a numbered answer ("1. …
 * folgende Maßnahmen umgesetzt:" / "1. …" / "2. …" / then "2. …", the next answer) starts again at 1 after its
 * lead-in's colon: its items answer what the lead-in's answer does.
 */
import type { AnswerLink } from '../schema.js'
import { link } from './scopes.js'

export type NumberedText = { text: string; number: number | null }

/** Links per text, or null when the numbers do not read as answer labels. */
export function linkByNumbers(texts: readonly NumberedText[], questionIds: readonly string[]): AnswerLink[][] | null {
  const answers = answerNumbers(texts)
  const topLevel = questionIds.filter((id) => /^\d+$/.test(id))
  if (answers === null || answers.length < 2 || answers.length !== topLevel.length) return null
  if (!answers.every((i, k) => topLevel.includes(String(k + 1)) && /^\p{Lu}|^\d/u.test(texts[i]!.text))) return null
  const before = texts[answers[0]! - 1]
  if (before && !/[.!?]["“”'»)]*\s*$/.test(before.text)) return null
  const starts = new Set(answers)
  let current: AnswerLink[] = []
  return texts.map((t, i) => {
    if (starts.has(i)) current = [link(String(t.number), 'label', 0.8, `numbered "${t.number}." like question ${t.number}`)]
    return current
  })
}

/**
 * The texts whose numbers run 1, 2, 3 … as the answers' labels, past the lists inside an answer (a 1 after a
 * colon, counted on while its items go on); null where a number fits neither.
 */
function answerNumbers(texts: readonly NumberedText[]): number[] | null {
  const answers: number[] = []
  // the number an open list inside an answer goes on with
  let item: number | null = null
  for (let i = 0; i < texts.length; i++) {
    const n = texts[i]!.number
    if (n === null) item = null
    else if (n === item) item++
    else if (n === answers.length + 1) {
      answers.push(i)
      item = null
    } else if (n === 1 && i > 0 && /:\s*$/.test(texts[i - 1]!.text)) item = 2
    else return null
  }
  return answers
}
