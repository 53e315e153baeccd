/**
 * @module
 * Repairs the usual OCR misreadings of numbering at the start of lines, before the layout and structure
 * stages read labels: "Il." → "II.", "IH." → "III.", "l." → "1.", "11." → "II." among roman sections,
 * "$ 3 Abs. 2" → "§ 3 Abs. 2". Only line starts are touched, and only where the reading is unambiguous: a
 * token that could be either "1"/"11" or "I"/"II" is decided by the numbering around it, and otherwise left
 * as arabic.
 */
import { splitLabel } from '../../layout/label.js'
import type { TextLine } from '../../nodes.js'
import { numberToRoman, romanToNumber } from '../../text/roman.js'
import { LOOSE_DOT, repairLabelPunctuation, repairLooseDot } from './label-punctuation.js'
import { headingsOfArabicColumn, sectionColumn } from './sections.js'

/** "Zu 1.:", "Zu Frage 2:", "Antwort zu 3", "Frage 4:" — labels may follow these words. */
const LABEL = /^((?:(?:Antwort\s+)?[Zz]u\s+(?:Frage\s+)?|Frage\s+)?)([0-9IVXlHN|Oi]{1,5})(\.\)|\.|\)|:)(?=\s|$|:|\d)/
/** The number after a section's in a reply label: "Zu I.1:", "Zu III. 2.:" */
const SUB_NUMBER = /^\s?(\d{1,2})(?=[.:)\s]|$)/
/** Further section numbers inside a reply label: "Zu III.1 und III.2:", "Zu II.1, II.2 und II.3:" */
const INNER_SECTION = /(\s(?:und|bis|sowie)\s|,\s?)([1lI|H]{1,3}|[IVX]{1,4})\.(\s?\d{1,2})(?=[.:,)\s]|$)/g
/** "§" read as "$", "8" or "S" before a paragraph number and what follows one in a citation. */
const PARAGRAPH_SIGN = /^(?:\$|8|S)(\$|8|S)?\s?(?=\d{1,4}[a-z]?\s+(?:Abs\.|Absatz|Nr\.|Satz|ff?\.|\p{Lu}{2,}\p{L}*\b))/u
const VALID_ROMAN = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/

type Reading =
  | { kind: 'arabic'; value: number; token: string }
  | { kind: 'roman'; value: number; token: string }
  /** only ones and their look-alikes ("1", "11", "l", "ll", "1I"): "1"/"11"/"111" or "I"/"II"/"III" */
  | { kind: 'ones'; count: number }

export type Label = {
  line: number
  /** where the label stands and how large its text is, for telling section numbers by their indent */
  x: number
  size: number
  prefix: string
  token: string
  punctuation: string
  rest: string
  reading: Reading
  /** bold, or short and asking nothing: what a section heading ("I. Bestand") looks like */
  heading: boolean
  /** the number after a section's in a reply label ("Zu I.1:" → 1), else null */
  sub: number | null
}

type Resolved = { token: string; roman: boolean; rest: string }

export function repairLabels(lines: readonly TextLine[]): TextLine[] {
  const repaired = lines.map((line) => ({ ...line, text: repairLabelPunctuation(repairParagraphSign(line.text)) }))
  repairLooseDots(repaired)
  const labels = repaired.map((line, i) => findLabel(line, i)).filter((l): l is Label => l !== null)
  const groups = groupByPrefix(labels)
  const sections = new Set(groups.flatMap(sectionColumn))
  let romanSections = sections.size > 0 || labels.some((l) => l.reading.kind === 'roman' && l.reading.value >= 2)
  let resolved = groups.map((group) => resolveOnes(group, romanSections, sections))
  // roman sections found in one numbering (the questions) decide the look-alikes in the others (the reply)
  if (!romanSections && resolved.some((group) => group.some((r) => r.roman))) {
    romanSections = true
    resolved = groups.map((group) => resolveOnes(group, romanSections, sections))
  }
  groups.forEach((group, g) =>
    group.forEach((label, i) => {
      const { token, rest } = resolved[g]![i]!
      if (token !== label.token || rest !== label.rest) repaired[label.line]!.text = `${label.prefix}${token}${label.punctuation}${rest}`
    })
  )
  return repaired
}

