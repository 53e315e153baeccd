/**
 * @module
 * References → question ids that exist. "2 a)" → "2.a"; "a)" inside the answer to 2 → "2.a"; "I" where I is
 * a heading that groups questions → the questions under it; "4" where the numbers run on through groups →
 * "II.4" when only one question is so numbered; a range "2 bis 4" → 2, 3, 4 (bounded by the
 * questions there are). A reference to a question that does not exist resolves to nothing, and says so.
 */
import type { QuestionRef } from './refs.js'

export type Resolved = { ids: string[]; missing: string[] }

/** Questions in document order, by id. */
export type QuestionIndex = { ids: readonly string[]; has: ReadonlySet<string> }

export function indexQuestions(ids: readonly string[]): QuestionIndex {
  return { ids, has: new Set(ids) }
}

export function resolveRefs(refs: readonly QuestionRef[], index: QuestionIndex, context: string | null): Resolved {
  const ids: string[] = []
  const missing: string[] = []
  for (const ref of refs) {
    const found = ref.kind === 'one' ? resolveOne(ref.parts, index, context) : resolveRange(ref.from, ref.to, index)
    if (found.length === 0) missing.push(ref.kind === 'one' ? ref.parts.join('.') : `${ref.from.join('.')}–${ref.to.join('.')}`)
    for (const id of found) if (!ids.includes(id)) ids.push(id)
  }
  return { ids: index.ids.filter((id) => ids.includes(id)), missing }
}

function resolveOne(parts: readonly string[], index: QuestionIndex, context: string | null): string[] {
  const id = parts.join('.')
  if (index.has.has(id)) return [id]
  // a letter alone refers to a sub-question of the question being answered
  if (context && parts.length === 1 && /^[a-z]{1,2}$/.test(id)) {
    const top = context.split('.')[0]!
    if (index.has.has(`${top}.${id}`)) return [`${top}.${id}`]
  }
  // a group heading that is no question itself: its questions
  const grouped = index.ids.filter((q) => q.startsWith(`${id}.`))
  if (grouped.length > 0) return grouped
  // "Zu 4.:" where the numbers run on through groups ("II. Finanzierung", "4. …" → "II.4"): the one question so numbered
  const numbered = index.ids.filter((q) => q.endsWith(`.${id}`))
  return numbered.length === 1 ? numbered : []
}

const MAX_RANGE = 60

/** "2 bis 4" → 2, 3, 4; "3 a) bis c)" → 3.a … 3.c. Only questions that exist, only short ranges. */
function resolveRange(from: readonly string[], to: readonly string[], index: QuestionIndex): string[] {
  const start = index.ids.indexOf(resolveOne(from, index, null)[0] ?? '')
  const toParts = to.length === 1 && from.length > 1 ? [...from.slice(0, -1), to[0]!] : to
  const endId = resolveOne(toParts, index, null)
  const end = endId.length > 0 ? index.ids.indexOf(endId[endId.length - 1]!) : -1
  if (start < 0 || end < start || end - start > MAX_RANGE) return []
  const depth = index.ids[start]!.split('.').length
  return index.ids.slice(start, end + 1).filter((id) => id.split('.').length === depth)
}
