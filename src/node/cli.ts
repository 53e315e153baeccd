#!/usr/bin/env node
/**
 * @module
 * The command line: `inquiry-parser <command> …`. Exit codes (`EXIT`): 0 ok, 1 some documents failed
 * (import), 2 usage, 3 unreadable input, 4 internal error. Every failure is one line on stderr, never a
 * stack trace, whatever throws, rejects late or escapes.
 */
import { importCommand } from './commands/import.js'
import { parseCommand } from './commands/parse.js'
import { CliError, EXIT, EXIT_HELP, type Command } from './commands/shared.js'

const COMMANDS: Record<string, Command> = { parse: parseCommand, import: importCommand }

const USAGE = `Usage: inquiry-parser <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}\n      ${c.summary}`)
  .join('\n')}

Run "inquiry-parser <command> --help" for a command's options.

${EXIT_HELP}`

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`)
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${await version()}\n`)
    return EXIT.ok
  }
  const command = COMMANDS[name]
  if (!command) return fail(new CliError('usage', `Unknown command "${name}".\n${USAGE}`))
  try {
    return await command.run(rest)
  } catch (error) {
    return fail(error)
  }
}

function fail(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`inquiry-parser: ${error.message}\n`)
    return error.exitCode
  }
  const code = (error as { code?: unknown })?.code
  if (error instanceof Error && typeof code === 'string' && error.name === 'InquiryError') {
    process.stderr.write(`inquiry-parser: ${code}: ${error.message}\n`)
    return EXIT.unreadable
  }
  return internalError(error)
}

/** A bug of ours: say so in one line; the stack only on request. */
function internalError(error: unknown): number {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]
  process.stderr.write(`inquiry-parser: internal error: ${message} (set DEBUG=inquiry-parser for details)\n`)
  if (process.env.DEBUG?.includes('inquiry-parser') && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  return EXIT.internal
}

/**
 * The CLI owns its process: anything that escapes (a rejection nobody awaited, an exception thrown from a
 * callback) ends it with one line and exit code 4, not with Node's stack trace and code 1.
 */
export function guardProcess(): void {
  const die = (error: unknown) => {
    process.exitCode = internalError(error)
    process.exit()
  }
  process.on('unhandledRejection', die)
  process.on('uncaughtException', die)
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

// run when executed, not when imported by tests
const invokedAs = process.argv[1] ?? ''
if (/inquiry-parser$|cli\.[jt]s$/.test(invokedAs)) {
  guardProcess()
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
