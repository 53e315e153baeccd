/**
 * @module
 * The infinitive of a strong verb's participle, which no stemmer reaches: "geschlossen" → "schließen",
 * "abgeschlossen" → "abschließen", "stattgefunden" → "stattfinden", "entschieden" → "entscheiden",
 * "begonnen" → "beginnen", also as an adjective ("die geschlossenen Schulen"). Replies put in the passive what
 * questions ask in the active or as a noun ("Wann beginnt …?" → "Die Arbeiten haben begonnen", "Schließung" →
 * "wird geschlossen"), so the stems of both must meet. Weak verbs ("verbessert", "genutzt") need no table:
 * `variants.ts` joins them with their base.
 *
 * A small table of our own, reviewed by hand: the strong and irregular verbs of municipal and parliamentary
 * replies, each participle without its "ge-", with the infinitive's stem part. A participle is read with a
 * separable prefix before its "ge" ("ab|ge|schlossen", "statt|ge|funden") or an inseparable one in place of it
 * ("ent|schieden", "be|gonnen", "ver|geben"); preterites stay out, since many are nouns too ("Stand", "Schloss").
 */

import { stemGerman } from './stem.js'

// biome-ignore format: one participle core and its infinitive a pair, alphabetically
const CORES: Record<string, string> = {
  boten: 'bieten', blieben: 'bleiben', bracht: 'bringen', brochen: 'brechen', dacht: 'denken', drungen: 'dringen',
  fahren: 'fahren', fallen: 'fallen', fangen: 'fangen', funden: 'finden', geben: 'geben', gangen: 'gehen',
  golten: 'gelten', gonnen: 'ginnen', griffen: 'greifen', halten: 'halten', hoben: 'heben', holfen: 'helfen',
  kommen: 'kommen', lassen: 'lassen', laufen: 'laufen', liehen: 'leihen', litten: 'leiden',
  messen: 'messen', mieden: 'meiden', nannt: 'nennen', nommen: 'nehmen', rufen: 'rufen', schaffen: 'schaffen',
  schieden: 'scheiden', schlagen: 'schlagen', schlossen: 'schließen', schnitten: 'schneiden', schoben: 'schieben',
  schrieben: 'schreiben', sehen: 'sehen', sessen: 'sitzen', sprochen: 'sprechen', standen: 'stehen', stiegen: 'steigen',
  stochen: 'stechen', strichen: 'streichen', stritten: 'streiten', sunken: 'sinken', tragen: 'tragen',
  troffen: 'treffen', trieben: 'treiben', wachsen: 'wachsen', wandt: 'wenden', wiesen: 'weisen', wogen: 'wägen',
  worben: 'werben', worfen: 'werfen', zogen: 'ziehen', zwungen: 'zwingen',
}

/** Prefixes that come before the participle's "ge": "ab|ge|schlossen", "statt|ge|funden", "zurück|ge|zogen". */
const SEPARABLE =
  /^(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|hin|mit|nach|statt|teil|um|vor|weg|weiter|zu|zurück|zusammen|)ge(\p{L}+)$/u
/** Prefixes that stand in the place of "ge": "ent|schieden", "be|gonnen", "ver|geben", "über|nommen". */
const INSEPARABLE = /^(be|emp|ent|er|miss|über|unter|ver|zer|wider)(\p{L}+)$/u
/** Endings of a participle used as an adjective: "geschlossene", "abgeschlossenen". */
const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em']

/** The stem a lower-cased word is compared by: its infinitive's, where it is a strong participle. */
export function stemOfWord(lower: string): string {
  return stemGerman(lemmaOf(lower))
}

/**
 * Nouns of "geben" name its act ("Vergabe" of "vergeben", "Ausgaben" of "ausgeben", "Freigabe"); not "Aufgabe",
 * a task, which "aufgeben" (to give up) is not.
 */
const GABE = /^(ab|an|aus|ein|frei|rück|über|ver|vor|weiter|zu)gaben?$/u

/** The infinitive of a lower-cased strong participle, or of a noun of "geben"; else the word itself. */
export function lemmaOf(word: string): string {
  if (word.length < 6 || word.length > 40) return word
  const gabe = GABE.exec(word)
  if (gabe) return `${gabe[1]}geben`
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue
    const form = word.slice(0, word.length - ending.length)
    const infinitive = participle(form)
    if (infinitive !== null) return infinitive
  }
  return word
}

function participle(form: string): string | null {
  const separable = SEPARABLE.exec(form)
  if (separable && CORES[separable[2]!] !== undefined) return infinitiveOf(separable[1]!, CORES[separable[2]!]!)
  const inseparable = INSEPARABLE.exec(form)
  if (inseparable && CORES[inseparable[2]!] !== undefined) return infinitiveOf(inseparable[1]!, CORES[inseparable[2]!]!)
  return null
}

/** "be" + "ginnen" → "beginnen"; "" + "ginnen" never occurs alone ("gegonnen" is no word). */
function infinitiveOf(prefix: string, infinitive: string): string | null {
  if (infinitive === 'ginnen') return prefix === 'be' ? 'beginnen' : null
  return prefix + infinitive
}
