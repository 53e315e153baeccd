/**
 * @module
 * What a single paragraph says about its place in an inquiry: a reply heading ("Stellungnahme", "Antwort der
 * Landesregierung"), a preamble or rationale heading ("Begründung", "Vorbemerkung des Fragestellers"), the
 * sentence that introduces the questions, a greeting or closing, page furniture. Pure pattern tests on one
 * paragraph's text; deciding what the patterns mean in context is the job of `frame.ts`.
 */
import { asksInReportedSpeech } from './reported-speech.js'

/** Spaced-out capitals ("A N T W O R T") as some title pages print them, closed up. */
export function closeSpacedLetters(text: string): string {
  return text.replace(/\b(?:\p{Lu} ){2,}\p{Lu}\b/gu, (m) => m.replace(/ /g, ''))
}

const cleaned = new Map<string, string>()
/** Spaced capitals closed up, spaces collapsed; memoized, since every cue test of a paragraph needs it. */
function clean(text: string): string {
  let t = cleaned.get(text)
  if (t === undefined) {
    t = closeSpacedLetters(text).replace(/\s+/g, ' ').trim()
    if (cleaned.size > 5000) cleaned.clear()
    cleaned.set(text, t)
  }
  return t
}
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

const REPLY_WORD = '(?:Stellungnahme|Antwort|Antworten|Beantwortung)'
const REPLY_BY =
  '(?:de[rsnm]|zu[rm]?|auf|zu de[nmr])\\s+(?:\\S+\\s+){0,4}?(?:Magistrat|Verwaltung|Landesregierung|Senat|Senats|Staatsregierung|Bürgermeister\\w*|Oberbürgermeister\\w*|Landrat|Landrätin|Kreisverwaltung|Gemeindeverwaltung|Stadtverwaltung|Bezirksamt|Bezirksamts|Ministerium\\w*|Regierung|Anfrage|Fragen|Stadt|Gemeinde)\\b'
/** "Stellungnahme", "Antwort der Landesregierung:", "Beantwortung durch die Verwaltung", "Stellungnahme des Magistrats". */
/** what may follow a reply heading's author: "Nr. 0342/XXI", "vom 5. März 2024", a faction's name */
const HEADING_TAIL = '(?:[^.?!]|\\b(?:Nr|Drs|Az|vom\\s+\\d{1,2})\\.|\\d\\.)'
const REPLY_HEADING = new RegExp(`^(?:${REPLY_WORD})(?:\\s+(?:${REPLY_BY}|durch\\s+.{3,60}))?${HEADING_TAIL}{0,120}?\\s*:?$`, 'iu')
/** "Vorbemerkung der Landesregierung", "Vorbemerkung des Magistrats", "Vorbemerkung Minister des Innern …" (Hessen). */
const PREFACE_AUTHOR =
  '(?:Landesregierung|Staatsregierung|Bundesregierung|Verwaltung|Magistrat\\w*|Senat\\w*|Bezirksamt\\w*|Bürgermeister\\w*|Oberbürgermeister\\w*|Kreisverwaltung|Kreisausschuss\\w*|Landrat\\w*|Stadt|Gemeinde|Regierung|Ministerium\\w*|Staatsministerium\\w*|Minister\\w*|Senator\\w*|Chef\\w* der Staatskanzlei|Staatssekretär\\w*)'
/** the author's office may follow: "des Ministers des Innern und für Sport" */
const AUTHOR_TAIL = '(?:\\s[^:.?!]{1,60}?)?'
const REPLY_PREFACE = new RegExp(
  `^Vorbemerkung(?:en)?\\s+(?:(?:de[rs]|zu[rm])\\s+(?:\\S+\\s+)?)?${PREFACE_AUTHOR}${AUTHOR_TAIL}\\s*:?$`,
  'iu'
)
/** "Vorbemerkung der Landesregierung: Die Unterrichtsversorgung …" — the answering side's preface with its text. */
export const REPLY_PREFACE_INLINE = new RegExp(
  `^Vorbemerkung(?:en)?\\s+(?:(?:de[rs]|zu[rm])\\s+(?:\\S+\\s+)?)?${PREFACE_AUTHOR}${AUTHOR_TAIL}\\s*:\\s+\\S`,
  'iu'
)
/**
 * A sentence that opens the reply: "Der Magistrat beantwortet die Anfrage wie folgt:", "Ihre Anfrage vom 5. März
 * beantworten wir wie folgt:", "Der Minister … hat die Kleine Anfrage … namens der Landesregierung beantwortet."
 * Not the inquiry's own request ("Wir bitten, die Fragen wie folgt zu beantworten:").
 */
