/**
 * @module
 * The document's numbers: its own ("Drucksache 6/3541", "Drs. 18 / 11 151", "Drs.Nr. 1773/XXI", a council's
 * "21-26/0335" on a line of its own) and, in an answer, the inquiry's ("auf die Kleine Anfrage … – Drucksache
 * 19/15017 –", "Die Kleine Anfrage 1297 … hat folgenden Wortlaut", "15/1284 (15/1217)"). Read from the flattened
 * head, so that a head printed as one line gives them too.
 */

/** "18 / 11 151", "6/3541", "1773/XXI": a period and a number, thousands grouped by single spaces */
const NUMBER = '\\d{1,2}\\s?/\\s?(?:\\d{1,3}(?: \\d{3})+|\\d{1,6})(?!\\d)|\\d{1,5}/[IVXL]{1,6}\\b'
const DRUCKSACHE = new RegExp(`\\b(?:Drucksache|Drs\\.?)(?:\\s?-?\\s?Nr\\.?)?\\s*:?\\s*(${NUMBER})(?:\\s*\\((${NUMBER})\\))?`, 'gu')
const ANFRAGE_NR = new RegExp(
  `\\b(?:Kleine|Schriftliche|Große|Mündliche)?\\s*Anfrage\\s+(?:Nr\\.|Nummer)\\s*:?\\s*(${NUMBER}|\\d{1,6}\\b)`,
  'gu'
)
/** "Die Kleine Anfrage 1297 … vom 27. Juli 2016 hat folgenden Wortlaut", "Wortlaut der Kleinen Anfrage 1385" */
/** "Anfrage der Abgeordneten … (GRÜNE), eingegangen am 12.01.2024 - Drs. 19/3120": Niedersachsen's answer cites its inquiry so */
const RECEIVED_AS = new RegExp(`\\beingegangen\\s+am\\s+[\\d.]{6,10}\\s*[-–]\\s*(?:Drucksache|Drs\\.?)\\s*(${NUMBER})`, 'u')
const QUOTED_INQUIRY = /\b(?:Die\s+Kleine\s+Anfrage|Wortlaut\s+der\s+Kleinen\s+Anfrage|auf\s+die\s+Kleine\s+Anfrage)\s+(\d{1,6})\b/u
/** An answer's opening: what follows within WINDOW characters is the inquiry's number. */
const ANSWER_TO = /\bAntwort\b[^.]{0,60}?\bauf\s+(?:die|eine)\b|\bWortlaut\s+der\b|\bDie\s+Kleine\s+Anfrage\s+\d/iu
const WINDOW = 350
/** "21-1270", "21-26/0335", "F0071/20", "BV10/077/2023": a council's number alone on a line */
const STANDALONE = /^(?:[A-ZÄÖÜ]{1,4}\d{0,3}[-/]?)?\d{1,5}(?:[-/]\d{1,5})+$/u

export type References = { reference: string | null; inquiryReference: string | null }

const fold = (n: string): string => n.replace(/\s+/g, '')

/** Numbers from the head: `lines` as printed, `flat` the same head joined and cut before the questions. */
export function findReferences(lines: readonly string[], flat: string): References {
  const answerAt = ANSWER_TO.exec(flat)?.index ?? -1
  const inWindow = (i: number): boolean => answerAt >= 0 && i > answerAt && i - answerAt < WINDOW
  let own: string | null = null
  let inquiry: string | null = null
  for (const m of flat.matchAll(DRUCKSACHE)) {
    if (m[2]) return { reference: fold(m[1]!), inquiryReference: fold(m[2]) }
    if (inWindow(m.index)) inquiry ??= fold(m[1]!)
    else own ??= fold(m[1]!)
  }
  for (const m of flat.matchAll(ANFRAGE_NR)) {
    if (inWindow(m.index)) inquiry ??= fold(m[1]!)
    else own ??= fold(m[1]!)
  }
  const received = RECEIVED_AS.exec(flat)
  if (received && own !== null && fold(received[1]!) === own) own = null
  if (received) inquiry ??= fold(received[1]!)
  const quoted = QUOTED_INQUIRY.exec(flat)
  if (quoted && (answerAt >= 0 || own !== null)) inquiry ??= quoted[1]!
  own ??=
    lines
      .slice(0, 15)
      // … or after its field's name on the same line ("Vorlage 23-28/0112", where a web page's table joined them)
      .map((l) => l.trim().replace(/^Vorlage(?:n-?Nr\.?)? ?:? ?(?=\S+$)/u, ''))
      .find((l) => STANDALONE.test(l)) ?? null
  own ??= ocrSlash(flat)
  const reference = own ?? inquiry
  // an answer quoting its inquiry's number keeps both; an inquiry that repeats its own number keeps one
  return { reference, inquiryReference: inquiry !== null && inquiry !== own ? inquiry : null }
}

/**
 * "Drs.-Nr.: 6112611", "Drs.-Nr: 615872": OCR read the slash of "6/12611" as a "1". A Landtag's Drucksache
 * number is always its Wahlperiode, a slash and a count, so a labelled number of five to eight digits alone is
 * read so: the period of one digit before the "1" ("61…" is no period), or of two (10–21) where it fits.
 */
const OCR_NUMBER = /\b(?:Drucksache|Drs\.?)(?:\s?-?\s?Nr\.?)?\s?:?\s?(\d{5,8})(?![\d/])/u
function ocrSlash(flat: string): string | null {
  const digits = OCR_NUMBER.exec(flat)?.[1]
  if (!digits) return null
  const twoDigit = Number(digits.slice(0, 2))
  if (twoDigit >= 10 && twoDigit <= 21 && digits[2] === '1') return `${digits.slice(0, 2)}/${digits.slice(3)}`
  if (digits[1] === '1' && twoDigit > 21) return `${digits[0]}/${digits.slice(2)}`
  return null
}
