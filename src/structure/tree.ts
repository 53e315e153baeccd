/**
 * @module
 * Found questions → the contract's question tree. Ids join the printed path ("I.1", "2.a", "1.2"); a numbered
 * heading that only groups questions ("I. Angebot im Linienbusverkehr") is no question: its children take its
 * place and keep their ids.
 */
import type { Paragraph } from '../nodes.js'
import type { Position, Question, Warning } from '../schema.js'
import { asksWithoutMark } from './cues.js'
import type { FoundQuestion } from './found.js'

type Node = Question & { path: string[]; asks: boolean }

export function buildQuestionTree(
  found: readonly FoundQuestion[],
  paragraphs: readonly Paragraph[]
): { questions: Question[]; warnings: Warning[] } {
  const warnings: Warning[] = []
  const used = new Set<string>()
  const roots: Node[] = []
  const placed: Node[] = []
  for (const q of found) {
    const node = toNode(q, paragraphs, used, warnings)
    const parent = findParent(placed, q.path)
    if (parent) parent.children.push(node)
    else roots.push(node)
    placed.push(node)
  }
  return { questions: ungroup(roots), warnings }
}

function toNode(q: FoundQuestion, paragraphs: readonly Paragraph[], used: Set<string>, warnings: Warning[]): Node {
  let id = q.path.join('.')
  const position = spanOf(q.paragraphs.map((i) => paragraphs[i]!.position))
  if (used.has(id)) {
    warnings.push({ code: 'duplicate_question_id', message: `Question number ${id} occurs twice; the second is called ${id}'.`, position })
    while (used.has(id)) id = `${id}'`
  }
  used.add(id)
  // a lead text that opens a question ("Zu wie vielen … wurde in den Bezirken a. … b. …") asks, mark or not
  return { id, label: q.label, text: q.text, children: [], position, path: q.path, asks: /\?/.test(q.text) || asksWithoutMark(q.text) }
}

/** The nearest earlier node whose path is the longest proper prefix of `path`. */
function findParent(placed: readonly Node[], path: readonly string[]): Node | undefined {
  for (let length = path.length - 1; length > 0; length--) {
    const prefix = path.slice(0, length).join('.')
    for (let i = placed.length - 1; i >= 0; i--) if (placed[i]!.path.join('.') === prefix) return placed[i]
  }
  return undefined
}

/** Replaces grouping headings (children, but nothing that asks) by their children; strips the helper fields. */
function ungroup(nodes: readonly Node[]): Question[] {
  return nodes.flatMap((node) => {
    const children = ungroup(node.children as Node[])
    if (children.length > 0 && !node.asks) return children
    return [{ id: node.id, label: node.label, text: node.text, children, position: node.position }]
  })
}

export function spanOf(positions: readonly Position[]): Position {
  const first = positions[0]!
  const last = positions[positions.length - 1]!
  return { page: first.page, start: first.start, end: last.end }
}

/** The tree flattened in document order (parents before their children). */
export function flattenQuestions(questions: readonly Question[]): Question[] {
  return questions.flatMap((q) => [q, ...flattenQuestions(q.children)])
}
