/**
 * @module
 * Run-on text: a paragraph whose line breaks were lost (a web page's text, an OParl `File.text`, a copy from
 * a browser, a database field), or wrapped at a fixed width regardless of its structure. It is cut before
 * the markers a reader sees in it: numbered items after a lead-in, "Frage N:", "Zu Frage N:", "Antwort:",
 * "Vorbemerkung", "Namens der Landesregierung beantwortet …", "Begründung:", a signature, a printer's
 * imprint. A number starts an item only in sequence and after a finished sentence ("1." after a colon, then
 * N+1 after "?" or "."), so that dates, amounts, "§ 3", "Nr. 2" and ordinals stay in their sentence.
 *
 * One pass over the candidates a global pattern finds; every test at a candidate looks at a bounded window.
 */
import { CONTACT_BLOCK, IMPRINT_START } from './imprint.js'

/** Where a marker may start: after white space (or at the text's start), at a word that can open one. */
const CANDIDATE =
  /(?<!\S)(?:[-–•] (?=\p{Lu})|\d{1,2}(?:\.\)|[.)])|[a-z][.)]|[Zz]u |Antwort|Frage|Vorbemerkung|Namens |Im Namen |Begründung|Mit freundlichen|In Vertretung|(?:(?:Prof|Dr)\. )+|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? (?:Staatsm|Minis|Sena|Staatss|Staatsr|Oberb|Bürg|Bezirksb|Landr|Beig)|Ich |Wir |\p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30})?, (?:den )?\d|Eingegangen|Ausgegeben|Herstellung|Druck|Vertrieb|Die Drucksachen|Drucksachen|Hausanschrift|Postanschrift|(?:Drucksache|Drs\.) ?\d{1,2} ?\/|LANDTAG |Landtag |A n t|V o r|B e g|S t e|Die Antwort wurde namens)/gu

