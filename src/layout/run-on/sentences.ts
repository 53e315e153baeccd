/**
 * @module
 * Where sentences of run-on text end and begin: a stop that ends a sentence, not an abbreviation's or a
 * number's dot, nor a bracket's; every scan bounded by a window.
 */

/** Words that end in a dot without ending a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:Nr|Drs|Abs|Art|Ziff|bzw|ca|vgl|ggf|gem|lt|inkl|evtl|Anl|Bd|Kap|Tz|St|Dr|Prof|[\p{L}])\.$/u

/**
 * What the text before `at` ends with: a finished sentence's mark, "ordinal" after a number's dot ("28.",
 * a date or the end of a sentence), or null (mid-sentence, an abbreviation).
 */
export function endBefore(text: string, at: number): string | null {
  if (closesQuestionBracket(text, at)) return '?'
  let i = at - 1
  while (i >= 0 && i > at - 8 && /[\s“”"'»)\]]/u.test(text[i]!)) i--
  if (i < 0) return 'start'
  const mark = text[i]!
  if (!/[.?!:;]/.test(mark)) return null
  if (mark !== '.') return mark
  const before = text.slice(Math.max(0, i - 8), i + 1)
  if (/(?:^|\D)\d{1,2}\.$/u.test(before)) return 'ordinal'
  return ABBREVIATION.test(before) ? null : mark
}

/**
 * The text before `at` ends with a bracket that ends a question: a request ("… (bitte nach Jahren aufschlüsseln)
 * 2. Wie …"), or any aside after its "?" ("… eingeladen? (vgl. § 42 (1) Satz 2 BezVerwG) b. Auf …"). A bounded
 * scan back to the bracket's opening, brackets inside it counted.
 */
function closesQuestionBracket(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && i > at - 4 && text[i] === ' ') i--
  if (text[i] !== ')') return false
  let depth = 0
  for (let j = i; j >= 0 && j > i - 300; j--) {
    if (text[j] === ')') depth++
    else if (text[j] === '(' && --depth === 0) {
      if (/^\(\s*[Bb]itte\b/u.test(text.slice(j, j + 12))) return true
      let k = j - 1
      while (k >= 0 && k > j - 4 && text[k] === ' ') k--
      // "… hilfsweise quartalsweise. (Beobachtungszeitraum bitte die letzten 2 Jahre angeben) Zu 1.: …"
      return text[k] === '?' || (text[k] === '.' && /\b[Bb]itte\b/u.test(text.slice(j, i)))
    }
  }
  return false
}

/**
 * Where the sentence that `at` stands in begins: after the last stop (of `stops`) within `limit` characters
 * that ends a sentence (not "Dr.", "Nr.", "7. Wahlperiode"), else `limit` characters back. A bounded scan.
 */
export function sentenceStart(text: string, at: number, limit: number, stops = /[.?!:]/): number {
  const from = Math.max(0, at - limit)
  for (let i = at - 1; i > from; i--) {
    if (text[i] !== ' ' || !stops.test(text[i - 1]!)) continue
    const end = endBefore(text, i + 1)
    if (end !== null && end !== 'ordinal') return i + 1
  }
  return from
}