export function isReplySentence(text: string): boolean {
  const t = clean(text)
  if (wordCount(t) > 60) return false
  if (BY_LETTER.test(t) || AUTHOR_ANSWERS.test(t)) return true
  if (!/\b(?:Anfrage|Fragen)\b/iu.test(t) || /\b(?:bitte|bitten|gebeten|ersuche\w*|zu\s+beantworten)\b/iu.test(t)) return false
  if (IN_THE_NAME.test(t)) return true
  if (!/[.:]$/.test(t)) return false
  const answers = /\b(?:beantwort\w*|Stellung|antwort\w*)\b/iu
  return answers.test(t) && (/\bwie\s+folgt\b/iu.test(t) || /\bbeantwortet\.$/u.test(t))
}

/** "Mit Schreiben vom 27. Februar 2017 Nr. … beantwortet das Ministerium …": the answer's covering sentence, even cut off. */
const BY_LETTER = /^Mit Schreiben vom \d{1,2}\.[^?!]{0,200}? beantwortet (?:das|die|der) /u

/**
 * "Der Bürgermeister antwortet wie folgt:", "Die Verwaltung nimmt dazu wie folgt Stellung:": the answering side
 * named as the subject says the reply begins, without naming the inquiry. Only as a line of its own that ends in
 * a colon, so a sentence inside an answer ("… wie folgt geregelt:") is not taken for it.
 */
const AUTHOR_ANSWERS = new RegExp(
  `^(?:Der|Die|Das)\\s+(?:\\S+\\s+)?${PREFACE_AUTHOR}(?:\\s\\S+){0,4}?\\s(?:antwortet|antworten|beantwortet|nimmt)(?:\\s\\S+){0,3}?\\swie\\s+folgt(?:\\s+Stellung)?\\s*:$`,
  'u'
)

/** "Namens der Landesregierung beantworte ich …", "Im Namen des Senats von Berlin beantworte ich …" */
const IN_THE_NAME = /^(?:Namens|Im Namen)\s(?:der|des)\s\S+(?:\s\S+){0,3}?\sbeantworte[tn]?\s/u

/** A heading that opens the reply. Short, and not the document's title ("Antwort zu der Anfrage …" at the top). */
const REPLY_START = /^(?:Stellungnahme|Antwort|Beantwortung|Vorbemerkung|Mitteilung|Erwiderung|Auskunft)/iu

/** "Aus der Antwort des Senats:": a council's minutes or a press page quoting the reply; the heading after "Aus der" */
const EXCERPT_OF = /^Aus\s+de[rm]\s+(?=(?:Stellungnahme|Antwort|Beantwortung)\b)/iu

export function isReplyHeading(text: string): boolean {
  const t = clean(text).replace(EXCERPT_OF, '')
  if (!REPLY_START.test(t)) return isReplySentence(t)
  // a long reply title: "Beantwortung der Anfrage der FWG-Fraktion vom 19. August 2024 – Ausstattung …"
  if (wordCount(t) > 14)
    return isReplySentence(t) || REPLY_PREFACE_INLINE.test(t) || (wordCount(t) <= 25 && REPLY_HEADING.test(t) && !/[.!?]$/.test(t))
  return REPLY_HEADING.test(t) || REPLY_PREFACE.test(t) || REPLY_PREFACE_INLINE.test(t) || isReplySentence(t) || REPLY_NOTICE.test(t)
}

/** "Mitteilung der Verwaltung", "Erwiderung des Bezirksamts": replies by name, with their author. */
const REPLY_NOTICE = new RegExp(`^(?:Mitteilung|Erwiderung|Auskunft)\\s+${REPLY_BY}[^.?!]{0,40}:?$`, 'iu')