const ITEM = /(\d{1,2})(?:\.\)|[.)]) +(?=[„"“\p{Lu}]|a\) )/uy
/** "1.1 Wie viele …", "2.3. Welche …": Bayern's decimal numbers */
/** "… zu berichten, 1. wieso er …; 2. ob ihm …;": an indirect question in lower case, the items parted by semicolons */
const LOWER_ITEM = /(\d{1,2})\. (?=\p{Ll}{2,})/uy
const DECIMAL_ITEM = /(\d{1,2})\.(\d{1,2})\.? +(?=[„"“\p{Lu}])/uy
const DASH_ITEM = /[-–•] (?=\p{Lu})/uy
const LETTER = /([a-z])[.)] +(?=[„"“\p{Lu}])/uy
const MONTH = /(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/uy
/** "Frage 1:", and OCR's "Frage l:" (a lower-case L for the 1, only before a colon) */
const FRAGE = /Fragen? (?:\d{1,3}|l(?= ?:))(?: ?[a-z]\))?(?: ?(?:,|und|bis|[-–]) ?\d{1,3}(?: ?[a-z]\))?){0,4} ?(?::|\.(?= \p{Lu}))/uy
/** A single question's word with its colon: "Frage: Welcher …?" */
const FRAGE_ALONE = /Frage ?: (?=[„"“\p{Lu}])/uy
const ZU = /(?:Antwort )?[Zz]u ([^:?!]{1,40}):/uy
const ANTWORT = /Antwort(?: de[rs](?: [\p{L}-]{2,30}){1,4})? ?:/uy
/** "Antwort des Staatsministeriums für Wohnen, Bau und Verkehr vom 20.04.2020": the answer's heading with its date. */
const ANTWORT_DATED = /Antwort de[rs](?: [\p{L},-]{2,30}){1,8} vom \d{1,2}\. ?(?:\d{1,2}\.|\p{L}{3,9}) ?\d{4} /uy
const HEADINGS = /(?:Vorbemerkung(?:en)?|Begründung)\b/uy
/** A heading set letter-spaced ("A n t w o r t", "V o r b e m e r k u n g d e r …") needs no stop before it. */
const SPACED_HEADING = /(?:A n t w o r t|V o r b e m e r k u n g|B e g r ü n d u n g|S t e l l u n g n a h m e)(?= |$)/uy
const REPLY_INTRO = /(?:Namens|Im Namen)(?: und im Auftrag)? de[rs](?: [\p{L}.-]{1,30}){1,8} beantworte/uy
const SIGNATURE = /(?:Mit freundlichen Grüßen|In Vertretung\b)/uy
const OFFICES =
  '(?:Staatsminister|Minister|Senator|Staatssekretär|Staatsrat|Oberbürgermeister|Bürgermeister|Bezirksbürgermeister|Landrat|Beigeordnete[rn]?)(?:in)?'
/** The signer's name and office after the last answer: "… Ja. Prof. Dr. Gerhard Robbers Staatsminister Druck: …" */
const SIGNER = new RegExp(
  `(?:(?:Prof|Dr)\\. )*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? ${OFFICES}(?= ?$| (?:Druck|Herstellung|Vertrieb) ?:)`,
  'uy'
)
/** A dateline after a finished sentence: "Berlin, den 24. Mai 2024", "Wiesbaden, 28. März 2024". */
const DATELINE = /\p{Lu}[\p{L}-]{1,30}, (?:den )?\d{1,2}\./uy
/**
 * A running header glued to what follows: "Drucksache 18/123 – 3 –", "Drucksache 7/357 Landtag
 * Mecklenburg-Vorpommern - 7. Wahlperiode 2", "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/1824 2",
 * "Landtag von Baden-Württemberg Drucksache 16 / 2803 2".
 */
const RUNNING_HEADER =
  /(?:Drucksache|Drs\.) ?\d{1,2} ?\/ ?\d[\d ]{0,7}(?:[-–—] ?\d{1,4} ?[-–—]|(?: \p{Lu}[\p{L}-]{1,30}){1,3} ?[-–—] ?\d{1,2}\. Wahlperiode \d{1,3}) +(?=\S)|(?:LANDTAG|Landtag) \p{Lu}[\p{L}-]{2,30} ?[-–—] ?\d{1,2}\. Wahlperiode (?:Drucksache|Drs\.) ?\d{1,2} ?\/ ?\d{1,6} \d{1,3} +(?=\S)|Landtag von \p{Lu}[\p{L}-]{2,30} (?:Drucksache|Drs\.) \d{1,2} ?\/ ?\d{1,3}(?: ?\d{3})? \d{1,3} +(?=\S)/uy
/** A lead-in that introduces the questions: "Ich frage den Senat:", "Wir fragen daher die Landesregierung:". */
const LEAD_IN = /(?:Ich|Wir) (?:frage|fragen|bitte|bitten)\b[^.?!:]{0,100}:/uy

/** Words that end in a dot without ending a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:Nr|Drs|Abs|Art|Ziff|bzw|ca|vgl|ggf|gem|lt|inkl|evtl|Anl|Bd|Kap|Tz|St|Dr|Prof|[\p{L}])\.$/u

type Cut = { at: number }

const match = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at
  return pattern.exec(text)
}

/**
 * What the text before `at` ends with: a finished sentence's mark, "ordinal" after a number's dot ("28.",
 * a date or the end of a sentence), or null (mid-sentence, an abbreviation).
 */
function endBefore(text: string, at: number): string | null {
  if (closesQuestionBracket(text, at)) return '?'
  let i = at - 1
  while (i >= 0 && i > at - 8 && /[\s“”"'»)\]]/u.test(text[i]!)) i--
  if (i < 0) return 'start'
  const mark = text[i]!
  if (!/[.?!:;]/.test(mark)) return null
  if (mark !== '.') return mark
  const before = text.slice(Math.max(0, i - 8), i + 1)
  if (/(?:^|\D)\d{1,2}\.$/u.test(before)) return 'ordinal'
  return ABBREVIATION.test(before) ? null : mark
}

/**
 * The text before `at` ends with a bracket that ends a question: a request ("… (bitte nach Jahren aufschlüsseln)
 * 2. Wie …"), or any aside after its "?" ("… eingeladen? (vgl. § 42 (1) Satz 2 BezVerwG) b. Auf …"). A bounded
 * scan back to the bracket's opening, brackets inside it counted.
 */
function closesQuestionBracket(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && i > at - 4 && text[i] === ' ') i--
  if (text[i] !== ')') return false
  let depth = 0
  for (let j = i; j >= 0 && j > i - 300; j--) {
    if (text[j] === ')') depth++
    else if (text[j] === '(' && --depth === 0) {
      if (/^\(\s*[Bb]itte\b/u.test(text.slice(j, j + 12))) return true
      let k = j - 1
      while (k >= 0 && k > j - 4 && text[k] === ' ') k--
      // "… hilfsweise quartalsweise. (Beobachtungszeitraum bitte die letzten 2 Jahre angeben) Zu 1.: …"
      return text[k] === '?' || (text[k] === '.' && /\b[Bb]itte\b/u.test(text.slice(j, i)))
    }
  }
  return false
}

/**
 * Cuts a paragraph into paragraphs at its markers; text without markers comes back whole. Where the line
 * breaks were lost (`lost`), an answer that follows its question without a label is cut off too.
 */
export function splitRunOn(text: string, lost: boolean): string[] {
  const cuts = findCuts(text, lost)
  if (cuts.length === 0) return [text]
  const parts: string[] = []
  let from = 0
  for (const cut of cuts) {
    if (cut.at > from) parts.push(text.slice(from, cut.at))
    from = cut.at
  }
  parts.push(text.slice(from))
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

function findCuts(text: string, lost: boolean): Cut[] {
  const cuts: Cut[] = []
  const state: State = { next: 1, letter: 'a', listed: false, replied: false, decimal: null, labels: 0 }
  const add = (at: number): void => {
    if (at > 0 && (cuts.length === 0 || cuts[cuts.length - 1]!.at < at)) cuts.push({ at })
  }
  for (const candidate of text.matchAll(CANDIDATE)) {
    const at = candidate.index
    if (cuts.length > 0 && cuts[cuts.length - 1]!.at > at) continue
    // a paragraph starts right here (after a heading cut off before it): as at the text's start
    const end = cuts[cuts.length - 1]?.at === at ? 'start' : endBefore(text, at)
    const cut = cutAt(text, at, end, state)
    if (cut === null) continue
    if (cut.lead !== undefined) add(cut.lead)
    add(cut.at)
    if (cut.after !== undefined) add(cut.after)
  }
  let single = -1
  // a single question without a number or "Frage:" ("… auf Drucksache 6/4537. Welche Polizeieinsätze …? Gemäß …")
  if (lost && ![0, ...cuts.map((c) => c.at)].some((at) => ASKING_SEGMENT.test(text.slice(at, at + 12)))) {
    const asking = firstAskingSentence(text)
    if (asking > 0) {
      cuts.push({ at: asking })
      single = asking
    }
    cuts.sort((a, b) => a.at - b.at)
  }
  const all = [
    ...cuts.map((c) => c.at),
    ...replyIntros(text, cuts),
    ...titleAfterHeader(text),
    ...letterheadsAfterText(text),
    // where the answers are labelled, a sentence after a question's "?" goes on with the question, unless it
    // leads into the answers ("Das Ministerium hat die Kleine Anfrage … wie folgt beantwortet:")
    ...(lost
      ? questionEnds(text, cuts, single).filter(
          (at) => state.labels === 0 || /^(?:[^.?!:]|(?<=\d)\.){0,400}:/uy.test(text.slice(at, at + 401))
        )
      : []),
  ].sort((a, b) => a - b)
  return all.filter((at, i) => at > 0 && at !== all[i - 1]).map((at) => ({ at }))
}

/** The numbered list so far: the next number and letter, and whether an answer has been given since. */
/** …, and how many answers were labelled ("Zu 1.:", "Antwort zu 2:") */
type State = {
  next: number
  letter: string
  listed: boolean
  replied: boolean
  decimal: [number, number] | null
  labels: number
  /** the list is one of indirect questions in lower case ("1. wieso …; 2. ob …") */
  lower?: boolean
}
type Found = { at: number; lead?: number; after?: number }

/** Whether a marker starts at `at`, and where to cut for it. */
function cutAt(text: string, at: number, end: string | null, state: State): Found | null {
  let m: RegExpExecArray | null
  if ((m = match(RUNNING_HEADER, text, at))) return { at, after: at + m[0].length }
  if (IMPRINT_START.test(text.slice(at, at + 80))) return { at, ...coverNoteEnd(text, at) }
  const stop = end === 'ordinal' ? null : end
  if ((m = match(DECIMAL_ITEM, text, at))) return decimalItem(text, at, [Number(m[1]), Number(m[2])], m[0].length, end, state)
  if ((m = match(ITEM, text, at))) return numberedItem(text, at, Number(m[1]), m[0].length, end, state)
  if ((m = match(LOWER_ITEM, text, at))) return lowerItem(text, at, Number(m[1]), state)
  if ((m = match(LETTER, text, at))) return letterItem(text, at, m[1]!, stop, state)
  // "- Inwieweit …? - Inwieweit …?": the next dash item of a paragraph that opens as one, run on after its "?"
  if ((m = match(DASH_ITEM, text, at))) return end === '?' && text.startsWith(m[0]) ? { at } : null
  // on its own unless a spaced word follows ("A n t w o r t d e r L a n d e s r e g i e r u n g")
  // … and the reply's title that names the inquiry stays with it ("A n t w o r t auf die Schriftliche Anfrage Nr. …")
  if ((m = match(SPACED_HEADING, text, at))) {
    const rest = text.slice(at + m[0].length, at + m[0].length + 40)
    return / \p{L}\p{L}/uy.test(rest) && !/^ (?:auf|zu|zur) (?:die|der|den)?\b/u.test(rest) ? { at, after: at + m[0].length } : { at }
  }
  // "… (Eingang beim Abgeordnetenhaus am 22. Mai 2019) Frage 1: …": a head's date or bracket before "Frage N:"
  if (end === null && /[\d)] $/u.test(text.slice(Math.max(0, at - 2), at)) && (m = match(FRAGE, text, at)) && m[0].endsWith(':'))
    return { at }
  if (end === null) return headingWithoutStop(text, at)
  if ((m = match(LEAD_IN, text, at))) {
    const end = at + m[0].length
    // "Ich frage den Kreisausschuss: Wer hat …?": an unnumbered question after the lead-in is a paragraph of its own
    return /^ \p{Lu}[^.?!:]{3,380}\?/uy.test(text.slice(end, end + 400)) ? { at, after: end } : { at }
  }
  if (
    match(FRAGE, text, at) ||
    match(FRAGE_ALONE, text, at) ||
    match(HEADINGS, text, at) ||
    match(SIGNATURE, text, at) ||
    match(SIGNER, text, at)
  )
    return { at }
  if (end !== ':' && match(DATELINE, text, at)) return { at }
  if ((m = match(ANTWORT_DATED, text, at))) {
    state.replied = true
    return { at, after: at + m[0].length }
  }
  const zu = match(ZU, text, at)
  const labelled = zu !== null && isReplyReference(zu[1]!)
  if (labelled) state.labels++
  if (match(ANTWORT, text, at) || match(REPLY_INTRO, text, at) || labelled) {
    state.replied = true
    return { at }
  }
  return null
}

/** A line of plain text that opens with a marker ("Frage 2:", "Zu 1.:", "Antwort:", "Vorbemerkung"): it starts a paragraph. */
export function startsWithMarker(line: string): boolean {
  let m: RegExpExecArray | null
  if (IMPRINT_START.test(line) || match(FRAGE, line, 0) || match(ANTWORT, line, 0) || match(REPLY_INTRO, line, 0)) return true
  if (
    /^(?:Vorbemerkung(?:en)?|Begründung|Antwort)\b[^.?!:,]{0,60}(?::|$)/u.test(line) ||
    /^(?:Mit freundlichen Grüßen|In Vertretung)\b/u.test(line)
  )
    return true
  return (m = match(ZU, line, 0)) !== null && isReplyReference(m[1]!)
}

/** "1." after a lead-in's colon, then the next number after a finished sentence. */
function numberedItem(text: string, at: number, n: number, length: number, end: string | null, state: State): Found | null {
  if (match(MONTH, text, at + length) || (end === null && n !== 1 && !afterFigure(text, at, n, length, state))) return null
  // "… lagebild/. 3. Wie" at the end: a stored copy cut off after the number, no question
  if (/^\S+ ?$/u.test(text.slice(at + length, at + length + 40))) return null
  const asks = asksFirst(text, at + length)
  // "… und ANTWORT der Landesregierung 1. Wie viele …? 2. Wie …": a list that asks needs no stop before it
  const first = n === 1 && (end === ':' || (asks && (end !== null || secondFollows(text, at))))
  // "3.3 …? 4. Welchen …?": a plain number after decimal ones goes on with their first place
  const afterDecimal = state.decimal !== null && n === state.decimal[0] + 1 && asks
  if (!first && !afterDecimal && !(state.listed && continuesList(n, end!, asks, state))) return null
  state.next = n + 1
  state.listed = true
  state.replied = false
  if (state.decimal !== null) state.decimal = [n, 0]
  // "1. a) Wie viele …? b) …": the number has no text of its own, its first letter follows at once
  state.letter = text.startsWith('a) ', at + length) ? 'b' : 'a'
  return first && end === ':' ? { at, lead: leadInStart(text, at) } : { at }
}

/**
 * A list of indirect questions in one sentence: "1." in lower case after the comma or colon of a request ("Der
 * Magistrat wird gebeten, zu prüfen und zu berichten, 1. wieso …; 2. ob …;"), where "; 2." in lower case
 * follows, then each next number after a semicolon.
 */
function lowerItem(text: string, at: number, n: number, state: State): Found | null {
  const before = text.slice(Math.max(0, at - 2), at)
  if (n === 1 && /[,:] $/u.test(before) && /; 2\. \p{Ll}/u.test(text.slice(at, at + 800))) {
    Object.assign(state, { next: 2, listed: true, replied: false, lower: true })
    return { at }
  }
  if (!state.lower || n !== state.next || !/; $/u.test(before)) return null
  state.next = n + 1
  return { at }
}

/**
 * The next number of the list right after a figure that ends an answer (a table's last row, a date: "… mit
 * Wirkung vom 20.02.2014 2. Wie lange …?"), where it asks with a question word and its "?".
 */
function afterFigure(text: string, at: number, n: number, length: number, state: State): boolean {
  if (!state.listed || n !== state.next || !/\d $/u.test(text.slice(Math.max(0, at - 2), at))) return false
  const window = text.slice(at + length, at + length + 300)
  return QUESTION_OPENING.test(window) && /\?|(?<!\d)\.\s+\p{Lu}|[!:]/u.exec(window)?.[0] === '?'
}

/**
 * "1.1" after a colon (or opening a list that asks), then the next number of either place: "1.2" or "2.1".
 * After an answer only where it asks, so "2,4 Mio." or "3.5 Millionen" stay in their sentence.
 */
function decimalItem(
  text: string,
  at: number,
  [major, minor]: [number, number],
  length: number,
  end: string | null,
  state: State
): Found | null {
  if (end === null || end === 'ordinal') return null
  const asks = asksFirst(text, at + length)
  const first = major === 1 && minor === 1 && (end === ':' || asks)
  const last = state.decimal
  const next = last !== null && ((major === last[0] && minor === last[1] + 1) || (major === last[0] + 1 && minor === 1))
  if (!first && !(next && (asks || !state.replied))) return null
  state.decimal = [major, minor]
  state.replied = false
  return first && end === ':' ? { at, lead: leadInStart(text, at) } : { at }
}

/**
 * The next number goes on with the list after a finished sentence; after an answer only where it asks ("Zu
 * 1.: … 2. Wie …?", not "3. Klassen …"), as also after a number's dot ("siehe Antworten zu 1. und 2. 4.
 * Welche …"). A question lost from the text may leave a gap of one: "…? 4. Welche …" after 2.
 */
function continuesList(n: number, end: string, asks: boolean, state: State): boolean {
  if (n === state.next) return asks || (end !== 'ordinal' && !state.replied)
  return n === state.next + 1 && end === '?' && asks
}

/**
 * The text from `at` asks: it opens with a question word, or a "?" comes before its sentence ends ("1. Hat
 * die Stadt … seit dem 1. Januar 2021 …?").
 */
function asksFirst(text: string, at: number): boolean {
  const window = text.slice(at, at + 300)
  if (QUESTION_OPENING.test(window)) return true
  const end = /\?|(?<!\d)\.\s+\p{Lu}|[!:]/u.exec(window)
  return end !== null && end[0] === '?'
}

/**
 * A question word, alone or after a preposition ("Mit welchem Verfahren …", "Seit wann …", "In wie vielen
 * Fällen …"): the item asks even where the text is cut off before its "?".
 */
const QUESTION_OPENING =
  /^(?:a\) )?(?:(?:Mit|In|Im|Auf|Seit|Bis|Aus|Für|Von|Nach|Zu|Bei|Unter|An|Über|Gegen|Durch|Um|Ab|Vor|Wegen) (?=we|wi|wo))?(?:[Ww]ie|[Ww]er|[Ww]en|[Ww]em|[Ww]essen|[Ww]as|[Ww]ann|[Ww]o|[Ww]oher|[Ww]ohin|[Ww]arum|[Ww]eshalb|[Ww]ieso|[Ww]elche[mnrs]?|[Ii]nwie\w+|[Ww]odurch|[Ww]omit|[Ww]ofür|[Ww]orauf|[Ww]ozu)\b/u

/** Item 2 follows a question soon after `at`: "1. …? 2. Wie …". */
function secondFollows(text: string, at: number): boolean {
  return /\?["“”»)]? 2\.\)? [„"“\p{Lu}]/u.test(text.slice(at, at + 1500))
}

/** "a)" or "a." after a colon or a question (or mid-sentence where "b" follows a question), then the next letter after a finished sentence. */
function letterItem(text: string, at: number, letter: string, end: string | null, state: State): Found | null {
  const first = letter === 'a' && (end === ':' || end === '?' || (end === null && letterFollows(text, at)))
  if (end === null && !first) return null
  if (!first && letter !== state.letter) return null
  state.letter = String.fromCharCode(letter.charCodeAt(0) + 1)
  return first && end === ':' ? { at, lead: leadInStart(text, at) } : { at }
}

/** "… in den Bezirken a. Auf Verlangen … eingeladen? b. Auf …": letters that open mid-sentence, "b" after a question. */
function letterFollows(text: string, at: number): boolean {
  return /\?[^?]{0,200}? b[.)] \p{Lu}/u.test(text.slice(at, at + 800))
}

/** The Bundestag's cover note ("Die Antwort wurde namens der Bundesregierung … übermittelt.") ends at its sentence's stop. */
function coverNoteEnd(text: string, at: number): { after?: number } {
  if (!text.startsWith('Die Antwort wurde', at)) return {}
  const stop = /\bübermittelt\. /u.exec(text.slice(at, at + 400))
  return stop ? { after: at + stop.index + stop[0].length } : {}
}

/** A heading run into a title line without a stop: "… Staatskanzlei Vorbemerkung des Chefs …: Die …"; a signature. */
function headingWithoutStop(text: string, at: number): Found | null {
  // a signature's opening needs no stop before it: "Berlin, den 24. Mai 2024 In Vertretung Dr. …"
  if (/^(?:In Vertretung|Mit freundlichen Grüßen)\b/u.test(text.slice(at, at + 30))) return { at }
  if (!/^Vorbemerkung/u.test(text.slice(at, at + 12))) return null
  const before = text.slice(Math.max(0, at - 12), at)
  if (
    /(?:^|\s)(?:der|die|das|den|dem|in|zur|zum|siehe|vgl\.|s\.|diese[rnms]?|eine[rnms]?|meine[rnms]?|unsere[rnms]?|obige[rnms]?)\s$/iu.test(
      before
    )
  )
    return null
  return /^[^.?!:]{0,80}:/u.test(text.slice(at, at + 100)) ? { at } : null
}

/** "1.", "Frage 2", "den Fragen 1 und 2", "a) und b)": question numbers and joining words only. */
function isReplyReference(inside: string): boolean {
  const rest = inside.replace(/\b(?:und|bis|sowie|den|der|Fragen?|Nr\.)\b/gu, ' ')
  return /[\dIVX]|\b[a-z]\)/u.test(rest) && !/\p{L}{2,}/u.test(rest.replace(/\b[IVX]+\b/gu, ''))
}

/** The start of the sentence that ends in the colon before `at`, when it is a lead-in that asks. */
function leadInStart(text: string, at: number): number | undefined {
  const start = sentenceStart(text, at - 2, 200)
  const sentence = text.slice(start, at)
  const verb = /(?:Ich|Wir) (?:frage|fragen|bitte|bitten)\b/u.exec(sentence)
  if (verb) return start + verb.index
  if (start === Math.max(0, at - 200) || !/\b(?:frag\w*|bitt\w*|Beantwortung|beantworten)\b/iu.test(sentence)) return undefined
  return start
}

/**
 * Where the sentence that `at` stands in begins: after the last stop (of `stops`) within `limit` characters
 * that ends a sentence (not "Dr.", "Nr.", "7. Wahlperiode"), else `limit` characters back. A bounded scan.
 */
function sentenceStart(text: string, at: number, limit: number, stops = /[.?!:]/): number {
  const from = Math.max(0, at - limit)
  for (let i = at - 1; i > from; i--) {
    if (text[i] !== ' ' || !stops.test(text[i - 1]!)) continue
    const end = endBefore(text, i + 1)
    if (end !== null && end !== 'ordinal') return i + 1
  }
  return from
}

const CONTACT_BLOCKS = new RegExp(CONTACT_BLOCK.source, 'gu')

/**
 * A later page's letterhead run into the answer before it ("… der Exekutive. l5 Freistaat SACHSEN Chef der
 * Staatskanzlei … Durchwahl Telefon +49 … Telefax …"): its contact lines, and the sentence they stand in starts
 * a paragraph (layout marks it as furniture).
 */
function letterheadsAfterText(text: string): number[] {
  const cuts: number[] = []
  for (const m of text.matchAll(CONTACT_BLOCKS)) {
    const start = sentenceStart(text, m.index, 200)
    // sentenceStart gives its limit back where no sentence ended within it: then there is nothing to cut at
    if (start > 0 && start !== m.index - 200) cuts.push(start)
  }
  return cuts
}

/** A head run into its title: "… (Eingang beim Abgeordnetenhaus am 18. November 2015) und Antwort Straßenbrunnen …". */
function titleAfterHeader(text: string): number[] {
  const m = /\(Eingang [^()]{5,80}\) und Antwort (?=\p{Lu})/u.exec(text.slice(0, 600))
  return m ? [m.index + m[0].length] : []
}

/**
 * The sentence that hands over to the answers ("Diese Vorbemerkung vorangestellt, beantworte ich die Kleine
 * Anfrage wie folgt:") is a paragraph of its own: cut before it and after its colon.
 */
function replyIntros(text: string, markers: readonly Cut[]): number[] {
  const cuts: number[] = []
  let k = 0 // markers are in text order, and so are the colons: one pass over both
  for (const colon of text.matchAll(/(?:wie folgt|folgendermaßen|Folgendes) ?: /gu)) {
    while (k < markers.length && markers[k]!.at < colon.index) k++
    // a marker already cut inside the sentence ("… Telefax: 6 61 78 28. Im Namen des Senats …") starts it
    const before = markers[k - 1]?.at ?? -1
    const marker = before > colon.index - 250 ? before : -1
    const start = Math.max(sentenceStart(text, colon.index, 250), marker)
    if (start === Math.max(0, colon.index - 250) || !/beantworte/u.test(text.slice(start, colon.index))) continue
    cuts.push(start, colon.index + colon[0].length)
  }
  return cuts
}

/**
 * Where a question ends and an answer begins without a label: after the last "?" of a question item (with
 * its "(Bitte … aufschlüsseln)"), a sentence that does not ask starts a paragraph. An item's further
 * questions stay with it; unnumbered questions after a lead-in each become a paragraph.
 */
function questionEnds(text: string, cuts: readonly Cut[], single: number): number[] {
  const ends: number[] = []
  const bounds = [0, ...cuts.map((c) => c.at), text.length]
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!]
    const segment = text.slice(from, to)
    const asking = ASKING_SEGMENT.test(segment) || (segment.length > 0 && from === single)
    const leadIn =
      /:\s*$/u.test(text.slice(Math.max(0, from - 3), from)) || /^[^.?!]{0,200}\b(?:frage|fragen)\b[^.?!]{0,100}:/iu.test(segment)
    if (!asking && !leadIn) continue
    for (const at of sentenceStartsAfterQuestions(segment, asking)) ends.push(from + at)
  }
  return ends
}

/** A segment that opens with a question's number or word: "1.", "a)", "Frage 2", "Frage:" */
const ASKING_SEGMENT = /^(?:\d{1,2}(?:\.\)|[.)])|[a-z]\)|Fragen? (?:\d|l ?:)|Frage ?: )/u

