/**
 * @module
 * Flow blocks (DOCX paragraphs, blank-line separated plain text) → draft paragraphs.
 *
 * Plain text comes in two shapes: one paragraph per line (Word's "save as text"), or hard-wrapped lines
 * (extracted from a PDF, typed in an editor). Wrapped lines are joined; a new paragraph starts where a line
 * carries a list label after a finished sentence, or after a short line that ends a sentence.
 */
import type { Block, Format } from '../nodes.js'
import { joinParagraphLines } from './hyphenation.js'
import { splitLabel } from './label.js'
import { draftFrom, type Draft } from './paragraphs.js'

/** Wrap widths stay below this; a text with longer lines has one paragraph per line. */
const UNWRAPPED_LINE = 110

const SENTENCE_END = /[.?!:;]["“”'»)]*$/

export function blocksToDrafts(blocks: readonly Block[], format: Format): Draft[] {
  const wrapped = format === 'text' && isWrapped(blocks)
  return blocks.flatMap((block) => {
    const props = { label: block.label, level: block.level, heading: block.heading, bold: block.bold, page: null }
    if (block.label !== null || format === 'docx') return [draftFrom(joinParagraphLines(block.text.split('\n')), props)]
    const groups = wrapped ? groupWrappedLines(block.text.split('\n')) : block.text.split('\n').map((l) => [l])
    return mergeBareLabels(groups).map((lines) => draftFrom(joinParagraphLines(lines), props))
  })
}

/**
 * Wrapped text stays under its wrap width, and most of its line breaks fall inside a sentence. Text with one
 * paragraph per line has long lines among short ones, or lines that end where their sentence ends.
 */
function isWrapped(blocks: readonly Block[]): boolean {
  const lines = blocks.flatMap((b) => b.text.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
  const sorted = lines.map((l) => l.length).sort((a, b) => a - b)
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0
  if (p90 > UNWRAPPED_LINE) return false
  const inner = blocks.flatMap((b) => b.text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, -1))
  const midSentence = inner.filter((l) => !SENTENCE_END.test(l)).length
  return inner.length > 0 && midSentence / inner.length >= 0.5
}

/** Groups one block's wrapped lines into paragraphs. */
function groupWrappedLines(lines: readonly string[]): string[][] {
  const width = Math.max(...lines.map((l) => l.trim().length))
  const groups: string[][] = []
  let previous = ''
  for (const line of lines) {
    if (line.trim() === '') continue
    const current = groups[groups.length - 1]
    if (!current || startsParagraph(previous, line, width)) groups.push([line])
    else current.push(line)
    previous = line.trim()
  }
  return groups
}

function startsParagraph(previous: string, line: string, width: number): boolean {
  const ended = SENTENCE_END.test(previous)
  if (splitLabel(line) !== null && (ended || isBareLabel(previous))) return true
  return ended && previous.length < 0.6 * width
}

const isBareLabel = (line: string): boolean => {
  const split = splitLabel(`${line} x`)
  return split !== null && split.body === 'x'
}

/** A label printed on a line of its own ("1." then the question below) belongs to the next line. */
function mergeBareLabels(groups: string[][]): string[][] {
  const merged: string[][] = []
  for (const group of groups) {
    const last = merged[merged.length - 1]
    if (last && last.length === 1 && isBareLabel(last[0]!.trim())) last.push(...group)
    else merged.push([...group])
  }
  return merged
}
