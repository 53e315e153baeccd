/**
 * @module
 * The results file: one JSON record per line (NDJSON), appended as documents finish.
 *
 *   a parsed document:  { "path": …, "replyPath"?: …, …the Inquiry contract… }
 *   a failed one:       { "path": …, "replyPath"?: …, "sha256": …, "replySha256"?: …, "code": …, "message": … }
 *
 * Each record is written synchronously as a whole line, so Ctrl-C (handled between records) leaves only whole
 * lines; a line cut short by a hard crash is removed before a resumed import appends to the file.
 */
import { closeSync, createReadStream, existsSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Inquiry } from '../../schema.js'

export type DocumentRecord = Inquiry & { path: string; replyPath?: string }
export type FailureRecord = { path: string; replyPath?: string; sha256: string; replySha256?: string; code: string; message: string }
export type ImportRecord = DocumentRecord | FailureRecord

/**
 * Failures worth another try when the import is run again: the machine's trouble, not the document's — and
 * scans refused by an import without OCR, once OCR is on.
 */
export function retriedFailures(ocr: boolean): Set<string> {
  return new Set(['internal', 'out_of_memory', 'timeout', 'unreadable', ...(ocr ? ['needs_ocr'] : [])])
}

export const isFailure = (record: ImportRecord): record is FailureRecord => 'code' in record && !('schemaVersion' in record)

/** What identifies a document across runs: its content (and its reply's), never its path. */
export function recordKey(record: ImportRecord): string {
  if (isFailure(record)) return jobKey(record.sha256, record.replySha256)
  return jobKey(record.source.files[0]?.sha256 ?? record.source.sha256, record.source.files[1]?.sha256)
}

export const jobKey = (sha256: string, replySha256?: string): string => (replySha256 ? `${sha256}+${replySha256}` : sha256)

/**
 * The keys of the documents already in a results file, except failures worth retrying. Cuts off a last line
 * that a crash left unfinished.
 */
export async function readDone(path: string, retried: Set<string>): Promise<Set<string>> {
  const done = new Set<string>()
  if (!existsSync(path)) return done
  cutUnfinishedLine(path)
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.trim() === '') continue
    try {
      const record = JSON.parse(line) as ImportRecord
      if (!isFailure(record) || !retried.has(record.code)) done.add(recordKey(record))
    } catch {
      // a line that is no JSON was not written by us; leave it be
    }
  }
  return done
}

function cutUnfinishedLine(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    const size = fstatSync(fd).size
    const chunk = Buffer.alloc(64 * 1024)
    let end = size
    // walk back chunk by chunk to the last newline
    while (end > 0) {
      const start = Math.max(0, end - chunk.length)
      readSync(fd, chunk, 0, end - start, start)
      const newline = chunk.subarray(0, end - start).lastIndexOf(0x0a)
      if (newline >= 0) {
        end = start + newline + 1
        break
      }
      end = start
    }
    if (end < size) ftruncateSync(fd, end)
  } finally {
    closeSync(fd)
  }
}

/** Appends whole lines to the results file. */
export class RecordWriter {
  readonly #fd: number
  constructor(path: string) {
    this.#fd = openSync(path, 'a')
  }
  /** `line` is one record's JSON, without the newline. */
  write(line: string): void {
    const bytes = Buffer.from(`${line}\n`, 'utf8')
    let written = 0
    while (written < bytes.length) written += writeSync(this.#fd, bytes, written)
  }
  close(): void {
    closeSync(this.#fd)
  }
}
