/**
 * @module
 * The ordered reading of free prose (`prose.ts`): one assignment for the whole reply (`assign.ts`) over the
 * groups that are not frame. Thin evidence counts at half weight; where the groups match the questions in
 * number, or the reply declares its order, the order weighs more. A group linked on its words also answers
 * further questions nearly as close that no other group answers.
 */
import type { AnswerLink, SharedTerm } from '../schema.js'
import type { KindMatch } from './asks.js'
import { type Assigned, type AssignOptions, assignQuestions } from './assign.js'
import { anchorUnanswered, pairLeftovers } from './coverage-prior.js'
import { dropIntroAndOutlook, givesBasis, givesWhat, ORDER, type ProseOptions, type ProseQuestion, type Scored } from './prose-evidence.js'
import { link } from './scopes.js'
import { termLabel } from './similarity.js'

/**
 * The order prior (`assign.ts`): a link costs `threshold`; answering the next question earns `advance` (below
 * the threshold, so order alone links nothing, unless the groups match the questions in number or the reply
 * declares its order); passing one over costs `skip`, going back `back`.
 */
const ORDER_PRIOR: AssignOptions = { threshold: 0.07, advance: 0.04, stay: 0, skip: 0.03, back: 0.03, unreached: 0 }
const ADVANCE = { otherwise: 0.04, counted: 0.15, declared: 0.2 }
/**
 * The least score of a leftover pair in the ordered reading: more than one light shared word ("Netzbetreiber" in a
 * closing paragraph), as much as giving what the question asks for adds.
 */
const PAIR_FLOOR = 0.03
/** Evidence too thin to link on its own counts at this share in the ordered reading. */
const THIN = 0.5

export function linkInOrder(
  scored: Scored,
  questions: readonly ProseQuestion[],
  declaredOrder: boolean,
  options: ProseOptions
): AnswerLink[][] {
  const { groups, table, frame, kinds, scores, passing, places } = scored
  const trusted = declaredOrder || (scored.counted && !scored.reordered)
  const evidence = places.map((g) => scores[g]!.map((s, j) => (passing[g]![j]! > 0 ? s : s * THIN)))
  const advance = declaredOrder ? ADVANCE.declared : trusted ? ADVANCE.counted : ADVANCE.otherwise
  // where every question should have its paragraph, one left over at the end costs as a skipped one does
  const assigned = assignQuestions(evidence, questions.length, { ...ORDER_PRIOR, advance, unreached: trusted ? ORDER_PRIOR.skip : 0 })
  const taken = new Set(assigned.flatMap((a) => (a ? [a.question] : [])))
  // a question the assignment left open takes the group clearly its best, besides that group's own question
  const chosen = groups.map((): number[] => [])
  places.forEach((g, k) => assigned[k] && chosen[g]!.push(assigned[k]!.question))
  const coverage = { scores, passing, whole: table.whole, own: table.own }
  const extra = anchorUnanswered(chosen, coverage, options, new Set())
  // a paragraph left unlinked and a question left open pair up where that keeps the order of the links around them
  const paired = pairLeftovers(chosen, coverage, { ...options, floor: PAIR_FLOOR }, (g, j) => between(chosen, g, j))
  const groupLinks: AnswerLink[][] = groups.map(() => [])
  const onWords = (k: number, j: number): boolean => assigned[k]?.question === j && passing[places[k]!]![j]! >= options.threshold
  places.forEach((g, k) => {
    const a = assigned[k]
    if (!a) return
    if (passing[g]![a.question]! < options.threshold) {
      // without words of its own, a paragraph takes a question only where no unlinked neighbour has as good a claim
      if (
        !trusted &&
        [k - 1, k + 1].some(
          (n) => n >= 0 && n < places.length && !assigned[n] && evidence[n]![a.question]! * options.margin >= evidence[k]![a.question]!
        )
      )
        return
      // the one question open between two answers linked on their words
      const between = a.step === 'advance' && k > 0 && onWords(k - 1, a.question - 1) && onWords(k + 1, a.question + 1)
      const terms = table.evidence(g, a.question)
      const kind = kinds[g]![a.question] ?? null
      groupLinks[g] = [orderLinkOf(a, k, places.length, questions, { declaredOrder, between, terms, kind })]
      return
    }
    const others = scored.best[g]!.filter(
      (j) => j !== a.question && !taken.has(j) && passing[g]![j]! >= options.share * passing[g]![a.question]!
    )
    groupLinks[g] = [a.question, ...others].map((j) => scored.similar(g, j, false))
  })
  for (const { g, j } of extra) {
    if (!frame[g] && groupLinks[g]!.length > 0 && !groupLinks[g]!.some((l) => l.question === questions[j]!.id))
      groupLinks[g]!.push(scored.similar(g, j, true))
  }
  for (const { g, j } of paired) if (!frame[g]) groupLinks[g] = [scored.similar(g, j, true)]
  if (places.length > questions.length) dropIntroAndOutlook(groupLinks, places, (a, b) => a.question === b.question)
  return groupLinks
}

/** Question j lies after every question linked before group g and before every question linked after it. */
function between(chosen: readonly number[][], g: number, j: number): boolean {
  for (let h = 0; h < chosen.length; h++) {
    for (const k of chosen[h]!) if (h < g ? k >= j : h > g && k <= j) return false
  }
  return true
}

type OrderEvidence = { declaredOrder: boolean; between: boolean; terms: readonly SharedTerm[]; kind: KindMatch | null }

/** An order link of the ordered reading, with the few words it shares with its question where it has any. */
function orderLinkOf(
  a: NonNullable<Assigned>,
  k: number,
  count: number,
  questions: readonly { id: string }[],
  e: OrderEvidence
): AnswerLink {
  const reason = e.declaredOrder ? ORDER.declared : e.between ? ORDER.between : a.step === 'advance' ? ORDER.inOrder : ORDER.gap
  const terms = e.terms.length > 0 ? `; shared terms: ${e.terms.map(termLabel).join(', ')}` : ''
  const why = `answer ${k + 1} of ${count}, question ${a.question + 1} of ${questions.length}: ${reason.why}${terms}${givesWhat(e.kind)}`
  return link(questions[a.question]!.id, 'order', reason.confidence, why, {
    order: reason.basis,
    ...(e.terms.length > 0 ? { terms: [...e.terms] } : {}),
    ...givesBasis(e.kind),
  })
}
