/**
 * @module
 * A small thesaurus of the words councils and administrations use for one thing: the question asks about
 * "Baubeginn", the answer names the "Spatenstich"; the question counts "Personal", the answer "Stellen". Each
 * group is one concept; words are matched by their stem, so inflected forms belong too. A compound belongs
 * through its last part when that part is listed ("Landesförderung" through "Förderung").
 *
 * Porter gives some words one stem ("zuständig" and "Zustand"): such a stem stands in one group only.
 * Reviewed by hand: a group holds only words a reader would accept as answering for one another in a reply.
 * Words that every document uses ("Stadt", "Verwaltung") stay out, since they would link everything.
 */
import { stemOfWord } from './lemmas.js'

// biome-ignore format: one group of synonyms a line
const GROUPS: readonly (readonly string[])[] = [
  ['Baubeginn', 'Bau', 'Baustart', 'Spatenstich', 'Bauanfang', 'Grundsteinlegung', 'Bauarbeiten', 'Baumaßnahme'],
  ['Fertigstellung', 'fertiggestellt', 'Inbetriebnahme', 'Eröffnung', 'Übergabe', 'Abschluss', 'abgeschlossen'],
  ['Zeitplan', 'Zeitrahmen', 'Termin', 'Terminplanung', 'Zeitschiene'],
  ['Personal', 'Stellen', 'Stelle', 'Planstellen', 'Personalstellen', 'Mitarbeitende', 'Mitarbeiter', 'Mitarbeiterinnen', 'Beschäftigte', 'Bedienstete', 'Vollzeitäquivalente', 'Vollzeitstellen', 'Fachkräfte', 'Personaldecke', 'Kräfte', 'Erzieherinnen', 'Erzieher', 'Erziehungskräfte'],
  ['Kosten', 'Euro', 'Haushaltsmittel', 'Ausgaben', 'Aufwand', 'Aufwendungen', 'Finanzierung', 'finanziert', 'Investitionen', 'Zuschussbedarf', 'Betrag', 'teuer', 'kostet', 'Mittel'],
  ['Förderung', 'Fördermittel', 'Förderprogramm', 'Zuwendung', 'Zuwendungen', 'Zuwendungsbescheid', 'Bewilligung', 'Bewilligungsbescheid', 'Zuschuss', 'Zuschüsse', 'gefördert', 'Landesmittel', 'Bundesmittel', 'Unterstützung', 'unterstützt'],
  ['Antrag', 'Anträge', 'beantragt', 'beantragen', 'Antragstellung'],
  ['Kita', 'Kitas', 'Kindertagesstätte', 'Kindertagesstätten', 'Kindertageseinrichtung', 'Kindertageseinrichtungen', 'Kindergarten', 'Kindergärten', 'Krippe', 'Krippenplätze', 'Kinderbetreuung', 'Betreuungsplätze'],
  ['Gründe', 'Ursachen', 'Ursache', 'ursächlich', 'ausschlaggebend', 'zurückzuführen', 'Auslöser'],
  ['Leerstand', 'Leerstände', 'leerstehend', 'leerstehende', 'ungenutzt', 'ungenutzte', 'unvermietet'],
  ['Anteil', 'Quote', 'Prozent', 'Prozentsatz', 'Leerstandsquote'],
  ['Entwicklung', 'entwickelt', 'gestiegen', 'gesunken', 'verdoppelt', 'Anstieg', 'Rückgang', 'zugenommen', 'abgenommen', 'Zunahme', 'Abnahme'],
  ['zuständig', 'Zuständigkeit', 'verantwortlich', 'Verantwortung', 'Ansprechpartner', 'Ansprechpartnerin', 'federführend'],
  ['geplant', 'Planung', 'Planungen', 'vorgesehen', 'beabsichtigt', 'Absicht', 'plant', 'planen'],
  ['Sanierung', 'saniert', 'sanieren', 'Instandsetzung', 'instandgesetzt', 'Renovierung', 'renoviert', 'Modernisierung', 'modernisiert', 'Reparatur', 'repariert'],
  ['Neubau', 'Ersatzbau', 'Ersatzneubau', 'Erweiterung', 'Erweiterungsbau', 'Anbau', 'erweitert'],
  ['Gebäude', 'Gerätehaus', 'Feuerwehrhaus', 'Gebäudes', 'Liegenschaft', 'Immobilie'],
  ['baulich', 'Mängel', 'marode', 'sanierungsbedürftig', 'Schäden', 'Schaden'],
  ['Wartezeit', 'Wartezeiten', 'warten', 'Wartedauer', 'Bearbeitungsdauer', 'Bearbeitungszeit'],
  ['Radweg', 'Radwege', 'Radverkehr', 'Fahrradweg', 'Radfahrende', 'Radfahrer', 'Fahrrad', 'Radschnellweg', 'Radverkehrsanlagen'],
  ['ÖPNV', 'Nahverkehr', 'Busverkehr', 'Buslinie', 'Buslinien', 'Bus', 'Busse', 'Takt', 'Taktung', 'Haltestelle', 'Haltestellen'],
  ['digital', 'Digitalisierung', 'online', 'Onlineportal', 'Onlinedienst', 'elektronisch', 'Portal', 'Internet'],
  ['Beteiligung', 'Bürgerbeteiligung', 'beteiligt', 'einbezogen', 'Einbeziehung', 'Anhörung', 'Mitsprache'],
  ['Mitglieder', 'Nachwuchs', 'Mitgliedergewinnung', 'Werbekampagne', 'Ehrenamtliche', 'Freiwillige'],
  ['Zwischennutzung', 'Zwischennutzungen', 'befristete', 'Interimsnutzung', 'Übergangsnutzung'],
  ['Gebühren', 'Gebühr', 'Gebührensatzung', 'Beiträge', 'Entgelte', 'Elternbeiträge', 'Sondernutzungsgebühren'],
  ['Schüler', 'Schülerinnen', 'Schülerzahlen', 'Kinder', 'Jugendliche'],
  ['Lehrkräfte', 'Lehrer', 'Lehrerinnen', 'Lehrerstellen', 'Pädagogen', 'Lehrpersonal'],
  ['Unterrichtsausfall', 'ausgefallen', 'Ausfall', 'Vertretungsstunden'],
  ['Sicherheit', 'Gefahr', 'Gefährdung', 'Risiko', 'Risiken'],
  ['Datenschutz', 'Datenschutzbeauftragte', 'DSGVO', 'Datenschutzgrundverordnung', 'personenbezogene'],
  ['Wohnungen', 'Wohnraum', 'Wohneinheiten', 'Mietwohnungen', 'Sozialwohnungen'],
  ['Ärzte', 'Hausärzte', 'Arztpraxen', 'Praxen', 'Mediziner', 'Hausarztpraxen', 'ärztliche'],
  ['Bäume', 'Straßenbäume', 'Baum', 'Jungbäume', 'Bäumen', 'Neupflanzungen', 'Nachpflanzung', 'Nachpflanzungen', 'gepflanzt', 'Pflanzungen', 'Ersatzpflanzungen'],
  ['Gutachten', 'Gutachter', 'Gutachterin', 'Sachverständige', 'Sachverständigen', 'Sachverständiger', 'Begutachtung', 'begutachtet'],
  ['gefällt', 'Fällung', 'Fällungen', 'entfernt', 'gerodet'],
  ['Spielplätze', 'Spielplatz', 'Spielgeräte', 'Spielgerät', 'Klettergerüst'],
  ['Beleuchtung', 'Straßenbeleuchtung', 'Leuchten', 'Laternen', 'LED', 'Lampen'],
  ['Hochwasser', 'Starkregen', 'Überflutung', 'Überschwemmung', 'Hochwasserschutz'],
  ['Maßnahmen', 'Schritte', 'Vorkehrungen'],
  ['Entfernung', 'Kilometer', 'Kilometern', 'km', 'Fahrzeit', 'Fahrtzeit', 'Anfahrt', 'Anfahrtsweg', 'Wegstrecke'],
  ['Geburten', 'Geburt', 'Entbindungen', 'Entbindung', 'Neugeborene'],
  ['Parkplätze', 'Parkplatz', 'Stellplätze', 'Stellplatz', 'Parkstände', 'Parkflächen', 'Parkraum'],
]