/** "ANTWORT" followed by "zu der Anfrage …": the title of a reply document, which names the inquiry. */
export function isReplyTitleStart(text: string, following: readonly string[]): boolean {
  const t = [text, ...following.slice(0, 2)].map(clean).join(' ')
  return /^(?:Antwort|Stellungnahme|Beantwortung)(?:\s+(?:der|des)\s+[^,:.]{2,80}?)?\s+(?:zu|auf|zur)\s+(?:der|die|den|einer|eine)?\s*(?:Kleinen?|Großen?|Schriftlichen?|Mündlichen?|Dringlichen?)?\s*Anfrage\b/iu.test(
    t
  )
}

/**
 * "Antwort des Ministeriums …" standing after a bare "und": the second half of a Drucksache's title block
 * ("Kleine Anfrage des Abgeordneten … / und / Antwort des Ministeriums …"), which names the document; the reply
 * itself begins further down ("Das Ministerium … hat die Kleine Anfrage … wie folgt beantwortet:").
 */
export function isTitleBlockAnswer(previous: string | undefined, text: string): boolean {
  if (previous === undefined || !/^(?:Antwort|Stellungnahme)\b/iu.test(clean(text))) return false
  // the lower-case "und" may have been joined to the line above it: "Kleine Anfrage der Abgeordneten … (SPD) und"
  const before = clean(previous)
  return before === 'und' || (/\sund$/u.test(before) && /\bAnfrage\b/u.test(before))
}

/** Headings of text that explains the inquiry and is neither question nor reply. */
const PREAMBLE_HEADING =
  /^(?:Vorbemerkung(?:en)?(?:\s+de[rs]\s+(?:Fragesteller\w*|Antragsteller\w*|Abgeordneten|Fraktion\w*))?|Sachverhalt|Hintergrund|Ausgangslage|Anlass|Problemstellung|Einleitung|Vorbemerkung des Fragestellers)\s*:?$/iu
const RATIONALE_HEADING = /^(?:Begründung|Erläuterung(?:en)?|Zur Begründung)\s*:?$/iu

export function isPreambleHeading(text: string): boolean {
  return PREAMBLE_HEADING.test(clean(text))
}

/** The questioner's own preamble, as a heading or in front of its text: never part of the reply. */
export function isAskerPreamble(text: string): boolean {
  return /^Vorbemerkung(?:en)?\s+(?:(?:de[rs]|der)\s+)?(?:Fragesteller\w*|Abgeordneten|Antragsteller\w*|Fraktion\w*|Kleinen\s+Anfrage|Großen\s+Anfrage|Anfrage)\b/iu.test(
    clean(text)
  )
}

export function isRationaleHeading(text: string): boolean {
  return RATIONALE_HEADING.test(clean(text))
}

/** "Wir fragen den Magistrat:", "Fragen:", "… bitten um die Beantwortung folgender Fragen:". */
export function isQuestionsIntro(text: string): boolean {
  const t = clean(text)
  if (!/:\s*$/.test(t)) return false
  return /\b(?:frag\w*|Beantwortung|beantworten|Auskunft)\b/iu.test(t) && !/^Zu\s/i.test(t)
}

export function isSalutation(text: string): boolean {
  return /^(?:Sehr geehrte[rs]?|Liebe[rs]?|Guten Tag)\b.{0,120},?$/u.test(clean(text))
}

/** The end of a letter: greeting, "gez.", a signing function. */
export function isClosing(text: string): boolean {
  const t = clean(text)
  return (
    /^(?:Mit freundlichen Grüßen|Mit besten Grüßen|Freundliche Grüße|Viele Grüße|Hochachtungsvoll|Mit freundlichem Gruß)\b/iu.test(t) ||
    /^(?:gez\.|gezeichnet\b|i\.\s?A\.|i\.\s?V\.|Im Auftrag\b|In Vertretung\b)/u.test(t)
  )
}

