/**
 * @module
 * Question references as replies print them: "2", "2 a)", "1.2", "II.3", lists "5. und 6.", ranges "2 bis 4",
 * "6, 7, 8 und 10". Read from the start of a string; the caller says where that string begins.
 */

/** One referenced path ("2", "a") or a range between two of them. */
export type QuestionRef = { kind: 'one'; parts: string[] } | { kind: 'range'; from: string[]; to: string[] }

export type RefList = { refs: QuestionRef[]; length: number }

/** "2", "2.", "2a", "2 a)", "2.a)", "1.2", "II", "II.3", "a)" */
const ONE = /^(?:(\d{1,3}|[IVX]{1,5})(?:\.(\d{1,2}))?(?:\s?\.?\s?\(?([a-z]{1,2})\))?(?:[a-z](?![\p{L}]))?\.?|\(?([a-z]{1,2})\))/u
const CONNECTOR = /^\s*(?:,|und|sowie|&|\/|;)\s*/u
const RANGE = /^\s*(?:bis|–|-|—)\s*/u

function readOne(text: string): { parts: string[]; length: number } | null {
  const m = ONE.exec(text)
  if (!m || m[0].trim() === '') return null
  if (m[4]) return { parts: [m[4]], length: m[0].length }
  const parts = [m[1]!]
  if (m[2]) parts.push(m[2])
  if (m[3]) parts.push(m[3])
  const glued = /^\d{1,3}([a-z])(?![\p{L}])/u.exec(m[0])
  if (glued && !m[3]) parts.push(glued[1]!)
  return { parts, length: m[0].length }
}

/** Reads a list of references at the start of `text`; null when it starts with none. */
export function readRefs(text: string): RefList | null {
  const refs: QuestionRef[] = []
  let pos = 0
  for (;;) {
    const one = readOne(text.slice(pos))
    if (!one) break
    pos += one.length
    const range = RANGE.exec(text.slice(pos))
    const to = range ? readOne(text.slice(pos + range[0].length)) : null
    if (range && to) {
      refs.push({ kind: 'range', from: one.parts, to: to.parts })
      pos += range[0].length + to.length
    } else refs.push({ kind: 'one', parts: one.parts })
    const connector = CONNECTOR.exec(text.slice(pos))
    if (!connector || !readOne(text.slice(pos + connector[0].length))) break
    pos += connector[0].length
  }
  return refs.length > 0 ? { refs, length: pos } : null
}