/** Minimum stem length: shorter stems are too ambiguous to join concepts by. */
const MIN_STEM = 3
/** The longest tail tried: longer than any listed word's stem. */
const MAX_TAIL = 32

let index: Map<string, string> | null = null

/** stem → the concept it belongs to (the group's first word, lower-cased), built on first use. */
function concepts(): Map<string, string> {
  if (index) return index
  index = new Map()
  for (const group of GROUPS) {
    const key = group[0]!.toLowerCase()
    for (const word of group) {
      const stem = stemOfWord(word.toLowerCase())
      // a stem in two groups would tie two concepts together: the first group keeps it
      if (stem.length >= MIN_STEM && !index.has(stem)) index.set(stem, key)
    }
  }
  return index
}

/** The concept a word's stem belongs to, or null. */
export function conceptOf(stem: string): string | null {
  return concepts().get(stem) ?? null
}

/** The concept of a compound through its last part, a listed stem at its end ("landesforder" → förderung). */
export function conceptOfCompound(stem: string): string | null {
  const direct = conceptOf(stem)
  if (direct !== null) return direct
  // try the longest listed tail first, among tails no longer than the longest listed stem (a word of 100,000
  // letters must not cost 100,000 slices)
  for (let cut = Math.max(1, stem.length - MAX_TAIL); cut + MIN_STEM + 1 <= stem.length; cut++) {
    const tail = concepts().get(stem.slice(cut))
    if (tail !== undefined && stem.length - cut >= 4) return tail
  }
  return null
}

/** The groups, for tests: each a concept's words. */
export const THESAURUS: readonly (readonly string[])[] = GROUPS
