/**
 * @module
 * What a question asks for, and whether a reply paragraph gives that kind of thing: "Wann …?" wants a date or a
 * period, "Wie lange …?" a duration ("sechs bis acht Wochen"), "Wie viele …?" a number, "Welche Kosten …?" an
 * amount in euros, "Wer …?" an office or a person, "Ist … geplant?" a yes or a no, "Welche Maßnahmen …?" a list,
 * "Warum …?" reasons, "Wo …?" places.
 *
 * A paragraph that gives what a question asks for is evidence that it answers it, weak on its own (every
 * paragraph with a year "gives a date"), stronger where only one question asks for that kind. Patterns are
 * plain alternations on words, bounded and without nested quantifiers.
 */

export const ANSWER_KINDS = ['date', 'duration', 'number', 'amount', 'actor', 'yesno', 'list', 'reason', 'place'] as const
export type AnswerKind = (typeof ANSWER_KINDS)[number]

/** The German name of each kind, for evidence a clerk reads. */
export const KIND_NAMES: Record<AnswerKind, string> = {
  date: 'Datum oder Zeitraum',
  duration: 'Dauer',
  number: 'Zahl',
  amount: 'Betrag',
  actor: 'Stelle oder Person',
  yesno: 'Ja oder Nein',
  list: 'Aufzählung',
  reason: 'Begründung',
  place: 'Ort',
}

const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'
const NUMBER_WORDS = 'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|Dutzend'

const ASKS: Record<AnswerKind, RegExp> = {
  date: /\b(?:wann|bis wann|seit wann|ab wann|zu welchem (?:zeitpunkt|termin)|in welchem zeitraum|welchen zeitplan|welcher zeitplan|wie lange noch)\b/iu,
  // "Wie lange müssen Angehörige warten?" → "sechs bis acht Wochen"
  duration:
    /\b(?:wie lange(?! noch)|wie viel zeit|wie schnell|welche (?:wartezeit|wartezeiten|bearbeitungszeit|bearbeitungsdauer|dauer))\b/iu,
  number:
    /\b(?:wie vielen?|wie viel|wie hoch|in welcher höhe|wie groß|wie lange|wie oft|wie stark|in welchem umfang|welche anzahl|wie hat sich (?:die|der|das) \p{L}+ entwickelt)\b/iu,
  amount: /\b(?:welche kosten|wie teuer|in welcher höhe|welche (?:haushalts)?mittel|welcher betrag|welche summe|was kostet|kosten)\b/iu,
  actor:
    /\b(?:wer|welche (?:stelle|stellen|behörde|behörden|dienststelle|abteilung|ämter|träger|akteure|personen|firma|firmen|unternehmen)|welches amt|zuständig)\b/iu,
  yesno:
    /^(?:ist|sind|gibt|plant|planen|wird|werden|hat|haben|kann|können|soll|sollen|besteht|bestehen|liegt|liegen|wurde|wurden|sieht|beabsichtigt|teilt|trifft|existiert|existieren|erwägt|ist es)\b|\bob\b/iu,
  // also compounds: "Welche Konsolidierungsmaßnahmen …", "Welche Sofortmaßnahmen …"
  list: /\b(?:welche (?:maßnahmen|schritte|möglichkeiten|projekte|kriterien|konsequenzen|angebote|vorkehrungen|initiativen|ergebnisse|erkenntnisse)|welche \p{L}+ (?:maßnahmen|schritte)|welche \p{L}+(?:maßnahmen|schritte|projekte|angebote))\b/iu,
  reason: /\b(?:warum|weshalb|wieso|aus welchen gründen|welche gründe|welche ursachen|worauf ist|worauf führt)\b/iu,
  place:
    /\b(?:wo|wohin|an welchen (?:orten|stellen|standorten|straßen)|in welchen (?:stadtteilen|ortsteilen|bezirken|straßen|gemeinden|schulen)|welche standorte|an welchem standort)\b/iu,
}

