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

/** "Zu 1.:", "Zu Frage 2:", "Antwort zu 3", "Frage 4:" — labels may follow these words. */
const LABEL = /^((?:(?:Antwort\s+)?[Zz]u\s+(?:Frage\s+)?|Frage\s+)?)([0-9IVXlH|O]{1,5})(\.\)|\.|\)|:)(?=\s|$|:)/
/** "§" read as "$", "8" or "S" before a paragraph number and what follows one in a citation. */
const PARAGRAPH_SIGN = /^(?:\$|8|S)(\$|8|S)?\s?(?=\d{1,4}[a-z]?\s+(?:Abs\.|Absatz|Nr\.|Satz|ff?\.|\p{Lu}{2,}\p{L}*\b))/u
const VALID_ROMAN = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/

type Reading =
  | { kind: 'arabic' | 'roman'; value: number; token: string }
  /** only ones and their look-alikes ("1", "11", "l", "ll", "1I"): "1"/"11"/"111" or "I"/"II"/"III" */
  | { kind: 'ones'; count: number }

type Label = {
  line: number
  prefix: string
  token: string
  punctuation: string
  rest: string
  reading: Reading
  /** bold, or short and asking nothing: what a section heading ("I. Bestand") looks like */
  heading: boolean
}

type Resolved = { token: string; roman: boolean }

export function repairLabels(lines: readonly TextLine[]): TextLine[] {
  const repaired = lines.map((line) => ({ ...line, text: repairParagraphSign(line.text) }))
  const labels = repaired.map((line, i) => findLabel(line, i)).filter((l): l is Label => l !== null)
  const groups = groupByPrefix(labels)
  let romanSections = labels.some((l) => l.reading.kind === 'roman' && l.reading.value >= 2)
  let resolved = groups.map((group) => resolveOnes(group, romanSections))
  // roman sections found in one numbering (the questions) decide the look-alikes in the others (the reply)
  if (!romanSections && resolved.some((group) => group.some((r) => r.roman))) {
    romanSections = true
    resolved = groups.map((group) => resolveOnes(group, romanSections))
  }
  groups.forEach((group, g) =>
    group.forEach((label, i) => {
      const { token } = resolved[g]![i]!
      if (token !== label.token) repaired[label.line]!.text = `${label.prefix}${token}${label.punctuation}${label.rest}`
    })
  )
  return repaired
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
  // a date ("1. Januar"), an amount or the like is no label, whatever its digits
  const asArabic = reading.kind === 'ones' ? '1'.repeat(reading.count) : reading.token
  if (splitLabel(`${asArabic}${punctuation}${rest}`) === null && prefix === '') return null
  const heading = line.bold || (rest.trim().length < 50 && !rest.includes('?'))
  return { line: index, prefix, token, punctuation, rest, reading, heading }
}

/** How a label token reads, with look-alike letters and digits mapped; null when it is no number at all. */
function readToken(token: string): Reading | null {
  if (/^[1lI|]{1,3}$/.test(token) && !/^I+$/.test(token)) return { kind: 'ones', count: token.length }
  if (/^\d{1,3}$/.test(token)) return { kind: 'arabic', value: Number(token), token }
  if (VALID_ROMAN.test(token)) return { kind: 'roman', value: romanToNumber(token)!, token }
  // "IH" for "III", "Il" for "II", "Vl" for "VI": letters that are no arabic number
  if (/^[IVXlH|1]+$/.test(token) && /[IVXH]/.test(token) && token.length > 1) {
    const roman = token.replace(/H/g, 'II').replace(/[l|1]/g, 'I')
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

/** The token each label should carry: "ones" decided by the numbering around them. */
function resolveOnes(labels: Label[], romanSections: boolean): Resolved[] {
  let lastArabic = 0
  let lastRoman = 0
  return labels.map((label, i) => {
    const reading = label.reading
    if (reading.kind !== 'ones') {
      if (reading.kind === 'arabic') lastArabic = reading.value
      else lastRoman = reading.value
      return { token: reading.token, roman: reading.kind === 'roman' }
    }
    const arabic = Number('1'.repeat(reading.count))
    const next = labels[i + 1]?.reading
    const roman =
      bridgesNumbering(label, arabic, lastArabic, next) || (romanSections && readsRoman(reading.count, lastArabic, lastRoman, next))
    if (!roman) {
      lastArabic = arabic
      return { token: String(arabic), roman: false }
    }
    // a roman number read one "I" short ("III." as "11.") still counts on from the one before
    lastRoman = reading.count === lastRoman + 1 ? reading.count : lastRoman + 1
    return { token: numberToRoman(lastRoman), roman: true }
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
