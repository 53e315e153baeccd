/**
 * The fuzz harness's command line: read with node:util's parseArgs, each number checked, and a mistake told in
 * one line with the usage, as the project's CLI does, never parseArgs' stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'

export const USAGE = `Usage: npm run fuzz -- [--count N] [--seed S] [--out DIR] [--hostile all|none|NAME,…] [--families NAME,…]
  [--seeds DIR] [--replay DIR] [--jobs N] [--timeout MS] [--heap-mb MB] [--rss-mb MB] [--parser MODULE] [--status FILE] [--help]`

const OPTIONS = {
  count: { type: 'string', default: '1000' },
  seed: { type: 'string', default: '1' },
  out: { type: 'string', default: '/tmp/fuzz-out' },
  hostile: { type: 'string', default: 'all' },
  families: { type: 'string' },
  seeds: { type: 'string', multiple: true, default: [] as string[] },
  replay: { type: 'string' },
  jobs: { type: 'string', default: '2' },
  timeout: { type: 'string', default: '10000' },
  'heap-mb': { type: 'string', default: '1024' },
  'rss-mb': { type: 'string', default: '1536' },
  parser: { type: 'string' },
  status: { type: 'string' },
  help: { type: 'boolean', default: false },
} satisfies ParseArgsConfig['options']

/** Options that take a whole number, with the least value each may have. */
const WHOLE_NUMBERS = { count: 0, seed: 0, jobs: 1, timeout: 1, 'heap-mb': 16, 'rss-mb': 16 } as const

export type FuzzOptions = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values']

/** The options, or the one line that says what is wrong with them. */
export function readOptions(args: string[]): { values: FuzzOptions } | { mistake: string } {
  let values: FuzzOptions
  try {
    values = parseArgs({ args, options: OPTIONS }).values
  } catch (error) {
    return { mistake: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
  }
  for (const [name, least] of Object.entries(WHOLE_NUMBERS)) {
    const text = values[name as keyof typeof WHOLE_NUMBERS]
    if (!/^\d{1,9}$/.test(text) || Number(text) < least)
      return { mistake: `--${name} takes a whole number of at least ${least}, not "${text}".` }
  }
  return { values }
}
