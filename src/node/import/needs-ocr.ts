/**
 * @module
 * `import ARCHIVE --needs-ocr-from FILE`: the scans the Worker's import service could not read (it has no OCR),
 * found in a local copy of the archive. FILE is the service's results.ndjson (the lines whose status is
 * `needs_ocr`) or a list of R2 keys, one a line. Each key names a file under ARCHIVE, as it does in the bucket.
 */
import { createReadStream } from 'node:fs'
import { isAbsolute, join, normalize, sep } from 'node:path'
import { createInterface } from 'node:readline'
import { CliError } from '../commands/shared.js'

/** A results line of the import service, as far as this needs it. */
type ResultLine = { key?: unknown; status?: unknown }

/** The files under `root` that FILE names as needing OCR, in FILE's order, each once. */
export async function needsOcrPaths(file: string, root: string): Promise<string[]> {
  const paths = new Set<string>()
  const input = createReadStream(file, { encoding: 'utf8' })
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve())
    input.once('error', () => reject(new CliError('unreadable', `${file}: no such file, or it cannot be read.`)))
  })
  await opened
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const key = keyOf(line.trim())
    if (key !== null) paths.add(archivePath(root, key))
  }
  return [...paths]
}

/** A results line gives its key when its status is needs_ocr; any other text line is a key. */
function keyOf(line: string): string | null {
  if (line === '') return null
  if (!line.startsWith('{')) return line
  let parsed: ResultLine
  try {
    parsed = JSON.parse(line) as ResultLine
  } catch {
    throw new CliError('usage', `--needs-ocr-from: a line that starts with "{" is no JSON: ${line.slice(0, 80)}`)
  }
  return parsed.status === 'needs_ocr' && typeof parsed.key === 'string' && parsed.key !== '' ? parsed.key : null
}

/** The key as a path under the archive; a key that would lead out of it ("../x", "/etc/x") is refused. */
function archivePath(root: string, key: string): string {
  const relative = normalize(key)
  if (isAbsolute(relative) || relative === '..' || relative.startsWith(`..${sep}`))
    throw new CliError('usage', `--needs-ocr-from: the key "${key}" leads out of the archive folder.`)
  return join(root, relative)
}