/** "1," and "2;" read as "1." and "2." where a line with a label stands at the same indent. */
function repairLooseDots(lines: TextLine[]): void {
  const labelled = lines.filter((line) => LABEL.test(line.text))
  for (const line of lines) {
    if (!LOOSE_DOT.test(line.text)) continue
    if (labelled.some((other) => Math.abs(other.x - line.x) <= 0.5 * line.fontSize)) line.text = repairLooseDot(line.text)
  }
}

export function repairParagraphSign(text: string): string {
  return text.replace(PARAGRAPH_SIGN, (_, second: string | undefined) => (second ? '§§ ' : '§ '))
}

function findLabel(line: TextLine, index: number): Label | null {
  const m = LABEL.exec(line.text)
  if (!m) return null
  const [whole, prefix = '', token = '', punctuation = ''] = m
  const reading = readToken(token)
  const rest = line.text.slice(whole.length)
  if (!reading) return null
  const sub = prefix === '' ? null : Number(SUB_NUMBER.exec(rest)?.[1] ?? Number.NaN)
  // "1.1 Text" without "Zu" is a decimal outline number, which OCR reads well
  if (prefix === '' && /^\d/.test(rest)) return null
  // a date ("1. Januar"), an amount or the like is no label, whatever its digits
  const asArabic = reading.kind === 'ones' ? '1'.repeat(reading.count) : reading.token
  if (splitLabel(`${asArabic}${punctuation}${rest}`) === null && prefix === '') return null
  const heading = line.bold || (rest.trim().length < 50 && !rest.includes('?'))
  return {
    line: index,
    x: line.x,
    size: line.fontSize,
    prefix,
    token,
    punctuation,
    rest,
    reading,
    heading,
    sub: Number.isNaN(sub) ? null : sub,
  }
}

/** How a label token reads, with look-alike letters and digits mapped; null when it is no number at all. */
function readToken(token: string): Reading | null {
  // "i" only among other look-alikes ("ill."): alone it is a lower-case numeral or letter
  if (/^[1lI|i]{1,3}$/.test(token) && !/^(?:I+|i+)$/.test(token)) return { kind: 'ones', count: token.length }
  if (/^\d{1,3}$/.test(token)) return { kind: 'arabic', value: Number(token), token }
  if (VALID_ROMAN.test(token)) return { kind: 'roman', value: romanToNumber(token)!, token }
  // "IH" and "IN" for "III", "Il" for "II", "Vl" for "VI": letters that are no arabic number
  if (/^[IVXlHN|1i]+$/.test(token) && /[IVXHN]/.test(token) && token.length > 1) {
    const roman = token.replace(/[HN]/g, 'II').replace(/[l|1i]/g, 'I')
    if (VALID_ROMAN.test(roman)) return { kind: 'roman', value: romanToNumber(roman)!, token: roman }
  }
  // "l0" for "10", "2l" for "21", "1O" for "10": a digit other than one makes it arabic
  if (/^[\dlI|O]{2,3}$/.test(token) && /[02-9]/.test(token)) {
    const arabic = token.replace(/[lI|]/g, '1').replace(/O/g, '0')
    return { kind: 'arabic', value: Number(arabic), token: arabic }
  }
  return null
}

/** Labels introduced the same way ("1." in the inquiry, "Zu 1.:" in the reply) count on separately. */
function groupByPrefix(labels: Label[]): Label[][] {
  const groups = new Map<string, Label[]>()
  for (const label of labels) {
    const key = label.prefix.toLowerCase().replace(/\s+/g, ' ')
    groups.set(key, [...(groups.get(key) ?? []), label])
  }
  return [...groups.values()]
}

/** The token each label should carry: "ones" decided by the numbering around them, section numbers by their column. */
function resolveOnes(labels: Label[], romanSections: boolean, sections: ReadonlySet<Label>): Resolved[] {
  const state: Numbering = { lastArabic: 0, lastRoman: 0, lastSub: 0 }
  const arabicHeadings = new Set(headingsOfArabicColumn(labels))
  return labels.map((label, i) => {
    const resolved = resolveToken(label, labels[i + 1]?.reading, romanSections, { sections, arabicHeadings }, state)
    const rest = resolved.roman && label.sub !== null ? repairInnerSections(label.rest, state) : label.rest
    return { ...resolved, rest }
  })
}

/** Where the numbering got to: the last arabic number, the last section and the number after it ("Zu II.3"). */
type Numbering = { lastArabic: number; lastRoman: number; lastSub: number }

