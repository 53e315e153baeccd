/**
 * @module
 * Linking by scope: an answer label, a repeated question or (interleaved) the question itself opens a scope
 * that runs until the next one; every text item in it answers the scope's questions. A joint-answer sentence
 * adds the questions it names. Text before the first scope (an introduction, a "Vorbemerkung") answers nothing,
 * and so does the text under a label for a group whose questions are each labelled later.
 */
import type { AnswerLink, AnswerMethod, LinkBasis, Warning } from '../schema.js'
import { isFrame } from './frame.js'
import type { ReplyItem } from './items.js'
import { findJointRefs } from './joint.js'
import { resolveRefs, type QuestionIndex } from './resolve.js'
import { remarksInReportedSpeech } from '../structure/reported-speech.js'

export type LinkedText = { at: number; last: number; text: string; offset: number; answers: AnswerLink[] }

type Scope = { links: AnswerLink[] }

const NAMES_QUESTIONS = /\bFragen?\s+(?:Nr\.\s*)?\d/u

const CONFIDENCE: Record<Exclude<AnswerMethod, 'manual'>, number> = {
  label: 0.95,
  joint: 0.9,
  repeat: 0.85,
  interleaved: 0.8,
  similarity: 0.6,
  order: 0.3,
}

export function linkByScope(
  items: readonly ReplyItem[],
  index: QuestionIndex,
  warn: (w: Warning) => void,
  at: (i: number) => Warning['position']
): LinkedText[] {
  const linked: LinkedText[] = []
  const prefaces = groupPrefaces(items, index)
  let scope: Scope | null = null
  let previous: ReplyItem | null = null
  for (const item of items) {
    const fresh = previous !== null && previous.kind !== 'text'
    const after = fresh ? previous : null
    previous = item
    if (item.kind === 'label') {
      const context = scope?.links[0]?.question ?? null
      const { ids, missing } = resolveRefs(item.refs, index, context)
      if (missing.length > 0)
        warn({
          code: 'reference_to_missing_question',
          message: `"${item.printed}" names question ${missing.join(', ')}, which the inquiry does not have.`,
          position: at(item.at),
        })
      const confidence = ids.length > 1 ? 0.9 : CONFIDENCE.label
      const links = prefaces.has(item)
        ? []
        : ids.map((id) => link(id, 'label', confidence, `label "${item.printed}"`, { label: item.printed }))
      scope = { links: item.restates && restated(after) ? widen(scope, links) : links }
    } else if (item.kind === 'quote') {
      const quoted = link(
        item.id,
        'repeat',
        round(CONFIDENCE.repeat * item.score + 0.1),
        `repeats the text of question ${item.id} (${Math.round(item.score * 100)} % of its words)`,
        { share: Math.round(item.score * 100) / 100 }
      )
      // "Zu 1. und 2.:" and then both questions repeated: the label's scope stands
      if (after?.kind === 'label' && !after.restates && scope?.links.some((l) => l.question === item.id)) continue
      scope = { links: restated(after) ? widen(scope, [quoted]) : [quoted] }
    } else if (item.kind === 'preface') {
      scope = null
    } else if (item.kind === 'question') {
      const placed = link(item.id, 'interleaved', CONFIDENCE.interleaved, `placed after question ${item.id}`)
      scope = { links: after?.kind === 'question' ? widen(scope, [placed]) : [placed] }
    } else {
      // right after a label the sentence adds to it ("Zu 3.: Die Fragen 3 und 4 werden gemeinsam …");
      // later in an answer it starts a joint answer of its own
      const joint = jointLinks(item.text, index, fresh ? scope : null)
      if (joint.length > 0) scope = { links: fresh && scope ? [...scope.links, ...joint] : joint }
      // thanks or an offer of further answers after the last answer ("Wir danken für die Anfrage.") closes the
      // letter; it answers nothing, though a label's scope runs on to the end — unless it names the questions it
      // goes on to answer ("Die Landesregierung beantwortet die Fragen 1 bis 3 daher wie folgt:")
      const courtesy = !fresh && isFrame(item.text) && !NAMES_QUESTIONS.test(item.text)
      // in minutes, a councillor's assent or thanks between the answers ("Stadtverordnete Brandt stimmte dem Einwand zu.")
      const remark = scope?.links[0]?.method === 'interleaved' && remarksInReportedSpeech(item.text)
      const answers = courtesy || remark ? [] : scope ? [...scope.links] : joint
      answers.sort((a, b) => index.ids.indexOf(a.question) - index.ids.indexOf(b.question))
      linked.push({ at: item.at, last: item.last, text: item.text, offset: item.offset, answers })
    }
  }
  return linked
}

