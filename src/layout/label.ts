/**
 * @module
 * Recognizing a list label at the start of a paragraph ("1.", "2 a)", "Frage 3:", "III.", "•") and telling
 * it from the traps that look like one: dates, amounts, ordinals before a month.
 */

export type LabelKind = 'arabic' | 'decimal' | 'alpha' | 'roman' | 'frage' | 'bullet'

export type SplitLabel = {
  /** the label exactly as printed, e.g. "1.)", "2 a)", "Frage 3:" */
  label: string
  body: string
  kind: LabelKind
  /** the label's numbering parts: "2 a)" → ["2", "a"], "1.2" → ["1", "2"], "Frage 3:" → ["3"], "•" → [] */
  parts: string[]
}

const MONTHS =
  /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b\.?/

/** "Frage 3:", and OCR's "Frage l:" (a lower-case L read for the 1, only with its colon) */
const FRAGE = /^(Frage|Fragen|Teilfrage)\s+(\d{1,3}|l(?=\s?:))(?:\s*([a-z]{1,2})\))?\s*[:.)]?(?=\s|$)/
/** "1.2", "1.2.", "1.2.3" — decimal outline numbers */
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s|$)/
/** "2 a)", "2a)", "2.a)" — a number and a letter together */
const NUMBER_LETTER = /^(\d{1,3})(?:\s?|\.)([a-z]{1,2})\)(?=\s|$)/
/** "1.", "1)", "1.)", "(1)" */
const ARABIC = /^(?:\((\d{1,3})\)|(\d{1,3})(?:\.\)|\.|\)))(?=\s|$|\p{Lu})/u
/** "a)", "aa)", "a.)", "(a)", "a." (before a word: "a. für die Sanierung", "a. Die Kosten") */
const ALPHA = /^(?:\(([a-z]{1,2})\)|([a-z]{1,2})(?:\.\)|\)))(?=\s|$)|^([a-z])\.(?=\s+\p{L})/u
/** "I.", "II)", "IV.)", "(III)" */
const ROMAN = /^(?:\(([IVXL]{1,6})\)|([IVXL]{1,6})(?:\.\)|\.|\)))(?=\s|$)/
/** "(iii)", "iv)": lower-case numerals that are no letter label ("(i)", "(ii)" read as letters first) */
const LOWER_ROMAN = /^(?:\(([ivxl]{2,6})\)|([ivxl]{2,6})\))(?=\s|$)/
const BULLET = /^([•\-–—*▪◦o]|->)(?=\s)/
/** "Erstens:", "Zweitens:": questions counted in words, as read out in a Fragestunde; only with the colon */
const ORDINAL_WORDS = [
  'Erstens',
  'Zweitens',
  'Drittens',
  'Viertens',
  'Fünftens',
  'Sechstens',
  'Siebtens',
  'Achtens',
  'Neuntens',
  'Zehntens',
]
const ORDINAL = new RegExp(`^(${ORDINAL_WORDS.join('|')})\\s?:(?=\\s|$)`, 'u')
/** Every pattern above starts so; text that does not cannot start with a label. */
const MAYBE_LABEL = /^(?:[\d(]|[IVXL]{1,6}[.)]|[a-z]{1,6}[.)]|Frage|Teilfrage|[•\-–—*▪◦o]\s|->|[EZDVFSAN][a-zü]{1,7}tens\s?:)/u

const isRoman = (s: string): boolean => /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/.test(s)

function result(label: string, kind: LabelKind, parts: string[], rest: string): SplitLabel {
  return { label: label.trim(), body: rest.replace(/^\s+/, ''), kind, parts }
}

/** Splits a list label from the start of a paragraph, or returns null when the text starts with none. */
export function splitLabel(text: string): SplitLabel | null {
  const t = text.replace(/^\s+/, '')
  // most lines start with a word: one cheap test instead of all the patterns below
  if (!MAYBE_LABEL.test(t)) return null
  let m: RegExpExecArray | null

  if ((m = FRAGE.exec(t))) {
    return result(m[0], 'frage', [m[2] === 'l' ? '1' : m[2]!, ...(m[3] ? [m[3]] : [])], t.slice(m[0].length))
  }
  if ((m = ORDINAL.exec(t))) return result(m[0], 'arabic', [String(ORDINAL_WORDS.indexOf(m[1]!) + 1)], t.slice(m[0].length))
  if ((m = NUMBER_LETTER.exec(t))) return result(m[0], 'arabic', [m[1]!, m[2]!], t.slice(m[0].length))
  if ((m = DECIMAL.exec(t))) {
    const rest = t.slice(m[0].length)
    if (looksLikeDateOrAmount(m[1]!, rest)) return null
    return result(m[0], 'decimal', m[1]!.split('.'), rest)
  }
  if ((m = ARABIC.exec(t))) {
    const rest = t.slice(m[0].length)
    if (MONTHS.test(rest.trimStart())) return null
    if (/^\s*\d/.test(rest) && m[0].endsWith('.')) return null
    return result(m[0], 'arabic', [(m[1] ?? m[2])!], rest)
  }
  if ((m = ROMAN.exec(t))) {
    const numeral = (m[1] ?? m[2])!
    if (isRoman(numeral)) return result(m[0], 'roman', [numeral], t.slice(m[0].length))
  }
  // "aa)" continues a) … z); "ab)" is no letter label anyone prints (but "iv)" may be a numeral)
  if ((m = ALPHA.exec(t)) && !(m[1] ?? m[2] ?? '').match(/^(.)(?!\1)./)) {
    const letters = (m[1] ?? m[2] ?? m[3])!
    const rest = t.slice(m[0].length)
    // "z. B.", "d. h.", "v. a." are abbreviations, not items z., d., v.
    if (m[3] && /^\s*\p{L}\./u.test(rest)) return null
    return result(m[0], 'alpha', [letters], rest)
  }
  if ((m = LOWER_ROMAN.exec(t))) {
    const numeral = (m[1] ?? m[2])!
    if (isRoman(numeral.toUpperCase())) return result(m[0], 'roman', [numeral], t.slice(m[0].length))
  }
  if ((m = BULLET.exec(t))) {
    const rest = t.slice(m[0].length)
    // "- 2 -" is a page number, not a bulleted item
    if (!/\p{L}/u.test(rest)) return null
    return result(m[0], 'bullet', [], rest)
  }
  return null
}

/** "02.08.2024 …", "02.08. beschlossen", "1.500 Euro", "3.5 Mio.", "9.30 Uhr" are not outline numbers. */
function looksLikeDateOrAmount(number: string, rest: string): boolean {
  const parts = number.split('.')
  if (parts.some((p) => p.length === 3)) return true
  // outline numbers have no leading zero; days and months do ("02.08.")
  if (parts.some((p) => p.length === 2 && p.startsWith('0'))) return true
  if (/^\s*\d{2,4}\b/.test(rest)) return true
  if (parts.length === 2 && /^\s*(Mio|Mrd|Millionen|Milliarden|Prozent|%|Euro|EUR|€|km|m|ha|t|Uhr|h|bis|[-–])(?=\s|$|\.)/.test(rest))
    return true
  return false
}
