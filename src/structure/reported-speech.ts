/**
 * @module
 * Minutes in reported speech (a council's "Anfragen der Ratsmitglieder", a Fragestunde's protocol): the question
 * has no "?" and no number ("Stadtrat Berger fragt, ob …", "Er möchte wissen, wie viele …", "… bat sie um
 * Auskunft, wann …", "… bittet um Prüfung, ob …", "Er habe angeregt, … zu prüfen"), and the answer opens with its speaker ("Bürgermeisterin Albers antwortet, …").
 */

/** A verb of asking, then the indirect question's word after its comma: "erkundigt sich, wer", "fragte nach, weshalb". */
const REPORTED_QUESTION =
  /(?:\bfragt(?:e|en)?|\berkundigt(?:e|en)? (?:er |sie )?sich|\b(?:möchte|möchten|wollte|wollten|will) (?:er |sie )?wissen|\b(?:bittet|bitten|bat|baten) (?:er |sie )?um (?:Auskunft|Prüfung))(?: (?:nach|an|danach|zudem|außerdem|ferner|auch))?, (?:ob|wie|wann|wer|wen|wem|wo|woher|wohin|warum|weshalb|wieso|weswegen|was|welche[rsnm]?|inwieweit|inwiefern|wodurch|womit|wofür|aus welchem)\b/u

/**
 * A request to look into something, which the minutes report as the councillor's question: "Er habe angeregt, die
 * Brunnen … zu prüfen", "Sie regt an, … prüfen zu lassen".
 */
const REPORTED_REQUEST = /\b(?:angeregt|regt(?:e|en)? (?:er |sie )?an|beantragt(?:e|en)?), [^.?!]{0,200}? (?:zu prüfen|prüfen zu lassen)\b/u

/** How far into a paragraph the question may stand: after a sentence or two of its context, not deep in a long text. */
const QUESTION_WINDOW = 600

/** The paragraph asks in reported speech. */
export function asksInReportedSpeech(text: string): boolean {
  const window = text.slice(0, QUESTION_WINDOW)
  return REPORTED_QUESTION.test(window) || REPORTED_REQUEST.test(window)
}

/**
 * The speaker (an office and a name, or "Herr"/"Frau" and a name: capitalised words) and a verb of answering:
 * "Bürgermeister Schmitz erklärte, …", "Herr Heumann antwortet, dass …", "Geschäftsleitender Beamter Hanakam hält fest, …".
 */
const REPORTED_ANSWER =
  /^(?:\p{Lu}[\p{L}.-]{0,30} ){1,4}(?:antwortet(?:e)?|beantwortet(?:e)?|erklärt(?:e)?|entgegnet(?:e)?|erwidert(?:e)?|hält fest|hielt fest|führt(?:e)? aus|sagt(?:e)? zu|sichert(?:e)? zu|teilt(?:e)? mit|berichtet(?:e)?)\b/u

/** The paragraph answers in reported speech: its speaker and a verb of answering open it, and it asks nothing itself. */
export function answersInReportedSpeech(text: string): boolean {
  return REPORTED_ANSWER.test(text) && !asksInReportedSpeech(text) && !/\?/.test(text)
}

/**
 * A councillor's remark between the answers that neither asks nor answers: the speaker, then assent, thanks or
 * praise ("Stadtverordnete Brandt stimmte dem Einwand zu.", "Ratsherr Ott bedankt sich für die Auskunft."). A person,
 * not an article's subject: "Die Verwaltung stimmt dem Antrag zu." answers.
 */
const REPORTED_REMARK =
  /^(?!(?:Der|Die|Das) )(?:\p{Lu}[\p{L}.-]{0,30} ){1,4}(?:stimmt(?:e)? (?:dem|der|den|dies\w*)\b[^.?!]{0,80}\bzu\b|schlie(?:ßt|ßen|ß) sich\b|bedankt(?:e)? sich\b|dankt(?:e)?\b|begrüßt(?:e)?\b)/u

/** The paragraph is a remark in reported speech, and it asks nothing. */
export function remarksInReportedSpeech(text: string): boolean {
  return REPORTED_REMARK.test(text) && !asksInReportedSpeech(text) && !/\?/.test(text)
}