/**
 * In text that shows no numbered question and no "Frage:", the first sentence that opens with a question word
 * and ends in "?" after a finished sentence: the one question a short inquiry asks. -1 when there is none.
 */
function firstAskingSentence(text: string): number {
  for (const stop of text.matchAll(/[.?!:] (?=\p{Lu})/gu)) {
    const at = stop.index + 2
    if (!QUESTION_OPENING.test(text.slice(at, at + 40))) continue
    const end = endBefore(text, at)
    // a date's dots stay in the sentence ("Welche Polizeieinsätze fanden am 18.09.2015 … statt?"), and a sentence
    // follows it (words glued at lost line ends, "…stützen?Wie hoch …", are no sentences to go by)
    if (end !== null && end !== 'ordinal' && /^(?:[^.?!:]|(?<=\d)\.(?=\d)){0,400}\?["“”»]? [„"“\p{Lu}]/uy.test(text.slice(at, at + 404)))
      return at
  }
  return -1
}

/** Where the sentence of a request after a question ("Bitte jeweils angeben, …") ends and the next one starts, or -1. */
function requestEnd(next: string): number {
  for (const stop of next.matchAll(/[.!] (?=[„"“\p{Lu}])/gu)) {
    const end = stop.index + 1
    if (endBefore(next, end) === '.' || next[stop.index] === '!') return end + 1
  }
  return -1
}

/**
 * A sentence after a "?" that goes on with the question: "(Bitte …)", "Und …", "Wenn ja, …", "Falls nein, …", or
 * a condition that asks ("Falls die Stadt plant, …, bis wann?"). A condition that states ("Wenn ein Abgeordneter …
 * Grüße übermittelt, ist das eine nette Geste.") is the answer.
 */
function goesOn(next: string): boolean {
  if (/^(?:Bitte|Und|Oder|Inwie\w*)\b/u.test(next)) return true
  if (!/^(?:Wenn|Falls|Sofern|Soweit)\b/u.test(next)) return false
  return /^\p{L}+,? (?:ja|nein|nicht|zutreffend|dies|so|das|ggf\.)\b/u.test(next) || asksBeforeStop(next)
}

/** A request after a question: "Bitte jeweils angeben, …", "Wenn ja, bitte aufführen." */
const REQUEST = /^(?:Bitte\b|(?:Wenn|Falls|Sofern) (?:ja|nein|zutreffend), (?:bitte|mit der Bitte)\b[^.?!]{0,120}\.)/u

/**
 * The sentence at the start of `next` ends in "?": a dot of an abbreviation or a number ("Drs. 21/1333", "1.
 * Januar") does not end it. Within 400 characters.
 */
function asksBeforeStop(next: string): boolean {
  for (const stop of next.slice(0, 400).matchAll(/[.?!]/gu)) {
    if (stop[0] !== '.') return stop[0] === '?'
    const end = endBefore(next, stop.index + 1)
    if (end === '.' && /^\s+\S/u.test(next.slice(stop.index + 1, stop.index + 3))) return false
  }
  return false
}

/** In one segment: the start of each sentence that follows a "?" and does not itself ask. */
function sentenceStartsAfterQuestions(segment: string, item: boolean): number[] {
  const starts: number[] = []
  // a sentence or, under the last question, the date the inquiry was signed ("…? 26. 01. 2017 Dr. …")
  // — or a request in brackets that ends a question without its "?" ("… bewilligt (Bitte nach Kreisen aufschlüsseln) Bewilligt …")
  const marks = /(?:\?["“”»]?(?: \([^()]{0,200}\)[.]?)?| \([Bb]itte [^()]{0,200}\)[.]?) (?=[„"“\p{Lu}]|\d{1,2}\. ?\d{1,2}\. ?\d{4} )/gu
  for (const m of segment.matchAll(marks)) {
    const at = m.index + m[0].length
    const next = segment.slice(at, at + 400)
    // "Bitte jeweils angeben, warum …. Diese Information …": the answer starts after the request's sentence
    // … as after "Wenn ja, bitte aufführen. Siehe Anlage."
    const request = REQUEST.test(next) ? requestEnd(next) : -1
    if (request > 0 && !goesOn(next.slice(request)) && !asksBeforeStop(next.slice(request))) {
      starts.push(at + request)
      break
    }
    if (goesOn(next)) continue
    const asks = asksBeforeStop(next)
    if (asks && item) continue
    starts.push(at)
    if (!asks) break
  }
  return starts
}
