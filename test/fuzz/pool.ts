/**
 * @module
 * A fuzz child process that parses many inputs in turn, under a time cap, a V8 heap cap and a watch on its
 * resident memory; on a hang, an out-of-memory or its death it is killed and started anew for the next input.
 *
 * A hang is judged by the child's CPU time (user and system, from /proc), not the wall clock: on a machine
 * shared with other work a parse may wait for a core for seconds without being slow itself. The wall clock
 * kills at three times the cap, as a backstop (and where /proc cannot be read, it is the cap itself).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import type { ChildAnswer, Result } from './protocol.js'

export type ChildLimits = { timeoutMs: number; heapMb: number; rssMb: number }
/** The module to parse with (absolute path), the child's script, and files to parse once before timing. */
export type ChildSetup = { parser: string; script: string; warmUp: readonly string[] }

/** child.ts as plain JavaScript (written into `folder`): started by node itself, without a TypeScript loader. */
export function childScript(folder: string): string {
  const source = readFileSync(new URL('./child.ts', import.meta.url), 'utf8')
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
  mkdirSync(folder, { recursive: true })
  const script = join(folder, 'fuzz-child.mjs')
  writeFileSync(script, js)
  return script
}
const START_TIMEOUT_MS = 60_000

/** A /proc/<pid>/status field in MB (Linux), 0 where it cannot be read. */
function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s*(\\d+) kB`))
    return match ? Math.round(Number(match[1]) / 1024) : 0
  } catch {
    return 0
  }
}

/** CPU time (user and system) a process has used, in ms, from /proc/<pid>/stat; null where it cannot be read. */
export function procCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // the fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  } catch {
    return null
  }
}
/** Linux's USER_HZ, the unit of /proc's CPU times, on every architecture Node runs on. */
const CLOCK_TICKS = 100
/** The wall clock's backstop, as a multiple of the CPU time cap. */
export const WALL_FACTOR = 3

/** Resets the peak resident size the kernel keeps for a process, so that VmHWM is per input. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // not permitted here: the peak then spans inputs, and the polled RSS still caps memory
  }
}

export class FuzzChild {
  private proc: ChildProcess | null = null
  private stderr = ''
  private nextId = 1

  constructor(
    private readonly limits: ChildLimits,
    private readonly setup: ChildSetup
  ) {}

  /** Parses one input; never rejects. */
  async run(bytes: Uint8Array): Promise<Result> {
    const proc = await this.started()
    const pid = proc.pid!
    resetPeak(pid)
    const id = this.nextId++
    return new Promise<Result>((resolve) => {
      const start = performance.now()
      const cpuStart = procCpuMs(pid)
      const cpuUsed = () => (cpuStart === null ? null : (procCpuMs(pid) ?? cpuStart) - cpuStart)
      let peak = 0
      const finish = (result: Omit<Result, 'peakRssMb'>, kill: boolean) => {
        clearTimeout(timer)
        clearInterval(poll)
        proc.off('message', onMessage)
        proc.off('exit', onExit)
        peak = Math.max(peak, procStatusMb(pid, 'VmHWM'))
        if (kill) this.kill()
        resolve({ ...result, peakRssMb: peak })
      }
      const { timeoutMs } = this.limits
      const hang = (message: string) =>
        finish({ outcome: 'hang', message, ms: Math.round(performance.now() - start), cpuMs: Math.round(cpuUsed() ?? 0) }, true)
      const wallMs = cpuStart === null ? timeoutMs : WALL_FACTOR * timeoutMs
      const timer = setTimeout(
        () => hang(`no answer within ${wallMs} ms of wall-clock time (${Math.round(cpuUsed() ?? 0)} ms of CPU time)`),
        wallMs
      )
      const poll = setInterval(() => {
        const cpu = cpuUsed()
        if (cpu !== null && cpu > timeoutMs) return hang(`no answer within ${timeoutMs} ms of CPU time`)
        peak = Math.max(peak, procStatusMb(pid, 'VmRSS'))
        if (peak > this.limits.rssMb)
          finish(
            {
              outcome: 'oom',
              message: `resident memory ${peak} MB over ${this.limits.rssMb} MB`,
              ms: Math.round(performance.now() - start),
              cpuMs: Math.round(cpu ?? 0),
            },
            true
          )
      }, 50)
      const onMessage = (answer: ChildAnswer) => {
        if (answer.id !== id && answer.id !== -1) return
        const { outcome, code, message, ms, cpuMs } = answer
        finish(
          { outcome: outcome === 'ready' ? 'crash' : outcome, ms, cpuMs, ...(code ? { code } : {}), ...(message ? { message } : {}) },
          answer.id === -1 || answer.fatal === true
        )
      }
      const onExit = (code: number | null, signal: string | null) => {
        this.proc = null
        const oom = /heap out of memory|allocation failed/i.test(this.stderr)
        const message = `process died (${code ?? signal}): ${this.stderr.slice(-400).trim()}`
        finish(
          { outcome: oom ? 'oom' : 'crash', message, ms: Math.round(performance.now() - start), cpuMs: Math.round(cpuUsed() ?? 0) },
          false
        )
      }
      proc.on('message', onMessage)
      proc.on('exit', onExit)
      proc.send({ id, bytes })
    })
  }

  close(): void {
    this.kill()
  }

  private kill(): void {
    this.proc?.removeAllListeners()
    this.proc?.kill('SIGKILL')
    this.proc = null
  }

  private started(): Promise<ChildProcess> {
    if (this.proc) return Promise.resolve(this.proc)
    this.stderr = ''
    const proc = spawn(process.execPath, [`--max-old-space-size=${this.limits.heapMb}`, this.setup.script], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: { ...process.env, FUZZ_PARSER: this.setup.parser, FUZZ_WARM_UP: this.setup.warmUp.join(',') },
    })
    proc.stderr!.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)))
    proc.on('exit', () => {
      if (this.proc === proc) this.proc = null
    })
    this.proc = proc
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`a fuzz child did not start within ${START_TIMEOUT_MS} ms: ${this.stderr}`)),
        START_TIMEOUT_MS
      )
      proc.once('message', () => (clearTimeout(timer), resolve(proc)))
      proc.once('exit', () => (clearTimeout(timer), reject(new Error(`a fuzz child died while starting: ${this.stderr}`))))
    })
  }
}
