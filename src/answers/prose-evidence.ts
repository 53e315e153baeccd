/**
 * @module
 * The evidence both readings of a free-prose reply share (`prose.ts`), worked out once per reply: its groups (a
 * lead-in and the list after it are one answer), their scores against each question, what each group gives of
 * what a question asks for, the questions each group is most similar to, and the links a clerk reads.
 */
import { maxOf } from '../arrays.js'
import type { AnswerLink, LinkBasis, SharedTerm } from '../schema.js'
import { asksFor, countAsked, gives, KIND_NAMES, type KindMatch, kindMatch } from './asks.js'
import type { CoverageOptions } from './coverage-prior.js'
import { isFrame, isPreface } from './frame.js'
import { type Group, groupTexts, isBareYesNo } from './prose-groups.js'
import { link } from './scopes.js'
import { type SimilarityTable, scoreSimilarity, termLabel } from './similarity.js'

export type ProseText = { text: string; listItem: boolean }
export type ProseQuestion = { id: string; text: string }

export type ProseOptions = {
  /** a group links to a question at or above this score */
  threshold: number
  /** further questions link when they reach this share of the group's best score */
  share: number
  /** how much more a question elsewhere must score than the one in a group's place to break the order */
  swap: number
} & CoverageOptions

export const PROSE: ProseOptions = { threshold: 0.05, share: 0.9, swap: 0.12, floor: 0.01, margin: 1.5 }

/** What a paragraph giving what a question asks for adds to their score: less than a link needs on its own. */
const KIND_BONUS = 0.03
/** What a lead-in and its list (three paragraphs or more) add for a question that asks for a list. */
const LIST_BONUS = 0.1
/** The score of a bare yes or no against a question not asked for yes or no: it cannot answer it. */
const NOT_YES_NO = -1
/** Characters of a paragraph searched for what it gives: an answer says early what kind of thing it is. */
const KIND_WINDOW = 4000

export type Scored = {
  groups: Group[]
  table: SimilarityTable
  /** the letter's frame (thanks, "für Rückfragen …") answers nothing and holds no place in the order */
  frame: boolean[]
  kinds: (KindMatch | null)[][]
  scores: number[][]
  /** the same, 0 where the evidence is too thin to link on its own */
  passing: number[][]
  /** per group, the questions it is most similar to on passing evidence (`chooseQuestions`) */
  best: number[][]
  /** the similarity link of group g to question j; `prior` where only the coverage prior found it */
  similar(g: number, j: number, prior: boolean): AnswerLink
  /** the groups that are not frame, in order: the k-th is the answer in the k-th question's place */
  places: number[]
  /** one paragraph per question (`isCounted`) */
  counted: boolean
  /** … answering in another order, as its words show (`isReordered`): no paragraph answers by its place */
  reordered: boolean
}

export function scoreGroups(
  texts: readonly ProseText[],
  questions: readonly ProseQuestion[],
  options: ProseOptions,
  topic: string
): Scored {
  const groups = groupTexts(texts, isFrame)
  const table = scoreSimilarity(
    groups.map((g) => g.text),
    questions.map((q) => q.text),
    topic
  )
  const frame = groups.map((g) => isFrame(g.text))
  // a preface opening the reply ("Vorab ist darauf hinzuweisen …") is frame too
  const opening = frame.indexOf(false)
  if (opening >= 0 && isPreface(groups[opening]!.text)) frame[opening] = true
  const kinds = kindTable(groups, questions)
  // a bare "Ja." or "Nein." opening a group answers a question asked for yes or no, and no other: the score
  // below anything the order's prior can make up keeps the ordered reading from giving it another in its place
  const yesNo = questions.map((q) => asksFor(q.text).includes('yesno'))
  const bare = groups.map((group) => texts[group.members[0]!]!.text.trim())
  const excluded = (g: number, j: number): boolean => !yesNo[j] && isBareYesNo(bare[g]!)
  // … and gives what such a question asks for, however many of them there are
  groups.forEach((_, g) => {
    if (isBareYesNo(bare[g]!)) yesNo.forEach((asks, j) => asks && (kinds[g]![j] = { kind: 'yesno', given: bare[g]! }))
  })
  // a lead-in and the list after it answer a question that asks for a list ("Welche Maßnahmen …?") as no prose does
  const listed = (g: number, j: number): boolean => kinds[g]![j]?.kind === 'list' && pieces(groups[g]!) > 2
  const bonus = (g: number, j: number): number => (listed(g, j) ? LIST_BONUS : kinds[g]![j] ? KIND_BONUS : 0)
  const scores = table.scores.map((row, g) => row.map((score, j) => (frame[g] ? 0 : excluded(g, j) ? NOT_YES_NO : score + bonus(g, j))))
  // one shared word is evidence only when it weighs a lot ("Stadt" alone links nothing); a compound's part
  // ("Arbeiten" in "Bauarbeiten") is no second word; what a paragraph gives of what a question asks tips
  // the balance between questions, it opens no link by itself
  const passing = scores.map((row, g) =>
    row.map((score, j) => (score > 0 && (table.whole(g, j) >= 2 || score >= 2 * options.threshold) ? score : 0))
  )
  const best = passing.map((row) => chooseQuestions(row, options))
  const evidence = new Map<number, SharedTerm[]>()
  const q = questions.length
  const termsOf = (g: number, j: number): SharedTerm[] => {
    if (!evidence.has(g * q + j)) evidence.set(g * q + j, table.evidence(g, j))
    return evidence.get(g * q + j)!
  }
  const similar = (g: number, j: number, prior: boolean): AnswerLink =>
    similarityLink(questions[j]!.id, scores[g]![j]!, termsOf(g, j), kinds[g]![j] ?? null, prior)
  const places = frame.flatMap((f, g) => (f ? [] : [g]))
  const counted = isCounted(places, questions)
  const reordered = counted && isReordered(places, passing, options)
  return { groups, table: { ...table, evidence: termsOf }, frame, kinds, scores, passing, best, similar, places, counted, reordered }
}

