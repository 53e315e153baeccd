/**
 * @module
 * Linking free prose, where no label, repeated question or position says what a paragraph answers.
 *
 * 1. Groups: a paragraph that ends in a colon and the list items after it are one answer, scored together.
 *    A group that is only the letter's frame (thanks, an offer to answer further questions, `frame.ts`)
 *    answers nothing and holds no place in what follows.
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
 * Below the thresholds a group links to nothing — a wrong link is worse than none.
 */
import type { AnswerLink, LinkBasis, SharedTerm } from '../schema.js'
import { asksFor, countAsked, gives, KIND_NAMES, kindMatch, type KindMatch } from './asks.js'
import { coverUnanswered, type CoverageOptions } from './coverage-prior.js'
import { isFrame } from './frame.js'
import { fillGaps } from './gaps.js'
import { link } from './scopes.js'
import { scoreSimilarity, termLabel } from './similarity.js'
import { maxOf } from '../arrays.js'

export type ProseText = { text: string; listItem: boolean }

export type ProseOptions = {
  /** a group links to a question at or above this score */
  threshold: number
  /** further questions link when they reach this share of the group's best score */
  share: number
  /** how much more a question elsewhere must score than the one in a group's place to break the order */
  swap: number
} & CoverageOptions

export const PROSE: ProseOptions = { threshold: 0.05, share: 0.6, swap: 0.12, floor: 0.01, margin: 1.5 }

/** What a paragraph giving what a question asks for adds to their score: less than a link needs on its own. */
const KIND_BONUS = 0.03
/** Characters of a paragraph searched for what it gives: an answer says early what kind of thing it is. */
const KIND_WINDOW = 4000

type Group = { members: number[]; text: string }

/** Why a group answers the question in its place, and how far that is to be trusted. */
const ORDER = {
  declared: { confidence: 0.7, why: 'the reply answers in the order asked', basis: 'declared' },
  inOrder: { confidence: 0.5, why: 'the answers follow the order of the questions', basis: 'in_order' },
  orphan: { confidence: 0.3, why: 'no other paragraph answers the question', basis: 'orphan' },
  gap: { confidence: 0.3, why: 'nothing better links it', basis: 'gap' },
  between: { confidence: 0.4, why: 'the one question left open between the answers before and after it', basis: 'between' },
} as const

export type ProseLinks = { links: AnswerLink[][] }

export function linkProse(texts: readonly ProseText[], questions: readonly { id: string; text: string }[], declaredOrder = false, options = PROSE): ProseLinks {
  const groups = groupTexts(texts)
  const table = scoreSimilarity(groups.map((g) => g.text), questions.map((q) => q.text))
  // the letter's frame (thanks, "für Rückfragen …") answers nothing and holds no place in the order
  const frame = groups.map((g) => isFrame(g.text))
  const kinds = kindTable(groups, questions)
  const scores = table.scores.map((row, g) => row.map((score, j) => (frame[g] ? 0 : score + (kinds[g]![j] ? KIND_BONUS : 0))))
  // one shared word is evidence only when it weighs a lot ("Stadt" alone links nothing); a compound's part
  // ("Arbeiten" in "Bauarbeiten") is no second word; what a paragraph gives of what a question asks tips
  // the balance between questions, it opens no link by itself
  const passing = scores.map((row, g) => row.map((score, j) => (table.whole(g, j) >= 2 || score >= 2 * options.threshold ? score : 0)))
  const chosen = groups.map((_, g) => chooseQuestions(passing[g]!, options))
  const covered = coverUnanswered(chosen, { scores, passing, whole: table.whole, own: table.own }, options)
  // the answers in their places: the k-th group that is not frame, and the k-th question
  const places = groups.flatMap((_, g) => (frame[g] ? [] : [g]))
  const place = (g: number): number => places.indexOf(g)
  if (places.length > questions.length) dropIntroAndOutlook(chosen, places)
  const positional = places.length === questions.length && places.length > 1
  const inOrder = positional && (declaredOrder || agreesWithOrder(chosen, places, scores, options.swap))
  // order fills gaps only where no similarity link contradicts it
  const byOrder = positional && (inOrder || (places.some((g) => chosen[g]!.length === 0) && !contradictsOrder(chosen, places)))
  const orderLink = (g: number, orphan = false): AnswerLink => {
    const k = place(g)
    const reason = declaredOrder ? ORDER.declared : inOrder ? ORDER.inOrder : orphan ? ORDER.orphan : ORDER.gap
    return link(questions[k]!.id, 'order', reason.confidence, `answer ${k + 1} of ${places.length}, question ${k + 1} of ${questions.length}: ${reason.why}`, { order: reason.basis })
  }
  const isPrior = (g: number, j: number): boolean => covered.some((c) => c.g === g && c.j === j)
  const answered = new Set(chosen.flat())
  // per question, where the positions do not hold for the whole reply: the question in this group's place has
  // no answer, and the group's only evidence is the coverage prior's
  const orphaned = (g: number): boolean => positional && !inOrder && !answered.has(place(g)) && chosen[g]!.length > 0 && chosen[g]!.every((j) => isPrior(g, j))
  const groupLinks = chosen.map((js, g): AnswerLink[] => {
    if (frame[g]) return []
    const similar = (j: number): AnswerLink => similarityLink(questions[j]!.id, scores[g]![j]!, table.evidence(g, j), kinds[g]![j] ?? null, isPrior(g, j))
    if (inOrder) return [js.includes(place(g)) ? similar(place(g)) : orderLink(g)]
    if (js.length === 0 && byOrder) return [orderLink(g)]
    return orphaned(g) ? [...js.map(similar), orderLink(g, true)] : js.map(similar)
  })
  if (!inOrder) fillOrderGaps(groupLinks, frame, questions, kinds)
  const links: AnswerLink[][] = texts.map(() => [])
  groups.forEach((group, g) => group.members.forEach((i) => (links[i] = groupLinks[g]!)))
  return { links }
}

