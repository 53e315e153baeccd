/**
 * @module
 * What went wrong in one case, for `npm run eval -- --verbose`: questions missed or extra, reply paragraphs
 * that match nothing, links missing or wrong.
 */
import type { Inquiry, Question } from '../../src/schema.js'
import { editSimilarity } from '../../src/text/compare.js'
import type { Gold } from './gold.js'
import { matchParagraphs, QUESTION_SIMILARITY } from './score.js'

const short = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s)

export function explainCase(inquiry: Inquiry, gold: Gold): string[] {
  const lines: string[] = []
  const flat = (qs: readonly Question[]): Question[] => qs.flatMap((q) => [q, ...flat(q.children)])
  const predicted = flat(inquiry.questions)
  for (const g of gold.questions) {
    const p = predicted.find((q) => q.id === g.id)
    if (!p) lines.push(`missing question ${g.id}: ${short(g.text)}`)
    else if (editSimilarity(p.text, g.text) < QUESTION_SIMILARITY) lines.push(`question ${g.id} text differs: ${short(p.text)}`)
  }
  for (const p of predicted) if (!gold.questions.some((g) => g.id === p.id)) lines.push(`extra question ${p.id}: ${short(p.text)}`)
  const paragraphs = inquiry.reply?.paragraphs ?? []
  const matching = matchParagraphs(
    paragraphs.map((p) => p.text),
    gold.statement.map((s) => s.text)
  )
  const matched = new Set(matching.values())
  paragraphs.forEach((p, i) => {
    const j = matching.get(i)
    const got = p.answers.map((a) => `${a.question}:${a.method}`).join(' ')
    if (j === undefined) lines.push(`extra paragraph [${got}] ${short(p.text)}`)
    else {
      const want = gold.statement[j]!.answers
      const ids = p.answers.map((a) => a.question)
      if ([...want].sort().join() !== [...new Set(ids)].sort().join())
        lines.push(`links [${got}] ≠ [${want.join(' ')}] ${short(p.text)} ${p.answers.map((a) => a.evidence).join(' | ')}`)
    }
  })
  gold.statement.forEach((s, j) => {
    if (!matched.has(j)) lines.push(`missing paragraph [${s.answers.join(' ')}] ${short(s.text)}`)
  })
  return lines
}
