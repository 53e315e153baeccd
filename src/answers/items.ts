/**
 * @module
 * The reply read as a sequence of items: answer labels ("Zu 1.:"), repeated questions, the questions of an
 * interleaved document, and text — the reply paragraphs proper. Headings, greetings, signatures, file lines
 * and page furniture are dropped here; a label's own text ("Zu 1.: Die Stadt …") becomes a text item of its
 * own. A paragraph that a page break cut in two (the second half starts in lower case) is read as one. A table of
 * data is a text item of its own, joined to nothing.
 */
import { joinLines } from '../layout/hyphenation.js'
import type { Paragraph } from '../nodes.js'
import { looksLikeHeading, runningHeadLength } from '../structure/cues.js'
import type { Cue } from '../structure/describe.js'
import type { Structure } from '../structure/index.js'
import { isFrame } from './frame.js'
import type { QuestionRef } from './refs.js'
import type { QuoteMatcher } from './repeat.js'
import { pushAll } from '../arrays.js'

export type ReplyItem =
  | { kind: 'label'; at: number; refs: QuestionRef[]; printed: string; restates: boolean }
  | { kind: 'quote'; at: number; id: string; score: number }
  | { kind: 'question'; at: number; id: string }
  | { kind: 'preface'; at: number }
  | { kind: 'text'; at: number; last: number; text: string; offset: number }

/** Consecutive reply paragraphs read as one: text, the first paragraph's cue, the paragraphs it spans. */
type Unit = { at: number; last: number; text: string; cue: Cue }

/** "… Wie viele? Antwort: Es sind …" — a repeated question and its answer in one paragraph. */
const INLINE_ANSWER = /\s(?:Antwort|Beantwortung)\s*:\s+/u

export function readReplyItems(paragraphs: readonly Paragraph[], structure: Structure, matchQuote: QuoteMatcher | null): ReplyItem[] {
  const questionAt = new Map(structure.found.map((q) => [q.at, q.path.join('.')]))
  const items: ReplyItem[] = []
  const first = firstReplyParagraph(structure)
  if (first < 0) return items
  for (const unit of replyUnits(paragraphs, structure, first)) {
    const question = questionAt.get(unit.at)
    if (structure.roles[unit.at] === 'question') {
      if (question !== undefined) items.push({ kind: 'question', at: unit.at, id: question })
    } else pushAll(items, itemsOf(unit, paragraphs[unit.at]!, matchQuote, inList(items[items.length - 1], structure)))
  }
  return items
}

/** After an answer's "… wie folgt:" or a row of it, a short numbered line is a row of the answer's data, not a heading. */
function inList(last: ReplyItem | undefined, structure: Structure): boolean {
  if (last?.kind !== 'text' || structure.cues[last.at]!.replySentence) return false
  return /:$/.test(last.text) || structure.cues[last.at]!.label !== null
}

/** Interleaved: from the first question on, since each question opens the scope of its answer. */
function firstReplyParagraph(structure: Structure): number {
  const reply = structure.roles.indexOf('reply')
  if (structure.mode !== 'interleaved' || reply < 0) return reply
  const question = structure.roles.indexOf('question')
  return question >= 0 ? Math.min(question, reply) : reply
}

function replyUnits(paragraphs: readonly Paragraph[], structure: Structure, first: number): Unit[] {
  const units: Unit[] = []
  for (let i = first; i < paragraphs.length; i++) {
    const role = structure.roles[i]
    if (role === 'furniture') continue
    if (role !== 'reply' && role !== 'question') {
      units.push({ at: i, last: i, text: '', cue: structure.cues[i]! })
      continue
    }
    const cue = structure.cues[i]!
    const text = paragraphs[i]!.text
    const previous = units[units.length - 1]
    const table = paragraphs[i]!.table !== undefined || (previous !== undefined && paragraphs[previous.last]!.table !== undefined)
    const inReply = previous !== undefined && !table && role === 'reply' && structure.roles[previous.at] === 'reply'
    if (inReply && continues(previous, cue, text)) {
      previous.text = joinLines(previous.text, text)
      previous.last = i
    } else units.push({ at: i, last: i, text, cue })
  }
  return units.filter((u) => u.text !== '')
}

