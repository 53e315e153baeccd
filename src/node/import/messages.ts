/**
 * @module
 * What the import's main thread and its worker threads say to each other.
 */
import type { Limits } from '../../limits.js'
import type { OcrSettings } from '../ocr/options.js'

export type WorkerSettings = { ocr: OcrSettings; limits: Partial<Limits> }

export type Task = { id: number; path: string; bytes: Uint8Array; replyPath?: string; replyBytes?: Uint8Array }

/** Counts from one parsed document, for the progress line and the summary. */
export type DocumentStats = {
  /** PDF pages; a DOCX or text document counts as one */
  pages: number
  ocrPages: number
  questions: number
  links: number
  unanswered: number
  warnings: string[]
  /** files of the document whose bytes contradict their names (`format_mismatch`) */
  mismatched: string[]
}

export type TaskResult =
  | { id: number; ok: true; line: string; stats: DocumentStats }
  | { id: number; ok: false; code: string; message: string }

/** Sent instead of a task: finish, stop the OCR engine, exit. */
export const CLOSE = 'close'

/** The result of a document whose worker was stopped by Ctrl-C: never written, done again next time. */
export const INTERRUPTED = 'interrupted'
