/**
 * @module
 * What the CLI's commands share: exit codes, the usage error, argument parsing, reading files.
 */
import { readFile, stat } from 'node:fs/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** The CLI's exit codes, the only ones it ends with (README, `--help`). */
export const EXIT = { ok: 0, failures: 1, usage: 2, unreadable: 3, internal: 4 } as const

export const EXIT_HELP = `Exit codes: 0 ok, 1 some documents failed (import), 2 wrong usage, 3 the input cannot be read,
4 internal error (a bug: one line on stderr; DEBUG=inquiry-parser shows the stack), 130 stopped by Ctrl-C.`

export const LIMIT_HELP = `  --max-pages N       refuse PDFs of more than N pages (too_many_pages; default 2000)
`

/** A whole number of at least 1 from an option, or nothing when the option is absent. */
export function positiveNumber<K extends string>(value: unknown, flag: string, key: K): Partial<Record<K, number>> {
  if (value === undefined) return {}
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new CliError('usage', `${flag} takes a whole number of at least 1, not "${String(value)}".`)
  return { [key]: n } as Partial<Record<K, number>>
}

export type Command = {
  usage: string
  summary: string
  run(argv: string[]): Promise<number>
}

/** A failure the CLI reports in one line with its own exit code. */
export class CliError extends Error {
  readonly exitCode: number
  constructor(kind: 'usage' | 'unreadable', message: string) {
    super(message)
    this.exitCode = kind === 'usage' ? EXIT.usage : EXIT.unreadable
  }
}

/** node:util parseArgs, with its errors turned into usage errors. */
export type ParsedOptions = { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] }

export function parseOptions(argv: string[], options: ParseArgsConfig['options'], usage: string): ParsedOptions {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new CliError('usage', `${(error as Error).message}\nUsage: ${usage}`)
  }
}

/** Reads a file the user named; a missing or unreadable file is exit code 3 with one sentence. */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new CliError('unreadable', `${path}: is a folder, not a file.`)
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new CliError('unreadable', `${path}: ${reason}.`)
  }
}
