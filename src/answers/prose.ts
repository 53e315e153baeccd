/**
 * @module
 * Linking free prose, where no label, repeated question or position says what a paragraph answers.
 *
 * 1. Groups (`prose-groups.ts`): a paragraph that ends in a colon and the list items after it are one answer,
 *    scored together, as are a bare "Ja." or "Nein." and the paragraph explaining it. A group that is only the
 *    letter's frame (thanks, an offer to answer further questions, `frame.ts`) answers nothing and holds no
 *    place in what follows.
 * 2. Each group links to its most similar question, and to others nearly as similar, above a threshold; one
 *    shared word is enough only when it weighs a lot.
 * 3. The coverage prior (`coverage-prior.ts`): groups left unlinked and questions left unanswered pair up where
 *    one clearly stands out for the other; a question still unanswered takes the group clearly its best.
 * 4. With more groups than questions, an opening or closing group whose questions are all answered elsewhere
 *    too is an introduction or an outlook: it links to nothing.
 * 5. With exactly one group per question: if the reply says it answers in order ("in der gestellten
 *    Reihenfolge"), or every similarity link agrees with the positions, the n-th group answers the n-th
 *    question; otherwise, if no similarity link contradicts the positions, a group still unlinked does (order,
 *    the weakest evidence). Where positions do not hold for the whole reply, a question nothing answers still
 *    takes the group in its place if that group's only evidence came from the coverage prior: nothing better
 *    exists for either.
 * 6. Whichever reading is chosen, a link by place alone that the paragraph's own words speak against (it goes on
 *    about the question before, or the order reached it only by passing a question over) is dropped
 *    (`prose-abstain.ts`); so is a weaker repeat of the question the paragraph before answers where the next
 *    question has no answer: it may carry that answer on or answer the next, and its words cannot tell which.
 * 7. Then a group left unlinked that carries on the one before it ("Darüber hinaus …") answers
 *    what that one answers (`carryOn`).
 * Below the thresholds a group links to nothing — a wrong link is worse than none.
 */
import { maxOf } from '../arrays.js'
import type { AnswerLink } from '../schema.js'
import { PROSE, type ProseQuestion, type ProseText, scoreGroups } from './prose-evidence.js'
import { dropOrderAgainstWords, dropWeakRepeat } from './prose-abstain.js'
import { linkFreely } from './prose-free.js'
import { carryOn } from './prose-groups.js'
import { linkInOrder } from './prose-ordered.js'

export { PROSE, type ProseOptions, type ProseText } from './prose-evidence.js'

/** How much more evidence the free reading must give for the reply to count as answering out of order. */
const REGIME_MARGIN = 0.06

export type ProseLinks = { links: AnswerLink[][] }

/**
 * The reply read both ways — in the order asked (`prose-ordered.ts`, one assignment by dynamic programming) and
 * freely, by what each paragraph says (`prose-free.ts`) — over the same evidence, worked out once
 * (`prose-evidence.ts`); the ordered reading kept unless the free one gives clearly more evidence
 * (`REGIME_MARGIN`): a reply that reorders its answers shows it in its words.
 */
export function linkProse(
  texts: readonly ProseText[],
  questions: readonly ProseQuestion[],
  declaredOrder = false,
  options = PROSE,
  topic = ''
): ProseLinks {
  const scored = scoreGroups(texts, questions, options, topic)
  const ordered = linkInOrder(scored, questions, declaredOrder, options)
  const free = linkFreely(scored, questions, declaredOrder, options)
  const index = new Map(questions.map((q, j) => [q.id, j]))
  // evidence too thin to link on its own counts at half weight, however the link was made
  const weight = (g: number, j: number): number => scored.scores[g]![j]! * (scored.passing[g]![j]! > 0 ? 1 : 0.5)
  const mass = (groupLinks: readonly AnswerLink[][]): number =>
    groupLinks.reduce(
      (sum, answers, g) =>
        sum +
        maxOf(
          answers.map((a) => weight(g, index.get(a.question)!)),
          0
        ),
      0
    )
  const reading = !declaredOrder && (scored.reordered || mass(free) - mass(ordered) > REGIME_MARGIN) ? free : ordered
  dropOrderAgainstWords(reading, scored, questions, declaredOrder)
  dropWeakRepeat(reading, scored, questions, options.margin)
  const chosen = carryOn(reading, scored.groups, scored.frame)
  const links: AnswerLink[][] = texts.map(() => [])
  scored.groups.forEach((group, g) => group.members.forEach((i) => (links[i] = chosen[g]!)))
  return { links }
}
