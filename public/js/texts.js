// German texts of the page: problems (by the API's `code`), warnings (by their `code`) and link methods.

/** What went wrong and what the clerk can do, by problem code. */
export const PROBLEM_TEXT = {
  unsupported_format:
    'Dieses Dateiformat wird nicht unterstützt. Bitte laden Sie eine PDF-, Word- (DOCX, DOC), OpenDocument- (ODT), RTF-, HTML- oder Textdatei hoch.',
  too_large: 'Die Datei ist zu groß für diesen Dienst.',
  encrypted:
    'Das PDF ist mit einem Passwort geschützt. Bitte entfernen Sie den Schutz (oder drucken Sie es in ein neues PDF) und versuchen Sie es erneut.',
  corrupt:
    'Die Datei ist beschädigt und kann nicht gelesen werden. Öffnen und speichern Sie sie bitte neu oder exportieren Sie sie erneut.',
  empty: 'Die Datei enthält keinen Text.',
  too_many_pages: 'Das Dokument hat zu viele Seiten für diesen Dienst.',
  needs_ocr:
    'Das PDF ist ein Scan ohne Textebene. Solche Dokumente liest die Texterkennung (OCR) des Kommandozeilenprogramms: inquiry-parser parse DATEI --ocr auto.',
  invalid_option: 'Eine Einstellung der Anfrage ist ungültig.',
  bad_request: 'Die Anfrage an den Dienst war fehlerhaft. Bitte laden Sie die Seite neu.',
  missing_file: 'Bitte wählen Sie zuerst die Anfrage aus.',
  unauthorized: 'Dieser Dienst ist geschützt. Bitte geben Sie den Zugangsschlüssel ein.',
  not_found: 'Der Dienst ist unter dieser Adresse nicht erreichbar.',
  method_not_allowed: 'Der Dienst hat die Anfrage abgelehnt.',
  internal_error: 'Beim Auswerten ist ein interner Fehler aufgetreten. Bitte melden Sie das Dokument der IT.',
}

/** Plain German for the parser's warnings; unknown codes fall back to the parser's own sentence. */
export const WARNING_TEXT = {
  pdf_truncated: 'Das PDF ist unvollständig (es bricht vor dem Ende ab). Text nach der Bruchstelle kann fehlen.',
  page_needs_ocr: 'Einzelne Seiten sind gescannt und haben keine Textebene; ihr Text fehlt im Ergebnis.',
  ocr_low_confidence: 'Einzelne Seiten wurden per Texterkennung nur unsicher gelesen; dort können Wörter falsch erkannt sein.',
  legacy_encoding: 'Die Datei ist in einer älteren Zeichenkodierung gespeichert; Umlaute wurden umgewandelt.',
  docx_notes_omitted: 'Fuß- und Endnoten des Word-Dokuments sind nicht im Ergebnis enthalten.',
  notes_omitted: 'Fuß- und Endnoten des Dokuments sind nicht im Ergebnis enthalten.',
  format_mismatch: 'Der Dateiname nennt ein anderes Format, als die Datei enthält; sie wurde als das gelesen, was sie enthält.',
  docx_embedded_content_omitted: 'Das Word-Dokument bettet andere Dateien ein, deren Text nicht gelesen wurde.',
  no_questions: 'Es wurden keine Fragen gefunden: weder eine nummerierte Liste noch ein Absatz, der etwas fragt.',
  duplicate_question_id: 'Eine Fragenummer kommt zweimal vor; die zweite Frage ist mit einem Strich gekennzeichnet (z. B. 3′).',
  question_numbers_from_reply: 'Die Fragen sind nicht nummeriert; ihre Nummern wurden aus den Antworten übernommen.',
  links_by_order: 'Einige Antworten wurden nur nach ihrer Reihenfolge einer Frage zugeordnet. Bitte prüfen Sie diese Zuordnungen.',
  answer_link_abstained:
    'Ein Absatz der Stellungnahme passt zu keiner Frage sicher genug; er steht ohne Zuordnung unter „Weitere Absätze“.',
  reference_to_missing_question: 'Die Stellungnahme nennt eine Frage, die es in der Anfrage nicht gibt.',
}

/** How a reply paragraph was linked to a question. */
export const METHOD_TEXT = {
  label: 'Nummer in der Antwort (z. B. „Zu 1.“)',
  joint: 'Gemeinsame Beantwortung mehrerer Fragen',
  repeat: 'Die Antwort wiederholt den Fragetext',
  interleaved: 'Antwort steht direkt nach der Frage',
  similarity: 'Inhaltliche Ähnlichkeit',
  order: 'Reihenfolge (schwächster Hinweis)',
}

export const META_LABELS = [
  ['kind', 'Art'],
  ['title', 'Betreff'],
  ['reference', 'Drucksache / Aktenzeichen'],
  ['date', 'Datum'],
  ['submitter', 'Eingereicht von'],
  ['addressee', 'Gerichtet an'],
  ['body', 'Gremium'],
]

export const KIND_TEXT = {
  anfrage: 'Anfrage',
  'kleine-anfrage': 'Kleine Anfrage',
  'grosse-anfrage': 'Große Anfrage',
  'schriftliche-anfrage': 'Schriftliche Anfrage',
}
