/**
 * @module
 * The messages between the fuzz parent and its children, and the outcomes of one input.
 */

export type Outcome = 'ok' | 'error' | 'crash' | 'invalid' | 'hang' | 'oom'

/** parent → child: one input to parse */
export type ChildTask = { id: number; bytes: Uint8Array }

/** child → parent: the outcome of one input ('ready' once, after start-up) */
export type ChildAnswer = {
  id: number
  outcome: Outcome | 'ready'
  code?: string
  message?: string
  ms: number
  cpuMs: number
  fatal?: boolean
}

/** One input's result as the parent records it: wall-clock and CPU time (user and system) of the parse. */
export type Result = { outcome: Outcome; code?: string; message?: string; ms: number; cpuMs: number; peakRssMb: number }
