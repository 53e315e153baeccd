/**
 * @module
 * A printer's imprint and the receipt lines of a parliament's paper ("Herstellung: Kanzlei des Hessischen
 * Landtags", "Eingegangen am 15. Dezember 2014", Baden-Württemberg's "Eingegangen: 25.5.2021 / Ausgegeben: …" and
 * "Drucksachen und Plenarprotokolle sind im Internet abrufbar …", "Druck: Thüringer Landtag, 15. November 2016", "Ausgegeben
 * am …" and Niedersachsen's "(Verteilt am …)", North Rhine-Westphalia's "Datum des Originals: … / Ausgegeben: …", "Die Drucksachen des Abgeordnetenhauses sind bei … zu beziehen", the Bundestag's cover note "Die Antwort
 * wurde namens der Bundesregierung mit Schreiben … übermittelt."), and a running header glued to the
 * text ("Drucksache 18/123 – 3 –"). They answer and ask nothing: such a paragraph is marked as furniture, and
 * kept, since the document's dates and references are read from it.
 */

/** The start of an imprint or receipt line. */
export const IMPRINT_START =
  /^(?:\(?(?:Eingegangen|Ausgegeben|Verteilt|Gedruckt)(?: am|:) ?\d|Datum des Originals ?: ?\d|(?:Herstellung|Druck|Vertrieb|Satz|Hausanschrift|Postanschrift) ?:|(?:Die )?Drucksachen (?:und Plenarprotokolle )?(?:de[rs] [\p{L} -]{3,40} )?(?:sind|können)\b|Die Antwort wurde namens de[rs] [\p{L}-]{3,40} (?:mit|durch) Schreiben\b|Die Drucksache enthält zusätzlich\b)/u

/**
 * "Drucksache 18/123 – 3 –", "Drs. 6/3541 - 2 -", "Drucksache 7/357 Landtag Mecklenburg-Vorpommern - 7.
 * Wahlperiode 2": a running header with its page number.
 */
const RUNNING_HEADER =
  /^(?:Drucksache|Drs\.) ?\d{1,2} ?\/ ?\d[\d ]{0,7}(?:[-–—] ?\d{1,4} ?[-–—]|(?: \p{Lu}[\p{L}-]{1,30}){1,3} ?[-–—] ?\d{1,2}\. Wahlperiode \d{1,3})$/u

/**
 * A letterhead's contact lines ("Durchwahl Telefon +49 351 564-1020 Telefax +49 351 564-1025 poststelle@…"): two
 * of telephone, fax and e-mail close together, which a sentence of an answer does not list.
 */
export const CONTACT_BLOCK =
  /(?:Durchwahl|Telefon|Tel\.)(?: ?:)? ?\(?\+?\d[^\n]{0,80}?(?:\b(?:Telefax|Fax|E-Mail)\b|\p{L}@ ?[\p{L}-]{2,30}\.)|(?:Telefax|Fax)(?: ?:)? ?\(?\+?\d[^\n]{0,80}?\p{L}@ ?[\p{L}-]{2,30}\./u

/**
 * The note a council prints under its answers on what answering cost: "Für die Beantwortung dieser Anfrage ist
 * ein Aufwand von 20,50 € entstanden.", "Die Kosten der Beantwortung betragen …". A short paragraph of its own.
 */
const COST_NOTE =
  /^(?:(?:Für die|Durch die) (?:Beantwortung|Bearbeitung) (?:dieser|der) (?:Kleinen |Schriftlichen )?Anfrage\b[^.?!]{0,80}\b(?:Aufwand|Kosten|Personalkosten)\b|(?:Die|Der) (?:Kosten|Aufwand|Verwaltungsaufwand) (?:für die|der) (?:Beantwortung|Bearbeitung)\b)[^?]{0,150}$/u

/**
 * Whether a paragraph is a printer's imprint, a receipt line, a running header, a letterhead's contact lines
 * with no sentence, or the note on what answering cost.
 */
export function isImprint(text: string): boolean {
  return IMPRINT_START.test(text) || RUNNING_HEADER.test(text) || isContactBlock(text) || COST_NOTE.test(text)
}

/** Contact lines near its start, and no finished sentence before them. */
function isContactBlock(text: string): boolean {
  const m = CONTACT_BLOCK.exec(text.slice(0, 300))
  return m !== null && !/[.?!] \p{Lu}/u.test(text.slice(0, m.index + 1))
}
