/**
 * @module
 * The inquiry's metadata from its head (the paragraphs before the questions): kind, title, reference, date,
 * submitter, addressee, body. Each field is read from a line that says it ("Betreff:", "Drucksache 18/4711",
 * "An den Magistrat", "Karben, 05.03.2024"); a field nothing says stays null.
 */
import { closeSpacedLetters } from './cues.js'
import { findDate } from './dates.js'
import { findAddressee, findBody, findSubmitter } from './meta-people.js'
import type { Meta } from '../schema.js'

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

const TITLE = /^(?:Betreff|Betr\.|betr\.|Kurztitel|Thema|Gegenstand|Titel)\s*:\s*(.+)$/iu
const TITLE_BETREFFEND = /\bbetreffend\s*:?\s+(.+)$/iu

const IDENTIFIER = '([A-ZÄÖÜ]{0,5}[-/]?\\d{1,5}(?:[/.-]\\d{1,5}){1,2}|[A-ZÄÖÜ]{1,5}[-/]?\\d{2,6})'
const REFERENCES = [
  new RegExp(`\\b(?:Drucksache|Drs\\.)\\s*(?:Nr\\.\\s*)?${IDENTIFIER}`, 'u'),
  new RegExp(`\\b(?:Vorlagen?-?(?:Nr\\.|nummer)|Vorlage|Anfrage-?Nr\\.|Antrags-?Nr\\.|Nr\\.|Az\\.|Aktenzeichen)\\s*:?\\s*${IDENTIFIER}`, 'u'),
  new RegExp(`\\bAnfrage\\s+${IDENTIFIER}`, 'u'),
  new RegExp(`\\bAnfrage\\b[^()]*\\(${IDENTIFIER}\\)`, 'u'),
]

/** A line that dates the document: "Karben, 05.03.2024", "Datum: 5. März 2024", "vom 05.03.2024". */
const DATE_LINE = /^(?:[\p{Lu}][\p{L}. -]{1,40},\s*(?:den\s+)?|Datum\s*:?\s*|Stand\s*:?\s*)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}$/u

export function extractMeta(texts: readonly string[]): Meta {
  const head = texts.slice(0, HEAD).map((t) => closeSpacedLetters(t).replace(/\s+/g, ' ').trim())
  return {
    kind: findKind(head),
    title: firstMatch(head, (t) => TITLE.exec(t)?.[1] ?? TITLE_BETREFFEND.exec(t)?.[1] ?? null),
    reference: firstMatch(head, (t) => REFERENCES.map((r) => r.exec(t)?.[1]).find((x) => x && /\d/.test(x)) ?? null),
    date: findInquiryDate(head),
    submitter: findSubmitter(head),
    addressee: findAddressee(head),
    body: findBody(head),
  }
}

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

/** The date of a date line, or failing that a date given with the inquiry ("Anfrage … vom 5. März 2024"). */
function findInquiryDate(head: readonly string[]): string | null {
  for (const line of head) if (DATE_LINE.test(line)) return findDate(line)?.iso ?? null
  for (const line of head) {
    const m = /\bAnfrage\b.{0,80}?\bvom\s+(.{6,20})/iu.exec(line)
    const date = m ? findDate(m[1]!) : null
    if (date) return date.iso
  }
  return null
}
