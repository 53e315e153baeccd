/**
 * @module
 * The inquiry's metadata from its head (the paragraphs before the questions): kind, title, reference, date,
 * submitter, addressee, body, and where a document carries two, the inquiry's number and both dates. Each field is
 * read from a line that says it ("Betreff:", "Drucksache 18/4711", "An den Magistrat", "Eingang: 05.03.2024"), or
 * from the head joined into one text when it lost its line breaks; a field nothing says stays null. Whether the
 * document holds the answer is read from its head here ("… und Antwort", "Antwort der Landesregierung") and
 * completed by parse.ts from the reply found.
 */
import type { Meta } from '../schema.js'
import { closeSpacedLetters } from './cues.js'
import { findDate } from './dates.js'
import { findParliament, findCouncil, inferBody, sessionBody } from './meta-body.js'
import { coveringNoteDate, findDates } from './meta-dates.js'
import { bareCouncil, findAddressee, findBody, findSubmitter, withGroup } from './meta-people.js'
import { joinAfter, lateTitleBlock, replyHeadingDate, signature, signedBy, withAnnouncedTitle } from './meta-late.js'
import { findReferences } from './meta-refs.js'
import { findFlatTitle, findLabelledTitle, firstLineTitle, lastLineTitle, quotedTitleLine, titleAfterDate } from './meta-title.js'

/** The head's metadata; `hasReply` null when the head does not say, for parse.ts to decide from the reply. */
export type HeadMeta = Omit<Meta, 'hasReply'> & { hasReply: boolean | null }

/** How many paragraphs of a document's head are read. */
const HEAD = 30
/** How many paragraphs past the head are read for what a document prints later. */
const AFTER_HEAD = 40

const KINDS: [RegExp, string][] = [
  [/\bKleinen?\s+Anfrage\b/i, 'kleine-anfrage'],
  [/\bGro(?:ß|ss)en?\s+Anfrage\b/i, 'grosse-anfrage'],
  [/\bSchriftlichen?\s+Anfrage\b/i, 'schriftliche-anfrage'],
  [/\bMündlichen?\s+Anfrage\b/i, 'muendliche-anfrage'],
  [/\bDringlichen?\s+Anfrage\b/i, 'dringliche-anfrage'],
  [/\bEinwohner(?:innen)?(?:\s*und\s*Einwohner)?anfrage\b/i, 'einwohneranfrage'],
  [/\bAnfrage\b/i, 'anfrage'],
]

/** "Betreff: …", "betr.: …", "Kleine Anfrage und Antwort: …", "Kurztitel: …", "Thema: …", "Anfrage: …", "Anfrage gemäß § 12 …: …", "Anfrage 1: …", "Anfrage der AfD-Fraktion: …", "hier: …" */
const TITLE =
  /^(?:Betreff|Betr\.|Kurztitel|Thema|Gegenstand|Titel|hier|(?:Kleine |Große |Schriftliche )?Anfrage(?:\s+(?:gem\.|gemäß|nach)\s[^:]{3,80}|\s+\d{1,3}|\s+(?:der|des)\s[^:]{2,60})?(?:\s+und\s+Antwort)?)\s*:\s*(.+)$/iu
/** "Anfrage SPD betr. Fahrtreppe S-Bahnstation Heimfeld", "Anfrage z. T. 2,5%-Hürde bei Kommunalwahlen" (zum Thema) */
const TITLE_AFTER_BETR = /^(?:Kleine |Schriftliche )?Anfrage\b[^:]{0,60}?\s(?:betr(?:\.|effend)|zum Thema|z\. ?T\.)\s*:?\s*(.{3,200})$/u
/** "Anfrage F0112/24 – Windenergie …": an identifier in front of the title */
const TITLE_PREFIX = /^(?:Anfrage|Kleine Anfrage|Drucksache)\s+\S*\d\S*\s*[–—-]\s*/u