/** A line of a signature block: a name with a function, a role alone, a place and date. */
export function isSignatureLine(text: string): boolean {
  const t = clean(text)
  if (wordCount(t) > 10 || /[?]/.test(t)) return false
  if (
    /^(?:\(?(?:Ober)?[Bb]ürgermeister\w*\)?|\(?Stadtrat\w*\)?|\(?Landrat\w*\)?|\(?Dezernent\w*\)?|\(?Fraktionsvorsitzende\w*\)?|\(?Minister\w*\)?|\(?Staatssekretär\w*\)?|\(?Bezirksbürgermeister\w*\)?|\(?Stadtverordnete\w*\)?|\(?Erste\w* Stadtr\w*\)?|Für die Fraktion\b.*|Für den Magistrat\b.*|(?:Der Magistrat|Die Landesregierung|Der Senat|Das Bezirksamt|Der Kreisausschuss|Der Gemeindevorstand)(?:\s+(?:der|des)\s+[\p{L} .-]{2,40})?)$/u.test(
      t
    )
  )
    return true
  // a place and date, with the signer's name and function run into it ("Wiesbaden, 28. November 2020 Peter Muster Staatsminister")
  return /^[\p{Lu}][\p{L}-]+,\s*(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}(?:\s(?:\p{Lu}[\p{L}-]*\.?|\(\p{L}+\))){0,6}$/u.test(t)
}

/** A parliament's running header: "Drucksache 19/2087 Bayerischer Landtag · 19. Wahlperiode". */
const PARLIAMENT_HEADER =
  /^(?:(?:Drucksache|Drs\.)\s*\d{1,2}\/\d{1,6}\b.{0,80}\b(?:Wahlperiode|Landtag|Bürgerschaft|Abgeordnetenhaus)\b.{0,30}|(?:\p{L}+\s+)?(?:Landtag|LANDTAG|Bürgerschaft|BÜRGERSCHAFT|Abgeordnetenhaus|ABGEORDNETENHAUS)\b.{0,60}\b(?:Wahlperiode)\b.{0,20}(?:Drucksache|Drs\.)\s*\d{1,2}\/\d{1,6}(?:\s\d{1,3})?)$/u

/** One piece of a running header: "Drucksache 19/2211", "Bayerischer Landtag", "19. Wahlperiode", "Seite 2", "- 2 -". */
const HEAD_PIECE =
  /^(?:(?:Drucksache|Drs\.)\s?\d{1,2}\s?\/\s?\d{1,6}(?: \d{3})?|(?:\p{Lu}\p{Ll}+ ){0,2}(?:Landtag|Bürgerschaft|Abgeordnetenhaus|Bundestag)\b(?: (?:von|des|der) \p{Lu}[\p{L}-]+)?|\d{1,2}\. Wahlperiode|(?:Seite|S\.) \d{1,4}(?: von \d{1,4})?|[-–] \d{1,4} [-–]|[–·|])(?: |$)/u

/**
 * The length of a running header glued to the front of a paragraph ("Drucksache 19/2211 Bayerischer Landtag
 * 19. Wahlperiode Seite 2 2. Bis wann …"): at least two of its pieces, one a Drucksache or a parliament; 0 if none.
 */
export function runningHeadLength(text: string): number {
  let at = 0
  let pieces = 0
  let named = false
  for (let k = 0; k < 8; k++) {
    const m = HEAD_PIECE.exec(text.slice(at, at + 80))
    if (!m) break
    at += m[0].length
    pieces++
    if (/^(?:Drucksache|Drs|\p{Lu}\p{Ll}+ (?:Landtag|Bürgerschaft)|Landtag|Bürgerschaft|Abgeordnetenhaus|Bundestag)/u.test(m[0]))
      named = true
  }
  return pieces >= 2 && named && at < text.length ? at : 0
}

/** A document's head run into one paragraph ("Drucksache 17 / 17 392 Schriftliche Anfrage … Auslaufmodell?"): no question, whatever it ends with. */
export function isHeadMatter(text: string): boolean {
  return /^(?:(?:Drucksache|Drs\.)\s?\d|(?:\p{L}+ ){0,3}(?:Landtag|Bürgerschaft|Abgeordnetenhaus|Bundestag)\b)/iu.test(
    clean(text).slice(0, 80)
  )
}

/** Page numbers and similar running matter that survived layout ("- 2 -", "Seite 2 von 5"). */
export function isPageFurniture(text: string): boolean {
  const t = clean(text)
  return (
    PARLIAMENT_HEADER.test(t) ||
    /^[-–—]\s*\d{1,4}\s*[-–—]$/.test(t) ||
    /^(?:Seite|S\.|Blatt)\s*\d{1,4}(?:\s*(?:von|\/)\s*\d{1,4})?$/i.test(t) ||
    /^\d{1,4}$/.test(t)
  )
}

