/**
 * @module
 * Both dates of a document that carries two, told apart by what precedes them: the inquiry's ("Anfrage … vom
 * 07. August 2019", "(FDP) vom 26.03.18", "eingegangen am 15.01.2015") and the answer's ("und Antwort vom
 * 27. August 2019", "mit Schreiben vom 24. März 2017"); and the header line's date ("Drucksache 6/4820
 * 6. Wahlperiode 15.12.2015") for a document that prints no other. Receipt and print dates ("Eingang beim
 * Abgeordnetenhaus am …", "Druck: …", "Ausgegeben am …") are neither; the date of the meeting an inquiry is put
 * to ("Anfrage zur Stadtratsberatung am …") stands in for a council's.
 */
import { findDate } from './dates.js'

export type Dates = {
  inquiryDate: string | null
  receivedDate: string | null
  looseDate: string | null
  replyDate: string | null
  headerDate: string | null
  sessionDate: string | null
}

const DATE_START =
  /\b\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+\d{4})\b/giu
// each is tried on the (trimmed) 200 characters before a date
// … and a ministry's letter: "mit Schreiben des Bundesministeriums für Verkehr und digitale Infrastruktur vom …"
const REPLY_BEFORE =
  /(?:(?:\bAntwort|\bSchreiben|\bbeantwortet|\bStellungnahme)\b[^.()]{0,25}?|\bSchreiben\s+de[rs]\s+(?:Bundes|Staats)?ministerium\w*\b[^.()]{0,100}?)\b(?:vom|am)$/iu
const RECEIPT_BEFORE =
  /(?:\bEingang\s+beim\b[^()]{0,40}|\bDruck:[^,]{0,40},|\bAusgegeben(?:\s+am)?:?|\bgedruckt\s+am|\bSitzung\s+am|\bStand:?|\bStichtag:?)$/iu
const INQUIRY_BEFORE = /(?:\bAnfrage\b[^]{0,160}?\bvom|\)\s?vom)$/iu
/** "vom" alone may date a law a sentence cites ("Die Verfassung … vom 11. November 1953"): the weakest cue */
const LOOSE_BEFORE = /\bvom$/iu
/** The day the inquiry was received: its own date where it prints none (BW signs its under the questions) */
const RECEIVED_BEFORE = /(?:\beingegangen\s+am|\bEingang:?|Eingegangen:?)$/iu
/** "Anfrage zur Stadtratsberatung am 2. Oktober 2014": the council meeting the inquiry is put to */
const SESSION_BEFORE = /\bAnfrage\s+(?:zur|für\s+die)\s+\p{L}*(?:sitzung|beratung)\s+am$/iu
const ASKED_AFTER = /^\s?(?:folgende|die\s+(?:folgende|nachstehende)|nachstehende)\s+(?:\p{L}+\s+)?Anfrage\b/u
const AFTER_ANSWER = /\bAntwort\b[^.]{0,40}$/iu
const HEADER_BEFORE = /(?:\bWahlperiode|\bDrucksache\s+[\d /]{1,12})$|^$/u

/** The dates of a flattened head (cut before the questions). */
export function findDates(flat: string): Dates {
  const dates: Dates = { inquiryDate: null, receivedDate: null, looseDate: null, replyDate: null, headerDate: null, sessionDate: null }
  for (const m of flat.matchAll(DATE_START)) {
    const before = flat.slice(Math.max(0, m.index - 200), m.index).trimEnd()
    const iso = findDate(m[0])?.iso
    if (!iso) continue
    // "richtete … am 26. März 2025 folgende Anfrage an das Bezirksamt": the date of the inquiry, told by what follows
    if (ASKED_AFTER.test(flat.slice(m.index + m[0].length, m.index + m[0].length + 60))) dates.inquiryDate ??= iso
    if (SESSION_BEFORE.test(before)) dates.sessionDate ??= iso
    if (RECEIPT_BEFORE.test(before)) continue
    if (REPLY_BEFORE.test(before)) dates.replyDate ??= iso
    else if (INQUIRY_BEFORE.test(before) && !AFTER_ANSWER.test(before)) dates.inquiryDate ??= iso
    else if (RECEIVED_BEFORE.test(before) && !AFTER_ANSWER.test(before)) dates.receivedDate ??= iso
    else if (LOOSE_BEFORE.test(before) && !AFTER_ANSWER.test(before)) dates.looseDate ??= iso
    else if (HEADER_BEFORE.test(before.slice(-60).trimStart()) && m.index < 400) dates.headerDate ??= iso
  }
  return dates
}

/**
 * The covering note of an answer: "Der Ministerpräsident hat die Kleine Anfrage 628 mit Schreiben vom 18. Januar
 * 2018 namens der Landesregierung … beantwortet." It may stand after a Vorbemerkung, past where the head is cut,
 * and it dates this answer, where a Vorbemerkung's "Antwort vom …" dates another one.
 */
const COVERING_NOTE =
  /\bhat\s+die\s+(?:Kleine\s+|Große\s+|Schriftliche\s+)?Anfrage\b[^.]{0,80}?\bmit\s+Schreiben\s+vom\s+(\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|\p{L}{3,9}\s+\d{4}))[^.]{0,200}?\bbeantwortet\b/u

export function coveringNoteDate(text: string): string | null {
  const m = COVERING_NOTE.exec(text)
  return m ? (findDate(m[1]!)?.iso ?? null) : null
}
