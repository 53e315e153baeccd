/**
 * @module
 * OCR's misreadings of the punctuation and spacing around labels at a line's start, put right before labels
 * are read: "ZU2.", "Zu1.:", "Zul.1:", "Frage1." → "Zu 2.", "Zu 1.:", "Frage 1."; "Zue):" and "Zu.a):" → "Zu e):" and
 * "Zu a):"; sub-question brackets "a}" and "c]" → "a)" and "c)" (also inside a reply label: "Zu 3 b]:"); "Zu la):" and "Zu2a):" → "Zu 1a):" and "Zu 2a):"; a
 * letter label with a stray letter in a reply label's list ("Zu b) und ce):" → "c)"); and a label's dot read
 * as a comma or semicolon ("1," "2;"), which
 * is put right only where other labels stand at the same indent (`alignedWithLabel`), as running text may
 * start with "1, 2 und 3".
 */

/** "ZU2.", "zU 3", "Zu1.", "Zul.1:" (a number straight after): the reply's "Zu" as OCR sees it. */
const ZU = /^(?:ZU|zU|Zu|zu)(?:\s+|(?=\d)|(?=[lI|]\.\d))(?=[0-9IVXl|]{1,4}[.):\s]|\d{1,3}\s?[a-h]\))/
/** "Zu la):": a one before a letter label read as "l". */
const ONE_LETTER = /^Zu ([lI|])(?=\s?[a-h]\)[\s:])/
/** "Frage1." and "FRAGE 2:": the repeated question's word with its number run into it. */
const FRAGE = /^(?:Frage|FRAGE)(?=\d{1,3}[.:)\s])/
/** "Zue):", "Zu.a):", "Zu,b)": a letter label run into "Zu" or set off by a speck. */
const ZU_LETTER = /^(?:ZU|Zu|zu)[.,]?(?=[a-h]\)[\s:])/
/** "und ce)" in a reply label's list: a letter label never has two different letters. */
const STRAY_LETTER = /(\s(?:und|bis|sowie)\s|,\s?)([a-h])([a-z])\)(?=[\s:,]|$)/g
/** A letter label with a curly or square bracket for its round one, alone or after "Zu N". */
const BRACKET = /^((?:Zu\s+\d{1,3}\s?)?\(?[a-h])[}\]](?=[\s:]|$)/
/** "1," or "2;" and a capital: a list label whose dot OCR read wrong. */
export const LOOSE_DOT = /^([0-9IVXl|]{1,3})[,;](?=\s\p{Lu})/u

export function repairLabelPunctuation(text: string): string {
  const t = text.replace(ZU, 'Zu ').replace(FRAGE, 'Frage ').replace(ZU_LETTER, 'Zu ').replace(BRACKET, '$1)')
  if (!t.startsWith('Zu ')) return t
  return t
    .replace(ONE_LETTER, 'Zu 1')
    .replace(STRAY_LETTER, (whole, join: string, letter: string, stray: string) => (letter === stray ? whole : `${join}${letter})`))
}

/** A loose dot made a dot, for a line that stands where labels stand. */
export function repairLooseDot(text: string): string {
  return text.replace(LOOSE_DOT, '$1.')
}
