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
import { anchorUnanswered, coverUnanswered, type CoverageOptions } from './coverage-prior.js'
import { isFrame } from './frame.js'
import { fillGaps } from './gaps.js'
import { link } from './scopes.js'
import { scoreSimilarity, termLabel, type SimilarityTable } from './similarity.js'
import { maxOf } from '../arrays.js'
import { assignQuestions, type AssignOptions, type Assigned } from './assign.js'

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

/**
 * The order prior of the ordered reading (`assign.ts`): a link costs `threshold`; answering the next question
 * earns `advance` (below the threshold, so order alone links nothing, unless the groups match the questions in
 * number or the reply declares its order); passing one over costs `skip`, going back `back`.
 */
const ORDER_PRIOR: AssignOptions = { threshold: 0.07, advance: 0.04, stay: 0, skip: 0.03, back: 0.03, unreached: 0 }
const ADVANCE = { otherwise: 0.04, counted: 0.15, declared: 0.2 }
/** Evidence too thin to link on its own counts at this share in the ordered reading. */
const THIN = 0.5
/** How much more evidence the free reading must give for the reply to count as answering out of order. */
const REGIME_MARGIN = 0.06

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

/** The evidence both readings of a reply share: its groups, their scores against each question. */
type Scored = {
  groups: Group[]
  table: SimilarityTable
  /** the letter's frame (thanks, "für Rückfragen …") answers nothing and holds no place in the order */
  frame: boolean[]
  kinds: (KindMatch | null)[][]
  scores: number[][]
  /** the same, 0 where the evidence is too thin to link on its own */
  passing: number[][]
}

/**
 * The reply read both ways — in the order asked (`linkInOrder`, one assignment by dynamic programming) and
 * freely, by what each paragraph says — and the ordered reading kept unless the free one gives clearly more
 * evidence (`REGIME_MARGIN`): a reply that reorders its answers shows it in its words.
 */
export function linkProse(
  texts: readonly ProseText[],
  questions: readonly { id: string; text: string }[],
  declaredOrder = false,
  options = PROSE,
  topic = ''
): ProseLinks {
  const scored = scoreGroups(texts, questions, options, topic)
  const ordered = linkInOrder(scored, questions, declaredOrder, options)
  const free = linkFreely(scored, questions, declaredOrder, options)
  const index = new Map(questions.map((q, j) => [q.id, j]))
  const mass = (groupLinks: readonly AnswerLink[][]): number =>
    groupLinks.reduce(
      (sum, answers, g) =>
        sum +
        maxOf(
          answers.map((a) => (a.method === 'similarity' ? scored.scores[g]![index.get(a.question)!]! : 0)),
          0
        ),
      0
    )
  const chosen = !declaredOrder && mass(free) - mass(ordered) > REGIME_MARGIN ? free : ordered
  const links: AnswerLink[][] = texts.map(() => [])
  scored.groups.forEach((group, g) => group.members.forEach((i) => (links[i] = chosen[g]!)))
  return { links }
}

function scoreGroups(
  texts: readonly ProseText[],
  questions: readonly { id: string; text: string }[],
  options: ProseOptions,
  topic: string
): Scored {
  const groups = groupTexts(texts)
  const table = scoreSimilarity(
    groups.map((g) => g.text),
    questions.map((q) => q.text),
    topic
  )
  const frame = groups.map((g) => isFrame(g.text))
  const kinds = kindTable(groups, questions)
  const scores = table.scores.map((row, g) => row.map((score, j) => (frame[g] ? 0 : score + (kinds[g]![j] ? KIND_BONUS : 0))))
  // one shared word is evidence only when it weighs a lot ("Stadt" alone links nothing); a compound's part
  // ("Arbeiten" in "Bauarbeiten") is no second word; what a paragraph gives of what a question asks tips
  // the balance between questions, it opens no link by itself
  const passing = scores.map((row, g) => row.map((score, j) => (table.whole(g, j) >= 2 || score >= 2 * options.threshold ? score : 0)))
  return { groups, table, frame, kinds, scores, passing }
}

/**
 * The ordered reading: one assignment for the whole reply (`assign.ts`) over the groups that are not frame.
 * Thin evidence counts at half weight; where the groups match the questions in number the order weighs more.
 * A group linked on its words also answers further questions nearly as close that no other group answers.
 */
