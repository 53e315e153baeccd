/**
 * @module
 * Run-on text: a paragraph whose line breaks were lost (a web page's text, an OParl `File.text`, a copy from
 * a browser, a database field), or wrapped at a fixed width regardless of its structure. It is cut before
 * the markers a reader sees in it: numbered items after a lead-in, "Frage N:", "Zu Frage N:", "Antwort:",
 * "Vorbemerkung", "Namens der Landesregierung beantwortet …", "Begründung:", a signature, a printer's
 * imprint. A number starts an item only in sequence and after a finished sentence ("1." after a colon, then
 * N+1 after "?" or "."), so that dates, amounts, "§ 3", "Nr. 2" and ordinals stay in their sentence.
 *
 * One pass over the candidates a global pattern finds; every test at a candidate looks at a bounded window.
 */
import { cutAt } from './run-on/markers.js'
import { ASKING_SEGMENT, CANDIDATE } from './run-on/patterns.js'
import { endBefore } from './run-on/sentences.js'
import type { State } from './run-on/items.js'
import { letterheadsAfterText, replyIntros, titleAfterHeader } from './run-on/page-cuts.js'
import { firstAskingSentence, questionEnds } from './run-on/question-ends.js'

export { startsWithMarker } from './run-on/markers.js'

type Cut = { at: number }

/**
 * Cuts a paragraph into paragraphs at its markers; text without markers comes back whole. Where the line
 * breaks were lost (`lost`), an answer that follows its question without a label is cut off too.
 */
export function splitRunOn(text: string, lost: boolean): string[] {
  const cuts = findCuts(text, lost)
  if (cuts.length === 0) return [text]
  const parts: string[] = []
  let from = 0
  for (const cut of cuts) {
    if (cut.at > from) parts.push(text.slice(from, cut.at))
    from = cut.at
  }
  parts.push(text.slice(from))
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

function findCuts(text: string, lost: boolean): Cut[] {
  const cuts: Cut[] = []
  const state: State = { next: 1, letter: 'a', listed: false, replied: false, decimal: null, labels: 0 }
  const add = (at: number): void => {
    if (at > 0 && (cuts.length === 0 || cuts[cuts.length - 1]!.at < at)) cuts.push({ at })
  }
  for (const candidate of text.matchAll(CANDIDATE)) {
    const at = candidate.index
    if (cuts.length > 0 && cuts[cuts.length - 1]!.at > at) continue
    // a paragraph starts right here (after a heading cut off before it): as at the text's start
    const end = cuts[cuts.length - 1]?.at === at ? 'start' : endBefore(text, at)
    const cut = cutAt(text, at, end, state)
    if (cut === null) continue
    if (cut.lead !== undefined) add(cut.lead)
    add(cut.at)
    if (cut.after !== undefined) add(cut.after)
  }
  let single = -1
  // a single question without a number or "Frage:" ("… auf Drucksache 6/4537. Welche Polizeieinsätze …? Gemäß …")
  if (lost && ![0, ...cuts.map((c) => c.at)].some((at) => ASKING_SEGMENT.test(text.slice(at, at + 12)))) {
    const asking = firstAskingSentence(text)
    if (asking > 0) {
      cuts.push({ at: asking })
      single = asking
    }
    cuts.sort((a, b) => a.at - b.at)
  }
  const all = [
    ...cuts.map((c) => c.at),
    ...replyIntros(text, cuts),
    ...titleAfterHeader(text),
    ...letterheadsAfterText(text),
    // where the answers are labelled, a sentence after a question's "?" goes on with the question, unless it
    // leads into the answers ("Das Ministerium hat die Kleine Anfrage … wie folgt beantwortet:")
    ...(lost
      ? questionEnds(text, cuts, single).filter(
          (at) => state.labels === 0 || /^(?:[^.?!:]|(?<=\d)\.){0,400}:/uy.test(text.slice(at, at + 401))
        )
      : []),
  ].sort((a, b) => a - b)
  return all.filter((at, i) => at > 0 && at !== all[i - 1]).map((at) => ({ at }))
}
