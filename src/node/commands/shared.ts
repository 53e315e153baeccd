/**
 * @module
 * What the CLI's commands share: exit codes, the usage error, argument parsing, reading files.
 */
import { readFile, stat } from 'node:fs/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'

export const EXIT = { ok: 0, usage: 2, unreadable: 3, internal: 70 } as const

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
