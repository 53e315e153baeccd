/**
 * @module
 * Word forms the Porter stemmer leaves apart although they are one word: participles and verb forms in -t
 * ("verbessert" / "verbessern", "genutzt" / "nutzen", "eingesetzt" / "einsetzen", "bewertet" / "bewerten")
 * and short nouns in -ung whose stem Porter keeps whole ("Nutzung", "Planung"). A form joins its base only when
 * the document itself has the base, so no word is cut on a guess ("Markt" stays unless "Marken" occurs).
 */
import { stemGerman } from './stem.js'

/** Separable prefixes before the "ge" of a participle ("ein|ge|setzt") or the "zu" of an infinitive ("aus|zu|weiten"). */
const SEPARABLE = /^(ab|an|auf|aus|bei|durch|ein|fest|fort|her|hin|mit|nach|um|vor|weg|weiter|zu|zuruck|zusammen)(ge|zu)(?=\p{L}{3})/u
const MIN_BASE = 3

/** The bases a stem may be a form of, most likely first. */
function basesOf(stem: string): string[] {
  const bases: string[] = []
  const add = (form: string): void => {
    if (form.length < MIN_BASE) return
    const base = stemGerman(form)
    if (base !== stem && !bases.includes(base)) bases.push(base)
    const unprefixed = form.startsWith('ge') && form.length - 2 >= MIN_BASE ? form.slice(2) : form.replace(SEPARABLE, '$1')
    if (unprefixed !== form) add(unprefixed)
  }
  if (stem.endsWith('ung')) add(stem.slice(0, -3))
  else if (stem.endsWith('et')) add(stem.slice(0, -2))
  if (stem.endsWith('t')) add(stem.slice(0, -1))
  if (SEPARABLE.test(stem)) add(stem)
  return bases
}

/**
 * stem → the stem it is a form of, among the stems of one document collection: a form joins its base only when
 * the base is a stem there too ("verbessert" → "verbess" when "verbessern" occurs).
 */
export function variantMap(stems: Iterable<string>): Map<string, string> {
  const known = new Set(stems)
  const map = new Map<string, string>()
  for (const stem of known) {
    const base = basesOf(stem).find((b) => known.has(b))
    if (base !== undefined) map.set(stem, base)
  }
  // a base that is a form itself ("gestaltung" → "gestalt" → …): every form goes to the end of the chain
  for (const [stem, base] of map) {
    let end = base
    for (let step = 0; step < 3 && map.has(end) && map.get(end) !== stem; step++) end = map.get(end)!
    map.set(stem, end)
  }
  return map
}
