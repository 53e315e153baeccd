/**
 * @module
 * The German a clerk reads for the result's codes: the kind of document, each warning, each fatal error with
 * what the clerk can do about it. The library's own messages stay English sentences for developers; these are
 * keyed by the stable codes, so a new code without a German text falls back to a general sentence, never to
 * English.
 */
import type { InquiryErrorCode } from '../errors.js'

export const KIND_NAMES: Record<string, string> = {
  anfrage: 'Anfrage',
  'kleine-anfrage': 'Kleine Anfrage',
  'grosse-anfrage': 'Große Anfrage',
  'schriftliche-anfrage': 'Schriftliche Anfrage',
  'muendliche-anfrage': 'Mündliche Anfrage',
}

export const kindName = (kind: string): string => KIND_NAMES[kind] ?? kind

const WARNINGS: Record<string, string> = {
  no_questions: 'Es wurden keine Fragen gefunden: keine nummerierte Liste und kein Absatz, der fragt.',
  answer_link_abstained: 'Dieser Absatz der Antwort ließ sich keiner Frage sicher zuordnen; er bleibt ohne Zuordnung.',
  links_by_order: 'Einige Absätze der Antwort wurden nur nach ihrer Reihenfolge einer Frage zugeordnet.',
  reference_to_missing_question: 'Die Antwort nennt eine Frage, die die Anfrage nicht enthält.',
  duplicate_question_id: 'Eine Fragenummer kommt zweimal vor; die zweite ist mit einem Strich gekennzeichnet.',
  question_numbers_by_order:
    'Die Fragen tragen dieselbe Nummer („1.“), oder ihre Liste beginnt nach der ersten Frage wieder mit „1.“; sie wurden nach ihrer Reihenfolge nummeriert.',
  question_numbers_from_reply: 'Die Fragen tragen keine Nummern; ihre Nummern stammen aus den Kennzeichnungen der Antworten.',
  list_start_clamped: 'Eine Liste beginnt mit einer unplausibel hohen Nummer; die Nummern können von Word abweichen.',
  list_label_cut: 'Eine überlange Listennummer wurde gekürzt.',
  docx_notes_omitted: 'Fuß- und Endnoten des Dokuments sind nicht im Text enthalten.',
  notes_omitted: 'Fuß- und Endnoten des Dokuments sind nicht im Text enthalten.',
  format_mismatch: 'Der Dateiname nennt ein anderes Format, als die Datei enthält; sie wurde als das gelesen, was sie enthält.',
  docx_embedded_content_omitted: 'Das Dokument bettet andere Dateien ein, deren Text nicht gelesen wird.',
  pdf_truncated: 'Die PDF-Datei endet vorzeitig; Text nach dem Abbruch kann fehlen.',
  page_needs_ocr: 'Einige Seiten sind nur als Bild enthalten und wurden nicht gelesen.',
  ocr_low_confidence: 'Die Texterkennung war auf einigen Seiten unsicher; dort können Wörter falsch gelesen sein.',
  legacy_encoding: 'Der Text ist nicht in UTF-8 gespeichert und wurde als Windows-1252 gelesen.',
}

/** The German sentence for a warning's code. */
export const warningText = (code: string): string => WARNINGS[code] ?? `Hinweis des Programms (${code}).`

const ERRORS: Record<InquiryErrorCode, string> = {
  unsupported_format:
    'Diese Datei ist kein lesbares Format. Bitte laden Sie eine PDF-, Word- (DOCX, DOC), OpenDocument- (ODT), RTF-, HTML- oder Textdatei hoch.',
  encrypted: 'Die Datei ist verschlüsselt oder kennwortgeschützt. Bitte speichern Sie sie ohne Kennwort und laden Sie sie erneut hoch.',
  corrupt: 'Die Datei ist beschädigt und lässt sich nicht lesen. Bitte exportieren Sie sie erneut aus dem Originalprogramm.',
  empty: 'Die Datei enthält keinen Text.',
  too_large: 'Die Datei ist zu groß. Bitte teilen Sie sie auf oder laden Sie nur Anfrage und Antwort hoch.',
  too_many_pages: 'Die PDF-Datei hat zu viele Seiten. Bitte laden Sie nur die Seiten der Anfrage und der Antwort hoch.',
  too_complex: 'Die Datei ist zu umfangreich, um sie hier zu lesen. Bitte laden Sie nur Anfrage und Antwort hoch.',
  needs_ocr:
    'Die Datei ist ein Scan ohne Textebene. Bitte laden Sie die Textfassung hoch, oder lassen Sie den Scan mit Texterkennung (OCR) lesen.',
  invalid_option: 'Die Anfrage an das Programm war ungültig. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  pdf_unavailable:
    'Das Programm kann hier keine PDF-Dateien lesen. Bitte laden Sie die Word- oder Textfassung hoch, oder wenden Sie sich an die Betreuung des Programms.',
  ocr_unavailable:
    'Die Texterkennung (OCR) ist hier nicht installiert. Bitte laden Sie die Textfassung hoch, oder wenden Sie sich an die Betreuung des Programms.',
}

/** The German sentence for a fatal error's code: what went wrong and what the clerk can do. */
export const errorText = (code: string): string =>
  ERRORS[code as InquiryErrorCode] ?? 'Die Datei ließ sich nicht lesen. Bitte versuchen Sie es mit einer anderen Fassung des Dokuments.'
