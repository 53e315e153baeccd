/**
 * @module
 * Where the chosen reading of free prose (`prose.ts`) links a paragraph by its place alone, the few words it has
 * may still speak against that place; then it links to nothing, as a wrong link is worse than none:
 *
 * 1. A paragraph that shares more with the question the paragraph before it answers than with the one its place
 *    gives it continues that answer (a second paragraph on the same question); the question its place would give
 *    may be one the reply skips. Its words are too few to link it to the earlier question either: it stays open.
 * 2. A paragraph the order reaches only by passing over a question ("nothing better links it") has no order to
 *    speak for it, unless it stands in its question's place (the k-th answer, the k-th question).
 * 3. A question another paragraph answers on words of its own is answered there: the place was a guess, and a
 *    reply's opening context ("Lärm gehört zu den Umweltbelastungen …") in the first answer's place stays open.
 *
 * A reply whose order is declared ("in der gestellten Reihenfolge") keeps every order link.
 *
 * And one link on words (`dropWeakRepeat`): a paragraph that shares with the question the paragraph right before
 * it answers clearly less than that one does, where the next question has no answer in the whole reply. It may
 * carry that answer on, or answer the next question in words that share nothing with it; its words cannot tell
 * which, and the words it has are the earlier answer's.
 */
import type { AnswerLink } from '../schema.js'
import type { ProseQuestion, Scored } from './prose-evidence.js'

/** The least a paragraph must share with the earlier answer's question to continue it: more than one light word. */
const CONTINUES = 0.03

export function dropOrderAgainstWords(
  chosen: AnswerLink[][],
  scored: Pick<Scored, 'places' | 'scores' | 'passing'>,
  questions: readonly ProseQuestion[],
  declaredOrder: boolean
): void {
  if (declaredOrder) return
  const index = new Map(questions.map((q, j) => [q.id, j]))
  const places = scored.places
  // the questions some paragraph answers on words of its own, enough to link on
  const onWords = new Set(
    chosen.flatMap((links, g) =>
      links.flatMap((l) => (l.method === 'similarity' && scored.passing[g]![index.get(l.question)!]! > 0 ? [l.question] : []))
    )
  )
  let previous: number[] = []
  places.forEach((g, k) => {
    const links = chosen[g]!
    const byOrder = links.length > 0 && links.every((l) => l.method === 'order')
    const against = (l: AnswerLink): boolean =>
      onWords.has(l.question) || againstWords(l, index.get(l.question)!, k, scored.scores[g]!, previous)
    if (byOrder && links.some(against)) chosen[g] = []
    if (chosen[g]!.length > 0) previous = chosen[g]!.map((l) => index.get(l.question)!)
  })
}

function againstWords(link: AnswerLink, j: number, place: number, row: readonly number[], previous: readonly number[]): boolean {
  const continued = Math.max(0, ...previous.filter((p) => p !== j).map((p) => row[p]!))
  if (continued >= CONTINUES && continued > row[j]!) return true
  // a bare "Ja." or "Nein." can answer only a question asked for yes or no: more than a place speaks for it
  // (a figure or an amount may answer several questions, so it does not)
  return link.basis?.order === 'gap' && j !== place && link.basis.gives?.kind !== 'yesno'
}

export function dropWeakRepeat(
  chosen: AnswerLink[][],
  scored: Pick<Scored, 'places' | 'scores'>,
  questions: readonly ProseQuestion[],
  margin: number
): void {
  const index = new Map(questions.map((q, j) => [q.id, j]))
  const places = scored.places
  const answered = new Set(chosen.flat().map((l) => index.get(l.question)!))
  const weak = (g: number, h: number, l: AnswerLink): boolean => {
    const j = index.get(l.question)!
    const repeated = l.method === 'similarity' && chosen[h]!.some((m) => m.question === l.question)
    const weaker = scored.scores[g]![j]! * margin < scored.scores[h]![j]!
    const nextOpen = j + 1 < questions.length && !answered.has(j + 1)
    return repeated && weaker && nextOpen
  }
  // from the end, so that each paragraph is weighed against the one before it as chosen
  for (let k = places.length - 1; k > 0; k--) {
    const g = places[k]!
    const h = places[k - 1]!
    chosen[g] = chosen[g]!.filter((l) => !weak(g, h, l))
  }
}
