/**
 * @module
 * Where the reply begins: the first reply heading ("Stellungnahme", "Antwort der Landesregierung",
 * "Vorbemerkung der Landesregierung") or the first answer label ("Zu 1.:", or a joint answer's sentence "Die Fragen 1
 * bis 3 werden gemeinsam beantwortet."), whichever comes first — except a reply document's title ("ANTWORT zu
 * der Anfrage …", or "Kleine Anfrage … / und / Antwort des Ministeriums …" on a Drucksache's title page), which only
 * names the document. With two documents the reply is the second one.
 */
import type { Paragraph } from '../nodes.js'
import { isReplyTitleStart, isTitleBlockAnswer } from './cues.js'
import type { Cue } from './describe.js'

export type Frame = {
  /** first paragraph of the reply, or null when the document has none that can be seen */
  replyStart: number | null
  /** the paragraph with the reply's heading, when there is one */
  replyHeading: number | null
}

/** How far into a reply document its heading may sit (after letterhead and subject lines). */
const REPLY_HEAD_LINES = 12

export function findFrame(paragraphs: readonly Paragraph[], cues: readonly Cue[], replyFrom?: number): Frame {
  if (replyFrom !== undefined) {
    const limit = Math.min(cues.length, replyFrom + REPLY_HEAD_LINES)
    for (let i = replyFrom; i < limit; i++) if (isReplyHeadingAt(paragraphs, cues, i)) return { replyStart: replyFrom, replyHeading: i }
    return { replyStart: replyFrom < cues.length ? replyFrom : null, replyHeading: null }
  }
  const heading = cues.findIndex((_, i) => isReplyHeadingAt(paragraphs, cues, i))
  // a joint answer's announcement ("Die Fragen 1 bis 3 werden gemeinsam beantwortet.") opens the reply as a label does
  const label = cues.findIndex((c) => c.replyLabel?.kind === 'zu' || c.jointOpening)
  if (heading < 0 && label < 0) return { replyStart: null, replyHeading: null }
  if (heading < 0) return { replyStart: label, replyHeading: null }
  if (label >= 0 && label < heading) return { replyStart: label, replyHeading: null }
  return { replyStart: heading, replyHeading: heading }
}

function isReplyHeadingAt(paragraphs: readonly Paragraph[], cues: readonly Cue[], i: number): boolean {
  if (!cues[i]!.replyHeading) return false
  if (isTitleBlockAnswer(paragraphs[i - 1]?.text, paragraphs[i]!.text)) return false
  return !isReplyTitleStart(
    paragraphs[i]!.text,
    paragraphs.slice(i + 1, i + 3).map((p) => p.text)
  )
}
