/**
 * @module
 * Where a question of run-on text ends and its answer begins without a label: after a question's "?" (with its
 * "(Bitte …)" or request sentence), the next sentence that does not ask; and a short inquiry's single question.
 */
import { ASKING_SEGMENT, QUESTION_OPENING } from './patterns.js'
import { endBefore } from './sentences.js'

/**
 * Where a question ends and an answer begins without a label: after the last "?" of a question item (with
 * its "(Bitte … aufschlüsseln)"), a sentence that does not ask starts a paragraph. An item's further
 * questions stay with it; unnumbered questions after a lead-in each become a paragraph.
 */
export function questionEnds(text: string, cuts: readonly { at: number }[], single: number): number[] {
  const ends: number[] = []
  const bounds = [0, ...cuts.map((c) => c.at), text.length]
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!]
    const segment = text.slice(from, to)
    const asking = ASKING_SEGMENT.test(segment) || (segment.length > 0 && from === single)
    const leadIn =
      /:\s*$/u.test(text.slice(Math.max(0, from - 3), from)) || /^[^.?!]{0,200}\b(?:frage|fragen)\b[^.?!]{0,100}:/iu.test(segment)
    if (!asking && !leadIn) continue
    for (const at of sentenceStartsAfterQuestions(segment, asking)) ends.push(from + at)
  }
  return ends
}

/**
 * In text that shows no numbered question and no "Frage:", the first sentence that opens with a question word
 * and ends in "?" after a finished sentence: the one question a short inquiry asks. -1 when there is none.
 */
export function firstAskingSentence(text: string): number {
  for (const stop of text.matchAll(/[.?!:] (?=\p{Lu})/gu)) {
    const at = stop.index + 2
    if (!QUESTION_OPENING.test(text.slice(at, at + 40))) continue
    const end = endBefore(text, at)
    // a date's dots stay in the sentence ("Welche Polizeieinsätze fanden am 18.09.2015 … statt?"), and a sentence
    // follows it (words glued at lost line ends, "…stützen?Wie hoch …", are no sentences to go by)
    if (end !== null && end !== 'ordinal' && /^(?:[^.?!:]|(?<=\d)\.(?=\d)){0,400}\?["“”»]? [„"“\p{Lu}]/uy.test(text.slice(at, at + 404)))
      return at
  }
  return -1
}

/** Where the sentence of a request after a question ("Bitte jeweils angeben, …") ends and the next one starts, or -1. */
function requestEnd(next: string): number {
  for (const stop of next.matchAll(/[.!] (?=[„"“\p{Lu}])/gu)) {
    const end = stop.index + 1
    if (endBefore(next, end) === '.' || next[stop.index] === '!') return end + 1
  }
  return -1
}

/**
 * A sentence after a "?" that goes on with the question: "(Bitte …)", "Und …", "Wenn ja, …", "Falls nein, …", or
 * a condition that asks ("Falls die Stadt plant, …, bis wann?"). A condition that states ("Wenn ein Abgeordneter …
 * Grüße übermittelt, ist das eine nette Geste.") is the answer.
 */
function goesOn(next: string): boolean {
  if (/^(?:Bitte|Und|Oder|Inwie\w*)\b/u.test(next)) return true
  if (!/^(?:Wenn|Falls|Sofern|Soweit)\b/u.test(next)) return false
  return /^\p{L}+,? (?:ja|nein|nicht|zutreffend|dies|so|das|ggf\.)\b/u.test(next) || asksBeforeStop(next)
}

/** A request after a question: "Bitte jeweils angeben, …", "Wenn ja, bitte aufführen." */
const REQUEST = /^(?:Bitte\b|(?:Wenn|Falls|Sofern) (?:ja|nein|zutreffend), (?:bitte|mit der Bitte)\b[^.?!]{0,120}\.)/u

/**
 * The sentence at the start of `next` ends in "?": a dot of an abbreviation or a number ("Drs. 21/1333", "1.
 * Januar") does not end it. Within 400 characters.
 */
function asksBeforeStop(next: string): boolean {
  for (const stop of next.slice(0, 400).matchAll(/[.?!]/gu)) {
    if (stop[0] !== '.') return stop[0] === '?'
    const end = endBefore(next, stop.index + 1)
    if (end === '.' && /^\s+\S/u.test(next.slice(stop.index + 1, stop.index + 3))) return false
  }
  return false
}

/** In one segment: the start of each sentence that follows a "?" and does not itself ask. */
function sentenceStartsAfterQuestions(segment: string, item: boolean): number[] {
  const starts: number[] = []
  // a sentence or, under the last question, the date the inquiry was signed ("…? 26. 01. 2017 Dr. …")
  // — or a request in brackets that ends a question without its "?" ("… bewilligt (Bitte nach Kreisen aufschlüsseln) Bewilligt …")
  const marks = /(?:\?["“”»]?(?: \([^()]{0,200}\)[.]?)?| \([Bb]itte [^()]{0,200}\)[.]?) (?=[„"“\p{Lu}]|\d{1,2}\. ?\d{1,2}\. ?\d{4} )/gu
  for (const m of segment.matchAll(marks)) {
    const at = m.index + m[0].length
    const next = segment.slice(at, at + 400)
    // "Bitte jeweils angeben, warum …. Diese Information …": the answer starts after the request's sentence
    // … as after "Wenn ja, bitte aufführen. Siehe Anlage."
    const request = REQUEST.test(next) ? requestEnd(next) : -1
    if (request > 0 && !goesOn(next.slice(request)) && !asksBeforeStop(next.slice(request))) {
      starts.push(at + request)
      break
    }
    if (goesOn(next)) continue
    const asks = asksBeforeStop(next)
    if (asks && item) continue
    starts.push(at)
    if (!asks) break
  }
  return starts
}