const ID =
  '((?:[A-ZÄÖÜ]{1,5}\\s?)?[A-ZÄÖÜ0-9]{0,6}[-/]?\\d{1,6}(?:[/.-](?:\\d{1,6}|[IVXL]{1,6}))*(?:/[IVXL]{1,6})?|[IVXL]{1,6}-[A-Z]{1,3}-\\d{2,6})'
const REFERENCES = [
  new RegExp(`^(?:Drucksache|Drs\\.)(?:\\s*Nr\\.)?\\s*:?\\s*${ID}`, 'u'),
  new RegExp(`\\b(?:Anfrage|Vorlage|Vorlagen|Antrag)[-\\s]?(?:Nr\\.|Nummer)\\s*:?\\s*${ID}`, 'u'),
  new RegExp(`\\b(?:Vorlagen?-?Nr\\.|Az\\.|Aktenzeichen|Drucksachen?-?Nr\\.)\\s*:?\\s*${ID}`, 'u'),
  // "Vorlage - AN/0147/2024": a council information system's heading
  new RegExp(`^Vorlage\\s*[-–:]\\s*${ID}`, 'u'),
  new RegExp(`^(?:(?:Betreff|Betr\\.)\\s*:\\s*)?(?:Kleine |Große |Schriftliche )?Anfrage\\s+${ID}(?=\\s*$|\\s*[–—-])`, 'u'),
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

/**
 * The metadata from the head's paragraphs (`texts`), for what some documents print later the paragraphs after it,
 * and the first page's running header taken out of the text (`header`), read where the head says nothing.
 */
export function extractMeta(texts: readonly string[], after: readonly string[] = [], header: readonly string[] = []): HeadMeta {
  const lines = withAnnouncedTitle(texts.slice(0, HEAD), after).map((t) => closeLetterSpacing(t).replace(/\s+/g, ' ').trim())
  const whole = lines.join('\n').slice(0, FLAT_HEAD)
  const flat = cutBeforeQuestions(whole)
  // a head that is one long line (a web page's text, a database field) is read up to its questions only
  const head = lines.map((l) => (l.length > LONG_LINE ? cutBeforeQuestions(l) : l))
  const dates = findDates(flat)
  const refs = findReferences(texts.slice(0, HEAD), flat)
  const lineReference = firstMatch(
    head.filter(isHeadLine),
    (t) => REFERENCES.map((r) => r.exec(t)?.[1]).find((x) => x && /\d/.test(x) && !/^\d{1,2}\.\d{1,2}\./.test(x)) ?? null
  )
  // "Drucksache 19 / 20 111": the line pattern stops at the first space, the head's reading does not
  const reference =
    lineReference !== null && refs.reference?.startsWith(lineReference)
      ? refs.reference
      : (lineReference ?? refs.reference ?? findReferences(header, header.join('\n')).reference)
  const lineDate = findInquiryDate(head)
  // a document without questions hands over all of it as its head: what lies past HEAD is read as later text
  const late = readLate([...texts.slice(HEAD, HEAD + AFTER_HEAD), ...after])
  // a letter's date line ("03.12.2023" above "Sehr geehrter …") is the inquiry's; a Drucksache's header date is not
  const letterDate =
    lineDate !== null && lineDate !== dates.replyDate && (lineDate !== dates.headerDate || !PRINTED.test(flat)) ? lineDate : null
  const inquiryDate = dates.inquiryDate ?? letterDate ?? late.signedDate ?? dates.receivedDate ?? dates.looseDate
  // a date the head ties to the inquiry ("… vom 12.03.2024") before a bare date line (the Drucksache's)
  const date =
    inquiryDate ?? (lineDate !== null && lineDate !== dates.replyDate ? lineDate : (dates.headerDate ?? dates.sessionDate ?? lineDate))
  // the inquiry's own number beside the answer's; alone, it is also the reference (a Bundestag answer cites only it)
  const addressee = findAddressee(head)
  const headSubmitter = findSubmitter(head)
  // "Gesetzentwurf der Fraktion der SPD", signed "Stoch, Binder und Fraktion": the names and their group
  const submitter0 =
    headSubmitter !== null && late.signers !== null && /^Fraktion\b/u.test(headSubmitter)
      ? `${late.signers} (${headSubmitter})`
      : (headSubmitter ?? late.submitter ?? signedBy(after.slice(0, AFTER_HEAD)))
  const submitter = submitter0 !== null ? capitalI(withGroup(submitter0, head)) : null
  const inquiryReference =
    refs.inquiryReference !== null && (refs.inquiryReference !== reference || lineReference === null) ? refs.inquiryReference : null
  // an answer's Drucksache is dated the day of the answer ("19.10.2016 Drucksache 6/2838 … Die Kleine Anfrage 1297 …")
  const replyDate =
    coveringNoteDate([whole, ...after.slice(0, AFTER_HEAD)].join('\n')) ??
    dates.replyDate ??
    late.replyDate ??
    late.headingDate ??
    answerPrintDate(dates.headerDate, inquiryDate, refs.inquiryReference !== null || REPLY_SAID.test(flat))
  return {
    // a web page that prints only the questions names its kind below them ("Diese Anfrage als PDF herunterladen")
    // a portal's section "Anträge/Anfragen" above the paper says what it is, where the paper names no kind
    kind:
      findKind(head) ??
      findKind(after.slice(0, AFTER_HEAD)) ??
      (head.some((l) => /^(?:Anträge\s?\/\s?)?Anfragen$/u.test(l)) ? 'anfrage' : null),
    title:
      findTitle(head) ??
      quotedTitleLine(head) ??
      findFlatTitle(whole) ??
      titleAfterSubmitter(head) ??
      titleAfterDate(flat) ??
      findLabelledTitle(texts.slice(0, HEAD)) ??
      late.title ??
      firstLineTitle(head) ??
      lastLineTitle(texts.slice(-1).map((t) => t.replace(/\s+/g, ' ').trim())),
    reference,
    date,
    submitter,
    addressee,
    body: inSession(
      sessionBody(whole, after.join('\n').slice(0, FLAT_HEAD)),
      findBody(head) ??
        findParliament(flat) ??
        findCouncil(flat) ??
        inferBody(addressee, [whole, ...after.slice(0, 3)].join('\n').slice(0, FLAT_HEAD)) ??
        bareCouncil(head) ??
        imprintBody(after)
    ),
    inquiryReference,
    inquiryDate,
    replyDate,
    hasReply: NO_REPLY.test(flat) ? false : REPLY_SAID.test(whole) || late.saysReply ? true : null,
  }
}

/** What the text after the head gives: the date signed under the questions, and a late title block's fields. */
function readLate(after: readonly string[]): {
  headingDate: string | null
  signedDate: string | null
  signers: string | null
  title: string | null
  submitter: string | null
  replyDate: string | null
  saysReply: boolean
} {
  const text = joinAfter(after)
  const block = lateTitleBlock(text)
  const flatBlock = block?.replace(/\n/g, ' ') ?? ''
  const signed = signature(text)
  return {
    headingDate: replyHeadingDate(text),
    signedDate: signed.date,
    signers: signed.forFaction,
    title: block ? findFlatTitle(flatBlock) : null,
    submitter: block ? findSubmitter([flatBlock]) : null,
    replyDate: block ? findDates(closeLetterSpacing(flatBlock)).replyDate : null,
    saysReply: block !== null && REPLY_SAID.test(flatBlock),
  }
}

/** How much of a head is read as one text, and from which length a line is read only up to its questions. */
const FLAT_HEAD = 3000
const LONG_LINE = 600
/** Where the questions or the answer begin in a head that lost its line breaks. */
const QUESTIONS_BEGIN =
  /\b(?:Ich\s+frage\s+(?:die|den)|Wir\s+fragen\s+(?:die|den)|(?:frage|fragen)\s+(?:ich|wir)\s+(?:die|den)|Vorbemerkung|Im\s+Namen\s+des\s+Senats|Namens\s+der\s+Landesregierung\s+beantwort|namens\s+und\s+im\s+Auftrag|Frage\s*1\s*[:.]|Frage\s*:|Sehr\s+geehrte)|\s1\.\s+(?:Wie|Was|Welche\w*|Wann|Wo|Warum|Weshalb|Wieso|Ist|Sind|Gibt|Hat|Haben|Wird|Werden|Kann|Können|Inwie\w*|In\s+welche\w*|Trifft|Plant|Teilt|Liegen|Liegt|Hält)\b/u
const cutBeforeQuestions = (text: string): string => {
  const at = QUESTIONS_BEGIN.exec(text)?.index ?? -1
  return at > 0 ? text.slice(0, at) : text
}
/** "V o r b e m e r k u n g", "A n t w o r t", "K l e i n e A n f r a g e": letters spaced apart, closed up */
const closeLetterSpacing = (text: string): string =>
  closeSpacedLetters(text).replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu, (m) =>
    m.replace(/ /g, '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
  )

/** A head that says it holds the answer, and one that says the answer is still open. */
const REPLY_SAID =
  /\bund\s+Antwort\b|\bANTWORT\s+der\b|\bAntwort\s+(?:der|des)\s+(?:Landesregierung|Bundesregierung|Staatsregierung|Senat\w*|Verwaltung|Ministeri\w+|Chefs|Magistrat\w*|Bezirksamt\w*|Oberbürgermeister\w*|Bürgermeister\w*|Landrat\w*|Kreisverwaltung)\b|\bAntwort\s+auf\s+(?:die|eine)\b|\bbeantworte\s+ich\b|\bbeantwortet\b[^.]{0,40}\bwie\s+folgt\b|\bKleine\s+Anfrage\s+mit\s+Schreiben\s+vom\b|\bhat\s+folgenden\s+Wortlaut\b/u
const NO_REPLY = /\bStellungnahme\s+der\s+Verwaltung\s*:\s*offen\b|\bAntwort\s*:\s*(?:offen|ausstehend)\b/iu

/**
 * The council in whose session the inquiry is asked ("für die Sitzung des Kreistages") over a body the head only
 * mentions ("… dem Verfassungskonvent des Hessischen Landtages …"), unless the head names that council more fully.
 */
const inSession = (session: string | null, named: string | null): string | null =>
  session === null || named?.startsWith(session.split(' ')[0]!) ? named : session

/** "Druck: Landtag Rheinland-Pfalz, 22. März 2016", "Herstellung: Kanzlei des Hessischen Landtags": the printer is the parliament. */
const IMPRINT = /\b(?:Druck|Herstellung)\s?:\s?([^,\n]{3,80})/u
function imprintBody(after: readonly string[]): string | null {
  for (const text of after) {
    const printer = IMPRINT.exec(text)?.[1]
    const parliament = printer ? findParliament(printer) : null
    if (parliament) return parliament
  }
  return null
}

/**
 * A Drucksache that prints the answer is dated the day of the answer: "22. Wahlperiode 19.03.24 … Schriftliche
 * Kleine Anfrage … vom 11.03.24 und Antwort des Senats" (Hamburg), "Landtag 21. Wahlperiode 26.03.24 Antwort des
 * Senats auf die Kleine Anfrage … vom 6. Februar 2024" (Bremen). Never a date before the inquiry's.
 */
function answerPrintDate(headerDate: string | null, inquiryDate: string | null, isAnswer: boolean): string | null {
  if (!isAnswer || headerDate === null) return null
  return inquiryDate === null || headerDate > inquiryDate ? headerDate : null
}

/** Words of a parliament's printed matter, whose header date is the print's */
const PRINTED = /\b(?:Drucksache|Drs\.|Wahlperiode)/u

/** A line of the letterhead or title block, not running text: a Drucksache a sentence cites is another one. */
const isHeadLine = (line: string): boolean => line.split(/\s+/).length <= 16

function firstMatch(lines: readonly string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const value = read(line)?.trim()
    if (value) return value.replace(/[.:;,]$/, '').trim()
  }
  return null
}

