/**
 * @module
 * Question references as replies print them: "2", "2 a)", "1.2", "II.3", "I. 1.", "1. a) aa)", lists "5. und
 * 6.", "I. 2. und 3.", "aa) und bb)", ranges "2 bis 4", "6, 7, 8 und 10". A reference after the first in a list
 * may name only its last part ("I. 2. und 3." means I.2 and I.3): it takes the rest from the one before.
 */

/** One referenced path ("2", "a") or a range between two of them. */
export type QuestionRef = { kind: 'one'; parts: string[] } | { kind: 'range'; from: string[]; to: string[] }

export type RefList = { refs: QuestionRef[]; length: number }

type SegmentKind = 'arabic' | 'roman' | 'alpha' | 'double'
type Segment = { part: string; kind: SegmentKind; length: number }

/** one part of a path, with the dot, space or bracket around it: "I. ", "1.", "a)", "(aa)", "2a" */
const SEGMENT =
  /^\s?(?:\(?([a-z])\1?\)|\(([a-z])\)|([IVXL]{1,6})(?![\p{L}\d])\.?|(\d{1,3})\.(?=\d)|(\d{1,3})(?!\d)\.?(?!\d)|([a-z])(?![\p{L}]))/u
const CONNECTOR = /^\s*(?:,|und|sowie|&|\/|;)\s*/u
const RANGE = /^\s*(?:bis|–|-|—)\s*/u

function readSegment(text: string): Segment | null {
  const m = SEGMENT.exec(text)
  if (!m) return null
  const [whole, doubledOrSingle, bracketed, roman, decimal, arabic, bare] = m
  if (doubledOrSingle)
    return {
      part: whole.includes(doubledOrSingle + doubledOrSingle) ? doubledOrSingle + doubledOrSingle : doubledOrSingle,
      kind: whole.includes(doubledOrSingle + doubledOrSingle) ? 'double' : 'alpha',
      length: whole.length,
    }
  if (bracketed) return { part: bracketed, kind: 'alpha', length: whole.length }
  if (roman) return { part: roman, kind: 'roman', length: whole.length }
  const number = arabic ?? decimal
  if (number) return { part: String(Number(number)), kind: 'arabic', length: whole.length }
  return { part: bare!, kind: 'alpha', length: whole.length }
}

/** A path of segments: "I. 1.", "1. a) aa)", "2a", "1.2". */
function readPath(text: string): { segments: Segment[]; length: number } | null {
  const segments: Segment[] = []
  let pos = 0
  for (let s = readSegment(text); s; s = readSegment(text.slice(pos))) {
    // "1. 2." is one path only when the kinds change or a decimal joins them ("1.2"); "5. 6." is no path
    const previous = segments[segments.length - 1]
    if (previous && previous.kind === s.kind && s.kind !== 'arabic') break
    if (previous && previous.kind === 'arabic' && s.kind === 'arabic' && /\s/.test(text.slice(pos, pos + 1))) break
    segments.push(s)
    pos += s.length
  }
  return segments.length > 0 ? { segments, length: pos } : null
}

/** "3" after "I. 2." is I.3: a short path replaces the last part of its kind in the path before it. */
function completePath(segments: readonly Segment[], previous: readonly Segment[] | null): Segment[] {
  if (!previous || segments.length >= previous.length) return [...segments]
  const at = previous.map((s) => s.kind).lastIndexOf(segments[0]!.kind)
  return at < 0 ? [...segments] : [...previous.slice(0, at), ...segments]
}

const partsOf = (segments: readonly Segment[]): string[] => segments.map((s) => s.part)

/** Reads a list of references at the start of `text`; null when it starts with none. */
export function readRefs(text: string): RefList | null {
  const refs: QuestionRef[] = []
  let previous: Segment[] | null = null
  let pos = 0
  for (;;) {
    const one = readPath(text.slice(pos))
    if (!one) break
    const from = completePath(one.segments, previous)
    pos += one.length
    const range = RANGE.exec(text.slice(pos))
    const to = range ? readPath(text.slice(pos + range[0].length)) : null
    if (range && to) {
      const until = completePath(to.segments, from)
      refs.push({ kind: 'range', from: partsOf(from), to: partsOf(until) })
      pos += range[0].length + to.length
      previous = until
    } else {
      refs.push({ kind: 'one', parts: partsOf(from) })
      previous = from
    }
    const connector = CONNECTOR.exec(text.slice(pos))
    if (!connector || !readPath(text.slice(pos + connector[0].length))) break
    pos += connector[0].length
  }
  // trailing spaces belong to what follows, not to the references
  while (pos > 0 && /\s/.test(text[pos - 1]!)) pos--
  return refs.length > 0 ? { refs, length: pos } : null
}
