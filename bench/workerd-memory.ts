/**
 * @module
 * workerd's resident memory, read from /proc (Linux only): the workerd processes in the process group that
 * `startWranglerDev` leads. RSS rather than the JS heap, because a leak outside V8's heap (array buffers,
 * WebAssembly memory, native streams) counts against an isolate too.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** PIDs of the workerd processes in the process group `group`. */
export function workerdPids(group: number): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readOrNull(`/proc/${entry}/stat`)
    if (stat === null) continue
    // "pid (comm) state ppid pgrp …": comm may hold spaces, so split after its closing parenthesis
    const close = stat.lastIndexOf(')')
    const comm = stat.slice(stat.indexOf('(') + 1, close)
    const pgrp = Number(stat.slice(close + 2).split(' ')[2])
    if (pgrp === group && comm.startsWith('workerd')) pids.push(Number(entry))
  }
  return pids
}

/** Resident set size of `pid` in MB, or null when the process is gone. */
export function rssMB(pid: number): number | null {
  const status = readOrNull(`/proc/${pid}/status`)
  const kb = status === null ? null : /^VmRSS:[ \t]*(\d+)/m.exec(status)?.[1]
  return kb ? Number(kb) / 1024 : null
}

/** The summed RSS of the group's workerd processes in MB (0 when none is found). */
export function workerdRssMB(group: number): number {
  return workerdPids(group).reduce((sum, pid) => sum + (rssMB(pid) ?? 0), 0)
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}
