/**
 * @module
 * Progress of an import on stderr: a bar redrawn in place on a terminal, a plain line now and then otherwise
 * (a log file or CI output should not fill with carriage returns).
 */
import { finished, formatDuration, type ImportSummary } from './summary.js'

export type ProgressMode = 'bar' | 'lines' | 'none'

const BAR_WIDTH = 24
const BAR_EVERY_MS = 250
const LINE_EVERY_MS = 10_000

export class Progress {
  readonly #started = performance.now()
  #last = 0
  #shown = false

  constructor(
    private readonly mode: ProgressMode,
    private readonly stream: NodeJS.WriteStream = process.stderr
  ) {}

  /** Shows the state if it is time to; `force` for the first and last. */
  update(s: ImportSummary, force = false): void {
    if (this.mode === 'none') return
    const now = performance.now()
    if (!force && now - this.#last < (this.mode === 'bar' ? BAR_EVERY_MS : LINE_EVERY_MS)) return
    this.#last = now
    if (this.mode === 'bar') this.stream.write(`\r${this.#bar(s)}\x1b[K`)
    else this.stream.write(`${this.#line(s)}\n`)
    this.#shown = true
  }

  /** Leaves the terminal on a fresh line. */
  end(): void {
    if (this.mode === 'bar' && this.#shown) this.stream.write('\n')
  }

  #bar(s: ImportSummary): string {
    const done = finished(s)
    const filled = s.documents ? Math.round((done / s.documents) * BAR_WIDTH) : BAR_WIDTH
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${s.documents} · ${this.#rate(s)} pages/s · OCR ${s.ocrPages} pages · ${s.failed} failed · ${this.#eta(s)}`
  }

  #line(s: ImportSummary): string {
    return `import: ${finished(s)}/${s.documents} documents, ${this.#rate(s)} pages/s, ${s.ocrPages} OCR pages, ${s.failed} failures, ${this.#eta(s)}`
  }

  #rate(s: ImportSummary): string {
    const seconds = (performance.now() - this.#started) / 1000
    return seconds > 0 ? (s.pages / seconds).toFixed(1) : '0.0'
  }

  /** Time left from the pace of the documents actually parsed (skipped ones take no time). */
  #eta(s: ImportSummary): string {
    const worked = s.parsed + s.failed
    const left = s.documents - finished(s)
    if (left === 0) return 'done'
    if (worked === 0) return 'time left unknown'
    const seconds = (performance.now() - this.#started) / 1000
    return `${formatDuration((seconds / worked) * left)} left`
  }
}
