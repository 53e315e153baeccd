/**
 * @module
 * The title where no "Betreff:" line gives it: from the forms parliaments print their head in, which survive
 * when the head lost its line breaks ("… (Eingang beim Abgeordnetenhaus am …) und Antwort <title> Die Drucksachen
 * …", "zum Thema: <title> und Antwort", "betreffend <title> und Antwort", "– Drucksache 19/15017 – <title>
 * Vorbemerkung", "Betr.: <title> <first sentence>"), from a form's label line ("Kurztitel", then the value), and
 * from a web page's first line. A fragment ("Senatsverwaltung für", "an die Landesregierung") is never a title.
 */

import { namesBodyOrPlace } from './meta-body.js'

const PARTY = '(?:CDU|CSU|SPD|FDP|AfD|NPD|SSW|BSW|GRÜNEN|GRÜNE|PIRATEN|LINKE|DIE LINKE)'
/** The ends of ministries' names in BW's "und Antwort des Ministeriums für … <title>" */
const MINISTRY_END =
  '(?:Verbraucherschutz|Sport|Finanzen|Wohnungsbau|Migration|Integration|Energiewirtschaft|Verkehr|Europa|Kunst|Kommunen|Tourismus|Landesentwicklung|Justiz|Inneres|Innern|Digitalisierung|Gesundheit|Soziales|Wohnen|Arbeit|Umwelt|Bauen|Landwirtschaft|Forsten|Energie|Klimaschutz|Familie|Frauen|Senioren|Jugend|Bildung|Wissenschaft|Forschung|Kultur|Medien|Ernährung|Wirtschaft|Infrastruktur|Mobilität|Weinbau|Klima)'

/** Each form, with the capture of its title; tried in order on the flattened head. */
const FORMS: RegExp[] = [
  /\bzum\s+Thema:\s*([^]{3,300}?)\s+und\s+Antwort\b/u,
  /\)\s+und\s+Antwort\s+([^]{3,300}?)\s+(?:Die\s+Drucksachen\b|Drucksachen\s+und\s+Plenarprotokolle|Im\s+Namen\s+des|Vorbemerkung|Der\s+Senat\b)/u,
  /\bbetreffend\s+([^]{3,300}?)\s+und\s+Antwort\b/u,
  new RegExp(
    `\\bund\\s+Antwort\\s+des\\s+(?:Staatsministeriums|Ministeriums\\s+(?:für|der|des)\\s+(?:[^.]{0,80}?\\b)${MINISTRY_END}(?:(?:,\\s*|\\s+und\\s+)(?:für\\s+)?${MINISTRY_END})*)\\s+([^]{3,300}?)\\s+(?:Drucksachen\\s+und\\s+Plenarprotokolle|Die\\s+(?:Kleine|Große)\\s+Anfrage\\s+\\d{1,6}\\s+vom\\b)`,
    'u'
  ),
  new RegExp(`\\bKLEINE\\s+ANFRAGE\\b.{0,200}?\\b${PARTY}\\b\\)?\\s+([^]{3,300}?)\\s+und\\s+ANTWORT\\b`, 'u'),
  /\bDruck:[^,]{3,40},\s*\d{1,2}\.\s*\p{L}+\s+\d{4}\s+([^]{3,300}?)\s+Die\s+(?:Kleine|Große)\s+Anfrage\s+\d/u,
  // … and Rheinland-Pfalz's Große Anfrage: "– Drucksache 17/1218 – <title> Die Große Anfrage 17/1218 vom … hat folgenden Wortlaut"
  /\bDrucksache\s+\d{1,2}\/\d{1,6}\s*[–-]\s+([^]{3,300}?)\s+(?:Vorbemerkung|Wir\s+fragen|Ich\s+frage|Die\s+(?:Kleine|Große)\s+Anfrage\s+\d)/u,
  // NRW: "… des Abgeordneten <name> BÜNDNIS 90/DIE GRÜNEN Drucksache 17/1524 <title> Vorbemerkung der Kleinen Anfrage"
  new RegExp(`\\b${PARTY}\\)?\\s+Drucksache\\s+\\d{1,2}\\/\\d{1,6}\\s+([^]{3,300}?)\\s+(?:Vorbemerkung|Wir\\s+fragen|Ich\\s+frage)`, 'u'),
  /\bThema:\s*([^]{3,300}?)(?=\s+(?:Sehr\s+geehrte|Ich\s+frage|Wir\s+fragen|Vorbemerkung|Namens\s|Im\s+Namen))/u,
]
/** "Betr.: …" and "eingegangen am <date> …" are followed by the text's first sentence: the title runs up to it */
const RUNNING: RegExp[] = [
  /\bBetr(?:\.|eff)\s*:\s*(.{3,400})/u,
  /\bWortlaut\s+der\b.{0,400}?\beingegangen\s+am\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s+(.{3,400})/u,
]
/** Words that open a sentence after a title: "… (2) Die Antworten des Senates …", "… Beantwortung Nach Artikel 24 …" */
const SENTENCE_OPENER =
  /^(?:Die|Der|Das|Nach|Vor|Seit|Laut|Gemäß|Mit|Am|Im|In|Bereits|Aufgrund|Durch|Ich|Wir|Es|Eine?|Zur|Zum|Auf|Bei|Wie|Anlässlich|Angesichts)$/u
