/**
 * @module
 * One import worker thread: parses the documents it is sent, one at a time, and answers with the record's
 * JSON line (serialised here, not on the busy main thread) or the failure. Its OCR engine lives as long as it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isInquiryError } from '../../errors.js'
import { parseInquiry } from '../../parse.js'
import type { Inquiry, Question } from '../../schema.js'
import { createOcr, type Ocr } from '../ocr/index.js'
import { CLOSE, type DocumentStats, type Task, type TaskResult, type WorkerSettings } from './messages.js'
import { nameMismatch } from './names.js'

const settings = workerData as WorkerSettings
let ocr: Ocr | undefined

async function handle(task: Task): Promise<TaskResult> {
  try {
    if (settings.ocr.mode !== 'never') ocr ??= createOcr({ engine: settings.ocr.engine, model: settings.ocr.model })
    const inquiry = await parseInquiry(task.bytes, {
      ...settings.limits,
      ocrMode: settings.ocr.mode,
      ...(ocr ? { ocr: ocr.engine } : {}),
      ...(task.replyBytes ? { reply: task.replyBytes } : {}),
    })
    const mismatches = [
      nameMismatch(task.path, task.bytes),
      task.replyPath && task.replyBytes ? nameMismatch(task.replyPath, task.replyBytes) : null,
    ]
    for (const warning of mismatches) if (warning) inquiry.warnings.push(warning)
    const record = { path: task.path, ...(task.replyPath ? { replyPath: task.replyPath } : {}), ...inquiry }
    const mismatched = [task.path, task.replyPath].filter((path, i): path is string => mismatches[i] !== null && path !== undefined)
    return { id: task.id, ok: true, line: JSON.stringify(record), stats: { ...statsOf(inquiry), mismatched } }
  } catch (error) {
    if (isInquiryError(error)) return { id: task.id, ok: false, code: error.code, message: error.message }
    return {
      id: task.id,
      ok: false,
      code: 'internal',
      message: `inquiry-parser failed on this document: ${(error as Error)?.message ?? String(error)}`,
    }
  }
}

function statsOf(inquiry: Inquiry): Omit<DocumentStats, 'mismatched'> {
  const count = (questions: Question[]): number => questions.reduce((n, q) => n + 1 + count(q.children), 0)
  return {
    pages: inquiry.source.files.reduce((n, f) => n + (f.pages ?? 1), 0),
    ocrPages: inquiry.source.files.reduce((n, f) => n + (f.ocrConfidence?.length ?? 0), 0),
    questions: count(inquiry.questions),
    links: inquiry.reply?.paragraphs.reduce((n, p) => n + p.answers.length, 0) ?? 0,
    unanswered: inquiry.coverage.unanswered.length,
    warnings: inquiry.warnings.map((w) => w.code),
  }
}

parentPort!.on('message', (message: Task | typeof CLOSE) => {
  if (message === CLOSE) {
    void (ocr?.close() ?? Promise.resolve()).finally(() => parentPort!.close())
    return
  }
  void handle(message).then((result) => parentPort!.postMessage(result))
})
