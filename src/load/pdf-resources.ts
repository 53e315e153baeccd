/**
 * @module
 * Which forms the XObject names a stream paints stand for (and which tiling patterns its pattern names), read
 * through the resources that apply to it, so that a page's `/Fm0` costs what that page's /Fm0 costs, not the
 * costliest /Fm0 of the file:
 * - a page's content stream through its page's /Resources (its own, else inherited up the /Parent chain);
 * - a form with its own /Resources through them (pdf.js paints a form without them with its painter's);
 * - a pattern through its own /Resources' entry of that kind: pdf.js merges them with its painter's, so a
 *   pattern without the entry takes the painter's, which the reader does not follow (it falls back).
 * Exact only where the object reader (`pdf-objects.ts`) accounts for every reference to the stream in the
 * file: if a reference stands anywhere the reader did not read (an object it could not index, an object
 * defined twice, a page whose resources it cannot resolve), the stream falls back to `fallback`, the names
 * of every form in the file, which can only overestimate. An encrypted file always falls back.
 */
import { dictEntries, type ObjectIndex, referencesIn } from './pdf-objects.js'

/** name → the objects it may stand for */
export type Names = ReadonlyMap<string, readonly string[]>
/** The resources' entries that name what a stream paints: forms (`/Fm0 Do`) and patterns (`/P0 scn`). */
export type Category = 'XObject' | 'Pattern'
export type NamesOf = (object: string, category: Category) => Names

/** /Parent hops a page's inherited resources are looked for, as pdf.js bounds its own walk. */
const MAX_PARENTS = 100

// a number as pdf.js lexes one, then white space or comments between the tokens of `N G R`
const NUMBER = String.raw`[+-]{0,2}(?:\d{1,10}(?:\.\d{0,10})?|\.\d{1,10})`
const GAP = String.raw`(?:[\s\0]|%[^\r\n]*[\r\n])+`
const REFERENCE = new RegExp(String.raw`(?<![\w.+-])(${NUMBER})${GAP}${NUMBER}${GAP}R(?![^\s\0/<>[\]()%{}])`, 'g')

/** How often each object is referred to anywhere in these texts, by a search that finds more, never fewer. */
function referenceCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const match of text.matchAll(REFERENCE)) {
      const number = Number(match[1]!.replace(/^[+-]+/, ''))
      if (Number.isInteger(number)) counts.set(String(number), (counts.get(String(number)) ?? 0) + 1)
    }
  }
  return counts
}

type Entries = ReturnType<typeof dictEntries>
type ValueLike = { text: string; ref: string | null }

/** The reader's objects as dictionaries, each read once; and each page's names, worked out once. */
class Dictionaries {
  private readonly read = new Map<string, Entries>()
  private readonly pages = new Map<string, Names | undefined>()

  constructor(readonly index: ObjectIndex) {}

  /** The dictionary a value is, or the object it refers to is; null if the reader cannot tell. */
  of(value: ValueLike | undefined): Entries {
    if (!value) return null
    if (value.ref === null) return dictEntries(value.text)
    if (!this.read.has(value.ref)) {
      const body = this.index.get(value.ref)
      this.read.set(value.ref, body === null || body === undefined ? null : dictEntries(body))
    }
    return this.read.get(value.ref) ?? null
  }

  /** The names of one category in a resources dictionary, or undefined if the reader cannot tell. */
  resourceNames(resources: ValueLike, category: Category): Names | undefined {
    const entries = this.of(resources)
    if (!entries) return undefined
    const dict = entries.get(category)
    if (!dict) return new Map()
    const named = this.of(dict)
    if (!named) return undefined
    const names = new Map<string, string[]>()
    for (const [name, value] of named) if (value.ref !== null) names.set(name, [value.ref])
    return names
  }

  /** A page's names: its own /Resources, else the nearest /Parent's; none at all is pdf.js's empty resources. */
  pageNames(page: string, category: Category): Names | undefined {
    const key = `${page} ${category}`
    if (!this.pages.has(key)) this.pages.set(key, this.inheritedNames(page, category))
    return this.pages.get(key)
  }

  private inheritedNames(page: string, category: Category): Names | undefined {
    let entries = this.of({ text: '', ref: page })
    for (let hop = 0; entries && hop < MAX_PARENTS; hop++) {
      const resources = entries.get('Resources')
      if (resources) return this.resourceNames(resources, category)
      const parent = entries.get('Parent')
      if (!parent) return new Map()
      entries = this.of(parent)
    }
    return undefined
  }
}

function union(into: Map<string, string[]>, names: Names): void {
  for (const [name, objects] of names) {
    const known = into.get(name) ?? []
    for (const object of objects) if (!known.includes(object)) known.push(object)
    into.set(name, known)
  }
}

/** Names merged for streams that several pages share, at most: past it they fall back (a file of many pages
 * that each list every stream would otherwise merge quadratically many). */
const MAX_MERGED = 1_000_000

/**
 * The names each stream resolves through, exact where the reader accounts for every reference to it.
 * `texts` are the file in plain sight and every object stream's objects; `index` the reader's objects;
 * `fallback` every name of each category in the file.
 */
export function namesByResources(texts: readonly string[], index: ObjectIndex, fallback: Record<Category, Names>): NamesOf {
  if (texts[0]?.includes('/Encrypt')) return (_, category) => fallback[category]
  const counts = referenceCounts(texts)
  const referrers = new Map<string, { contents: Set<string>; count: number; other: number }>()
  for (const [object, body] of index) {
    if (body === null) continue
    for (const { ref, key } of referencesIn(body)) {
      const seen = referrers.get(ref) ?? { contents: new Set<string>(), count: 0, other: 0 }
      seen.count++
      if (key === 'Contents') seen.contents.add(object)
      else seen.other++
      referrers.set(ref, seen)
    }
  }
  const dictionaries = new Dictionaries(index)
  const budget = { merged: 0 }
  const resolved = new Map<string, Names | undefined>()
  return (stream, category) => {
    const key = `${stream} ${category}`
    if (!resolved.has(key)) {
      const seen = referrers.get(stream) ?? { contents: new Set<string>(), count: 0, other: 0 }
      const exact = seen.count === (counts.get(stream) ?? 0)
      resolved.set(key, exact ? exactNames(dictionaries, { stream, category }, seen, budget) : undefined)
    }
    return resolved.get(key) ?? fallback[category]
  }
}

/** A stream's names when all or none of the references to it are a page's /Contents; else undefined. */
function exactNames(
  dictionaries: Dictionaries,
  { stream, category }: { stream: string; category: Category },
  seen: { contents: Set<string>; other: number },
  budget: { merged: number }
): Names | undefined {
  if (seen.contents.size === 0) {
    // a form: its own resources decide, whoever paints it; a pattern: its own entry of the category, if it has one
    const own = dictionaries.of({ text: '', ref: stream })
    const resources = own?.get('Resources')
    if (!resources) return undefined
    if (own?.has('PatternType') && !dictionaries.of(resources)?.has(category)) return undefined
    return dictionaries.resourceNames(resources, category)
  }
  if (seen.other > 0) return undefined
  const pages = [...seen.contents].map((page) => dictionaries.pageNames(page, category))
  if (pages.length === 1 || pages.some((names) => names === undefined)) return pages.length === 1 ? pages[0] : undefined
  const names = new Map<string, string[]>()
  for (const own of pages as Names[]) {
    budget.merged += own.size
    if (budget.merged > MAX_MERGED) return undefined
    union(names, own)
  }
  return names
}
