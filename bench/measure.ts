/**
 * Runs bench/task.ts in a child process and summarises it.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const TASK = fileURLToPath(new URL('./task.mjs', import.meta.url))

export type Measured = { task: string; medianMs: number; maxRssMB: number }

function runTask(task: string, file: string, runs: number): { ms: number[]; maxRssMB: number } {
  const out = execFileSync(process.execPath, [TASK, task, file, String(runs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  return JSON.parse(out) as { ms: number[]; maxRssMB: number }
}

/** Median time over warm runs in one process; peak RSS of a single cold run in another. */
export function measure(task: string, file: string, runs = 5): Measured {
  const sorted = runTask(task, file, runs).ms.sort((a, b) => a - b)
  return { task, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxRssMB: runTask(task, file, 0).maxRssMB }
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Prints rows as an aligned table, with each row's time as a ratio to the first row. */
export function printTable(title: string, pages: number, rows: Measured[]): void {
  const base = rows[0]!.medianMs
  console.log(`\n${title}`)
  console.log('  task                          median ms   pages/s   × baseline   peak RSS MB')
  for (const r of rows) {
    const perSecond = ((pages * 1000) / r.medianMs).toFixed(1)
    console.log(
      `  ${r.task.padEnd(28)} ${r.medianMs.toFixed(1).padStart(10)} ${perSecond.padStart(9)} ${(r.medianMs / base).toFixed(2).padStart(11)} ${String(r.maxRssMB).padStart(12)}`
    )
  }
}
