/**
 * @module
 * Answers: the reply's paragraphs and, for each, the questions it answers — by label, joint sentence, repeated
 * question, interleaving, term similarity, or order, strongest first.
 *
 *   readReplyItems     labels, repeated questions, interleaved questions and text, in reply order
 *   linkByScope        a label (or quote, or question) opens a scope; its text answers the scope's questions
 *   linkProse          free prose without any scope: shared topic terms, order as the last resort, or nothing
 *
 * Warning codes: `reference_to_missing_question` (a label names a question the inquiry lacks),
 * `answer_link_abstained` (a prose paragraph left unlinked), `links_by_order` (links decided by position).
 */
import { Deadline } from '../limits.js'
import type { Layout } from '../nodes.js'
import type { AnswerLink, Question, Reply, ReplyParagraph, Warning } from '../schema.js'
import type { Structure } from '../structure/index.js'
import { flattenQuestions } from '../structure/tree.js'
import { withoutTrailingColon } from '../text/normalize.js'
import { readReplyItems } from './items.js'
import { isFrame } from './frame.js'
import { linkByNumbers } from './numbered.js'
import { linkProse, PROSE } from './prose.js'
import { linksOfTheRest } from './remaining.js'
import { quoteMatcher } from './repeat.js'
import { indexQuestions } from './resolve.js'
import { hasScopes, link, linkByScope, type LinkedText } from './scopes.js'

export type Answers = { reply: Reply | null; coverage: { answered: string[]; unanswered: string[] }; warnings: Warning[] }

export type AnswerOptions = {
  /** the parse's deadline (`timeoutMs`), checked between the steps and between reply paragraphs */
  deadline?: Deadline
}

export function linkAnswers(layout: Layout, structure: Structure, { deadline = new Deadline(0) }: AnswerOptions = {}): Answers {
  const flat = flattenQuestions(structure.questions)
  const warnings: Warning[] = []
  const position = (i: number): Warning['position'] => layout.paragraphs[i]?.position
  const matchQuote = structure.mode === 'block' && flat.length > 0 ? quoteMatcher(flat) : null
  const items = readReplyItems(layout.paragraphs, structure, matchQuote)
  deadline.check('answers, the reply items')
  if (!structure.roles.includes('reply')) return { reply: null, coverage: coverageOf(structure.questions, []), warnings }
  let linked = linkByScope(items, indexQuestions(flat.map((q) => q.id)), (w) => warnings.push(w), position)
  deadline.check('answers, the labelled scopes')
  // a "Vorbemerkung:" alone opens no scope: the free prose after it is still free prose
  if (!hasScopes(items.filter((item) => item.kind !== 'preface')) && flat.length > 0)
    linked = linkFreeProse(linked, flat, structure, layout, warnings, position, (t) => layout.paragraphs[t.at]!.table !== undefined)
  const paragraphs = linked.map((t, n) => {
    deadline.check(`answers, reply paragraph ${n + 1}`)
    return toParagraph(t, n, layout)
  })
  const heading = replyHeading(layout, structure)
  return { reply: { heading, paragraphs }, coverage: coverageOf(structure.questions, paragraphs), warnings }
}

/** "Die Fragen werden in der gestellten Reihenfolge beantwortet." */
const ANSWERS_IN_ORDER =
  /\b(?:in\s+der\s+(?:gestellten\s+|vorgegebenen\s+)?Reihenfolge|der\s+Reihe\s+nach)\b.{0,60}\bbeantwort|\bbeantwort\w*\b.{0,60}\b(?:in\s+der\s+(?:gestellten\s+)?Reihenfolge|der\s+Reihe\s+nach)\b/iu

/** Free prose: similarity, then order for what similarity leaves open; the reply's opening sentence answers nothing. */
function linkFreeProse(
  linked: LinkedText[],
  flat: readonly Question[],
  structure: Structure,
  layout: Layout,
  warnings: Warning[],
  position: (i: number) => Warning['position'],
  isTable: (t: LinkedText) => boolean
): LinkedText[] {
  // the reply's opening sentence and an announcement of the order answer nothing themselves
  const opening = (t: LinkedText): boolean =>
    t.at === structure.frame.replyHeading || structure.cues[t.at]!.replySentence || ANSWERS_IN_ORDER.test(t.text)
  // "Dies vorausgeschickt, beantworte ich … wie folgt:" closes a preface: what stands before it answers nothing
  const announced = linked.findLastIndex((t, i) => i + 1 < linked.length && structure.cues[t.at]!.replySentence && /:$/.test(t.text))
  const prefaces = new Set(structure.cues.flatMap((cue, at) => (cue.replyLabel?.kind === 'vorbemerkung' ? [at] : [])))
  const prose = linked.filter((t, i) => i > announced && !opening(t) && !isTable(t) && !prefaces.has(t.at) && t.answers.length === 0)
  if (flat.length === 1) linkTheOnlyQuestion(prose, flat[0]!.id)
  else linkProseTexts(prose, linked, flat, structure, warnings, position, topicOf(layout, structure))
  // a table answers what the text before it answers: it holds that text's figures
  linked.forEach((t, i) => {
    if (isTable(t) && i > 0) t.answers = linked[i - 1]!.answers.map((a) => ({ ...a }))
  })
  return linked
}

