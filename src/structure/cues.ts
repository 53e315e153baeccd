/**
 * @module
 * What a single paragraph says about its place in an inquiry: a reply heading ("Stellungnahme", "Antwort der
 * Landesregierung"), a preamble or rationale heading ("Begründung", "Vorbemerkung des Fragestellers"), the
 * sentence that introduces the questions, a greeting or closing, page furniture. Pure pattern tests on one
 * paragraph's text; deciding what the patterns mean in context is the job of `frame.ts`.
 */

/** Spaced-out capitals ("A N T W O R T") as some title pages print them, closed up. */
export function closeSpacedLetters(text: string): string {
  return text.replace(/\b(?:\p{Lu} ){2,}\p{Lu}\b/gu, (m) => m.replace(/ /g, ''))
}

const clean = (text: string): string => closeSpacedLetters(text).replace(/\s+/g, ' ').trim()
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

const REPLY_WORD = '(?:Stellungnahme|Antwort|Antworten|Beantwortung)'
const REPLY_BY =
  '(?:de[rsnm]|zu[rm]?|auf|zu de[nmr])\\s+(?:\\S+\\s+){0,4}?(?:Magistrat|Verwaltung|Landesregierung|Senat|Senats|Staatsregierung|Bürgermeister\\w*|Oberbürgermeister\\w*|Landrat|Landrätin|Kreisverwaltung|Gemeindeverwaltung|Stadtverwaltung|Bezirksamt|Bezirksamts|Ministerium\\w*|Regierung|Anfrage|Fragen|Stadt|Gemeinde)\\b'
/** "Stellungnahme", "Antwort der Landesregierung:", "Beantwortung durch die Verwaltung", "Stellungnahme des Magistrats". */
const REPLY_HEADING = new RegExp(`^(?:${REPLY_WORD})(?:\\s+(?:${REPLY_BY}|durch\\s+.{3,60}))?[^.?!]{0,60}?\\s*:?$`, 'iu')
/** "Vorbemerkung der Landesregierung", "Vorbemerkung des Magistrats", "Vorbemerkung der Verwaltung". */
const REPLY_PREFACE = /^Vorbemerkung(?:en)?\s+(?:de[rs]|zu[rm])\s+(?:\S+\s+)?(?:Landesregierung|Verwaltung|Magistrat\w*|Senat\w*|Staatsregierung|Bezirksamt\w*|Bürgermeister\w*|Oberbürgermeister\w*|Kreisverwaltung|Landrat\w*|Stadt|Gemeinde|Regierung|Ministerium\w*)\s*:?$/iu
/** A sentence that opens the reply: "Der Magistrat beantwortet die Anfrage wie folgt:". */
const REPLY_SENTENCE =
  /^(?:(?:Der|Die|Das)\s+(?:\S+\s+){0,3}?(?:beantwortet|nimmt|antwortet)\b.{0,80}(?:wie\s+folgt|folgt|Stellung)\s*:?|Die\s+(?:Anfrage|Fragen|Kleine\s+Anfrage)\s+(?:\S+\s+){0,4}?(?:wird|werden)\s+(?:\S+\s+){0,3}?(?:wie\s+folgt\s+)?beantwortet\s*:|Zu\s+(?:der|den)\s+(?:Anfrage|Fragen)\s+(?:nimmt|wird|antwortet).{0,80}:)$/iu

/** A heading that opens the reply. Short, and not the document's title ("Antwort zu der Anfrage …" at the top). */
export function isReplyHeading(text: string): boolean {
  const t = clean(text)
  if (wordCount(t) > 14) return REPLY_SENTENCE.test(t)
  return REPLY_HEADING.test(t) || REPLY_PREFACE.test(t) || REPLY_SENTENCE.test(t) || REPLY_NOTICE.test(t)
}

/** "Mitteilung der Verwaltung", "Erwiderung des Bezirksamts": replies by name, with their author. */
const REPLY_NOTICE = new RegExp(`^(?:Mitteilung|Erwiderung|Auskunft)\\s+${REPLY_BY}[^.?!]{0,40}:?$`, 'iu')

/** "ANTWORT" followed by "zu der Anfrage …": the title of a reply document, which names the inquiry. */
export function isReplyTitleStart(text: string, next: string | undefined): boolean {
  const t = clean(text)
  if (!/^(?:Antwort|Stellungnahme|Beantwortung)\b/i.test(t)) return false
  const rest = `${t.replace(/^\S+\s*/, '')} ${clean(next ?? '')}`.trim()
  return /^(?:zu\s+(?:der|einer)|auf\s+die|zur)\b/i.test(rest) && /Anfrage/i.test(rest)
}

