/**
 * @module
 * The files an import reads: the paths given, folders walked recursively, in a stable (sorted) order.
 * Hidden files and folders (".git", ".DS_Store") are left out; symbolic links to folders are not followed,
 * so a link loop cannot make the walk endless.
 */
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CliError } from '../commands/shared.js'
import { pushAll } from '../../arrays.js'

/** Every file under the given paths, sorted, without `exclude` (the results file itself). */
export async function listFiles(paths: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  const skip = new Set(exclude.map((p) => resolve(p)))
  const found = new Set<string>()
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info) throw new CliError('unreadable', `${path}: no such file or folder.`)
    if (info.isDirectory()) for (const file of await walk(path)) found.add(file)
    else found.add(path)
  }
  return [...found].filter((f) => !skip.has(resolve(f))).sort(byPath)
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) pushAll(files, await walk(path))
    else if (entry.isFile()) files.push(path)
    else if (entry.isSymbolicLink() && (await isFile(path))) files.push(path)
  }
  return files
}

/** Whether a symbolic link leads to a file (links to folders are not followed). */
async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() === true
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
