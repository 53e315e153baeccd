/**
 * @module
 * Cuts of run-on text found by their own scans rather than at a candidate: a later page's letterhead, a head
 * run into its title, the sentence that hands over to the answers.
 */
import { CONTACT_BLOCK } from '../imprint.js'
import { sentenceStart } from './sentences.js'

const CONTACT_BLOCKS = new RegExp(CONTACT_BLOCK.source, 'gu')

/**
 * A later page's letterhead run into the answer before it ("… der Exekutive. l5 Freistaat SACHSEN Chef der
 * Staatskanzlei … Durchwahl Telefon +49 … Telefax …"): its contact lines, and the sentence they stand in starts
 * a paragraph (layout marks it as furniture).
 */
export function letterheadsAfterText(text: string): number[] {
  const cuts: number[] = []
  for (const m of text.matchAll(CONTACT_BLOCKS)) {
    const start = sentenceStart(text, m.index, 200)
    // sentenceStart gives its limit back where no sentence ended within it: then there is nothing to cut at
    if (start > 0 && start !== m.index - 200) cuts.push(start)
  }
  return cuts
}

/** A head run into its title: "… (Eingang beim Abgeordnetenhaus am 18. November 2015) und Antwort Straßenbrunnen …". */
export function titleAfterHeader(text: string): number[] {
  const m = /\(Eingang [^()]{5,80}\) und Antwort (?=\p{Lu})/u.exec(text.slice(0, 600))
  return m ? [m.index + m[0].length] : []
}

/**
 * The sentence that hands over to the answers ("Diese Vorbemerkung vorangestellt, beantworte ich die Kleine
 * Anfrage wie folgt:") is a paragraph of its own: cut before it and after its colon.
 */
export function replyIntros(text: string, markers: readonly { at: number }[]): number[] {
  const cuts: number[] = []
  let k = 0 // markers are in text order, and so are the colons: one pass over both
  for (const colon of text.matchAll(/(?:wie folgt|folgendermaßen|Folgendes) ?: /gu)) {
    while (k < markers.length && markers[k]!.at < colon.index) k++
    // a marker already cut inside the sentence ("… Telefax: 6 61 78 28. Im Namen des Senats …") starts it
    const before = markers[k - 1]?.at ?? -1
    const marker = before > colon.index - 250 ? before : -1
    const start = Math.max(sentenceStart(text, colon.index, 250), marker)
    if (start === Math.max(0, colon.index - 250) || !/beantworte/u.test(text.slice(start, colon.index))) continue
    cuts.push(start, colon.index + colon[0].length)
  }
  return cuts
}
