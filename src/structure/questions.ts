/**
 * @module
 * Deciding how an inquiry lays out its questions: as a block before the reply, or interleaved with the
 * answers. The block reading is tried first; a document without a reply heading whose questions each have
 * text after them — or whose asking paragraphs continue past the first answer label, or past a joint answer to
 * the first few, each with its answer below, or whose groups of questions are each followed by text in a
 * document that says it holds the answer — is interleaved, unless the questions after the reply's start only
 * restate the block's (the list, "Antwort", the list again with the answers). A single question with text below it is interleaved when the head says the document holds the
 * answer ("… und Antwort des Senats"). A list of questions below the reply's title, with nothing between its
 * items, is a block whose reply starts after it (the answers follow in order).
 */
import { findBlockQuestions } from './block.js'
import { isMarker, nextSignificant, type Context } from './context.js'
import type { Frame } from './frame.js'
import type { FoundQuestion, QuestionFinding } from './found.js'
import { findInterleavedQuestions } from './interleaved.js'

export function findQuestions(ctx: Context, frame: Frame, twoDocuments: boolean): QuestionFinding | null {
  const n = ctx.paragraphs.length
  const block = findBlockQuestions(ctx, 0, frame.replyStart ?? n)
  if (block && !twoDocuments && asksAfter(ctx, frame.replyStart ?? 0)) {
    // the questions go on after the first answer: question, answer, question, answer — unless the reply only
    // restates the questions it answers (Bayern: the list, "Antwort", the list again with the answers)
    const whole = findInterleavedQuestions(ctx, 0, n)
    if (whole && whole.questions.length > block.questions.length && !restates(whole.questions, block.questions)) {
      if (answersBetween(ctx, whole.questions) || answersEachAfter(ctx, whole.questions, frame.replyStart))
        return { mode: 'interleaved', ...whole }
    }
    if (frame.replyStart === null && answersBetween(ctx, block.questions)) return { mode: 'interleaved', ...block }
    // numbered rows of an answer's data read as questions between the ones that ask
    if (frame.replyStart === null && whole && answersBetween(ctx, whole.questions) && asksOnlyIn(ctx, block.questions, whole.questions))
      return { mode: 'interleaved', ...whole }
    // Hamburg: groups of questions, each followed by the Senate's answer to all of them, in a document that says it holds the answer
    if (frame.replyStart === null && answersGroups(ctx, block.questions)) return { mode: 'interleaved', ...block }
  }
  // minutes in reported speech: every question's next paragraph is an answer by its speaker ("Bürgermeister … erklärte, …")
  if (block && frame.replyStart === null && !twoDocuments && answeredInMinutes(ctx, block.questions))
    return { mode: 'interleaved', ...block }
  if (block) {
    // one question with its answer below it, in a document that says it holds the answer
    if (frame.replyStart === null && !twoDocuments && block.questions.length === 1 && answersOne(ctx, block.questions[0]!))
      return { mode: 'interleaved', ...block }
    return { mode: 'block', ...block }
  }
  const interleaved = findInterleavedQuestions(ctx, frame.replyStart ?? 0, n)
  if (!interleaved) return null
  // the reply's title stood above a list of questions whose answers follow the list (Niedersachsen)
  if (!twoDocuments && interleaved.questions.length >= 2 && answeredBetween(ctx, interleaved.questions) === 0) {
    const last = interleaved.questions[interleaved.questions.length - 1]!
    return { mode: 'block', ...interleaved, replyFrom: last.paragraphs[last.paragraphs.length - 1]! + 1 }
  }
  return { mode: 'interleaved', ...interleaved }
}

/**
 * Every question of the block that asks is one of `asking`, and the block has more that do not ask and group
 * nothing ("1. Bibliothek" over "a) Wie viele …?" is a heading; rows of data have no items under them).
 */
function asksOnlyIn(ctx: Context, block: readonly FoundQuestion[], asking: readonly FoundQuestion[]): boolean {
  const at = new Set(asking.map((q) => q.at))
  const silent = block.filter((q) => !at.has(q.at))
  const parents = new Set(block.flatMap((q) => q.path.slice(0, -1).map((_, k) => q.path.slice(0, k + 1).join('.'))))
  return silent.length > 0 && silent.every((q) => !ctx.cues[q.at]!.asksLoosely && !parents.has(q.path.join('.')))
}

