/**
 * @module
 * Structure: clean paragraphs → sections, metadata and the question tree.
 *
 *   describeParagraphs  each paragraph's cues (labels, asking, headings, greetings)
 *   findFrame           where the reply begins
 *   findQuestions       the questions, as a block or interleaved with their answers
 *   assignRoles         every paragraph's section
 *   buildQuestionTree   the contract's question tree
 *   extractMeta         kind, title, reference, date, submitter, addressee, body
 *
 * Warning codes: `question_number_skipped` (1, 2, 4), `question_number_jump` (1, 2, 17), `question_number_repeated`,
 * `question_numbering_start` (a list not starting at 1), `page_number_glued` ("25." read as 5), `label_ocr_confusion`
 * ("Il." read as II), `duplicate_question_id`, `question_numbers_from_reply` (unnumbered questions numbered by the
 * answer labels after them), `question_numbers_by_order` (every question printed as "1.", numbered by order),
 * `no_questions`.
 */
import { Deadline } from '../limits.js'
import type { Layout } from '../nodes.js'
import type { Question, Warning } from '../schema.js'
import type { Context } from './context.js'
import { describeParagraphs, type Cue } from './describe.js'
import { findFrame, type Frame } from './frame.js'
import type { FoundQuestion } from './found.js'
import { extractMeta, type HeadMeta } from './meta.js'
import { findQuestions } from './questions.js'
import { assignRoles, sectionsOf, type Role, type Section } from './sections.js'
import { buildQuestionTree } from './tree.js'
import { maxOf } from '../arrays.js'

export type StructureOptions = {
  /** with two documents: the index of the reply document's first paragraph */
  replyFrom?: number
  /** the parse's deadline (`timeoutMs`), checked between paragraphs and between the steps below */
  deadline?: Deadline
}

export type Structure = {
  mode: 'block' | 'interleaved' | 'none'
  frame: Frame
  cues: Cue[]
  roles: Role[]
  sections: Section[]
  /** the questions in document order, each with the paragraphs it occupies */
  found: FoundQuestion[]
  questions: Question[]
  meta: HeadMeta
  warnings: Warning[]
}

export function structureInquiry(layout: Layout, options: StructureOptions = {}): Structure {
  const deadline = options.deadline ?? new Deadline(0)
  const cues = describeParagraphs(layout.paragraphs, deadline)
  const ctx: Context = { paragraphs: layout.paragraphs, cues, maxPage: maxPage(layout) }
  const frame = findFrame(layout.paragraphs, cues, options.replyFrom)
  deadline.check('structure, the reply')
  const finding = findQuestions(ctx, frame, options.replyFrom !== undefined)
  deadline.check('structure, the questions')
  const roles = assignRoles(ctx, frame, finding)
  const tree = buildQuestionTree(finding?.questions ?? [], layout.paragraphs)
  deadline.check('structure, the question tree')
  const warnings = [...(finding?.warnings ?? []), ...tree.warnings]
  if (!finding) warnings.push({ code: 'no_questions', message: 'No questions were found: no numbered list or paragraph that asks.' })
  return {
    mode: finding?.mode ?? 'none',
    frame,
    cues,
    roles,
    sections: sectionsOf(roles),
    found: finding?.questions ?? [],
    questions: tree.questions,
    meta: extractMeta(headTexts(layout, roles, options.replyFrom), textsAfterHead(layout, roles), layout.firstHeader),
    warnings,
  }
}

function maxPage(layout: Layout): number | undefined {
  const pages = layout.paragraphs.map((p) => p.position.page ?? 0)
  const max = maxOf(pages, 0)
  return max > 0 ? max : undefined
}

/** How many paragraphs after the head extractMeta may read: a title cut from its label, BW's title block after the questions. */
const AFTER_HEAD = 40

/** The paragraphs after the inquiry's head: the questions and whatever follows them. */
function textsAfterHead(layout: Layout, roles: readonly Role[]): string[] {
  const stop = roles.findIndex((r) => r === 'question' || r === 'reply')
  return stop < 0 ? [] : layout.paragraphs.slice(stop, stop + AFTER_HEAD).map((p) => p.text)
}

/** The inquiry's head: what comes before its first question (or its reply); with two documents, the reply's head after it. */
function headTexts(layout: Layout, roles: readonly Role[], replyFrom: number | undefined): string[] {
  const inquiryEnd = replyFrom ?? layout.paragraphs.length
  const stop = roles.findIndex((r, i) => i < inquiryEnd && (r === 'question' || r === 'reply'))
  const head = layout.paragraphs.slice(0, stop < 0 ? inquiryEnd : stop).map((p) => p.text)
  if (replyFrom === undefined) return head
  return [...head, ...layout.paragraphs.slice(replyFrom, replyFrom + 12).map((p) => p.text)]
}