/** A group's paragraphs and the list items written in one of them, a line each. */
function pieces(group: Group): number {
  let lines = group.members.length
  for (let at = group.text.indexOf('\n'); at >= 0; at = group.text.indexOf('\n', at + 1)) lines++
  return lines
}

/** The questions a group is most similar to: its best above the threshold, and others nearly as close. */
export function chooseQuestions(scores: readonly number[], options: ProseOptions): number[] {
  const best = maxOf(scores, 0)
  if (best < options.threshold) return []
  return scores.flatMap((s, j) => (s >= best * options.share && s >= options.threshold ? [j] : []))
}

/**
 * kinds[g][j]: what group g gives of what question j asks for, where few questions ask for it (at most half of
 * them, or the one question when there are only two): a kind every question asks for tells them apart no more.
 */
function kindTable(groups: readonly Group[], questions: readonly { text: string }[]): (KindMatch | null)[][] {
  const asked = questions.map((q) => asksFor(q.text))
  const askedBy = countAsked(asked)
  const rare = (kind: string): boolean => (askedBy.get(kind as never) ?? 0) <= Math.max(1, Math.floor(questions.length / 2))
  const telling = asked.map((kinds) => kinds.filter(rare))
  return groups.map((group) => {
    const given = gives(group.text.slice(0, KIND_WINDOW))
    return telling.map((kinds) => (kinds.length === 0 ? null : kindMatch(kinds, given, askedBy)))
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

export const givesWhat = (kind: KindMatch | null): string =>
  kind ? `; gives what the question asks for: ${KIND_NAMES[kind.kind]} (${kind.given})` : ''
export const givesBasis = (kind: KindMatch | null): Pick<LinkBasis, 'gives'> =>
  kind ? { gives: { kind: kind.kind, text: kind.given } } : {}

/** The first and last group in place, when every question they link is linked by another group too. */
export function dropIntroAndOutlook<T>(chosen: T[][], places: readonly number[], same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  for (const g of new Set([places[0]!, places[places.length - 1]!])) {
    const answeredElsewhere = chosen[g]!.every((x) => chosen.some((other, h) => h !== g && other.some((y) => same(x, y))))
    if (answeredElsewhere) chosen[g] = []
  }
}

/**
 * One paragraph per question: the reply's plan, where no question has parts of its own ("2" and "2.a") and the
 * paragraphs that are not frame match the questions in number.
 */
function isCounted(places: readonly number[], questions: readonly ProseQuestion[]): boolean {
  const flat = !questions.some((q) => questions.some((p) => p !== q && p.id.startsWith(`${q.id}.`)))
  return flat && places.length === questions.length
}

/**
 * A counted reply whose answers come in another order: the words of half its paragraphs, and at least two, link
 * them clearly (at twice the threshold) to a question other than the one in their place, where that one has less
 * than half of it. One such paragraph may be a word used in two senses ("ausgegeben": devices handed out, money
 * spent), a few may answer a later question too; half of them is a reply that keeps to another order.
 */
function isReordered(places: readonly number[], passing: readonly number[][], options: ProseOptions): boolean {
  const away = places.filter((g, k) =>
    passing[g]!.some((score, j) => j !== k && score >= 2 * options.threshold && passing[g]![k]! < score / 2)
  )
  return away.length >= 2 && away.length * 2 >= places.length
}

/** Why a group answers the question in its place, and how far that is to be trusted. */
export const ORDER = {
  declared: { confidence: 0.7, why: 'the reply answers in the order asked', basis: 'declared' },
  inOrder: { confidence: 0.5, why: 'the answers follow the order of the questions', basis: 'in_order' },
  orphan: { confidence: 0.3, why: 'no other paragraph answers the question', basis: 'orphan' },
  gap: { confidence: 0.3, why: 'nothing better links it', basis: 'gap' },
  between: { confidence: 0.4, why: 'the one question left open between the answers before and after it', basis: 'between' },
} as const
