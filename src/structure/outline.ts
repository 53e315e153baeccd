/**
 * @module
 * Numbered paragraphs → a consistent outline. Each labelled paragraph may be read in several ways (its label's
 * readings, or "not a label at all": an ordinal in running text), and each reading costs according to how
 * well it continues the numbering so far: the next number costs nothing, a restart, a gap, a number that does
 * not start at 1, an OCR repair or a glued page number cost more. A small beam search keeps the cheapest
 * readings; the cheapest at the end wins, and its doubts become warnings. Every decision is recorded.
 */
import type { LabelReading } from './labels.js'

export type OutlineItem = {
  index: number
  readings: LabelReading[]
  asks: boolean
  /** running text (not a continuation) stands between this item and the previous one */
  afterText: boolean
}

export type OutlineNote = { code: string; message: string }

export type Placement = {
  index: number
  reading: LabelReading
  /** canonical parts of the path from the top ("I", "1") — the question id joined by dots */
  path: string[]
  depth: number
  /** top-level runs: a restart at 1 begins a new run */
  run: number
  notes: OutlineNote[]
}

export type Outline = { placed: Placement[]; demoted: number[] }

type Level = { key: string; value: number; part: string }
type Step = { item: OutlineItem; placement: Omit<Placement, 'index'> | null; previous: Step | null }
/** `carried`: the last value of each list closed by a sibling above it — "II." after "2." may go on with "3." */
type State = { stack: Level[]; cost: number; run: number; last: Step | null; carried: Readonly<Record<string, number>> }

const BEAM = 12
const MAX_DEPTH = 5
const COST = {
  nest: 0.3,
  restart: 1.5,
  skip: 1.5,
  glued: 1,
  ocr: 0.6,
  badStart: 2.5,
  badNestedStart: 3,
  jump: 3,
  back: 4.5,
  demote: 1.2,
  demoteAsking: 3.5,
  newListAfterText: 0.8,
  nestAfterText: 1.2,
}

export type OutlineOptions = { maxPage?: number }

export function parseOutline(items: readonly OutlineItem[], options: OutlineOptions = {}): Outline {
  let beam: State[] = [{ stack: [], cost: 0, run: -1, last: null, carried: {} }]
  for (const item of items) {
    const next: State[] = []
    for (const state of beam) next.push(...expand(state, item, options))
    beam = prune(next)
  }
  return collect(beam[0]!)
}

function prune(states: State[]): State[] {
  const best = new Map<string, State>()
  for (const s of states) {
    const key = `${s.run}|${s.stack.map((l) => `${l.key}:${l.part}:${l.value}`).join('/')}`
    const known = best.get(key)
    if (!known || s.cost < known.cost) best.set(key, s)
  }
  return [...best.values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM)
}

function expand(state: State, item: OutlineItem, options: OutlineOptions): State[] {
  const demote = item.asks ? COST.demoteAsking : COST.demote
  const out: State[] = [{ ...state, cost: state.cost + demote, last: { item, placement: null, previous: state.last } }]
  for (const reading of item.readings) {
    for (const move of movesFor(state, reading, options, item.afterText)) {
      const notes = reading.ocr ? [...move.notes, ocrNote(reading)] : move.notes
      const placement = { reading, path: move.stack.map((l) => l.part), depth: move.stack.length - 1, run: move.run, notes }
      out.push({
        stack: move.stack,
        run: move.run,
        cost: state.cost + move.cost + (reading.ocr ? COST.ocr : 0),
        last: { item, placement, previous: state.last },
        carried: carry(state, move.stack),
      })
    }
  }
  return out
}

type Move = { stack: Level[]; cost: number; run: number; notes: OutlineNote[] }

/** Lists closed by this move keep their last value, so a numbering that runs on through groups is no restart. */
function carry(state: State, stack: readonly Level[]): Record<string, number> {
  const carried = { ...state.carried }
  for (const level of stack) delete carried[level.key]
  for (const level of state.stack) if (!stack.some((l) => l.key === level.key)) carried[level.key] = level.value
  return carried
}

function movesFor(state: State, reading: LabelReading, options: OutlineOptions, afterText: boolean): Move[] {
  return reading.parts.length >= 2 ? compoundMoves(state, reading) : simpleMoves(state, reading, options, afterText)
}

const keyOf = (r: LabelReading): string => `${r.kind}${r.style}${r.parts.length >= 2 ? `#${r.parts.length}` : ''}`
const partOf = (r: LabelReading, value: number): string => (r.kind === 'bullet' ? String(value) : r.parts[r.parts.length - 1]!)

/** A label of a kind not open yet: a nested list under the current item, or (after running text) a new list. */
function newListMoves(state: State, r: LabelReading, afterText: boolean, options: OutlineOptions): Move[] {
  const value = r.kind === 'bullet' ? 1 : r.value
  const notes = value === 1 ? [] : [note('question_numbering_start', `The numbering starts at "${r.parts[0]}", not at the first number.`)]
  const level = { key: keyOf(r), value, part: partOf(r, value) }
  const top = state.stack.length === 0
  const startCost = (value === 1 ? 0 : COST.badStart) + (top ? 0 : afterText ? COST.newListAfterText : COST.restart)
  const moves: Move[] = [{ stack: [level], cost: startCost, run: state.run + 1, notes }]
  if (!top && state.stack.length < MAX_DEPTH) {
    // "II. Finanzierung" then "4.": the numbering of the group before runs on
    const runsOn = state.carried[level.key] === value - 1
    const nestCost = (value === 1 || runsOn ? COST.nest : COST.badNestedStart) + (afterText ? COST.nestAfterText : 0)
    moves.push({ stack: [...state.stack, level], cost: nestCost, run: state.run, notes: runsOn ? [] : notes })
  }
  // "21." opening a list: page 2, question 1
  const glued = value === 1 ? null : gluedPageNumber(r, 1, options)
  if (glued) {
    const repaired = { ...level, value: 1, part: '1' }
    moves.push({
      stack: [...state.stack, repaired],
      cost: COST.glued + (top ? 0 : COST.nest),
      run: top ? state.run + 1 : state.run,
      notes: [glued],
    })
  }
  return moves
}

