// The page's own German: problems that arise between the page and the service, not in the library. Everything
// about a document (its errors, warnings, links and kinds) comes from the library (lib/review.js).

/** By the API's problem `code` (or the page's own: missing_file, network), what went wrong and what to do. */
export const PAGE_PROBLEM_TEXT = {
  missing_file: 'Bitte wählen Sie zuerst die Anfrage aus.',
  network: 'Der Dienst ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
  unauthorized: 'Dieser Dienst ist geschützt. Bitte geben Sie den Zugangsschlüssel ein.',
  bad_request: 'Die Anfrage an den Dienst war fehlerhaft. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
  not_found: 'Der Dienst ist unter dieser Adresse nicht erreichbar. Bitte wenden Sie sich an Ihre IT.',
  method_not_allowed: 'Der Dienst hat die Anfrage abgelehnt. Bitte laden Sie die Seite neu.',
  internal_error:
    'Beim Auswerten ist ein interner Fehler aufgetreten. Bitte versuchen Sie es erneut oder melden Sie das Dokument Ihrer IT.',
}