/** OCR's lower-case "l" for a capital "I" between capitals: "André Schollbach (DlE LINKE)" → "(DIE LINKE)". */
const capitalI = (text: string): string => text.replace(/(?<=\p{Lu})l(?=\p{Lu})/gu, 'I')

/** A line that opens with the specific kind: "Kleine Anfrage gem. § 24 BezVG" under "Anfrage der AfD-Fraktion: …". */
const KIND_LINE = /^(?:Kleine|Große|Schriftliche|Mündliche|Dringliche)\s+Anfrage\b/u

function findKind(head: readonly string[]): string | null {
  const specific = head.find((line) => KIND_LINE.test(line.trim()))
  const lines = specific !== undefined ? [specific] : head
  for (const line of lines) for (const [pattern, kind] of KINDS) if (pattern.test(line)) return kind
  return null
}

/** A "Betreff:" line, or in a parliament's head the bold line after the submitter and date. */
function findTitle(head: readonly string[]): string | null {
  const betr = head.map((t) => TITLE_AFTER_BETR.exec(t)?.[1]).find((t) => t !== undefined)
  // "… betreffend <title> und Antwort des Chefs der Staatskanzlei": the answer's line is not the title's
  if (betr)
    return betr
      .replace(/\s+und\s+(?:Antwort|ANTWORT)\b.*$/u, '')
      .replace(/[.:;,]$/, '')
      .trim()
  // a value that ends with a colon is the next label ("Anfrage des Abg. … Drs.-Nr.: 7/1234 Thema:"), not the title
  const at = head.findIndex((t) => !/^Anfrage\s*:$/u.test(t) && !/:$/u.test(TITLE.exec(t)?.[1] ?? ':'))
  if (at >= 0) {
    const title = TITLE.exec(head[at]!)![1]!.replace(TITLE_PREFIX, '').trim()
    // "betr.: Situation des … nach" / "dem Fahrplanwechsel 2014": a title broken over two lines
    const next = head[at + 1]
    const joined = next && !/[.:;!?]$/.test(title) && /^\p{Ll}/u.test(next) && next.split(/\s+/).length <= 12 ? `${title} ${next}` : title
    return joined.replace(/[.:;,]$/, '').trim()
  }
  return null
}

