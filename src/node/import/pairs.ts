/**
 * @module
 * `--pair`: inquiry and reply as two files in one folder, joined by their names; one document per name.
 *
 * The rule: a file is a reply when its name (without extension) ends in a reply word — "antwort",
 * "stellungnahme", "beantwortung" — after "-", "_", "." or a space, e.g. `X-antwort.pdf`, `X_Antwort.docx`,
 * `X Stellungnahme.pdf`. Its inquiry is the file in the same folder named `X` (any extension), or `X` with an
 * inquiry word in place of the reply word: `X-anfrage.pdf` with `X-antwort.pdf`. Case does not matter.
 *
 * Archives often hold the same document in several formats (`X-anfrage.pdf` and `X-anfrage.docx`). Of the
 * files on one side of a name, one is chosen by its format — DOCX, ODT, DOC, RTF, HTML, PDF, text, in that
 * order: a word processor's file has the list numbers and paragraphs as written, a PDF's layout must be guessed
 * and may be a scan — and the others are skipped, each with the reason. So a name gives one pair, or one
 * document when it has files on one side only.
 */
import { basename, dirname, extname } from 'node:path'

export type Job = { path: string; replyPath?: string }

/** A file left out because another file of its name and side was chosen. */
export type SkippedFile = { path: string; chosen: string; reason: string }

export type Pairing = { jobs: Job[]; skipped: SkippedFile[] }

const REPLY = /^(.*?)[-_. ](antwort|stellungnahme|beantwortung)$/i
const INQUIRY = /^(.*?)[-_. ](anfrage|kleine[-_. ]anfrage|grosse[-_. ]anfrage|große[-_. ]anfrage)$/i

/** Formats by preference; an extension not listed comes last. */
const PREFERENCE = ['.docx', '.odt', '.doc', '.rtf', '.html', '.htm', '.pdf', '.txt', '.md']

/** The stem two partners share, and which side of the pair a file is on. */
function role(path: string): { key: string; side: 'inquiry' | 'reply' } {
  const stem = basename(path, extname(path))
  const folder = dirname(path)
  const reply = REPLY.exec(stem)
  if (reply) return { key: `${folder}\0${reply[1]!.toLowerCase()}`, side: 'reply' }
  const inquiry = INQUIRY.exec(stem)
  return { key: `${folder}\0${(inquiry ? inquiry[1]! : stem).toLowerCase()}`, side: 'inquiry' }
}

const rank = (path: string): number => {
  const at = PREFERENCE.indexOf(extname(path).toLowerCase())
  return at === -1 ? PREFERENCE.length : at
}

/** The preferred file of one side, and the others with why they were left out. */
function choose(files: readonly string[], skipped: SkippedFile[]): string | null {
  const [chosen, ...others] = [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  if (chosen === undefined) return null
  for (const path of others) {
    const reason =
      rank(path) === rank(chosen)
        ? `another file of the same name (${basename(chosen)}) was chosen`
        : `the same document as ${basename(chosen)}, whose format (${extname(chosen).slice(1).toUpperCase()}) comes first`
    skipped.push({ path, chosen, reason })
  }
  return chosen
}

/** One job per name and folder: its chosen inquiry with its chosen reply, or the one side it has. Keeps the files' order. */
export function pairFiles(files: readonly string[]): Pairing {
  const sides = new Map<string, { inquiry: string[]; reply: string[] }>()
  for (const file of files) {
    const { key, side } = role(file)
    const entry = sides.get(key) ?? { inquiry: [], reply: [] }
    entry[side].push(file)
    sides.set(key, entry)
  }
  const skipped: SkippedFile[] = []
  const jobByFirstFile = new Map<string, Job>()
  for (const { inquiry, reply } of sides.values()) {
    const chosenInquiry = choose(inquiry, skipped)
    const chosenReply = choose(reply, skipped)
    const job: Job = chosenInquiry ? { path: chosenInquiry, ...(chosenReply ? { replyPath: chosenReply } : {}) } : { path: chosenReply! }
    jobByFirstFile.set(job.path, job)
  }
  return { jobs: files.flatMap((f) => jobByFirstFile.get(f) ?? []), skipped }
}