function simpleMoves(state: State, r: LabelReading, options: OutlineOptions, afterText: boolean): Move[] {
  const key = keyOf(r)
  const k = state.stack.findIndex((l) => l.key === key)
  const at = (depth: number, value: number, part: string): Level[] => [...state.stack.slice(0, depth), { key, value, part }]
  if (k < 0) return newListMoves(state, r, afterText, options)
  const expected = state.stack[k]!.value + 1
  if (r.kind === 'bullet') return [{ stack: at(k, expected, String(expected)), cost: 0, run: state.run, notes: [] }]
  if (r.value === expected) return [{ stack: at(k, expected, partOf(r, expected)), cost: 0, run: state.run, notes: [] }]
  const moves: Move[] = []
  if (r.value === 1 && k === 0) moves.push({ stack: at(0, 1, partOf(r, 1)), cost: COST.restart, run: state.run + 1, notes: [] })
  else if (r.value === expected + 1) {
    moves.push({
      stack: at(k, r.value, partOf(r, r.value)),
      cost: COST.skip,
      run: state.run,
      notes: [note('question_number_skipped', `Number ${r.parts[0]} follows ${state.stack[k]!.part}; the number between is missing.`)],
    })
  } else if (r.value > expected) {
    moves.push({
      stack: at(k, r.value, partOf(r, r.value)),
      cost: COST.jump + Math.min(2, (r.value - expected) * 0.2),
      run: state.run,
      notes: [note('question_number_jump', `Number ${r.parts[0]} follows ${state.stack[k]!.part}.`)],
    })
  } else {
    moves.push({
      stack: at(k, r.value, partOf(r, r.value)),
      cost: COST.back,
      run: state.run,
      notes: [note('question_number_repeated', `Number ${r.parts[0]} comes again after ${state.stack[k]!.part}.`)],
    })
  }
  const glued = gluedPageNumber(r, expected, options)
  if (glued) moves.push({ stack: at(k, expected, String(expected)), cost: COST.glued, run: state.run, notes: [glued] })
  return moves
}

/** "25." where the sequence expects 5: the page number 2 ran into the label in extracted text. */
function gluedPageNumber(r: LabelReading, expected: number, options: OutlineOptions): OutlineNote | null {
  if (r.kind !== 'arabic') return null
  const printed = String(r.value)
  const tail = String(expected)
  if (printed.length <= tail.length || !printed.endsWith(tail)) return null
  const page = Number(printed.slice(0, -tail.length))
  if (page < 1 || page > (options.maxPage ?? 99)) return null
  return note('page_number_glued', `Label "${printed}" was read as "${tail}": the page number ${page} ran into it.`)
}

function compoundMoves(state: State, r: LabelReading): Move[] {
  const parent = r.parts.slice(0, -1)
  const key = keyOf(r)
  const path = state.stack.map((l) => l.part)
  const sameParent = parent.every((p, i) => path[i] === p)
  if (sameParent && parent.length <= state.stack.length) {
    const child = state.stack[parent.length]
    const base = state.stack.slice(0, parent.length)
    if (child && child.key === key) {
      const expected = child.value + 1
      if (r.value === expected)
        return [{ stack: [...base, { key, value: r.value, part: partOf(r, r.value) }], cost: 0, run: state.run, notes: [] }]
      if (r.value > expected)
        return [
          {
            stack: [...base, { key, value: r.value, part: partOf(r, r.value) }],
            cost: COST.skip,
            run: state.run,
            notes: [note('question_number_skipped', `Number ${r.parts.join('.')} skips a number.`)],
          },
        ]
      return [
        {
          stack: [...base, { key, value: r.value, part: partOf(r, r.value) }],
          cost: COST.back,
          run: state.run,
          notes: [note('question_number_repeated', `Number ${r.parts.join('.')} comes again.`)],
        },
      ]
    }
    return [
      {
        stack: [...base, { key, value: r.value, part: partOf(r, r.value) }],
        cost: r.value === 1 ? 0.2 : COST.badNestedStart,
        run: state.run,
        notes: [],
      },
    ]
  }
  // a parent that was never printed on its own ("1.1", "1.2", "2.1" without "1." and "2.")
  const implicit = parent.map((part, i) => ({
    key: i === 0 ? `arabic${r.style === 'frage' ? 'frage' : '.'}` : `implicit${i}`,
    value: Number(part) || 1,
    part,
  }))
  const top = state.stack[0]
  const continues = !top || (Number(parent[0]) === top.value + 1 && r.value === 1)
  return [
    {
      stack: [...implicit, { key, value: r.value, part: partOf(r, r.value) }],
      cost: continues ? 0.2 : COST.jump,
      run: top ? state.run : state.run + 1,
      notes: [],
    },
  ]
}

function ocrNote(r: LabelReading): OutlineNote {
  return note('label_ocr_confusion', `A label was read as "${r.parts.join('.')}", repairing a confusion of l, I and 1.`)
}

const note = (code: string, message: string): OutlineNote => ({ code, message })

function collect(state: State): Outline {
  const placed: Placement[] = []
  const demoted: number[] = []
  for (let step = state.last; step; step = step.previous) {
    if (step.placement) placed.push({ index: step.item.index, ...step.placement })
    else demoted.push(step.item.index)
  }
  return { placed: placed.reverse(), demoted: demoted.reverse() }
}
