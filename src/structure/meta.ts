/**
 * @module
 * The inquiry's metadata from its head (the paragraphs before the questions): kind, title, reference, date,
 * submitter, addressee, body. Each field is read from a line that says it ("Betreff:", "Drucksache 18/4711",
 * "An den Magistrat", "Eingang: 05.03.2024"); a field nothing says stays null.
 */
import type { Meta } from '../schema.js'
import { closeSpacedLetters } from './cues.js'
import { findDate } from './dates.js'
import { findAddressee, findBody, findSubmitter } from './meta-people.js'

/** How many paragraphs of a document's head are read. */
const HEAD = 30

const KINDS: [RegExp, string][] = [
  [/\bKleinen?\s+Anfrage\b/i, 'kleine-anfrage'],
  [/\bGro(?:ß|ss)en?\s+Anfrage\b/i, 'grosse-anfrage'],
  [/\bSchriftlichen?\s+Anfrage\b/i, 'schriftliche-anfrage'],
  [/\bMündlichen?\s+Anfrage\b/i, 'muendliche-anfrage'],
  [/\bDringlichen?\s+Anfrage\b/i, 'dringliche-anfrage'],
  [/\bEinwohner(?:innen)?(?:\s*und\s*Einwohner)?anfrage\b/i, 'einwohneranfrage'],
  [/\bAnfrage\b/i, 'anfrage'],
]

/** "Betreff: …", "betr.: …", "Kurztitel: …", "Thema: …", "Anfrage: …", "Anfrage gemäß § 12 …: …" */
const TITLE = /^(?:Betreff|Betr\.|Kurztitel|Thema|Gegenstand|Titel|(?:Kleine |Große |Schriftliche )?Anfrage(?:\s+(?:gem\.|gemäß|nach)\s[^:]{3,80})?)\s*:\s*(.+)$/iu
/** "Anfrage F0112/24 – Windenergie …": an identifier in front of the title */
const TITLE_PREFIX = /^(?:Anfrage|Kleine Anfrage|Drucksache)\s+\S*\d\S*\s*[–—-]\s*/u

const ID = '((?:[A-ZÄÖÜ]{1,5}\\s?)?[A-ZÄÖÜ0-9]{0,6}[-/]?\\d{1,6}(?:[/.-](?:\\d{1,6}|[IVXL]{1,6}))*(?:/[IVXL]{1,6})?|[IVXL]{1,6}-[A-Z]{1,3}-\\d{2,6})'
const REFERENCES = [
  new RegExp(`^(?:Drucksache|Drs\\.)(?:\\s*Nr\\.)?\\s*:?\\s*${ID}`, 'u'),
  new RegExp(`\\b(?:Anfrage|Vorlage|Vorlagen|Antrag)[-\\s]?(?:Nr\\.|Nummer)\\s*:?\\s*${ID}`, 'u'),
  new RegExp(`\\b(?:Vorlagen?-?Nr\\.|Az\\.|Aktenzeichen|Drucksachen?-?Nr\\.)\\s*:?\\s*${ID}`, 'u'),
  new RegExp(`^(?:Kleine |Große |Schriftliche )?Anfrage\\s+${ID}(?=\\s*$|\\s*[–—-])`, 'u'),
  new RegExp(`\\bAnfrage\\b[^()]*\\(${ID}\\)`, 'u'),
  new RegExp(`\\b(?:Drucksache|Drs\\.)(?:\\s*Nr\\.)?\\s*:?\\s*${ID}`, 'u'),
]

/** Dates that say when the inquiry was made, strongest first. */
const INQUIRY_DATES = [
  /^(?:Eingang|Eingangsdatum|Eingegangen|Datum)\s*:?\s*(.+)$/iu,
  /\b(?:Anfrage|Drucksache)\b.{0,80}?\bvom\s+(.{6,20})/iu,
  /\beingegangen\s+am\s+(.{6,20})/iu,
  /^vom\s+(.{6,20})$/iu,
  /^(?:[\p{Lu}][\p{L}. -]{1,40},\s*(?:den\s+)?)?(\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4})$/u,
]

export function extractMeta(texts: readonly string[]): Meta {
  const head = texts.slice(0, HEAD).map((t) => closeSpacedLetters(t).replace(/\s+/g, ' ').trim())
  return {
    kind: findKind(head),
    title: findTitle(head),
    reference: firstMatch(head.filter(isHeadLine), (t) => REFERENCES.map((r) => r.exec(t)?.[1]).find((x) => x && /\d/.test(x) && !/^\d{1,2}\.\d{1,2}\./.test(x)) ?? null),
    date: findInquiryDate(head),
    submitter: findSubmitter(head),
    addressee: findAddressee(head),
    body: findBody(head),
  }
}

/** A line of the letterhead or title block, not running text: a Drucksache a sentence cites is another one. */
const isHeadLine = (line: string): boolean => line.split(/\s+/).length <= 16

function firstMatch(lines: readonly string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const value = read(line)?.trim()
    if (value) return value.replace(/[.:;,]$/, '').trim()
  }
  return null
}

function findKind(head: readonly string[]): string | null {
  for (const line of head) for (const [pattern, kind] of KINDS) if (pattern.test(line)) return kind
  return null
}

/** A "Betreff:" line, or in a parliament's head the bold line after the submitter and date. */
function findTitle(head: readonly string[]): string | null {
  const at = head.findIndex((t) => TITLE.test(t))
  if (at >= 0) {
    const title = TITLE.exec(head[at]!)![1]!.replace(TITLE_PREFIX, '').trim()
    // "betr.: Situation des … nach" / "dem Fahrplanwechsel 2014": a title broken over two lines
    const next = head[at + 1]
    const joined = next && !/[.:;!?]$/.test(title) && /^\p{Ll}/u.test(next) && next.split(/\s+/).length <= 12 ? `${title} ${next}` : title
    return joined.replace(/[.:;,]$/, '').trim()
  }
  // "des Abgeordneten …", "Kleine Anfrage des Kreistagsabgeordneten …", "der Bezirksverordneten …"
  const by = head.findIndex((t) => /^(?:des|der)\s+\p{L}*(?:abgeordneten|verordneten)\b/iu.test(t) || /\bAnfrage\s+(?:des|der)\s+\p{L}*(?:abgeordneten|verordneten)\b/iu.test(t))
  if (by < 0) return null
  for (const line of head.slice(by + 1, by + 5)) {
    if (/^(?:vom|Drucksache|Drs\.|Eingang|auf die|Antwort|Vorbemerkung|Ich frage|Wir fragen)\b|\d{1,2}\.\d{1,2}\.\d{2,4}|^[–—-]/iu.test(line)) continue
    if (/[.?!:]$/.test(line) || line.split(/\s+/).length < 2 || line.split(/\s+/).length > 16) continue
    return line
  }
  return null
}

function findInquiryDate(head: readonly string[]): string | null {
  for (const pattern of INQUIRY_DATES) {
    for (const line of head) {
      const m = pattern.exec(line)
      const date = m ? findDate(m[1]!) : null
      if (date) return date.iso
    }
  }
  return null
}
