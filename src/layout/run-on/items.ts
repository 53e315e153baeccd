/**
 * @module
 * Numbered and lettered items of run-on text: "1." after a lead-in's colon, then each next number after a
 * finished sentence; "1.1"; "a)"; indirect questions in lower case. The list so far is kept in a State.
 */
import { MONTH, QUESTION_OPENING, match } from './patterns.js'
import { sentenceStart } from './sentences.js'

/**
 * The numbered list so far: the next number and letter, whether an answer has been given since, and how many
 * answers were labelled ("Zu 1.:", "Antwort zu 2:").
 */
export type State = {
  next: number
  letter: string
  listed: boolean
  replied: boolean
  decimal: [number, number] | null
  labels: number
  /** the list is one of indirect questions in lower case ("1. wieso …; 2. ob …") */
  lower?: boolean
}
export type Found = { at: number; lead?: number; after?: number }

/** "1." after a lead-in's colon, then the next number after a finished sentence. */
export function numberedItem(text: string, at: number, n: number, length: number, end: string | null, state: State): Found | null {
  if (match(MONTH, text, at + length) || (end === null && n !== 1 && !afterFigure(text, at, n, length, state))) return null
  // "… lagebild/. 3. Wie" at the end: a stored copy cut off after the number. The next number and a question's
  // word are the question it cut short; anything else alone after a number is no item
  const tail = text.slice(at + length, at + length + 40)
  if (/^\S+ ?$/u.test(tail) && !(n === state.next && state.listed && QUESTION_OPENING.test(tail.trim()))) return null
  const asks = asksFirst(text, at + length)
  // "… und ANTWORT der Landesregierung 1. Wie viele …? 2. Wie …": a list that asks needs no stop before it
  const first = n === 1 && (end === ':' || (asks && (end !== null || secondFollows(text, at))))
  // "3.3 …? 4. Welchen …?": a plain number after decimal ones goes on with their first place
  const afterDecimal = state.decimal !== null && n === state.decimal[0] + 1 && asks
  if (!first && !afterDecimal && !(state.listed && continuesList(n, end!, asks, state))) return null
  state.next = n + 1
  state.listed = true
  state.replied = false
  if (state.decimal !== null) state.decimal = [n, 0]
  // "1. a) Wie viele …? b) …": the number has no text of its own, its first letter follows at once
  state.letter = text.startsWith('a) ', at + length) ? 'b' : 'a'
  return first && end === ':' ? { at, lead: leadInStart(text, at) } : { at }
}

/**
 * A list of indirect questions in one sentence: "1." in lower case after the comma or colon of a request ("Der
 * Magistrat wird gebeten, zu prüfen und zu berichten, 1. wieso …; 2. ob …;"), where "; 2." in lower case
 * follows, then each next number after a semicolon.
 */
export function lowerItem(text: string, at: number, n: number, state: State): Found | null {
  const before = text.slice(Math.max(0, at - 2), at)
  if (n === 1 && /[,:] $/u.test(before) && /; 2\. \p{Ll}/u.test(text.slice(at, at + 800))) {
    Object.assign(state, { next: 2, listed: true, replied: false, lower: true })
    return { at }
  }
  if (!state.lower || n !== state.next || !/; $/u.test(before)) return null
  state.next = n + 1
  return { at }
}

/**
 * The next number of the list right after a figure that ends an answer (a table's last row, a date: "… mit
 * Wirkung vom 20.02.2014 2. Wie lange …?"), where it asks with a question word and its "?".
 */
function afterFigure(text: string, at: number, n: number, length: number, state: State): boolean {
  if (!state.listed || n !== state.next || !/\d $/u.test(text.slice(Math.max(0, at - 2), at))) return false
  const window = text.slice(at + length, at + length + 300)
  return QUESTION_OPENING.test(window) && /\?|(?<!\d)\.\s+\p{Lu}|[!:]/u.exec(window)?.[0] === '?'
}

/**
 * "1.1" after a colon (or opening a list that asks), then the next number of either place: "1.2" or "2.1".
 * After an answer only where it asks, so "2,4 Mio." or "3.5 Millionen" stay in their sentence.
 */
export function decimalItem(
  text: string,
  at: number,
  [major, minor]: [number, number],
  length: number,
  end: string | null,
  state: State
): Found | null {
  if (end === null || end === 'ordinal') return null
  const asks = asksFirst(text, at + length)
  const first = major === 1 && minor === 1 && (end === ':' || asks)
  const last = state.decimal
  const next = last !== null && ((major === last[0] && minor === last[1] + 1) || (major === last[0] + 1 && minor === 1))
  if (!first && !(next && (asks || !state.replied))) return null
  state.decimal = [major, minor]
  state.replied = false
  return first && end === ':' ? { at, lead: leadInStart(text, at) } : { at }
}

/**
 * The next number goes on with the list after a finished sentence; after an answer only where it asks ("Zu
 * 1.: … 2. Wie …?", not "3. Klassen …"), as also after a number's dot ("siehe Antworten zu 1. und 2. 4.
 * Welche …"). A question lost from the text may leave a gap of one: "…? 4. Welche …" after 2.
 */
function continuesList(n: number, end: string, asks: boolean, state: State): boolean {
  if (n === state.next) return asks || (end !== 'ordinal' && !state.replied)
  return n === state.next + 1 && end === '?' && asks
}

/**
 * The text from `at` asks: it opens with a question word, or a "?" comes before its sentence ends ("1. Hat
 * die Stadt … seit dem 1. Januar 2021 …?").
 */
export function asksFirst(text: string, at: number): boolean {
  const window = text.slice(at, at + 300)
  if (QUESTION_OPENING.test(window)) return true
  const end = /\?|(?<!\d)\.\s+\p{Lu}|[!:]/u.exec(window)
  return end !== null && end[0] === '?'
}

/** Item 2 follows a question soon after `at`: "1. …? 2. Wie …". */
function secondFollows(text: string, at: number): boolean {
  return /\?["“”»)]? 2\.\)? [„"“\p{Lu}]/u.test(text.slice(at, at + 1500))
}

/** "a)" or "a." after a colon or a question (or mid-sentence where "b" follows a question), then the next letter after a finished sentence. */
export function letterItem(text: string, at: number, letter: string, end: string | null, state: State): Found | null {
  const first = letter === 'a' && (end === ':' || end === '?' || (end === null && letterFollows(text, at)))
  if (end === null && !first) return null
  if (!first && letter !== state.letter) return null
  state.letter = String.fromCharCode(letter.charCodeAt(0) + 1)
  return first && end === ':' ? { at, lead: leadInStart(text, at) } : { at }
}

/** "… in den Bezirken a. Auf Verlangen … eingeladen? b. Auf …": letters that open mid-sentence, "b" after a question. */
function letterFollows(text: string, at: number): boolean {
  return /\?[^?]{0,200}? b[.)] \p{Lu}/u.test(text.slice(at, at + 800))
}

/** The start of the sentence that ends in the colon before `at`, when it is a lead-in that asks. */
export function leadInStart(text: string, at: number): number | undefined {
  const start = sentenceStart(text, at - 2, 200)
  const sentence = text.slice(start, at)
  const verb = /(?:Ich|Wir) (?:frage|fragen|bitte|bitten)\b/u.exec(sentence)
  if (verb) return start + verb.index
  if (start === Math.max(0, at - 200) || !/\b(?:frag\w*|bitt\w*|Beantwortung|beantworten)\b/iu.test(sentence)) return undefined
  return start
}
