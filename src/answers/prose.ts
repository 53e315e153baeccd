/**
 * @module
 * Linking free prose, where no label, repeated question or position says what a paragraph answers.
 *
 * 1. Groups: a paragraph that ends in a colon and the list items after it are one answer, scored together.
 * 2. Each group links to its most similar question, and to others nearly as similar, above a threshold; one
 *    shared word is enough only when it weighs a lot.
 * 3. The coverage prior (`coverage-prior.ts`): groups left unlinked and questions left unanswered pair up where
 *    one clearly stands out for the other; a question still unanswered takes the group clearly its best.
 * 4. With more groups than questions, an opening or closing group whose questions are all answered elsewhere
 *    too is an introduction or an outlook: it links to nothing.
 * 5. With exactly one group per question: if the reply says it answers in order ("in der gestellten
 *    Reihenfolge"), or every similarity link agrees with the positions, the n-th group answers the n-th
 *    question; otherwise, if no similarity link contradicts the positions, a group still unlinked does (order,
 *    the weakest evidence).
 * Below the thresholds a group links to nothing — a wrong link is worse than none.
 */
import type { AnswerLink } from '../schema.js'
import { coverUnanswered, type CoverageOptions } from './coverage-prior.js'
import { link } from './scopes.js'
import { scoreSimilarity } from './similarity.js'

export type ProseText = { text: string; listItem: boolean }

export type ProseOptions = {
  /** a group links to a question at or above this score */
  threshold: number
  /** further questions link when they reach this share of the group's best score */
  share: number
} & CoverageOptions

export const PROSE: ProseOptions = { threshold: 0.05, share: 0.6, floor: 0.01, margin: 1.5 }

type Group = { members: number[]; text: string }

export type ProseLinks = { links: AnswerLink[][] }

export function linkProse(texts: readonly ProseText[], questions: readonly { id: string; text: string }[], declaredOrder = false, options = PROSE): ProseLinks {
  const groups = groupTexts(texts)
  const table = scoreSimilarity(groups.map((g) => g.text), questions.map((q) => q.text))
  // one shared word is evidence only when it weighs a lot ("Stadt" alone links nothing); a compound's part
  // ("Arbeiten" in "Bauarbeiten") is no second word
  const passing = table.scores.map((row, g) => row.map((score, j) => (table.whole(g, j) >= 2 || score >= 2 * options.threshold ? score : 0)))
  const chosen = groups.map((_, g) => chooseQuestions(passing[g]!, options))
  const covered = coverUnanswered(chosen, { scores: table.scores, passing, whole: table.whole }, options)
  if (groups.length > questions.length) dropFrame(chosen)
  const positional = groups.length === questions.length && groups.length > 1
  const inOrder = positional && (declaredOrder || agreesWithOrder(chosen))
  // order fills gaps only where no similarity link contradicts it
  const byOrder = positional && (inOrder || (chosen.some((c) => c.length === 0) && !contradictsOrder(chosen)))
  const orderLink = (g: number): AnswerLink => {
    const why = declaredOrder ? 'the reply answers in the order asked' : inOrder ? 'the answers follow the order of the questions' : 'nothing better links it'
    return link(questions[g]!.id, 'order', declaredOrder ? 0.7 : inOrder ? 0.5 : 0.3, `answer ${g + 1} of ${groups.length}, question ${g + 1} of ${questions.length}: ${why}`)
  }
  const groupLinks = chosen.map((js, g): AnswerLink[] => {
    const similar = (j: number): AnswerLink => {
      const prior = covered.some((c) => c.g === g && c.j === j)
      return similarityLink(questions[j]!.id, table.scores[g]![j]!, table.evidence(g, j), prior)
    }
    if (inOrder) return [js.includes(g) ? similar(g) : orderLink(g)]
    if (js.length === 0 && byOrder) return [orderLink(g)]
    return js.map(similar)
  })
  const links: AnswerLink[][] = texts.map(() => [])
  groups.forEach((group, g) => group.members.forEach((i) => (links[i] = groupLinks[g]!)))
  return { links }
}

function groupTexts(texts: readonly ProseText[]): Group[] {
  const groups: Group[] = []
  texts.forEach((t, i) => {
    const last = groups[groups.length - 1]
    // "… folgende Maßnahmen:" or a sentence that runs on into the list ("… vorrangig für")
    const leadIn = last && !/[.!?]["“”'»)]*\s*$/.test(texts[last.members[last.members.length - 1]!]!.text)
    const openList = last && last.members.length > 1 && texts[i - 1]!.listItem
    if (last && t.listItem && (leadIn || openList)) {
      last.members.push(i)
      last.text += ` ${t.text}`
    } else groups.push({ members: [i], text: t.text })
  })
  return groups
}

/** Most groups that similarity links include the question in their own position, and none links elsewhere only. */
function agreesWithOrder(chosen: readonly number[][]): boolean {
  const linked = chosen.filter((c) => c.length > 0).length
  const agreeing = chosen.filter((c, g) => c.includes(g)).length
  return linked > 0 && agreeing === linked && agreeing * 2 >= chosen.length
}

function contradictsOrder(chosen: readonly number[][]): boolean {
  return chosen.some((c, g) => c.length > 0 && !c.includes(g))
}

function chooseQuestions(scores: readonly number[], options: ProseOptions): number[] {
  const best = Math.max(0, ...scores)
  if (best < options.threshold) return []
  return scores.flatMap((s, j) => (s >= best * options.share && s >= options.threshold ? [j] : []))
}

/** The first and last group, when every question they link is linked by another group too. */
function dropFrame(chosen: number[][]): void {
  for (const g of new Set([0, chosen.length - 1])) {
    const answeredElsewhere = chosen[g]!.every((j) => chosen.some((other, h) => h !== g && other.includes(j)))
    if (answeredElsewhere) chosen[g] = []
  }
}

function similarityLink(id: string, score: number, shared: readonly string[], prior: boolean): AnswerLink {
  const confidence = 0.3 + 0.5 * Math.min(1, score / 0.4)
  const why = `shared terms: ${shared.join(', ')} (score ${score.toFixed(2)})`
  // weak evidence that stood out only because nothing else answers the question
  if (prior) return link(id, 'similarity', Math.min(confidence, 0.35), `${why}; the clearest answer left for this question`)
  return link(id, 'similarity', confidence, why)
}
