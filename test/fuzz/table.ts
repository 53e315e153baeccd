/**
 * @module
 * The fuzz report: per family, inputs and outcomes (clean errors by code), the worst time and the peak
 * memory; per hostile kind, its outcome; and the failures with their reproducers. Markdown.
 */
import type { Result } from './protocol.js'

export type Tally = {
  inputs: number
  ok: number
  errors: Map<string, number>
  crash: number
  invalid: number
  hang: number
  oom: number
  worstMs: number
  worstCpuMs: number
  totalMs: number
  worstLabel: string
  peakMb: number
}

export type Failure = { family: string; label: string; result: Result; reproducer: string }
export type Row = { family: string; label: string; result: Result }

const newTally = (): Tally => ({
  inputs: 0,
  ok: 0,
  errors: new Map(),
  crash: 0,
  invalid: 0,
  hang: 0,
  oom: 0,
  worstMs: 0,
  worstCpuMs: 0,
  totalMs: 0,
  worstLabel: '',
  peakMb: 0,
})

export class Report {
  readonly tallies = new Map<string, Tally>()
  readonly hostile: Row[] = []
  readonly failures: Failure[] = []
  /** hangs that, replayed alone in a fresh child, finished within the cap: the machine was busy, not the parser */
  readonly unconfirmed: { label: string; first: Result; alone: Result }[] = []

  add(family: string, label: string, result: Result): void {
    const tally = this.tallies.get(family) ?? newTally()
    this.tallies.set(family, tally)
    tally.inputs++
    if (result.outcome === 'ok') tally.ok++
    else if (result.outcome === 'error') tally.errors.set(result.code ?? '?', (tally.errors.get(result.code ?? '?') ?? 0) + 1)
    else tally[result.outcome]++
    tally.totalMs += result.ms
    if (result.ms >= tally.worstMs) (tally.worstMs = result.ms), (tally.worstLabel = label)
    tally.worstCpuMs = Math.max(tally.worstCpuMs, result.cpuMs)
    tally.peakMb = Math.max(tally.peakMb, result.peakRssMb)
    if (family === 'hostile') this.hostile.push({ family, label, result })
  }

  /**
   * A hang replayed alone: confirmed, it stays a failure; finished in time, it counts as what it ended as,
   * and is listed apart.
   */
  confirm(failure: Failure, alone: Result): void {
    if (alone.outcome === 'hang') return
    const tally = this.tallies.get(failure.family)!
    tally.hang--
    if (alone.outcome === 'ok') tally.ok++
    else if (alone.outcome === 'error') tally.errors.set(alone.code ?? '?', (tally.errors.get(alone.code ?? '?') ?? 0) + 1)
    else tally[alone.outcome]++
    this.failures.splice(
      this.failures.indexOf(failure),
      1,
      ...(alone.outcome === 'ok' || alone.outcome === 'error' ? [] : [{ ...failure, result: alone }])
    )
    this.unconfirmed.push({ label: failure.label, first: failure.result, alone })
  }

  get failed(): number {
    return [...this.tallies.values()].reduce((sum, t) => sum + t.crash + t.invalid + t.hang + t.oom, 0)
  }

  markdown(header: string): string {
    const rows = [...this.tallies.entries()]
    const total = newTally()
    for (const [, t] of rows) {
      for (const key of ['inputs', 'ok', 'crash', 'invalid', 'hang', 'oom', 'totalMs'] as const) total[key] += t[key]
      for (const [code, n] of t.errors) total.errors.set(code, (total.errors.get(code) ?? 0) + n)
      if (t.worstMs >= total.worstMs) (total.worstMs = t.worstMs), (total.worstLabel = t.worstLabel)
      total.worstCpuMs = Math.max(total.worstCpuMs, t.worstCpuMs)
      total.peakMb = Math.max(total.peakMb, t.peakMb)
    }
    const errors = (t: Tally) =>
      [...t.errors.entries()]
        .sort()
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || '–'
    const line = (name: string, t: Tally) =>
      `| ${name} | ${t.inputs} | ${t.ok} | ${errors(t)} | ${t.crash} | ${t.invalid} | ${t.hang} | ${t.oom} | ${Math.round(t.totalMs / Math.max(1, t.inputs))} | ${t.worstMs} | ${t.worstCpuMs} | ${t.peakMb} |`
    const out = [
      header,
      '',
      '| family | inputs | ok | clean errors by code | crash | invalid | hang | out of memory | mean ms | worst ms | worst CPU ms | peak RSS MB |',
      '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(([name, t]) => line(name, t)),
      line('**all**', total),
      '',
      'crash: an exception other than InquiryError, an unhandled rejection, or a dead child; invalid: "ok" but against the schema.',
      'hang: more CPU time (user and system, from /proc) than the cap, or no answer within three times the cap of wall-clock',
      'time; each hang is replayed alone in a fresh child and counted only if it hangs again. ms: wall-clock time of the parse.',
      '',
      'Slowest input per family:',
      '',
      ...rows.map(([name, t]) => `- ${name}: ${t.worstMs} ms, ${t.worstLabel}`),
    ]
    if (this.unconfirmed.length) {
      out.push('', 'Hangs that finished when replayed alone (counted as what they ended as):', '')
      for (const u of this.unconfirmed)
        out.push(
          `- ${u.label}: first ${u.first.message ?? ''}; alone ${outcomeText(u.alone)} in ${u.alone.ms} ms (${u.alone.cpuMs} ms CPU)`
        )
    }
    if (this.hostile.length) {
      out.push('', '| hostile kind | outcome | ms | CPU ms | peak RSS MB |', '| --- | --- | ---: | ---: | ---: |')
      for (const { label, result } of this.hostile)
        out.push(`| ${label} | ${outcomeText(result)} | ${result.ms} | ${result.cpuMs} | ${result.peakRssMb} |`)
    }
    if (this.failures.length) {
      out.push('', '| failure | family | input | reproducer |', '| --- | --- | --- | --- |')
      for (const f of this.failures.slice(0, 200))
        out.push(`| ${outcomeText(f.result).replace(/\|/g, '\\|')} | ${f.family} | ${f.label.replace(/\|/g, '\\|')} | ${f.reproducer} |`)
      if (this.failures.length > 200) out.push('', `… and ${this.failures.length - 200} more failures (see the reproducer folder).`)
    }
    return out.join('\n')
  }
}

function outcomeText(result: Result): string {
  if (result.outcome === 'ok') return 'ok'
  if (result.outcome === 'error') return `error ${result.code}`
  return `**${result.outcome}**: ${(result.message ?? '').replace(/\s+/g, ' ').slice(0, 200)}`
}
