/**
 * @module
 * A question as the finders report it, before it becomes a node of the tree.
 */
import type { Warning } from '../schema.js'

export type FoundQuestion = {
  /** the path of printed numbers ("2", "a") or ordinals for unnumbered questions */
  path: string[]
  /** the label as printed, "" for an unnumbered question */
  label: string
  text: string
  /** paragraph indices: the first carries the label, the rest continue the text */
  paragraphs: number[]
  /** the paragraph index of the label, for warnings */
  at: number
}

export type QuestionFinding = {
  /** block: the questions, then the reply; interleaved: question, answer, question, answer */
  mode: 'block' | 'interleaved'
  questions: FoundQuestion[]
  warnings: Warning[]
  /** where the reply starts when the frame's reply start was the document's title above the questions */
  replyFrom?: number
}