const GIVES: Record<AnswerKind, RegExp> = {
  date: new RegExp(
    `\\b(?:(?:${MONTHS})(?: \\d{4})?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?|(?:(?:erste|zweite|dritte|vierte)n?|1\\.|2\\.|3\\.|4\\.) (?:Quartal|Halbjahr)|(?:Frühjahr|Sommer|Herbst|Winter|Anfang|Mitte|Ende|Jahresende|Jahresbeginn) (?:\\d{4}|des Jahres|dieses Jahres|nächsten Jahres)|(?:seit|bis|ab|im Jahr|in \\d{4}|bis Ende) \\d{4}|(?:[Ii]m|[Zz]um) (?:kommenden|nächsten|laufenden) (?:Frühjahr|Sommer|Herbst|Winter|Jahr|Halbjahr|Quartal|Monat)(?! \\d)|voraussichtlich|derzeit nicht absehbar|kein verlässlicher Termin)\\b`,
    'u'
  ),
  duration: new RegExp(
    `\\b(?:\\d+(?:,\\d+)?|${NUMBER_WORDS}|einen?|einigen|wenigen|mehreren)(?: bis (?:\\d+|${NUMBER_WORDS}))? (?:Tage|Tagen|Werktage|Werktagen|Arbeitstage|Arbeitstagen|Wochen|Monate|Monaten|Jahre|Jahren|Stunden|Minuten)\\b`,
    'u'
  ),
  number: new RegExp(`(?:\\b\\d[\\d.,]*\\b(?! ?(?:Euro|EUR|€))|\\b(?:${NUMBER_WORDS})\\b|\\bProzent\\b|%)`, 'u'),
  amount: /(?:\bEuro\b|\bEUR\b|€|\bMio\.|\bMillionen Euro\b|\bHaushaltsmittel\b|\bHaushaltsansatz\b)/u,
  actor:
    /\b(?:Amt|Ämter|Fachbereich|Fachdienst|Abteilung|Dezernat|Referat|Stabsstelle|Sachgebiet|Behörde|Ministerium|Senatsverwaltung|Bezirksamt|Landratsamt|Wirtschaftsförderung|Beauftragte|Beauftragter|Koordinatorin|Koordinator|zuständig|liegt bei|obliegt)\b/u,
  yesno:
    /(?:^(?:Ja|Nein)\b|\b(?:nicht (?:vorgesehen|geplant|beabsichtigt|bekannt|möglich)|derzeit nicht|ist (?:geplant|vorgesehen|beabsichtigt)|gibt es (?:nicht|kein|keine)|es gibt|besteht (?:kein|keine)|liegt (?:nicht |kein )?vor|wurde (?:bereits )?(?:gestellt|beantragt|beschlossen|eingerichtet))\b)/u,
  list: /(?:\b(?:zum einen|zum anderen|erstens|zweitens|darüber hinaus|außerdem|ferner|zudem|insbesondere)\b|:\s*\p{Lu}|\b\p{L}+, \p{L}+(?: \p{L}+)? (?:und|sowie) \p{L}+)/u,
  reason:
    /\b(?:weil|da die|da der|da das|da sich|aufgrund|wegen|gründe|grund dafür|ausschlaggebend|zurückzuführen|ursache|ursachen|liegt daran|deshalb|daher)\b/iu,
  place:
    /\b(?:in der \p{Lu}\p{L}*(?:straße|weg|allee|platz|gasse)|am \p{Lu}\p{L}*(?:platz|weg|markt|ring)|in den (?:Gemeinden|Ortschaften|Kommunen|Städten)|Stadtteil|Stadtteilen|Ortsteil|Ortsteilen|Ortsteile|Standort|Standorte|im Bereich|im Gebiet|Gemarkung|Ortsrand|Innenstadt)\b/u,
}

/** The kinds a question asks for; a question may ask for several ("Wann und zu welchen Kosten …?"). */
export function asksFor(question: string): AnswerKind[] {
  return ANSWER_KINDS.filter((kind) => ASKS[kind].test(question.trim()))
}

/** Dates and years, which are no counts: "31.12.2024", "1. März", "2019". */
const DATES = new RegExp(`\\b\\d{1,2}\\.(?:\\d{1,2}\\.(?:\\d{2,4})?| ?(?:${MONTHS}))|\\b(?:19|20)\\d\\d\\b`, 'gu')

/**
 * Spans of years, which are no counts either: "Kinder unter drei Jahren", "in den vergangenen fünf Jahren" set a
 * paragraph's scene; a question asking how many wants the figure itself ("74 Kinder").
 */
const YEARS = new RegExp(`\\b(?:\\d+|${NUMBER_WORDS}) (?:Jahre|Jahren)\\b`, 'gu')

/** The kinds a paragraph gives, each with the first match as printed ("Mai 2025"), for evidence. */
export function gives(text: string): Map<AnswerKind, string> {
  const found = new Map<AnswerKind, string>()
  const undated = text.replace(DATES, ' ').replace(YEARS, ' ')
  for (const kind of ANSWER_KINDS) {
    const match = GIVES[kind].exec(kind === 'number' ? undated : text)
    if (match) found.set(kind, match[0].trim())
  }
  return found
}

export type KindMatch = { kind: AnswerKind; given: string }

/**
 * What paragraph `given` gives of what a question asks: the asked kind that fewest questions ask, so "Wann"
 * among six "Wie viele" questions weighs more than one more number.
 */
export function kindMatch(
  asked: readonly AnswerKind[],
  given: ReadonlyMap<AnswerKind, string>,
  askedBy: ReadonlyMap<AnswerKind, number>
): KindMatch | null {
  let best: KindMatch | null = null
  let fewest = Number.POSITIVE_INFINITY
  for (const kind of asked) {
    const value = given.get(kind)
    const count = askedBy.get(kind) ?? 0
    if (value !== undefined && count < fewest) {
      best = { kind, given: value }
      fewest = count
    }
  }
  return best
}

/** How many questions ask for each kind. */
export function countAsked(asked: readonly (readonly AnswerKind[])[]): Map<AnswerKind, number> {
  const counts = new Map<AnswerKind, number>()
  for (const kinds of asked) for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  return counts
}