function resolveToken(
  label: Label,
  next: Reading | undefined,
  romanSections: boolean,
  columns: { sections: ReadonlySet<Label>; arabicHeadings: ReadonlySet<Label> },
  state: Numbering
): Omit<Resolved, 'rest'> {
  const { sections, arabicHeadings } = columns
  const reading = label.reading
  if (sections.has(label)) {
    // a column of section numbers counts I, II, III in order; a numeral read right sets the count
    state.lastRoman = reading.kind === 'roman' && reading.value > state.lastRoman ? reading.value : state.lastRoman + 1
    return { token: numberToRoman(state.lastRoman), roman: true }
  }
  if (reading.kind === 'arabic') {
    state.lastArabic = reading.value
    return { token: reading.token, roman: false }
  }
  if (reading.kind === 'roman') {
    // "I. Finanzierung" after "I. Baulicher Zustand": a section number read an "I" short goes on, never back
    const short = label.prefix === '' && /^I+$/.test(reading.token) && reading.value <= state.lastRoman
    ;[state.lastRoman, state.lastSub] = [short ? state.lastRoman + 1 : reading.value, label.sub ?? 0]
    return { token: numberToRoman(state.lastRoman), roman: true }
  }
  const arabic = Number('1'.repeat(reading.count))
  // "Zu 1.1:" names a section's question where there are sections, else a decimal number
  if (label.sub !== null) {
    if (!romanSections) return { token: String(arabic), roman: false }
    state.lastRoman = sectionOf(reading.count, label.sub, state)
    state.lastSub = label.sub
    return { token: numberToRoman(state.lastRoman), roman: true }
  }
  const roman =
    (!arabicHeadings.has(label) && bridgesNumbering(label, arabic, state.lastArabic, next)) ||
    (romanSections && readsRoman(reading.count, state.lastArabic, state.lastRoman, next))
  if (!roman) {
    state.lastArabic = arabic
    return { token: String(arabic), roman: false }
  }
  // a roman number read one "I" short ("III." as "11.") still counts on from the one before
  state.lastRoman = reading.count === state.lastRoman + 1 ? reading.count : state.lastRoman + 1
  return { token: numberToRoman(state.lastRoman), roman: true }
}

/**
 * The section a reply label's look-alike ones name ("Zu 11.2:"): the next section when the count says so or the
 * number after it starts again, else the section the reply is in ("Zu l.2:" after "Zu I.1:").
 */
function sectionOf(count: number, sub: number, state: Numbering): number {
  if (count === state.lastRoman + 1) return count
  return state.lastRoman > 0 && sub > state.lastSub ? state.lastRoman : state.lastRoman + 1
}

/** "und 111.2" inside "Zu III.1 und III.2:": the further section numbers of a label, read the same way. */
function repairInnerSections(rest: string, state: Numbering): string {
  return rest.replace(INNER_SECTION, (whole, join: string, token: string, sub: string) => {
    const roman = token.replace(/H/g, 'II').replace(/[l|1]/g, 'I')
    const value = romanToNumber(roman)
    if (value === null) return whole
    const section = /^I+$/.test(roman) ? sectionOf(roman.length, Number(sub), state) : value
    ;[state.lastRoman, state.lastSub] = [section, Number(sub)]
    return `${join}${numberToRoman(section)}.${sub}`
  })
}

const arabicValue = (reading: Reading | undefined): number | undefined =>
  reading?.kind === 'arabic' ? reading.value : reading?.kind === 'ones' ? Number('1'.repeat(reading.count)) : undefined

/**
 * A heading between two arabic numbers that follow each other ("3." … "11. Finanzierung" … "4.") is a section
 * number, not a question: read as arabic it would break the numbering that goes on right after it. At the
 * start, a heading "1." directly followed by "1." is section I.
 */
function bridgesNumbering(label: Label, arabic: number, lastArabic: number, next: Reading | undefined): boolean {
  if (!label.heading || arabicValue(next) !== lastArabic + 1) return false
  return arabic !== lastArabic + 1 || arabicValue(next) === arabic
}

function readsRoman(count: number, lastArabic: number, lastRoman: number, next: Reading | undefined): boolean {
  const fitsRoman = count === lastRoman + 1
  const fitsArabic = Number('1'.repeat(count)) === lastArabic + 1
  if (fitsRoman !== fitsArabic) return fitsRoman
  // both fit only at the very start: "I." is followed by its first question "1.", "1." by "2."
  return fitsRoman && arabicValue(next) === 1
}