/**
 * Unlinked groups between groups whose links keep the order of the questions answer the unanswered questions
 * between theirs, where the counts agree (`gaps.ts`) and the group gives what its question asks for.
 */
function fillOrderGaps(groupLinks: AnswerLink[][], frame: readonly boolean[], questions: readonly { id: string; text: string }[], kinds: readonly (readonly (KindMatch | null)[])[]): void {
  const index = new Map(questions.map((q, j) => [q.id, j]))
  const asked = questions.map((q) => asksFor(q.text).filter((k) => k !== 'yesno'))
  const inputs = groupLinks.map((links, g) => ({ questions: frame[g] ? null : links.map((l) => index.get(l.question)!).filter((j) => j !== undefined) }))
  const fits = (g: number, j: number): boolean => asked[j]!.length === 0 || kinds[g]![j] !== null
  for (const { g, j, after, before } of fillGaps(inputs, fits)) {
    const kind = kinds[g]![j] ?? null
    const why = `${ORDER.between.why} (questions ${questions[after]!.id} and ${questions[before]!.id})${givesWhat(kind)}`
    groupLinks[g] = [link(questions[j]!.id, 'order', ORDER.between.confidence, why, { order: ORDER.between.basis, ...givesBasis(kind) })]
  }
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

/**
 * Most groups that similarity links include the question in their own place, and none links elsewhere only
 * unless its words say so clearly: a group whose best question elsewhere scores less than `swap` above the
 * question in its place still answers in order. One assignment for the reply, in which the positions hold
 * unless the words clearly swap two answers.
 */
function agreesWithOrder(chosen: readonly number[][], places: readonly number[], scores: readonly (readonly number[])[], swap: number): boolean {
  const linked = places.filter((g) => chosen[g]!.length > 0).length
  const agreeing = places.filter((g, k) => chosen[g]!.includes(k)).length
  const nearly = places.filter((g, k) => chosen[g]!.length > 0 && !chosen[g]!.includes(k) && bestOf(chosen[g]!, scores[g]!) - scores[g]![k]! < swap).length
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

function chooseQuestions(scores: readonly number[], options: ProseOptions): number[] {
  const best = maxOf(scores, 0)
  if (best < options.threshold) return []
  return scores.flatMap((s, j) => (s >= best * options.share && s >= options.threshold ? [j] : []))
}

/** The first and last group in place, when every question they link is linked by another group too. */
function dropIntroAndOutlook(chosen: number[][], places: readonly number[]): void {
  for (const g of new Set([places[0]!, places[places.length - 1]!])) {
    const answeredElsewhere = chosen[g]!.every((j) => chosen.some((other, h) => h !== g && other.includes(j)))
    if (answeredElsewhere) chosen[g] = []
  }
}

/**
 * kinds[g][j]: what group g gives of what question j asks for, where few questions ask for it (at most half of
 * them, or the one question when there are only two): a kind every question asks for tells them apart no more.
 */
function kindTable(groups: readonly Group[], questions: readonly { text: string }[]): (KindMatch | null)[][] {
  const asked = questions.map((q) => asksFor(q.text))
  const askedBy = countAsked(asked)
  const rare = (kind: string): boolean => (askedBy.get(kind as never) ?? 0) <= Math.max(1, Math.floor(questions.length / 2))
  return groups.map((group) => {
    const given = gives(group.text.slice(0, KIND_WINDOW))
    return asked.map((kinds) => {
      const match = kindMatch(kinds.filter(rare), given, askedBy)
      return match
    })
  })
}

function similarityLink(id: string, score: number, shared: readonly SharedTerm[], kind: KindMatch | null, prior: boolean): AnswerLink {
  const confidence = 0.3 + 0.5 * Math.min(1, score / 0.4)
  const terms = shared.length > 0 ? `shared terms: ${shared.map(termLabel).join(', ')}` : 'no shared terms'
  const why = `${terms}${givesWhat(kind)} (score ${score.toFixed(2)})`
  const basis: LinkBasis = { terms: [...shared], ...givesBasis(kind) }
  // weak evidence that stood out only because nothing else answers the question
  if (prior) return link(id, 'similarity', Math.min(confidence, 0.35), `${why}; the clearest answer left for this question`, basis)
  return link(id, 'similarity', confidence, why, basis)
}

const givesWhat = (kind: KindMatch | null): string => (kind ? `; gives what the question asks for: ${KIND_NAMES[kind.kind]} (${kind.given})` : '')
const givesBasis = (kind: KindMatch | null): Pick<LinkBasis, 'gives'> => (kind ? { gives: { kind: kind.kind, text: kind.given } } : {})