function linkInOrder(
  scored: Scored,
  questions: readonly { id: string; text: string }[],
  declaredOrder: boolean,
  options: ProseOptions
): AnswerLink[][] {
  const { groups, table, frame, kinds, scores, passing } = scored
  const places = groups.flatMap((_, g) => (frame[g] ? [] : [g]))
  // one paragraph per question is the reply's plan only where no question has parts of its own ("2" and "2.a")
  const flat = !questions.some((q) => questions.some((p) => p !== q && p.id.startsWith(`${q.id}.`)))
  const trusted = declaredOrder || (flat && places.length === questions.length)
  const evidence = places.map((g) => scores[g]!.map((s, j) => (passing[g]![j]! > 0 ? s : s * THIN)))
  const advance = declaredOrder ? ADVANCE.declared : trusted ? ADVANCE.counted : ADVANCE.otherwise
  // where every question should have its paragraph, one left over at the end costs as a skipped one does
  const assigned = assignQuestions(evidence, questions.length, { ...ORDER_PRIOR, advance, unreached: trusted ? ORDER_PRIOR.skip : 0 })
  const taken = new Set(assigned.flatMap((a) => (a ? [a.question] : [])))
  // a question the assignment left open takes the group clearly its best, besides that group's own question
  const chosen = groups.map((): number[] => [])
  places.forEach((g, k) => assigned[k] && chosen[g]!.push(assigned[k]!.question))
  const extra = anchorUnanswered(chosen, { scores, passing, whole: table.whole, own: table.own }, options, new Set())
  const groupLinks: AnswerLink[][] = groups.map(() => [])
  const onWords = (k: number, j: number): boolean => assigned[k]?.question === j && passing[places[k]!]![j]! >= options.threshold
  places.forEach((g, k) => {
    const a = assigned[k]
    if (!a) return
    const similar = (j: number): AnswerLink =>
      similarityLink(questions[j]!.id, scores[g]![j]!, table.evidence(g, j), kinds[g]![j] ?? null, false)
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
      groupLinks[g] = [
        orderLinkOf(a, k, places.length, questions, {
          declaredOrder,
          between,
          terms: table.evidence(g, a.question),
          kind: kinds[g]![a.question] ?? null,
        }),
      ]
      return
    }
    const others = chooseQuestions(passing[g]!, options).filter(
      (j) => j !== a.question && !taken.has(j) && passing[g]![j]! >= options.share * passing[g]![a.question]!
    )
    groupLinks[g] = [similar(a.question), ...others.map(similar)]
  })
  for (const { g, j } of extra) {
    if (!frame[g] && groupLinks[g]!.length > 0 && !groupLinks[g]!.some((l) => l.question === questions[j]!.id))
      groupLinks[g]!.push(similarityLink(questions[j]!.id, scores[g]![j]!, table.evidence(g, j), kinds[g]![j] ?? null, true))
  }
  if (places.length > questions.length) dropIntroAndOutlook(groupLinks, places, (a, b) => a.question === b.question)
  return groupLinks
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

/**
 * The free reading: each group links to its most similar questions; the coverage prior, the intro and outlook
 * rule, the order where the groups match the questions in number, and order inside the gaps fill in.
 */
function linkFreely(
  scored: Scored,
  questions: readonly { id: string; text: string }[],
  declaredOrder: boolean,
  options: ProseOptions
): AnswerLink[][] {
  const { groups, table, frame, kinds, scores, passing } = scored
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
    return link(
      questions[k]!.id,
      'order',
      reason.confidence,
      `answer ${k + 1} of ${places.length}, question ${k + 1} of ${questions.length}: ${reason.why}`,
      { order: reason.basis }
    )
  }
  const isPrior = (g: number, j: number): boolean => covered.some((c) => c.g === g && c.j === j)
  const answered = new Set(chosen.flat())
  // per question, where the positions do not hold for the whole reply: the question in this group's place has
  // no answer, and the group's only evidence is the coverage prior's
  const orphaned = (g: number): boolean =>
    positional && !inOrder && !answered.has(place(g)) && chosen[g]!.length > 0 && chosen[g]!.every((j) => isPrior(g, j))
  const groupLinks = chosen.map((js, g): AnswerLink[] => {
    if (frame[g]) return []
    const similar = (j: number): AnswerLink =>
      similarityLink(questions[j]!.id, scores[g]![j]!, table.evidence(g, j), kinds[g]![j] ?? null, isPrior(g, j))
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
  questions: readonly { id: string; text: string }[],
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

function chooseQuestions(scores: readonly number[], options: ProseOptions): number[] {
  const best = maxOf(scores, 0)
  if (best < options.threshold) return []
  return scores.flatMap((s, j) => (s >= best * options.share && s >= options.threshold ? [j] : []))
}

/** The first and last group in place, when every question they link is linked by another group too. */
function dropIntroAndOutlook<T>(chosen: T[][], places: readonly number[], same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  for (const g of new Set([places[0]!, places[places.length - 1]!])) {
    const answeredElsewhere = chosen[g]!.every((x) => chosen.some((other, h) => h !== g && other.some((y) => same(x, y))))
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

const givesWhat = (kind: KindMatch | null): string =>
  kind ? `; gives what the question asks for: ${KIND_NAMES[kind.kind]} (${kind.given})` : ''
const givesBasis = (kind: KindMatch | null): Pick<LinkBasis, 'gives'> => (kind ? { gives: { kind: kind.kind, text: kind.given } } : {})