const MAX_WORDS = 30

/** "… (SPD) vom 21.12.2017 Inobhutnahme in Bayern I" up to where the questions or the first sentence begin (`cut` ends there). */
export function titleAfterDate(cut: string): string | null {
  const text = cut.trimEnd()
  const m = /\bAnfrage\b[^]{0,200}?\bvom\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s+([^()\n]{3,400})/u.exec(text)
  if (!m) return null
  // "… vom 15.05.2017 <title> Eine Reihe von Nachfragen …": a one-line head runs on into the first sentence
  const whole = m.index + m[0].length === text.length
  const title = untilSentence(m[1]!) ?? (whole ? m[1]! : null)
  return title && isTitle(title) && !/\bAntwort\b/u.test(title) ? tidy(title) : null
}

export function findFlatTitle(flat: string): string | null {
  for (const form of FORMS) {
    // a head that kept its lines: the title is the first line of what the form encloses
    const m = form.exec(flat)
    const title = m?.[1]?.split('\n')[0]
    if (title && isTitle(title)) return tidy(title)
  }
  for (const form of RUNNING) {
    const m = form.exec(flat)
    const title = m ? untilSentence(m[1]!) : null
    if (title && isTitle(title)) return tidy(title)
  }
  return null
}

/** The words up to the first one that opens a sentence, after at least two. */
function untilSentence(text: string): string | null {
  const words = text.split(/\s+/)
  for (let i = 2; i < Math.min(words.length, MAX_WORDS); i++) {
    if (SENTENCE_OPENER.test(words[i]!) && !/[:–-]$/.test(words[i - 1]!)) return words.slice(0, i).join(' ')
  }
  return null
}

/** … and the inquiry's kind with its date, the title under it: "Anfrage vom 31.10.2010:" */
const FORM_LABEL =
  /^(?:(?:Kurztitel|Betreff|Titel|Thema|Gegenstand)\s*:?|(?:Kleine |Schriftliche )?Anfrage vom \d{1,2}\.\d{1,2}\.\d{2,4}\s*:)$/iu

/**
 * "Kurztitel" alone on a line, then the value on the next line that is not blank, with the line after it where
 * the title goes on there in lower case ("Renovierungsarbeiten in den Räumen" / "der Stadtverwaltung").
 */
export function findLabelledTitle(head: readonly string[]): string | null {
  const at = head.findIndex((l) => FORM_LABEL.test(l.trim()))
  if (at < 0) return null
  const k = head.slice(at + 1, at + 6).findIndex((l) => l.trim() !== '')
  const value = k < 0 ? undefined : head[at + 1 + k]!.trim()
  if (!value || /^(?:Anfrage|Antrag)\b.*\bvom\b/u.test(value)) return null
  const next = head[at + 2 + k]?.trim()
  const goesOn = next !== undefined && /^\p{Ll}/u.test(next) && next.split(/\s+/).length <= 8 && !/[.:;!?]$/u.test(value)
  const title = goesOn ? `${value} ${next}` : value
  return isTitle(title) ? tidy(title) : null
}