/** Letterhead and file lines: "Betreff: …", "Eingang: 22.01.2024", "Anfrage Nr. A 2024/004", "… Hannover, 12.03.2024". */
const META_LINE =
  /^(?:Betreff|Betr\.|Kurztitel|Eingang|Eingegangen|Datum|Az\.|Aktenzeichen|Geschäftszeichen|Gesch\.-Z\.|Ihr Zeichen|Unser Zeichen|Bearbeiter\w*|Telefon|Tel\.|E-Mail|Anfrage Nr\.|Vorlagen?-?Nr\.|Drucksachen?-?Nr\.)\s*:?\s/iu
const DATELINE_END = /(?:^|[,–—-]\s*)\p{Lu}[\p{L}. -]{1,40},\s*(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}$/u

export function isMetaLine(text: string): boolean {
  const t = clean(text)
  if (META_LINE.test(t)) return t.split(/\s+/).length <= 25
  return DATELINE_END.test(t) && t.split(/\s+/).length <= 20 && !/[.?!]\s/.test(t.replace(/\b(?:Ref|Nr|Dr|Abt)\.\s/g, ''))
}

/** Interrogative openings of a German question: a w-word (possibly after a preposition) or a finite verb. */
const INTERROGATIVE =
  /^(?:(?:\p{L}+\s+){0,2}(?:welche[rsnm]?|wie|wer|wen|wem|wessen|was|wann|wo|woher|wohin|warum|weshalb|wieso|weswegen|wozu|wodurch|womit|wofür|worauf|woran|worin|wovon|inwiefern|inwieweit|ob)\b|(?:ist|sind|war|waren|hat|haben|hatte|hatten|gibt|gab|wird|werden|wurde|wurden|kann|können|konnte|konnten|soll|sollen|sollte|sollten|muss|müssen|darf|dürfen|plant|planen|sieht|sehen|teilt|beabsichtigt|beabsichtigen|liegen|lagen|liegt|lag|besteht|bestehen|bestand|existiert|existieren|trifft|treffen|nimmt|verfügt|verfügen|hält|halten|erwägt|prüft|gedenkt|unterstützt|befürwortet|kennt|weiß|will|wollen|teilen|stimmt|gelten|gilt)\b)/iu
/** Requests phrased as sentences: "Bitte listen Sie … auf.", "Der Magistrat wird gebeten, … darzustellen." */
const REQUEST =
  /\b(?:bitte|gebeten|bitten)\b|\b(?:darzustellen|darzulegen|aufzulisten|aufzuschlüsseln|zu benennen|mitzuteilen|zu erläutern|zu beziffern)\b/iu

/** A paragraph that asks: a question mark, or a question's opening word or a request. */
export function asks(text: string): boolean {
  return /\?/.test(text) || asksWithoutMark(text)
}

export function asksWithoutMark(text: string): boolean {
  const t = clean(text)
  return INTERROGATIVE.test(t.slice(0, 80)) || REQUEST.test(t) || asksInReportedSpeech(t)
}

/**
 * A heading-like paragraph: short and without sentence punctuation at its end; a styled (bold, heading) line
 * may be longer. A line ending in a colon is a heading only when very short ("Vorbemerkung:") or styled — "Das
 * Land hat folgende Maßnahmen ergriffen:" introduces a list.
 */
export function looksLikeHeading(text: string, flags: { heading: number | null; bold: boolean }): boolean {
  const t = clean(text)
  const words = wordCount(t)
  if (/[.?!;,]$/.test(t) || words > 12) return false
  // a finished sentence inside ("Siehe https://…/lagebild/. 3. Wie", a stored copy cut off) is no heading;
  // four letters before the stop, not "four or more", which would rescan a long word from every letter
  if (/(?:\p{Ll}{4}|\/)[.?!] \S/u.test(t)) return false
  if (flags.heading !== null || flags.bold) return true
  return /:$/.test(t) ? words <= 3 : words <= 6
}