/** In a parliament's head, the bold line after the submitter and date. */
function titleAfterSubmitter(head: readonly string[]): string | null {
  // "des Abgeordneten …", "Kleine Anfrage des Kreistagsabgeordneten …", "der Bezirksverordneten …"
  const by = head.findIndex(
    (t) =>
      /^(?:des|der)\s+(?:\p{L}*(?:abgeordneten|verordneten)\b|Abg\.)/iu.test(t) ||
      /\bAnfrage\s+(?:des|der)\s+\p{L}*(?:abgeordneten|verordneten)\b|\bAnfrage\s+von\s+(?:Kreisrat|Kreisrätin|Stadtrat|Stadträtin|Gemeinderat|Gemeinderätin|Ratsmitglied)\s/iu.test(
        t
      )
  )
  if (by < 0) return null
  for (const line of head.slice(by + 1, by + 5)) {
    if (
      /^(?:vom|Drucksache|Drs\.|Eingang|auf die|Antwort|und Antwort|zum Thema|Vorbemerkung|Ich frage|Wir fragen)\b|\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\s+\d{4})|^[–—-]/iu.test(
        line
      )
    )
      continue
    // a title may ask ("Straßenbrunnen – ein Auslaufmodell?"); a fragment ("Senatsverwaltung für") is none
    if (
      /[.!:]$/.test(line) ||
      /\b(?:für|an|der|die|das|des|dem|den|und|von|zu|zur|zum|mit|auf|in|im)$/iu.test(line) ||
      (line.split(/\s+/).length < 2 && !/^\p{Lu}\p{Ll}{7,}$/u.test(line)) ||
      line.split(/\s+/).length > 16
    )
      continue
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