/** The inquiry's title and preamble: the topic every answer shares. */
function topicOf(layout: Layout, structure: Structure): string {
  return layout.paragraphs
    .flatMap((p, i) => (structure.roles[i] === 'header' || structure.roles[i] === 'preamble' ? [p.text] : []))
    .join(' ')
}

function linkProseTexts(
  prose: LinkedText[],
  linked: LinkedText[],
  flat: readonly Question[],
  structure: Structure,
  warnings: Warning[],
  position: (i: number) => Warning['position'],
  topic: string
): void {
  const numbers = linkByNumbers(
    prose.map((t) => ({ text: t.text, number: answerNumber(structure, t.at) })),
    flat.map((q) => q.id)
  )
  if (numbers) {
    prose.forEach((t, i) => (t.answers = numbers[i]!))
    return
  }
  const listItem = (t: LinkedText): boolean => structure.cues[t.at]!.label !== null || /^\p{Ll}/u.test(t.text)
  const declaredOrder = linked.some((t) => ANSWERS_IN_ORDER.test(t.text))
  const { links } = linkProse(
    prose.map((t) => ({ text: t.text, listItem: listItem(t) })),
    flat,
    declaredOrder,
    PROSE,
    topic
  )
  if (links.some((answers) => answers.some((a) => a.method === 'order')))
    warnings.push({ code: 'links_by_order', message: 'Some reply paragraphs were linked to questions only by their order.' })
  prose.forEach((t, i) => {
    t.answers = links[i]!
  })
  const rest = linksOfTheRest(prose, flat)
  if (rest) prose[rest.at]!.answers = rest.answers
  prose.forEach((t) => {
    if (t.answers.length === 0)
      warnings.push({
        code: 'answer_link_abstained',
        message: 'No question shares enough topic words with this reply paragraph; it is left unlinked.',
        position: position(t.at),
      })
  })
}

/** An inquiry of one question: every paragraph of the reply's prose answers it, save the letter's frame. */
function linkTheOnlyQuestion(prose: readonly LinkedText[], id: string): void {
  for (const t of prose) if (!isFrame(t.text)) t.answers = [link(id, 'order', 0.7, 'the inquiry asks this one question')]
}

/** The number of a reply paragraph printed as "3." (or "3)"), when it has one. */
function answerNumber(structure: Structure, at: number): number | null {
  const reading = structure.cues[at]!.label?.readings.find((r) => r.kind === 'arabic' && r.parts.length === 1 && !r.ocr)
  return reading ? reading.value : null
}

function toParagraph(t: LinkedText, n: number, layout: Layout): ReplyParagraph {
  const p = layout.paragraphs[t.at]!
  const start = p.position.start + t.offset
  const end = t.last > t.at ? layout.paragraphs[t.last]!.position.end : Math.min(p.position.end, start + t.text.length)
  const table = p.table ? { table: p.table } : {}
  return { id: `p${n + 1}`, text: t.text, answers: t.answers, position: { page: p.position.page, start, end }, ...table }
}

function replyHeading(layout: Layout, structure: Structure): string | null {
  const at = structure.frame.replyHeading
  if (at === null || !structure.cues[at]!.heading) return null
  return withoutTrailingColon(layout.paragraphs[at]!.text)
}

/**
 * Answered: linked, or under a linked question, or all of whose sub-questions are answered. `marks` are a
 * person's verdicts (src/review): true counts as linked, false as unlinked and unanswered whatever the links say.
 */
export function coverageOf(
  questions: readonly Question[],
  paragraphs: readonly ReplyParagraph[],
  marks: ReadonlyMap<string, boolean> = new Map()
): Answers['coverage'] {
  const linked = new Set(paragraphs.flatMap((p) => p.answers.map((a: AnswerLink) => a.question)))
  for (const [id, answered] of marks) answered ? linked.add(id) : linked.delete(id)
  const answered: string[] = []
  const unanswered: string[] = []
  const visit = (q: Question, inherited: boolean): boolean => {
    const children = q.children.map((c) => visit(c, inherited || linked.has(q.id)))
    const done = inherited || linked.has(q.id) || (children.length > 0 && children.every(Boolean))
    return done
  }
  const record = (q: Question, inherited: boolean): void => {
    const done = visit(q, inherited) && marks.get(q.id) !== false
    ;(done ? answered : unanswered).push(q.id)
    for (const c of q.children) record(c, inherited || linked.has(q.id))
  }
  for (const q of questions) record(q, false)
  return { answered, unanswered }
}
