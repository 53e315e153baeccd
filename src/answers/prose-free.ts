/**
 * @module
 * The free reading of free prose (`prose.ts`): each group links to its most similar questions; the coverage
 * prior (`coverage-prior.ts`), the intro and outlook rule, the order where the groups match the questions in
 * number, and order inside the gaps (`gaps.ts`) fill in.
 */
import type { AnswerLink } from '../schema.js'
import { asksFor, type KindMatch } from './asks.js'
import { coverUnanswered } from './coverage-prior.js'
import { fillGaps } from './gaps.js'
import { dropIntroAndOutlook, givesBasis, givesWhat, ORDER, type ProseOptions, type ProseQuestion, type Scored } from './prose-evidence.js'
import { link } from './scopes.js'

export function linkFreely(
  scored: Scored,
  questions: readonly ProseQuestion[],
  declaredOrder: boolean,
  options: ProseOptions
): AnswerLink[][] {
  const { groups, table, frame, kinds, scores, passing, places } = scored
  const chosen = scored.best.map((js) => [...js])
  const covered = coverUnanswered(chosen, { scores, passing, whole: table.whole, own: table.own }, options)
  // the answers in their places: the k-th group that is not frame, and the k-th question
  const placeOf = new Map(places.map((g, k) => [g, k]))
  const place = (g: number): number => placeOf.get(g) ?? -1
  if (places.length > questions.length) dropIntroAndOutlook(chosen, places)
  // a reply whose words show it answers in another order holds no answer in its place
  const positional = places.length === questions.length && places.length > 1 && (declaredOrder || !scored.reordered)
  const inOrder = positional && (declaredOrder || agreesWithOrder(chosen, places, scores, options.swap))
  // order fills gaps only where no similarity link contradicts it
  const byOrder = positional && (inOrder || (places.some((g) => chosen[g]!.length === 0) && !contradictsOrder(chosen, places)))
  const orderLink = (g: number, orphan = false): AnswerLink => {
    const k = place(g)
    const reason = declaredOrder ? ORDER.declared : inOrder ? ORDER.inOrder : orphan ? ORDER.orphan : ORDER.gap
    return link(
      questions[k]!.id,
      'order',
      reason.confidence,
      `answer ${k + 1} of ${places.length}, question ${k + 1} of ${questions.length}: ${reason.why}`,
      { order: reason.basis }
    )
  }
  const prior = new Set(covered.map((c) => `${c.g}:${c.j}`))
  const isPrior = (g: number, j: number): boolean => prior.has(`${g}:${j}`)
  const answered = new Set(chosen.flat())
  // per question, where the positions do not hold for the whole reply: the question in this group's place has
  // no answer, and the group's only evidence is the coverage prior's
  const orphaned = (g: number): boolean =>
    positional && !inOrder && !answered.has(place(g)) && chosen[g]!.length > 0 && chosen[g]!.every((j) => isPrior(g, j))
  const groupLinks = chosen.map((js, g): AnswerLink[] => {
    if (frame[g]) return []
    const similar = (j: number): AnswerLink => scored.similar(g, j, isPrior(g, j))
    if (inOrder) return [js.includes(place(g)) ? similar(place(g)) : orderLink(g)]
    if (js.length === 0 && byOrder) return [orderLink(g)]
    return orphaned(g) ? [...js.map(similar), orderLink(g, true)] : js.map(similar)
  })
  if (!inOrder) fillOrderGaps(groupLinks, frame, questions, kinds)
  return groupLinks
}

/**
 * Unlinked groups between groups whose links keep the order of the questions answer the unanswered questions
 * between theirs, where the counts agree (`gaps.ts`) and the group gives what its question asks for.
 */
function fillOrderGaps(
  groupLinks: AnswerLink[][],
  frame: readonly boolean[],
  questions: readonly ProseQuestion[],
  kinds: readonly (readonly (KindMatch | null)[])[]
): void {
  const index = new Map(questions.map((q, j) => [q.id, j]))
  const asked = questions.map((q) => asksFor(q.text).filter((k) => k !== 'yesno'))
  const inputs = groupLinks.map((links, g) => ({
    questions: frame[g] ? null : links.map((l) => index.get(l.question)!).filter((j) => j !== undefined),
  }))
  const fits = (g: number, j: number): boolean => asked[j]!.length === 0 || kinds[g]![j] !== null
  for (const { g, j, after, before } of fillGaps(inputs, fits)) {
    const kind = kinds[g]![j] ?? null
    const why = `${ORDER.between.why} (questions ${questions[after]!.id} and ${questions[before]!.id})${givesWhat(kind)}`
    groupLinks[g] = [link(questions[j]!.id, 'order', ORDER.between.confidence, why, { order: ORDER.between.basis, ...givesBasis(kind) })]
  }
}

/**
 * Most groups that similarity links include the question in their own place, and none links elsewhere only
 * unless its words say so clearly: a group whose best question elsewhere scores less than `swap` above the
 * question in its place still answers in order. One assignment for the reply, in which the positions hold
 * unless the words clearly swap two answers.
 */
function agreesWithOrder(
  chosen: readonly number[][],
  places: readonly number[],
  scores: readonly (readonly number[])[],
  swap: number
): boolean {
  const linked = places.filter((g) => chosen[g]!.length > 0).length
  const agreeing = places.filter((g, k) => chosen[g]!.includes(k)).length
  const nearly = places.filter(
    (g, k) => chosen[g]!.length > 0 && !chosen[g]!.includes(k) && bestOf(chosen[g]!, scores[g]!) - scores[g]![k]! < swap
  ).length
  return agreeing > 0 && agreeing + nearly === linked && (agreeing + nearly) * 2 >= places.length
}

function bestOf(js: readonly number[], row: readonly number[]): number {
  let best = 0
  for (const j of js) best = Math.max(best, row[j]!)
  return best
}

function contradictsOrder(chosen: readonly number[][], places: readonly number[]): boolean {
  return places.some((g, k) => chosen[g]!.length > 0 && !chosen[g]!.includes(k))
}
