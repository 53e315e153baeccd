/**
 * @module
 * Joint answers announced in a sentence: "Die Fragen 3 und 4 werden gemeinsam beantwortet.", "Aufgrund des
 * Sachzusammenhangs werden die Fragen 2 bis 4 zusammen beantwortet." Only a sentence that says "together" and
 * "answered" counts, and never a reference to another inquiry ("Fragen 2 bis 4 der Drucksache 18/123").
 */
import { readRefs, type QuestionRef } from './refs.js'

const TOGETHER =
  /\b(?:gemeinsam|zusammen|zusammenhängend|zusammengefasst|zusammenfassend|gebündelt|im\s+Zusammenhang|wegen\s+ihres\s+(?:Sach)?zusammenhang\w*)\b/iu
const ANSWERED = /\b(?:beantwortet|beantworten|Beantwortung|Antwort|Antworten)\b/iu
const QUESTIONS = /\bFragen?\s+(?:Nr\.\s*|Nummern?\s+)?(?=\d|[IVX]+\b)/gu
const OTHER_INQUIRY = /^\s*(?:de[rs]|aus\s+de[rm]|in\s+de[rm])\s+(?:Drucksache|Drs\.|Anfrage|Kleinen\s+Anfrage|Großen\s+Anfrage|Vorlage)/iu

/** The questions a paragraph says it answers together, or []. */
export function findJointRefs(text: string): QuestionRef[] {
  const refs: QuestionRef[] = []
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    if (!TOGETHER.test(sentence) || !ANSWERED.test(sentence)) continue
    for (const m of sentence.matchAll(QUESTIONS)) {
      const start = m.index + m[0].length
      const list = readRefs(sentence.slice(start))
      if (!list || OTHER_INQUIRY.test(sentence.slice(start + list.length))) continue
      if (list.refs.length < 2 && list.refs.every((r) => r.kind === 'one')) continue
      refs.push(...list.refs)
    }
  }
  return refs
}