/** Headings of text that explains the inquiry and is neither question nor reply. */
const PREAMBLE_HEADING =
  /^(?:Vorbemerkung(?:en)?(?:\s+de[rs]\s+(?:Fragesteller\w*|Antragsteller\w*|Abgeordneten|Fraktion\w*))?|Sachverhalt|Hintergrund|Ausgangslage|Anlass|Problemstellung|Einleitung|Vorbemerkung des Fragestellers)\s*:?$/iu
const RATIONALE_HEADING = /^(?:Begründung|Erläuterung(?:en)?|Zur Begründung)\s*:?$/iu

export function isPreambleHeading(text: string): boolean {
  return PREAMBLE_HEADING.test(clean(text))
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
  if (/^(?:\(?(?:Ober)?[Bb]ürgermeister\w*\)?|\(?Stadtrat\w*\)?|\(?Landrat\w*\)?|\(?Dezernent\w*\)?|\(?Fraktionsvorsitzende\w*\)?|\(?Minister\w*\)?|\(?Staatssekretär\w*\)?|\(?Bezirksbürgermeister\w*\)?|\(?Stadtverordnete\w*\)?|\(?Erste\w* Stadtr\w*\)?|Für die Fraktion\b.*|Für den Magistrat\b.*|Der Magistrat\b.*|Die Landesregierung\b.*|Der Senat\b.*)$/u.test(t)) return true
  return /^[\p{Lu}][\p{L}-]+,\s*(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}$/u.test(t)
}

/** Page numbers and similar running matter that survived layout ("- 2 -", "Seite 2 von 5"). */
export function isPageFurniture(text: string): boolean {
  const t = clean(text)
  return (
    /^[-–—]\s*\d{1,4}\s*[-–—]$/.test(t) ||
    /^(?:Seite|S\.|Blatt)\s*\d{1,4}(?:\s*(?:von|\/)\s*\d{1,4})?$/i.test(t) ||
    /^\d{1,4}$/.test(t)
  )
}

/** Interrogative openings of a German question: a w-word (possibly after a preposition) or a finite verb. */
const INTERROGATIVE =
  /^(?:(?:\p{L}+\s+){0,2}(?:welche[rsnm]?|wie|wer|wen|wem|wessen|was|wann|wo|woher|wohin|warum|weshalb|wieso|weswegen|wozu|wodurch|womit|wofür|worauf|woran|worin|wovon|inwiefern|inwieweit|ob)\b|(?:ist|sind|war|waren|hat|haben|hatte|hatten|gibt|gab|wird|werden|wurde|wurden|kann|können|konnte|konnten|soll|sollen|sollte|sollten|muss|müssen|darf|dürfen|plant|planen|sieht|sehen|teilt|beabsichtigt|beabsichtigen|liegen|lagen|liegt|lag|besteht|bestehen|bestand|existiert|existieren|trifft|treffen|nimmt|verfügt|verfügen|hält|halten|erwägt|prüft|gedenkt|unterstützt|befürwortet|kennt|weiß|will|wollen|teilen|stimmt|gelten|gilt)\b)/iu
/** Requests phrased as sentences: "Bitte listen Sie … auf.", "Der Magistrat wird gebeten, … darzustellen." */
const REQUEST = /\b(?:bitte|gebeten|bitten)\b|\b(?:darzustellen|darzulegen|aufzulisten|aufzuschlüsseln|zu benennen|mitzuteilen|zu erläutern|zu beziffern)\b/iu

/** A paragraph that asks: a question mark, or a question's opening word or a request. */
export function asks(text: string): boolean {
  return /\?/.test(text) || asksWithoutMark(text)
}

export function asksWithoutMark(text: string): boolean {
  const t = clean(text)
  return INTERROGATIVE.test(t) || REQUEST.test(t)
}

/** A heading-like paragraph: short and without sentence punctuation at its end. */
export function looksLikeHeading(text: string, flags: { heading: number | null; bold: boolean }): boolean {
  const t = clean(text)
  if (/[.?!;,]$/.test(t) || wordCount(t) > 12) return false
  return flags.heading !== null || flags.bold || wordCount(t) <= 6
}