/** The reply's questions repeat the block's: ids found twice, once in the block. */
function restates(whole: readonly FoundQuestion[], block: readonly FoundQuestion[]): boolean {
  const blockIds = new Set(block.map((q) => q.path.join('.')))
  const seen = new Set<string>()
  let repeated = 0
  for (const q of whole) {
    const id = q.path.join('.')
    if (seen.has(id) && blockIds.has(id)) repeated++
    seen.add(id)
  }
  return repeated > 0 && repeated * 2 >= whole.length - block.length
}

/** A head line that names the answer: "und Antwort des Senats", "mit Antwort der Landesregierung". */
const NAMES_ANSWER = /\b(?:und|mit)\s+(?:der\s+)?(?:Antwort|Beantwortung|Stellungnahme)\b/iu

/** Questions that all ask, some (not only the last) followed by text of their own, and the head says the document holds the answer. */
function answersGroups(ctx: Context, questions: readonly FoundQuestion[]): boolean {
  const last = questions[questions.length - 1]!
  if (
    !questions.every((q) => ctx.cues[q.at]!.asksLoosely) ||
    answeredBetween(ctx, questions) === 0 ||
    !hasTextOfItsOwn(ctx, last.paragraphs[last.paragraphs.length - 1]! + 1, ctx.paragraphs.length)
  )
    return false
  return ctx.paragraphs.slice(0, questions[0]!.at).some((p) => NAMES_ANSWER.test(p.text))
}

/** The single question is followed by text of its own, and the head says the document holds the answer. */
function answersOne(ctx: Context, question: FoundQuestion): boolean {
  const next = nextSignificant(ctx, question.paragraphs[question.paragraphs.length - 1]!)
  if (next < 0) return false
  const cue = ctx.cues[next]!
  if (isMarker(cue) || cue.heading || cue.signatureLine || cue.label !== null) return false
  return ctx.paragraphs.slice(0, question.at).some((p) => NAMES_ANSWER.test(p.text))
}

/** Each question is followed by an answer in reported speech. */
function answeredInMinutes(ctx: Context, questions: readonly FoundQuestion[]): boolean {
  return questions.every((q) => {
    const next = nextSignificant(ctx, q.paragraphs[q.paragraphs.length - 1]!)
    return next >= 0 && ctx.cues[next]!.reportedAnswer
  })
}

/** Whether anything asks after the reply's start (cheap, before looking for questions among the answers). */
function asksAfter(ctx: Context, from: number): boolean {
  for (let i = from; i < ctx.cues.length; i++) if (ctx.cues[i]!.asks) return true
  return false
}

/** Whether most questions are followed by text of their own before the next question. */
function answersBetween(ctx: Context, questions: readonly FoundQuestion[]): boolean {
  return questions.length >= 2 && answeredBetween(ctx, questions) >= Math.max(1, Math.ceil((questions.length - 1) / 2))
}

/**
 * The questions after the reply's start each have an answer of their own below them: a group of questions
 * answered together ("1. … 2. … 3. … Die Fragen 1 bis 3 werden zusammenhängend beantwortet.") then one by one.
 */
function answersEachAfter(ctx: Context, questions: readonly FoundQuestion[], replyStart: number | null): boolean {
  const after = questions.findIndex((q) => replyStart !== null && q.at > replyStart)
  if (after < 1) return false
  return questions.slice(after).every((q, k) => {
    const to = questions[after + k + 1]?.at ?? ctx.paragraphs.length
    return hasTextOfItsOwn(ctx, q.paragraphs[q.paragraphs.length - 1]! + 1, to)
  })
}

function hasTextOfItsOwn(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const cue = ctx.cues[i]!
    if (cue.replyLabel !== null || (!isMarker(cue) && !cue.heading && !cue.signatureLine)) return true
  }
  return false
}

/** How many questions have text of their own before the next question. */
function answeredBetween(ctx: Context, questions: readonly FoundQuestion[]): number {
  let answered = 0
  for (let k = 0; k + 1 < questions.length; k++) {
    if (hasTextOfItsOwn(ctx, questions[k]!.paragraphs[questions[k]!.paragraphs.length - 1]! + 1, questions[k + 1]!.at)) answered++
  }
  return answered
}