/** Words no heading or sentence ends with: a text ending in one was cut off. */
const DANGLING =
  /\b(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|und|oder|sowie|für|von|vom|mit|zum|zur|im|in|am|an|auf|aus|bei|nach|über|unter|zwischen|durch|gegen|ohne|um|wie|als|dass|ob|zu)$/iu

/** The second half of a paragraph cut by a page break: lower case after an unfinished sentence. */
function continues(previous: Unit, cue: Cue, text: string): boolean {
  if (cue.label !== null || cue.replyLabel !== null || cue.metaLine || cue.closing) return false
  // a reply heading broken over lines: "Antwort" / "des Ministers des Innern"
  if (previous.cue.replyHeading && !previous.cue.replySentence) return /^\p{Ll}/u.test(text) && !cue.replyHeading
  if (previous.cue.replyLabel?.rest === '') return false
  const before = previous.cue
  if (before.salutation || before.closing || before.metaLine || before.signatureLine || previous.text.split(/\s+/).length < 8) return false
  if (/[.?!:;]["“”'»)]*$/.test(previous.text.trim())) return false
  return /^\p{Ll}/u.test(text) || /[-,]$/.test(previous.text.trim()) || DANGLING.test(previous.text.trim())
}

function itemsOf(unit: Unit, p: Paragraph, matchQuote: QuoteMatcher | null, listOpen: boolean): ReplyItem[] {
  // a table of data is a reply paragraph of its own, never a heading, a label or a repeated question
  if (p.table) return [textItem(unit, p, unit.text)]
  const cue = unit.cue
  if (cue.furniture || cue.salutation || cue.closing || cue.signatureLine || cue.metaLine) return []
  const label = cue.replyLabel
  // the label's text, with what a page break cut off from it
  const rest = label && label.rest !== '' ? unit.text.slice(Math.max(0, unit.text.indexOf(label.rest.slice(0, 30)))) : ''
  if (label?.kind === 'zu' || label?.kind === 'frage')
    return [
      { kind: 'label', at: unit.at, refs: label.refs, printed: label.printed, restates: label.kind === 'frage' },
      ...textItems(unit, p, rest, matchQuote),
    ]
  if (label?.kind === 'vorbemerkung') return [{ kind: 'preface', at: unit.at }, ...textItems(unit, p, rest, null)]
  if (label?.kind === 'antwort') return textItems(unit, p, rest, null)
  const row = listOpen && cue.label !== null
  if ((!row && looksLikeHeading(unit.text, p)) || (cue.replyHeading && !cue.replySentence)) return []
  // a list item's text without its label ("1.", "•"), as a reply paragraph is printed without it
  const body = cue.label && unit.text.startsWith(cue.label.printed) ? unit.text.slice(cue.label.printed.length).trim() : unit.text
  return textItems(unit, p, body, matchQuote)
}

/** Text, unless it repeats a question; a repeated question with its answer inline gives both. */
function textItems(unit: Unit, p: Paragraph, full: string, matchQuote: QuoteMatcher | null): ReplyItem[] {
  // a running header that extraction glued to the front is no part of a quote or an answer
  const text = full.slice(runningHeadLength(full))
  if (text.trim() === '') return []
  const quote = matchQuote?.(text)
  if (quote) return [{ kind: 'quote', at: unit.at, id: quote.id, score: quote.score }]
  const inline = INLINE_ANSWER.exec(text)
  if (matchQuote && inline) {
    const asked = matchQuote(text.slice(0, inline.index))
    const answer = text.slice(inline.index + inline[0].length)
    if (asked) return [{ kind: 'quote', at: unit.at, id: asked.id, score: asked.score }, textItem(unit, p, answer)]
  }
  return [textItem(unit, p, text)]
}

function textItem(unit: Unit, p: Paragraph, text: string): ReplyItem {
  const offset = Math.max(0, p.text.indexOf(text.trim().slice(0, 40)))
  return { kind: 'text', at: unit.at, last: unit.last, text: text.trim(), offset }
}
