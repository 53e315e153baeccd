/**
 * @module
 * Scoring one parse against a real-document label (/tmp/real/FORMAT.md):
 * - questions: right when the id equals the label's number and the first words match (normalised);
 * - links: the label's starts cut the parser's text into blocks (each runs to the next start); a reply paragraph
 *   belongs to the block it overlaps most; a link is right when its block is an answer block naming the question,
 *   wrong from any other block; a link to a sub-question inside a block answering its parent is not counted;
 * - metadata: each field on its own (real-meta.ts).
 */
import type { Inquiry, Question } from '../../src/schema.js'
import { editSimilarity } from '../../src/text/compare.js'
import type { RealLabel } from './real-label.js'
import { scoreRealMeta, type FieldResult } from './real-meta.js'
import type { Counts } from './score.js'

export type RealScore = { questions: Counts; links: Counts; meta: FieldResult[]; notes: string[] }

export const START_SIMILARITY = 0.85

export function scoreReal(inquiry: Inquiry, label: RealLabel): RealScore {
  const notes: string[] = []
  return {
    questions: countQuestions(inquiry, label, notes),
    links: countLinks(inquiry, label, notes),
    meta: scoreRealMeta(inquiry, label.meta),
    notes,
  }
}

/** Lower case, letters and digits only, line-break hyphens joined ("Ge- schäftsordnung" → "geschäftsordnung"). */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** Does `text` begin with the label's first words? */
export function startsLike(text: string, start: string): boolean {
  const want = foldWords(start)
  const got = foldWords(text).slice(0, want.length)
  return want.length > 0 && editSimilarity(got.join(' '), want.join(' ')) >= START_SIMILARITY
}

const flatten = (qs: readonly Question[]): Question[] => qs.flatMap((q) => [q, ...flatten(q.children)])

function countQuestions(inquiry: Inquiry, label: RealLabel, notes: string[]): Counts {
  const predicted = flatten(inquiry.questions).filter((q) => foldWords(q.text).length > 0)
  const open = new Map(label.questions.map((q) => [q.n, q.start]))
  let tp = 0
  for (const q of predicted) {
    const start = open.get(q.id)
    if (start !== undefined && startsLike(q.text, start)) {
      tp++
      open.delete(q.id)
    } else notes.push(`extra question ${q.id}: ${short(q.text)}`)
  }
  for (const [n, start] of open) notes.push(`missing question ${n}: ${start}`)
  return { tp, fp: predicted.length - tp, fn: label.questions.length - tp }
}

type Block = { start: number; kind: 'answer' | 'other' | 'question'; questions: string[]; label: string }

/** The label's starts found in the parser's text, in order; each block runs to the next one. */
export function locateBlocks(text: string, label: RealLabel, notes: string[]): Block[] {
  const { folded, offsets } = foldWithOffsets(text)
  const items: Omit<Block, 'start'>[] = [
    ...label.questions.map((q) => ({ kind: 'question' as const, questions: [], label: q.start })),
    ...label.answers.map((a) => ({ kind: 'answer' as const, questions: a.questions, label: a.start })),
    ...label.other_blocks.map((o) => ({ kind: 'other' as const, questions: [], label: o.start })),
  ]
  const blocks: Block[] = []
  const taken = new Set<number>()
  for (const item of items) {
    const needle = foldWords(item.label).join(' ')
    // the same first words may open two blocks ("Von einer Beantwortung … wird abgesehen."): take the first free
    // one, and of those one printed as the label prints it ("Siehe …" opens an answer, "… siehe …" is inside one)
    const free = occurrences(folded, needle).filter((i) => !taken.has(i))
    const first = firstLetter(item.label)
    const at = free.find((i) => text[offsets[i]!] === first) ?? free[0] ?? -1
    if (at < 0) {
      notes.push(`label start not found in the parsed text: ${short(item.label)}`)
      continue
    }
    taken.add(at)
    blocks.push({ ...item, start: offsets[at]! })
  }
  return blocks.sort((a, b) => a.start - b.start)
}

/** Where `needle` starts in `folded`, every time (bounded by the text's length). */
function occurrences(folded: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) found.push(at)
  return found
}

const firstLetter = (label: string): string | undefined => /[\p{L}\p{N}]/u.exec(label.normalize('NFC'))?.[0]

/** The text folded like foldWords, joined by single spaces, with each folded character's offset in `text`. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = ''
  const offsets: number[] = []
  // a word, with line-break hyphens inside it ("Ge- schäftsordnung"), or a run of anything else
  const pattern = /[\p{L}\p{N}]+(?:-\s+(?=\p{Ll})[\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu
  for (const m of text.normalize('NFC').matchAll(pattern)) {
    const piece = m[0]
    if (/[\p{L}\p{N}]/u.test(piece[0]!)) {
      for (let i = 0; i < piece.length; i++) {
        if (!/[\p{L}\p{N}]/u.test(piece[i]!)) continue
        folded += piece[i]!.toLowerCase()
        offsets.push(m.index + i)
      }
    } else if (folded.length > 0 && !folded.endsWith(' ')) {
      folded += ' '
      offsets.push(m.index)
    }
  }
  return { folded, offsets }
}

function countLinks(inquiry: Inquiry, label: RealLabel, notes: string[]): Counts {
  const blocks = locateBlocks(inquiry.text, label, notes)
  const ends = blocks.map((b, i) => blocks[i + 1]?.start ?? inquiry.text.length)
  const gold = new Set(blocks.flatMap((b, i) => (b.kind === 'answer' ? b.questions.map((q) => `${i}|${q}`) : [])))
  const predicted = new Set<string>()
  for (const p of inquiry.reply?.paragraphs ?? []) {
    const i = blockOf(p.position.start, p.position.end, blocks, ends)
    for (const link of p.answers) {
      const block = i === null ? undefined : blocks[i]
      // "1.a" inside the block that answers "1": neither right nor wrong
      if (
        block?.kind === 'answer' &&
        !block.questions.includes(link.question) &&
        block.questions.some((q) => link.question.startsWith(`${q}.`))
      )
        continue
      predicted.add(`${i ?? 'none'}|${link.question}`)
      if (!gold.has(`${i ?? 'none'}|${link.question}`))
        notes.push(
          `wrong link ${link.question} (${link.method}) from ${block ? `${block.kind} block "${short(block.label, 40)}"` : 'outside every block'}: ${short(p.text)}`
        )
    }
  }
  let tp = 0
  for (const pair of predicted) if (gold.has(pair)) tp++
  for (const pair of gold)
    if (!predicted.has(pair))
      notes.push(`missing link ${pair.split('|')[1]} from "${short(blocks[Number(pair.split('|')[0])]!.label, 40)}"`)
  return { tp, fp: predicted.size - tp, fn: gold.size - tp }
}

/** The block a span overlaps most, or null before the first block. */
function blockOf(start: number, end: number, blocks: readonly Block[], ends: readonly number[]): number | null {
  let best: number | null = null
  let bestOverlap = 0
  blocks.forEach((b, i) => {
    const overlap = Math.min(end, ends[i]!) - Math.max(start, b.start)
    if (overlap > bestOverlap) {
      bestOverlap = overlap
      best = i
    }
  })
  return best
}

const short = (s: string, n = 90): string => {
  const flat = s.replace(/\s+/g, ' ')
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat
}
