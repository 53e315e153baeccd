/**
 * @module
 * The patterns of run-on text's markers, each tried at one candidate's position (sticky: `y`).
 */

/** Where a marker may start: after white space (or at the text's start), at a word that can open one. */
export const CANDIDATE =
  /(?<!\S)(?:[-–•] (?=\p{Lu})|\d{1,2}(?:\.\)|[.)])|[a-z][.)]|[Zz]u |Antwort|Frage|Vorbemerkung|Namens |Im Namen |Begründung|Mit freundlichen|In Vertretung|(?:(?:Prof|Dr)\. )+|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? (?:Staatsm|Minis|Sena|Staatss|Staatsr|Oberb|Bürg|Bezirksb|Landr|Beig)|Ich |Wir |\p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30})?, (?:den )?\d|Eingegangen|Ausgegeben|Herstellung|Druck|Vertrieb|Die Drucksachen|Drucksachen|Hausanschrift|Postanschrift|(?:Drucksache|Drs\.) ?\d{1,2} ?\/|LANDTAG |Landtag |A n t|V o r|B e g|S t e|Die Antwort wurde namens)/gu

export const ITEM = /(\d{1,2})(?:\.\)|[.)]) +(?=[„"“\p{Lu}]|a\) )/uy
/** "… zu berichten, 1. wieso er …; 2. ob ihm …;": an indirect question in lower case, the items parted by semicolons */
export const LOWER_ITEM = /(\d{1,2})\. (?=\p{Ll}{2,})/uy
/** "1.1 Wie viele …", "2.3. Welche …": Bayern's decimal numbers */
export const DECIMAL_ITEM = /(\d{1,2})\.(\d{1,2})\.? +(?=[„"“\p{Lu}])/uy
export const DASH_ITEM = /[-–•] (?=\p{Lu})/uy
export const LETTER = /([a-z])[.)] +(?=[„"“\p{Lu}])/uy
export const MONTH = /(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/uy
/** "Frage 1:", and OCR's "Frage l:" (a lower-case L for the 1, only before a colon) */
export const FRAGE = /Fragen? (?:\d{1,3}|l(?= ?:))(?: ?[a-z]\))?(?: ?(?:,|und|bis|[-–]) ?\d{1,3}(?: ?[a-z]\))?){0,4} ?(?::|\.(?= \p{Lu}))/uy
/** A single question's word with its colon: "Frage: Welcher …?" */
export const FRAGE_ALONE = /Frage ?: (?=[„"“\p{Lu}])/uy
export const ZU = /(?:Antwort )?[Zz]u ([^:?!]{1,40}):/uy
export const ANTWORT = /Antwort(?: de[rs](?: [\p{L}-]{2,30}){1,4})? ?:/uy
/** "Antwort des Staatsministeriums für Wohnen, Bau und Verkehr vom 20.04.2020": the answer's heading with its date. */
export const ANTWORT_DATED = /Antwort de[rs](?: [\p{L},-]{2,30}){1,8} vom \d{1,2}\. ?(?:\d{1,2}\.|\p{L}{3,9}) ?\d{4} /uy
export const HEADINGS = /(?:Vorbemerkung(?:en)?|Begründung)\b/uy
/** A heading set letter-spaced ("A n t w o r t", "V o r b e m e r k u n g d e r …") needs no stop before it. */
export const SPACED_HEADING = /(?:A n t w o r t|V o r b e m e r k u n g|B e g r ü n d u n g|S t e l l u n g n a h m e)(?= |$)/uy
export const REPLY_INTRO = /(?:Namens|Im Namen)(?: und im Auftrag)? de[rs](?: [\p{L}.-]{1,30}){1,8} beantworte/uy
export const SIGNATURE = /(?:Mit freundlichen Grüßen|In Vertretung\b)/uy
const OFFICES =
  '(?:Staatsminister|Minister|Senator|Staatssekretär|Staatsrat|Oberbürgermeister|Bürgermeister|Bezirksbürgermeister|Landrat|Beigeordnete[rn]?)(?:in)?'
/** The signer's name and office after the last answer: "… Ja. Prof. Dr. Gerhard Robbers Staatsminister Druck: …" */
export const SIGNER = new RegExp(
  `(?:(?:Prof|Dr)\\. )*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? ${OFFICES}(?= ?$| (?:Druck|Herstellung|Vertrieb) ?:)`,
  'uy'
)
/** A dateline after a finished sentence: "Berlin, den 24. Mai 2024", "Wiesbaden, 28. März 2024". */
export const DATELINE = /\p{Lu}[\p{L}-]{1,30}, (?:den )?\d{1,2}\./uy
/**
 * A running header glued to what follows: "Drucksache 18/123 – 3 –", "Drucksache 7/357 Landtag
 * Mecklenburg-Vorpommern - 7. Wahlperiode 2", "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/1824 2",
 * "Landtag von Baden-Württemberg Drucksache 16 / 2803 2".
 */
export const RUNNING_HEADER =
  /(?:Drucksache|Drs\.) ?\d{1,2} ?\/ ?\d[\d ]{0,7}(?:[-–—] ?\d{1,4} ?[-–—]|(?: \p{Lu}[\p{L}-]{1,30}){1,3} ?[-–—] ?\d{1,2}\. Wahlperiode \d{1,3}) +(?=\S)|(?:LANDTAG|Landtag) \p{Lu}[\p{L}-]{2,30} ?[-–—] ?\d{1,2}\. Wahlperiode (?:Drucksache|Drs\.) ?\d{1,2} ?\/ ?\d{1,6} \d{1,3} +(?=\S)|Landtag von \p{Lu}[\p{L}-]{2,30} (?:Drucksache|Drs\.) \d{1,2} ?\/ ?\d{1,3}(?: ?\d{3})? \d{1,3} +(?=\S)/uy
/** A lead-in that introduces the questions: "Ich frage den Senat:", "Wir fragen daher die Landesregierung:". */
export const LEAD_IN = /(?:Ich|Wir) (?:frage|fragen|bitte|bitten)\b[^.?!:]{0,100}:/uy

/**
 * A question word, alone or after a preposition ("Mit welchem Verfahren …", "Seit wann …", "In wie vielen
 * Fällen …"): the item asks even where the text is cut off before its "?".
 */
export const QUESTION_OPENING =
  /^(?:a\) )?(?:(?:Mit|In|Im|Auf|Seit|Bis|Aus|Für|Von|Nach|Zu|Bei|Unter|An|Über|Gegen|Durch|Um|Ab|Vor|Wegen) (?=we|wi|wo))?(?:[Ww]ie|[Ww]er|[Ww]en|[Ww]em|[Ww]essen|[Ww]as|[Ww]ann|[Ww]o|[Ww]oher|[Ww]ohin|[Ww]arum|[Ww]eshalb|[Ww]ieso|[Ww]elche[mnrs]?|[Ii]nwie\w+|[Ww]odurch|[Ww]omit|[Ww]ofür|[Ww]orauf|[Ww]ozu)\b/u

/** A segment that opens with a question's number or word: "1.", "a)", "Frage 2", "Frage:" */
export const ASKING_SEGMENT = /^(?:\d{1,2}(?:\.\)|[.)])|[a-z]\)|Fragen? (?:\d|l ?:)|Frage ?: )/u

export const match = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at
  return pattern.exec(text)
}