/** A question repeated ("Frage 1: …", or its text alone) right before another: one answer follows for both. */
const restated = (item: ReplyItem | null): boolean => item !== null && (item.kind === 'quote' || (item.kind === 'label' && item.restates))

function widen(scope: Scope | null, links: readonly AnswerLink[]): AnswerLink[] {
  const known = new Set(scope?.links.map((l) => l.question))
  return [...(scope?.links ?? []), ...links.filter((l) => !known.has(l.question))]
}

/**
 * "Zu I.:" before "Zu 1.:", "Zu 2.:", "Zu 3.:": a label over several questions that each get a label of their own
 * later introduces their answers; its text answers none of them by itself.
 */
function groupPrefaces(items: readonly ReplyItem[], index: QuestionIndex): Set<ReplyItem> {
  const labels = items.flatMap((item) => (item.kind === 'label' ? [{ item, ids: resolveRefs(item.refs, index, null).ids }] : []))
  const prefaces = new Set<ReplyItem>()
  labels.forEach(({ item, ids }, i) => {
    const later = new Set(labels.slice(i + 1).flatMap((l) => (l.ids.length === 1 ? l.ids : [])))
    if (ids.length > 1 && ids.every((id) => later.has(id))) prefaces.add(item)
  })
  return prefaces
}

function jointLinks(text: string, index: QuestionIndex, scope: Scope | null): AnswerLink[] {
  const refs = findJointRefs(text)
  if (refs.length === 0) return []
  const { ids } = resolveRefs(refs, index, null)
  const known = new Set(scope?.links.map((l) => l.question))
  const sentence = jointSentence(text)?.trim() ?? text.slice(0, 80)
  return ids.filter((id) => !known.has(id)).map((id) => link(id, 'joint', CONFIDENCE.joint, `joint answer: "${sentence}"`, { sentence }))
}

const JOINT_WORD = /\b(?:gemeinsam|zusammen)\b/iu
const ENDS_SENTENCE = new Set(['.', '!', '?'])

/**
 * The sentence around the first "gemeinsam" or "zusammen", with its end mark. Found by walking out from the
 * word: a pattern that scans a sentence from each of its characters is quadratic on a long one.
 */
export function jointSentence(text: string): string | null {
  const word = JOINT_WORD.exec(text)
  if (!word) return null
  let start = word.index
  while (start > 0 && !ENDS_SENTENCE.has(text[start - 1]!)) start--
  let end = word.index + word[0].length
  while (end < text.length && !ENDS_SENTENCE.has(text[end]!)) end++
  return text.slice(start, Math.min(end + 1, text.length))
}

export const link = (question: string, method: AnswerMethod, confidence: number, evidence: string, basis?: LinkBasis): AnswerLink => ({
  question,
  method,
  confidence: round(confidence),
  evidence,
  ...(basis ? { basis } : {}),
})

const round = (x: number): number => Math.min(1, Math.max(0, Math.round(x * 100) / 100))

/** Whether the reply has anything that opens a scope; without, its paragraphs are free prose. */
export function hasScopes(items: readonly ReplyItem[]): boolean {
  return items.some((item) => item.kind !== 'text')
}
