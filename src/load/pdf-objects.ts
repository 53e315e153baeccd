/**
 * @module
 * A small reader of a PDF's objects from its raw text, for the pre-scan to resolve the XObject names a stream
 * paints through the resources that apply to it (`pdf-resources.ts`). It reads objects in plain sight and in
 * the object streams it can parse, and the top-level entries of their dictionaries; whatever it cannot read
 * for sure (an object defined twice, a dictionary that does not close) it reports as unknown, and its callers
 * fall back to a rule that can only overestimate.
 */

/** How deep dictionaries and arrays may nest inside a value the reader reads; deeper is unknown. */
const MAX_NESTING = 64

type Token = { kind: 'open' | 'close' | 'name' | 'atom'; text: string; start: number; end: number }

/** PDF white space, and the characters that end a name or a keyword. */
const WHITE = new Set([' ', '\n', '\r', '\t', '\f', '\0'])
const DELIMITERS = new Set([...WHITE, '/', '<', '>', '[', ']', '(', ')', '{', '}', '%'])

/** The next token from `at`, past white space and comments; strings and hex strings are atoms. */
function nextToken(text: string, at: number): Token | null {
  let i = at
  // bounded by the text: every step moves forward
  for (; i < text.length; i++) {
    if (text[i] === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    else if (!WHITE.has(text[i]!)) break
  }
  if (i >= text.length) return null
  const start = i
  const two = text.slice(i, i + 2)
  if (two === '<<' || two === '>>') return { kind: two === '<<' ? 'open' : 'close', text: two, start, end: i + 2 }
  const c = text[i]!
  if (c === '[' || c === ']') return { kind: c === '[' ? 'open' : 'close', text: c, start, end: i + 1 }
  if (c === '(') return { kind: 'atom', text: '()', start, end: stringEnd(text, i) }
  if (c === '<') {
    const close = text.indexOf('>', i)
    return { kind: 'atom', text: '<>', start, end: close < 0 ? text.length : close + 1 }
  }
  let end = i + 1
  while (end < text.length && !DELIMITERS.has(text[end]!)) end++
  const word = text.slice(c === '/' ? i + 1 : i, end)
  return c === '/' ? { kind: 'name', text: decodeName(word), start, end } : { kind: 'atom', text: word, start, end }
}

/** The end of a literal string: balanced parentheses, a backslash escaping the next character. */
function stringEnd(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i + 1
  }
  return text.length
}

/** `/P#61ge` is `/Page`: pdf.js reads a name's #-escapes, and so must we. */
export function decodeName(raw: string): string {
  return raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : raw
}

/** An integer as pdf.js reads one ("+5", "05", "5.0" are all 5), else null. */
function integer(token: Token | null): number | null {
  if (token?.kind !== 'atom' || !/^[+-]?(?:\d{1,10}\.?\d{0,10}|\.\d{1,10})$/.test(token.text)) return null
  const n = Number(token.text)
  return Number.isInteger(n) ? n : null
}

/** A value as read: its text, its end, and the object it refers to when it is a reference `N G R`. */
type Value = { text: string; end: number; ref: string | null }

/** One value from `at`: a reference, a dictionary or array (to its matching end), or one token. */
function readValue(text: string, at: number): Value | null {
  const first = nextToken(text, at)
  if (!first || first.kind === 'close') return null
  if (first.kind === 'open') {
    let depth = 1
    let end = first.end
    while (depth > 0) {
      const token = nextToken(text, end)
      if (!token || depth > MAX_NESTING) return null
      depth += token.kind === 'open' ? 1 : token.kind === 'close' ? -1 : 0
      end = token.end
    }
    return { text: text.slice(first.start, end), end, ref: null }
  }
  const number = integer(first)
  if (number !== null) {
    const generation = nextToken(text, first.end)
    const r = generation && integer(generation) !== null ? nextToken(text, generation.end) : null
    if (r?.kind === 'atom' && r.text === 'R') return { text: `${number} 0 R`, end: r.end, ref: String(number) }
  }
  return { text: text.slice(first.start, first.end), end: first.end, ref: null }
}

/** A dictionary's top-level entries, a later key replacing an earlier one as in pdf.js; null if unreadable. */
export function dictEntries(text: string): Map<string, Value> | null {
  const open = nextToken(text, 0)
  if (open?.text !== '<<') return null
  const entries = new Map<string, Value>()
  let at = open.end
  // bounded by the text: every entry moves forward
  for (;;) {
    const key = nextToken(text, at)
    if (key?.text === '>>') return entries
    if (key?.kind !== 'name') return null
    const value = readValue(text, key.end)
    if (!value) return null
    entries.set(key.text, value)
    at = value.end
  }
}

/** Every reference in an object's body, each with the top-level key of the dictionary it stands under. */
export function referencesIn(body: string): { ref: string; key: string | null }[] {
  const entries = dictEntries(body)
  if (!entries) {
    // an array, a number …: its references stand under no key
    const value = readValue(body, 0)
    return (value?.ref ? [value.ref] : referencesInside(value?.text ?? '')).map((ref) => ({ ref, key: null }))
  }
  const found: { ref: string; key: string | null }[] = []
  for (const [key, value] of entries) {
    if (value.ref !== null) found.push({ ref: value.ref, key })
    else for (const ref of referencesInside(value.text)) found.push({ ref, key })
  }
  return found
}

/** The references inside a dictionary's or array's text, at any depth. */
function referencesInside(text: string): string[] {
  const refs: string[] = []
  let at = 0
  // bounded by the text: every value moves forward
  for (let token = nextToken(text, at); token; token = nextToken(text, at)) {
    const value = token.kind === 'atom' ? readValue(text, token.start) : null
    if (value?.ref) refs.push(value.ref)
    at = value?.ref ? value.end : token.end
  }
  return refs
}

/** Objects by number: the body of each (its dictionary, for a stream), or null when defined more than once. */
export type ObjectIndex = Map<string, string | null>

/** Every `N G obj` in plain sight, moving forward only; a body runs to the next object's keyword. */
export function indexObjects(text: string, index: ObjectIndex = new Map()): ObjectIndex {
  let at = text.indexOf(' obj')
  // bounded by the text: each step moves to the next " obj"
  while (at >= 0) {
    const next = text.indexOf(' obj', at + 4)
    const header = text
      .slice(Math.max(0, at - 24), at)
      .trim()
      .split(/\s+/)
    const [number, generation] = header.slice(-2)
    if (number !== undefined && generation !== undefined && /^\d{1,10}$/.test(number) && /^\d{1,5}$/.test(generation))
      define(index, String(Number(number)), text.slice(at + 4, next < 0 ? text.length : next))
    at = next
  }
  return index
}

/** The objects of one object stream (`data` decoded, `first` its /First), or false when its header is unreadable. */
export function indexObjectStream(data: string, count: number, first: number, index: ObjectIndex): boolean {
  const header = data.slice(0, first).trim().split(/\s+/)
  if (!(count >= 1) || header.length < 2 * count || first > data.length) return false
  const at = (i: number) => first + Number(header[2 * i + 1])
  for (let i = 0; i < count; i++) {
    const [start, end] = [at(i), i + 1 < count ? at(i + 1) : data.length]
    if (!(start >= first && end >= start && end <= data.length) || !/^\d{1,10}$/.test(header[2 * i]!)) return false
    define(index, String(Number(header[2 * i])), data.slice(start, end))
  }
  return true
}

function define(index: ObjectIndex, number: string, body: string): void {
  index.set(number, index.has(number) ? null : body)
}
