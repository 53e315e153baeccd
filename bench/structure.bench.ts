/**
 * The structure stages' cost (issue 3), standalone: `npx tsx bench/structure.bench.ts` (also run by `npm run bench`).
 *
 * 1. Full parseInquiry on the ~40-page PDF against pdf-parse's bare getText() on the same file, in the same
 *    process, alternating, after a warm-up: the aim is at most 1.5×.
 * 2. The stages after layout on their own (structure + answers), on the same document.
 * 3. Similarity linking of free prose for inquiries of 25, 50 and 100 questions with two reply paragraphs per
 *    question: time per paragraph × question should stay flat (near-linear in paragraphs × questions); and the
 *    issue's case of 100 questions and 150 paragraphs: the aim is under 50 ms. Only the pairs that share a
 *    term are scored (an inverted index), and both readings of the reply share one scoring.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { PDFParse } from 'pdf-parse'
import { linkProse } from '../src/answers/prose.js'
import { linkAnswers } from '../src/answers/index.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'
import { parseInquiry } from '../src/parse.js'
import { structureInquiry } from '../src/structure/index.js'

const PDF = fileURLToPath(new URL('../fixtures/bench/long-inquiry.pdf', import.meta.url))
const RUNS = 9

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function time(task: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await task()
  return performance.now() - start
}

async function getText(bytes: Uint8Array): Promise<number> {
  const parser = new PDFParse({ data: bytes.slice() })
  try {
    return (await parser.getText()).text.length
  } finally {
    await parser.destroy()
  }
}

async function comparePdf(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(PDF))
  await getText(bytes)
  await parseInquiry(bytes)
  const warm = await parseInquiry(bytes)
  const base: number[] = []
  const full: number[] = []
  const loadLayout: number[] = []
  for (let i = 0; i < RUNS; i++) {
    base.push(await time(() => getText(bytes)))
    full.push(await time(() => parseInquiry(bytes)))
    loadLayout.push(await time(async () => layoutDocument(await loadDocument(bytes))))
  }
  const layout = layoutDocument(await loadDocument(bytes))
  const stages: number[] = []
  for (let i = 0; i < RUNS; i++) stages.push(await time(() => linkAnswers(layout, structureInquiry(layout))))
  console.log(
    `PDF ${PDF.replace(/.*fixtures/, 'fixtures')}: ${warm.source.pages} pages, ${countQuestions(warm.questions)} questions, ${warm.reply?.paragraphs.length ?? 0} reply paragraphs`
  )
  console.log(`  pdf-parse getText        ${median(base).toFixed(1).padStart(8)} ms`)
  console.log(
    `  parseInquiry (all)       ${median(full).toFixed(1).padStart(8)} ms   ${(median(full) / median(base)).toFixed(2)}× getText (aim ≤ 1.5×)`
  )
  console.log(
    `  load + layout            ${median(loadLayout).toFixed(1).padStart(8)} ms   ${(median(loadLayout) / median(base)).toFixed(2)}× getText (the stages before structure)`
  )
  console.log(
    `  structure + answers      ${median(stages).toFixed(1).padStart(8)} ms   ${(median(stages) / median(base)).toFixed(2)}× getText`
  )
}

const countQuestions = (qs: readonly { children: unknown[] }[]): number =>
  qs.reduce((n, q) => n + 1 + countQuestions(q.children as typeof qs), 0)

/** A deterministic generator of council-like words, so every run links the same texts. */
function corpus(questions: number): { questions: { id: string; text: string }[]; paragraphs: { text: string; listItem: boolean }[] } {
  let seed = 42
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const stems = [
    'Kita',
    'Schule',
    'Radweg',
    'Brücke',
    'Haushalt',
    'Personal',
    'Förder',
    'Sanierung',
    'Gebühr',
    'Bauhof',
    'Friedhof',
    'Bibliothek',
    'Feuerwehr',
    'Spielplatz',
    'Sportplatz',
    'Abwasser',
    'Strom',
    'Wärme',
    'Parken',
    'Bus',
  ]
  const tails = ['plätze', 'kosten', 'stellen', 'planung', 'programm', 'konzept', 'satzung', 'anlagen', 'mittel', 'zahlen']
  const word = (): string => `${stems[Math.floor(random() * stems.length)]}${tails[Math.floor(random() * tails.length)]}`
  const sentence = (n: number): string => Array.from({ length: n }, word).join(' und ')
  const qs = Array.from({ length: questions }, (_, i) => ({ id: String(i + 1), text: `Wie entwickeln sich ${sentence(3)} seit 2020?` }))
  const paragraphs = qs.flatMap((q) => [
    { text: `Die ${q.text.split(' ').slice(3, 8).join(' ')} wurden geprüft; ${sentence(6)}.`, listItem: false },
    { text: `Im Jahr 2024 sind weitere ${sentence(8)} vorgesehen.`, listItem: false },
  ])
  return { questions: qs, paragraphs }
}

async function scaleSimilarity(): Promise<void> {
  console.log('\nSimilarity linking of free prose (two paragraphs per question)')
  // CPU time beside the wall clock: on a machine shared by many, the wall clock measures the others too
  console.log('  questions  paragraphs   median ms   median CPU ms   µs per paragraph × question')
  for (const [n, count] of [
    [25, 50],
    [50, 100],
    [100, 200],
    [100, 150],
  ] as const) {
    const { questions, paragraphs: all } = corpus(n)
    const paragraphs = all.slice(0, count)
    for (let i = 0; i < 3; i++) linkProse(paragraphs, questions)
    const runs: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const before = process.cpuUsage()
      runs.push(await time(() => linkProse(paragraphs, questions)))
      const used = process.cpuUsage(before)
      cpu.push((used.user + used.system) / 1000)
    }
    const ms = median(runs)
    console.log(
      `  ${String(n).padStart(9)} ${String(paragraphs.length).padStart(11)} ${ms.toFixed(1).padStart(11)} ${median(cpu).toFixed(1).padStart(15)} ${((ms * 1000) / (n * paragraphs.length)).toFixed(2).padStart(14)}`
    )
  }
}

await comparePdf()
await scaleSimilarity()
