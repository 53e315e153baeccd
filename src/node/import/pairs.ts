/**
 * @module
 * `--pair`: inquiry and reply as two files in one folder, joined by their names.
 *
 * The rule: a file is a reply when its name (without extension) ends in a reply word — "antwort",
 * "stellungnahme", "beantwortung" — after "-", "_", "." or a space, e.g. `X-antwort.pdf`, `X_Antwort.docx`,
 * `X Stellungnahme.pdf`. Its inquiry is the file in the same folder named `X` (any extension), or `X` with an
 * inquiry word in place of the reply word: `X-anfrage.pdf` with `X-antwort.pdf`. Case does not matter. Files
 * that find no partner, or more than one, are imported on their own.
 */
import { basename, dirname, extname } from 'node:path'

export type Job = { path: string; replyPath?: string }

const REPLY = /^(.*?)[-_. ](antwort|stellungnahme|beantwortung)$/i
const INQUIRY = /^(.*?)[-_. ](anfrage|kleine[-_. ]anfrage|grosse[-_. ]anfrage|große[-_. ]anfrage)$/i

/** The stem two partners share, and which side of the pair a file is on. */
function role(path: string): { key: string; side: 'inquiry' | 'reply' } {
  const stem = basename(path, extname(path))
  const folder = dirname(path)
  const reply = REPLY.exec(stem)
  if (reply) return { key: `${folder}\0${reply[1]!.toLowerCase()}`, side: 'reply' }
  const inquiry = INQUIRY.exec(stem)
  return { key: `${folder}\0${(inquiry ? inquiry[1]! : stem).toLowerCase()}`, side: 'inquiry' }
}

/** Joins each reply with its one inquiry; everything else stays a job of its own. Keeps the files' order. */
export function pairFiles(files: readonly string[]): Job[] {
  const sides = new Map<string, { inquiry: string[]; reply: string[] }>()
  for (const file of files) {
    const { key, side } = role(file)
    const entry = sides.get(key) ?? { inquiry: [], reply: [] }
    entry[side].push(file)
    sides.set(key, entry)
  }
  const replyOf = new Map<string, string>()
  const paired = new Set<string>()
  for (const { inquiry, reply } of sides.values()) {
    if (inquiry.length !== 1 || reply.length !== 1) continue
    replyOf.set(inquiry[0]!, reply[0]!)
    paired.add(reply[0]!)
  }
  return files.filter((f) => !paired.has(f)).map((path) => (replyOf.has(path) ? { path, replyPath: replyOf.get(path)! } : { path }))
}
