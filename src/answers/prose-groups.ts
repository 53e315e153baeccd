/**
 * @module
 * The groups of a free-prose reply (`prose-evidence.ts`): the paragraphs that make one answer together and are
 * linked as one. A group's paragraphs all answer what the group answers.
 *
 * - A lead-in and the list after it: "… folgende Maßnahmen:" or a sentence that runs on into the list.
 * - A bare yes or no ("Ja.", "Nein.") and the paragraph after it, which explains it: alone, the yes or no shares
 *   no word with any question, and the explanation often none with the question it explains.
 *
 * A paragraph that carries on the one before it ("Darüber hinaus …", "In diesem Zusammenhang …") is no group of
 * its own: its words may answer a further question as well ("Darüber hinaus zahlt die Stadt …" after a joint
 * answer), so it is scored alone, and takes the answer before it only where its own words link nothing
 * (`carryOn`).
 */
import type { AnswerLink } from '../schema.js'
import type { ProseText } from './prose-evidence.js'
import { link } from './scopes.js'

export type Group = { members: number[]; text: string }

/** "Ja.", "Nein!", "Nein" standing alone. */
const BARE_YES_NO = /^(?:Ja|Nein)\s*[.!]?$/iu

/**
 * Connectives that open a paragraph carrying on the one before: additions ("Darüber hinaus", "Zudem",
 * "Außerdem", "Ferner", "Des Weiteren", "Daneben", "Zusätzlich"), back-references ("Dabei", "Hierbei", "Hierfür",
 * "Hierzu", "Dafür", "In diesem Zusammenhang") and contrasts ("Allerdings", "Jedoch", "Gleichwohl"). Not
 * "Weiterhin" or "Auch", which as often open an answer of their own ("Auch für 2025 sind …").
 */
const CARRIES_ON =
  /^(?:Darüber\s+hinaus|Zudem|Außerdem|Ferner|Des\s+Weiteren|Daneben|Zusätzlich|Dabei|Hierbei|Hierfür|Hierzu|Dafür|In\s+diesem\s+Zusammenhang|Allerdings|Jedoch|Gleichwohl)\b/u

/**
 * A contrast or addition inside the first clause ("Das Bezirksamt setzt in den Sommermonaten jedoch …") points
 * back too; after a comma it contrasts within its own sentence ("Eine Förderung ist möglich, jedoch …") and points
 * nowhere. Not "ebenfalls": "Abgelegene Hofstellen werden ebenfalls erschlossen" answers a question of its own.
 */
const CONTRAST_IN_FIRST_CLAUSE = /^[^,.;:!?]{0,80}?\s(?:jedoch|allerdings|zudem|außerdem)\b/u

/** Characters of a paragraph's start searched for a connective: connectives come first. */
const OPENING = 120

export function carriesOn(text: string): boolean {
  const opening = text.slice(0, OPENING)
  return CARRIES_ON.test(opening) || CONTRAST_IN_FIRST_CLAUSE.test(opening)
}

export const isBareYesNo = (text: string): boolean => BARE_YES_NO.test(text.trim())

export function groupTexts(texts: readonly ProseText[], frame: (text: string) => boolean): Group[] {
  const groups: Group[] = []
  texts.forEach((t, i) => {
    const last = groups[groups.length - 1]
    const before = last ? texts[last.members[last.members.length - 1]!]!.text : ''
    // "… folgende Maßnahmen:" or a sentence that runs on into the list ("… vorrangig für")
    const leadIn = last && !/[.!?]["“”'»)]*\s*$/.test(before)
    const openList = last && last.members.length > 1 && texts[i - 1]!.listItem
    const listed = t.listItem && (leadIn || openList)
    // the yes or no alone, or the answer a paragraph carries on, is neither frame nor a list's lead-in
    const explains = last && last.members.length === 1 && isBareYesNo(before) && !t.listItem && !frame(t.text)
    if (last && (listed || explains)) {
      last.members.push(i)
      last.text += ` ${t.text}`
    } else groups.push({ members: [i], text: t.text })
  })
  return groups
}

/** Why a paragraph answers what the one before it answers, and how far that is to be trusted. */
const CONTINUES = { confidence: 0.4, why: 'carries on the paragraph before it', basis: 'continues' } as const

/**
 * A group left unlinked that carries on the one right before it (`carriesOn`) answers what that group answers:
 * its connective points back. A link it has, even by order alone, stays: "Darüber hinaus zahlt die Stadt …"
 * after a joint answer may answer the second question where the one before links only the first, and its
 * connective cannot tell which.
 */
export function carryOn(groupLinks: readonly AnswerLink[][], groups: readonly Group[], frame: readonly boolean[]): AnswerLink[][] {
  const carried = groupLinks.map((links) => [...links])
  for (let g = 1; g < groups.length; g++) {
    const before = carried[g - 1]!
    if (frame[g] || frame[g - 1] || before.length === 0 || carried[g]!.length > 0 || !carriesOn(groups[g]!.text)) continue
    carried[g] = before.map((l) =>
      link(l.question, 'order', Math.min(l.confidence, CONTINUES.confidence), CONTINUES.why, { order: CONTINUES.basis })
    )
  }
  return carried
}
