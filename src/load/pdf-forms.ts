/**
 * @module
 * What a page costs pdf.js with the forms it paints. A Form XObject's stream is read anew each time `Do`
 * paints it, and a form may paint forms itself, so a page of a few bytes can ask for a gigabyte: the cost
 * of a stream is its own decoded bytes and text shows, plus, for each `Do`, the cost of the form painted.
 * A tiling pattern is a stream too, and pdf.js's operator list parses it once for each stream that sets it
 * (`/P0 scn`): a stream's cost also counts each pattern it sets once, with what the pattern paints. (Its text
 * shows count as well, though the text layer never reads a pattern: that can only overestimate.)
 *
 * A stream's names are resolved through the resources that apply to it where the object reader can tell
 * (`pdf-resources.ts`); elsewhere through every `/Name N 0 R` the file holds (in plain sight and in object
 * streams) that points at a form: a name then stands for the costliest form it names anywhere, which
 * overestimates when two pages' /Fm0 differ, and never underestimates.
 */
import { InquiryError } from '../errors.js'
import type { Limits } from '../limits.js'
import { decodeName } from './pdf-objects.js'
import type { Category, NamesOf } from './pdf-resources.js'

export type StreamBudget = Pick<Limits, 'maxPageStreamBytes' | 'maxPageTextItems' | 'maxPages' | 'maxDepth' | 'maxCmapCodes'>

/** One stream as counted: decoded bytes, text shows, how often it paints each XObject name, the pattern names it sets. */
export type StreamCost = { bytes: number; textOps: number; paints: ReadonlyMap<string, number>; patterns: ReadonlySet<string> }
/** A stream's cost with everything it paints. */
export type PaintedCost = { bytes: number; textOps: number }

/** name → the objects among `forms` (forms, or tiling patterns) it names, from every reference to one in these texts. */
export function formsByName(texts: readonly string[], forms: ReadonlySet<string>): Map<string, string[]> {
  const byName = new Map<string, string[]>()
  if (forms.size === 0) return byName
  // a name, white space, an object number, a generation, R: linear, as a name holds no white space
  const reference = /\/([^\s\0/<>[\]()%{}]{1,127})[\s\0]+(\d{1,10})[\s\0]+\d{1,5}[\s\0]+R\b/g
  for (const text of texts) {
    for (const match of text.matchAll(reference)) {
      const [, name, object] = match as unknown as [string, string, string]
      if (!forms.has(object)) continue
      const named = byName.get(decodeName(name)) ?? []
      if (!named.includes(object)) named.push(object)
      byName.set(decodeName(name), named)
    }
  }
  return byName
}

/**
 * Every stream's cost with the forms it paints, each within the page budget; forms painting forms deeper
 * than `maxDepth` (or in a cycle) are refused.
 */
export function paintedCosts(costs: ReadonlyMap<string, StreamCost>, namesOf: NamesOf, limits: StreamBudget): Map<string, PaintedCost> {
  const painted = new Map<string, PaintedCost>()
  const costOf = (object: string, depth: number): PaintedCost => {
    const known = painted.get(object)
    if (known) return known
    if (depth > limits.maxDepth)
      throw tooComplex(`its forms paint forms more than ${limits.maxDepth} deep, or paint themselves`, { maxDepth: limits.maxDepth })
    const own = costs.get(object)
    if (!own) return { bytes: 0, textOps: 0 }
    let { bytes, textOps } = own
    const add = (name: string, times: number, category: Category) => {
      let worst: PaintedCost = { bytes: 0, textOps: 0 }
      for (const form of namesOf(object, category).get(decodeName(name)) ?? []) {
        const cost = costOf(form, depth + 1)
        worst = { bytes: Math.max(worst.bytes, cost.bytes), textOps: Math.max(worst.textOps, cost.textOps) }
      }
      bytes += times * worst.bytes
      textOps += times * worst.textOps
    }
    for (const [name, times] of own.paints) add(name, times, 'XObject')
    for (const name of own.patterns) add(name, 1, 'Pattern')
    const cost = { bytes, textOps }
    painted.set(object, cost)
    return cost
  }
  for (const object of costs.keys())
    checkPageCost(`a stream (object ${object}) and the forms and patterns it paints`, costOf(object, 0), limits)
  return painted
}

/** A page's (or one stream's) cost within the budgets of one page. */
export function checkPageCost(what: string, cost: PaintedCost, limits: StreamBudget): void {
  if (cost.bytes > limits.maxPageStreamBytes) {
    throw tooComplex(`${what} come to more than ${limits.maxPageStreamBytes} decoded bytes`, {
      maxPageStreamBytes: limits.maxPageStreamBytes,
    })
  }
  if (cost.textOps > limits.maxPageTextItems) {
    throw tooComplex(`${what} show text more than ${limits.maxPageTextItems} times in all`, { maxPageTextItems: limits.maxPageTextItems })
  }
}

export function tooComplex(what: string, details: Record<string, unknown>): InquiryError {
  return new InquiryError('too_complex', `The PDF is too complex to read: ${what}.`, { details })
}
