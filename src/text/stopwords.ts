/**
 * @module
 * German stop words: the German list of stopwords-iso (`german.cjs`, bundled into dist by the build), plus
 * words that every inquiry and reply use and that say nothing about which question a paragraph answers.
 */
import german from './german.cjs'

/** Council-document words: how inquiries ask and replies answer, not what about. */
// biome-ignore format: a word list reads as a paragraph
const COUNCIL_WORDS = [
  'frage', 'fragen', 'gefragt', 'antwort', 'antworten', 'beantwortet', 'beantwortung', 'bitte', 'bitten', 'gebeten',
  'inwiefern', 'inwieweit', 'wieviel', 'wieviele', 'bzw', 'ggf', 'sowie', 'hierzu', 'hierbei', 'hierfür', 'insbesondere',
  'derzeit', 'aktuell', 'bereits', 'jeweils', 'sofern', 'falls', 'wurde', 'wurden', 'worden', 'werden', 'gibt', 'gab',
  'stellungnahme', 'ja', 'nein', 'sei', 'seien', 'hat', 'haben', 'hätte', 'wäre',
  // the actors: who asks and who answers says nothing about which question is answered
  'magistrat', 'magistrats', 'verwaltung', 'stadtverwaltung', 'gemeindeverwaltung', 'landesregierung', 'staatsregierung',
  'senat', 'bezirksamt', 'kreisausschuss', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'landrat', 'landrätin',
  'fraktion', 'stadt', 'gemeinde',
  // when, not what: the time an answer refers to ("im laufenden Jahr", "zurzeit", "bislang") is said of every topic
  'laufend', 'laufende', 'laufenden', 'laufendes', 'zurzeit', 'bislang', 'inzwischen', 'mittlerweile', 'künftig',
  'zukünftig', 'voraussichtlich', 'insgesamt',
  // nouns of set phrases ("zur Verfügung stehen", "im Rahmen", "im Zuge", "in Bezug auf", "im Hinblick auf")
  'verfügung', 'rahmen', 'zuge', 'bezug', 'hinblick',
]

const GERMAN = new Set<string>([...german.stopwords, ...COUNCIL_WORDS])

/** True for a lower-cased word that carries no topic. */
export function isStopWord(word: string): boolean {
  return GERMAN.has(word)
}
