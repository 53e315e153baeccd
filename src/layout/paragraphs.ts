/**
 * @module
 * Draft paragraphs → the Layout: the normalized full text and each paragraph's position in it.
 */
import { pushAll } from '../arrays.js'
import type { Layout, Paragraph } from '../nodes.js'
import type { Warning } from '../schema.js'
import { collapseSpaces } from '../text/normalize.js'
import { tableText } from '../text/table.js'
import { isImprint } from './imprint.js'
import { splitLabel, type SplitLabel } from './label.js'
import { partGluedMarkers } from './glued.js'
import { unspaceLetters } from './letter-spacing.js'

/** A paragraph before positions are known. */
export type Draft = Omit<Paragraph, 'type' | 'text' | 'position'> & { page: number | null }

const PARAGRAPH_SEPARATOR = '\n\n'

/** Builds a draft from running text, splitting off a typed list label unless one is already known. */
export function draftFrom(text: string, props: Partial<Draft> & { page: number | null }): Draft {
  if (props.table) return tableDraft(props.table, props)
  const body = collapseSpaces(unspaceLetters(partGluedMarkers(text)))
  const known = props.label ?? null
  const split = known === null ? splitLabel(body) : null
  return {
    label: known ?? split?.label ?? null,
    body: split ? collapseSpaces(split.body) : body,
    level: props.level ?? null,
    heading: props.heading ?? null,
    bold: props.bold ?? false,
    indent: props.indent ?? null,
    page: props.page,
    ...(isImprint(body) ? { furniture: true as const } : {}),
  }
}

/** A table of data: its text is the table itself, one row a line, and no label is read from its first cell. */
function tableDraft(table: string[][], props: Partial<Draft> & { page: number | null }): Draft {
  return {
    label: null,
    body: tableText(table),
    level: null,
    heading: null,
    bold: false,
    indent: props.indent ?? null,
    page: props.page,
    table,
  }
}

/**
 * "1. a) Wie viele …?": a number with no text of its own, its first sub-question right after it. The number
 * becomes a paragraph of its own, so that "a)" stands where "b)" and "c)" stand: each at the start of a line.
 * Some print the number again before each later letter ("3. a) …", "3. b) …"): the repeated "3." opens no
 * question of its own, so it stays in the text as page furniture does, and "b)" goes on under the first "3.".
 */
function splitSubLabels(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = []
  let opened: string | null = null
  for (const draft of drafts) {
    const split = splitFirstSubLabel(draft, opened)
    if (split.length === 2) opened = draft.label
    else if (draft.label !== null && !draft.table) opened = null
    pushAll(out, split)
  }
  return out
}

/** `opened`: the number split off last, while only its sub-questions followed it. */
function splitFirstSubLabel(draft: Draft, opened: string | null): Draft[] {
  if (draft.label === null || draft.table) return [draft]
  const outer = splitLabel(`${draft.label} x`)
  const inner = splitLabel(draft.body)
  if (!outer || !inner || !inner.body) return [draft]
  const repeated = opened === draft.label && inner.kind === 'alpha' && outer.kind === 'arabic'
  if (!repeated && !opensLevelBelow(outer.kind, inner)) return [draft]
  const level = draft.level === null ? null : draft.level + 1
  return [
    { ...draft, body: '', ...(repeated ? { furniture: true as const } : {}) },
    { ...draft, label: inner.label, body: inner.body, level },
  ]
}

/** "a)" under "1." or "I.", "1." under "I.": the first item of the level below. */
function opensLevelBelow(outer: string, inner: SplitLabel): boolean {
  if (inner.kind === 'alpha') return (outer === 'arabic' || outer === 'roman') && inner.parts[0] === 'a'
  return outer === 'roman' && inner.kind === 'arabic' && inner.parts.length === 1 && inner.parts[0] === '1'
}

/** Lays the drafts end to end into one text and records where each paragraph sits in it. */
export function assembleLayout(drafts: readonly Draft[], warnings: Warning[] = []): Layout {
  const paragraphs: Paragraph[] = []
  let text = ''
  for (const { page, ...draft } of splitSubLabels(drafts)) {
    const shown = draft.label ? (draft.body ? `${draft.label} ${draft.body}` : draft.label) : draft.body
    if (shown === '') continue
    if (text !== '') text += PARAGRAPH_SEPARATOR
    const start = text.length
    text += shown
    paragraphs.push({ type: 'paragraph', text: shown, ...draft, position: { page, start, end: text.length } })
  }
  return { type: 'layout', text, paragraphs, warnings }
}
