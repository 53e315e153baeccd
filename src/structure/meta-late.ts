/**
 * @module
 * What a document says of itself after its head. A title the layout cut from its label: the head ends with
 * "Thema:" or "… und Antwort" and the title opens the next paragraph. And Baden-Württemberg's order, where the
 * inquiry's date and signature stand under the questions ("26. 01. 2017 Dr. Bullinger FDP/DVP") and the title
 * block after them ("Kleine Anfrage des Abg. … und Antwort des Ministeriums für … <title> Drucksachen und …",
 * then "Mit Schreiben vom 27. Februar 2017 … beantwortet").
 */
import { findDate } from './dates.js'

/** How much of the text after the head is read, and how much of a late title block. */
const AFTER_CHARS = 12_000
const BLOCK_CHARS = 2_000

/** A head whose last line announces what the next paragraph holds: the title. */
const ENDS_WITH_LABEL = /(?:\b(?:Thema|Betreff|Betr\.|Kurztitel|Gegenstand)\s?:|\bund\s+Antwort)$/iu

/** The head's text, with the paragraphs a trailing label announces when the layout cut them off. */
export function withAnnouncedTitle(head: readonly string[], after: readonly string[]): string[] {
  const last = head[head.length - 1]?.trimEnd() ?? ''
  return ENDS_WITH_LABEL.test(last) ? [...head, ...after.slice(0, 2)] : [...head]
}

/** The text after the head, one paragraph a line, of bounded length. */
export const joinAfter = (after: readonly string[]): string =>
  after
    .map((t) => t.replace(/\s+/g, ' '))
    .join('\n')
    .slice(0, AFTER_CHARS)

/** "Antwort des Bezirksamts Neukölln: Drs.Nr. 1773/XXI vom 26.03.2025": a reply's heading with its date */
const DATED_REPLY_HEADING = /^Antwort\b[^\n]{0,120}?\b(?:vom|am)\s+(\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|\p{L}+\s+\d{4}))/mu

/** The date of a reply's heading after the questions; null when none is dated. */
export function replyHeadingDate(text: string): string | null {
  const m = DATED_REPLY_HEADING.exec(text)
  return m ? (findDate(m[1]!)?.iso ?? null) : null
}

/** "Kleine Anfrage des Abg. Dr. Friedrich Bullinger FDP/DVP und Antwort des Ministeriums …": a title block after the questions. */
const LATE_BLOCK = /\b(?:Kleine|Große)\s+Anfrage\s+(?:des|der)\s+(?:Abg\.|Abgeordneten|Fraktion)\s/u

/** The late title block, from its first words on; null when the text after the head holds none. */
export function lateTitleBlock(text: string): string | null {
  const m = LATE_BLOCK.exec(text)
  return m ? text.slice(m.index, m.index + BLOCK_CHARS) : null
}

const PARTY = '(?:FDP/DVP|CDU|CSU|SPD|FDP|AfD|GRÜNE|Grüne|LINKE|Linke|SSW|BSW|FW|FREIE\\s+WÄHLER)'
const NAME = '(?:(?:Dr\\.|Prof\\.)\\s+)*\\p{Lu}[\\p{L}-]+'
/**
 * A date, then the names who signed and their party or group: "26. 01. 2017 Dr. Bullinger FDP/DVP", "22.6.2021
 * Stoch, Binder und Fraktion". Each name is a word or two, so that no run of text is taken for one.
 */
const SIGNED = new RegExp(
  `\\b(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4})\\s+(${NAME}(?:(?:,\\s*|\\s+und\\s+)${NAME}){0,8})\\s+(?:${PARTY}(?![\\p{L}])|(und\\s+Fraktion)\\b)(?=[ ]?(?:\\n|$|Begründung\\b|(?:Kleine|Große)\\s+Anfrage\\b))`,
  'u'
)

/** The date the members signed the inquiry under, where they sign under the questions; and, where they sign for their faction ("Stoch, Binder und Fraktion"), their names. */
export function signature(text: string): { date: string | null; forFaction: string | null } {
  const m = SIGNED.exec(text)
  return { date: m ? (findDate(m[1]!)?.iso ?? null) : null, forFaction: m?.[3] ? m[2]! : null }
}

/** "gez." above the signer's name (a letter signed for the group), or on the name's line: the member who asks */
const SIGNER_NAME = /^(?:(?:Dr|Prof)\.\s+)*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3}$/u
export function signedBy(after: readonly string[]): string | null {
  for (let i = 0; i < after.length; i++) {
    const line = after[i]!.trim()
    const name = /^gez\.$/u.test(line) ? (after[i + 1] ?? '').trim() : /^gez\.\s+(.+)$/u.exec(line)?.[1]?.trim()
    if (name && SIGNER_NAME.test(name)) return name
  }
  return null
}
