/**
 * @module
 * workerd's memory under `wrangler dev` (Linux only, from /proc and the inspector). wrangler runs two workerd
 * processes in the process group that `startWranglerDev` leads: its proxy, which holds the public port, and
 * the one that runs the Worker, started with `--inspector-addr`. Their resident memory is read apart, because
 * the proxy is wrangler's and not part of a deployment, and the Worker isolate's V8 heap is read through that
 * process's own inspector after a full GC: that heap is what a deployed isolate's 128 MB limit applies to.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

export type WorkerdProcess = { pid: number; role: 'proxy' | 'worker' }

/** The workerd processes in the process group `group`, each named by its role. */
export function workerdProcesses(group: number): WorkerdProcess[] {
  const found: WorkerdProcess[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readOrNull(`/proc/${entry}/stat`)
    if (stat === null) continue
    // "pid (comm) state ppid pgrp …": comm may hold spaces, so split after its closing parenthesis
    const close = stat.lastIndexOf(')')
    const comm = stat.slice(stat.indexOf('(') + 1, close)
    const pgrp = Number(stat.slice(close + 2).split(' ')[2])
    if (pgrp !== group || !comm.startsWith('workerd')) continue
    const args = readOrNull(`/proc/${entry}/cmdline`) ?? ''
    found.push({ pid: Number(entry), role: args.includes('--inspector-addr') ? 'worker' : 'proxy' })
  }
  return found
}

/** PIDs of the workerd processes in the process group `group`. */
export function workerdPids(group: number): number[] {
  return workerdProcesses(group).map((p) => p.pid)
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

/** RSS in MB of the group's workerd processes of one role (0 when none is found). */
export function roleRssMB(group: number, role: WorkerdProcess['role']): number {
  return workerdProcesses(group)
    .filter((p) => p.role === role)
    .reduce((sum, p) => sum + (rssMB(p.pid) ?? 0), 0)
}

/** TCP ports `pid` listens on, from its socket inodes and /proc/net/tcp. */
export function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>()
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`)
      if (link.startsWith('socket:[')) inodes.add(link.slice(8, -1))
    } catch {
      // the descriptor closed meanwhile
    }
  }
  const ports: number[] = []
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of (readOrNull(table) ?? '').split('\n').slice(1)) {
      const cols = row.trim().split(/ +/)
      // local_address is "hexip:hexport", st 0A is LISTEN, the inode is column 10
      if (cols[3] === '0A' && inodes.has(cols[9] ?? '')) ports.push(parseInt(cols[1]!.split(':')[1]!, 16))
    }
  }
  return ports
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}