/** A web page's first line as its title: a short line that is neither a label, a number, a date nor a sentence. */
export function firstLineTitle(head: readonly string[]): string | null {
  const first = head.find((l) => l.trim() !== '')?.trim()
  // a portal's section ("Anträge und Anfragen", "Anfragen seit 2024") over the paper: its title is the line
  // right above the paper's first sentence
  if (first && PORTAL_SECTION.test(first)) {
    const text = head.findIndex((l) => /[.:]$/u.test(l.trim()) && l.trim().split(/\s+/).length >= 6)
    const above = head
      .slice(0, Math.max(0, text))
      .findLast((l) => l.trim() !== '')
      ?.trim()
    return above && !PORTAL_SECTION.test(above) && isTitleLine(above) ? above : null
  }
  return first && isTitleLine(first) ? first : null
}

const PORTAL_SECTION = /^(?:Anträge(?: und |\s?\/\s?)Anfragen|Anfragen)\b/u

/** A web page's list of other papers, then the title right above the questions: the head's last line, if it is a title's. */
export function lastLineTitle(head: readonly string[]): string | null {
  const last = head.findLast((l) => l.trim() !== '')?.trim()
  // a signature ("i. A. Stefanie Holl", "gez. …") or a name alone closes a letter, it is no title
  if (!last || /^(?:i\.\s?A\.|i\.\s?V\.|gez\.|In Vertretung|Mit freundlichen)/u.test(last) || SIGNER.test(last)) return null
  return isTitleLine(last) ? last : null
}

const SIGNER = /^(?:(?:Dr|Prof)\.\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/** A line that is a title alone: a few words, no label, sentence, date, letterhead or body. */
function isTitleLine(first: string): boolean {
  if (!isTitle(first) || first.includes(':') || /[.,;]$/.test(first) || first === first.toUpperCase()) return false
  if (
    /^(?:Anfrage|Antrag|Kleine|Große|Schriftliche|Drucksache|Fraktion|Sehr|An\s|Herrn?|Frau|Stadt|Gemeinde|Landtag|Deutscher|Bürgerschaft)\b/u.test(
      first
    )
  )
    return false
  if (/\d{1,2}\.\d{1,2}\.\d{2,4}|\d\/\d|fraktion|Wahlperiode|Drucksache|Landtag|Bundestag|Bürgerschaft/iu.test(first)) return false
  // "Kreistag des Landkreises Ahrenfeld", "Landkreis Hohenfels": the letterhead, not the title
  return !namesBodyOrPlace(first)
}

/** Enough words, not too many, and not a fragment that ends on a preposition or article. */
function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > MAX_WORDS) return false
  return !/\b(?:für|an|der|die|das|des|dem|den|und|von|zu|zur|zum|mit|auf|in|im)$/iu.test(text.trim())
}

const tidy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;,]$/, '')

/**
 * A line that is nothing but a quotation, just after the line that names the inquiry: Bremen prints the title
 * so ("Antwort des Senats auf die Kleine Anfrage der Fraktion der FDP vom 6. Februar 2024" / "„Wie steht es um
 * die Turnhallen?“"). A title may ask.
 */
const QUOTED_LINE = /^[„"“»]([^„"“”»«]{3,160})["“”«]$/u

export function quotedTitleLine(head: readonly string[]): string | null {
  const named = head.findIndex((line) => /\bAnfrage\b/u.test(line))
  const line = named >= 0 ? head[named + 1] : undefined
  const m = line === undefined ? null : QUOTED_LINE.exec(line.trim())
  return m && m[1]!.trim().split(/\s+/).length <= 16 ? m[1]!.trim() : null
}
