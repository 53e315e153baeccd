/**
 * @module
 * What the question finders share: the paragraphs, their cues, and the small judgements about neighbours —
 * whether a paragraph continues the one before (a question broken by a page), and which paragraphs are only
 * page furniture.
 */
import { joinLines } from '../layout/hyphenation.js'
import type { Paragraph } from '../nodes.js'
import { asksWithoutMark, isHeadMatter } from './cues.js'
import type { Cue } from './describe.js'

export type Context = {
  paragraphs: readonly Paragraph[]
  cues: readonly Cue[]
  /** highest page number, for telling a glued page number from a question number */
  maxPage: number | undefined
}

const TERMINAL = /[.?!:;]["“”'»«)\]]*$/
/** "…? (Bitte nach Jahren aufschlüsseln)", "… (bitte Einzelaufstellung nach Haushaltsjahren)": a request in brackets ends a question. */
const ASIDE_END = /(?:[?.!]\s*\(|\(\s*bitte\b)[^()]{0,300}\)["“”'»]*$/iu

/** The text ends a sentence, or a question with its request in brackets. */
export function endsSentence(text: string): boolean {
  const t = text.trim()
  return TERMINAL.test(t) || (t.endsWith(')') && ASIDE_END.test(t.slice(-320)))
}

/** A paragraph that is nothing but structure: no text a reader would miss. */
export function isMarker(cue: Cue): boolean {
  return (
    cue.furniture ||
    cue.metaLine ||
    cue.askerPreamble ||
    cue.replyHeading ||
    cue.replyLabel !== null ||
    cue.preambleHeading ||
    cue.rationaleHeading ||
    cue.questionsIntro ||
    cue.closing ||
    cue.salutation
  )
}

/** Paragraph `i` continues the text before it: it starts in lower case, or the text before stopped mid-sentence. */
export function continuesText(ctx: Context, previousText: string, i: number): boolean {
  const cue = ctx.cues[i]!
  const p = ctx.paragraphs[i]!
  if (cue.label !== null || isMarker(cue) || cue.signatureLine) return false
  if (/^\p{Ll}/u.test(p.text)) return true
  // a follow-up that asks on its own line: "Wenn ja, seit wann …?", "Falls nein, warum nicht?"
  if (cue.asks && /^(?:Wenn|Falls|Sofern) (?:ja|nein|nicht)\b/u.test(p.text)) return true
  return !endsSentence(previousText) && !cue.heading
}

/** The next paragraph after `i` that is not page furniture, or -1. */
export function nextSignificant(ctx: Context, i: number, end = ctx.paragraphs.length): number {
  for (let j = i + 1; j < end; j++) if (!ctx.cues[j]!.furniture) return j
  return -1
}

/** A question's text: its body, then the paragraphs that continue it (across page furniture). */
export function questionText(
  ctx: Context,
  at: number,
  stop: (i: number) => boolean,
  demoted: ReadonlySet<number> = new Set()
): { text: string; paragraphs: number[] } {
  let text = ctx.cues[at]!.body
  const paragraphs = [at]
  let j = nextSignificant(ctx, at)
  if (text === '' && j >= 0 && !stop(j) && ctx.cues[j]!.label === null && !isMarker(ctx.cues[j]!)) {
    text = ctx.paragraphs[j]!.text
    paragraphs.push(j)
    j = nextSignificant(ctx, j)
  }
  // a demoted label ("2. Klassen …") was an ordinal in the question's running text
  while (j >= 0 && !stop(j) && (demoted.has(j) || continuesText(ctx, text, j))) {
    text = joinLines(text, ctx.paragraphs[j]!.text)
    paragraphs.push(j)
    j = nextSignificant(ctx, j)
  }
  return { text: text.replace(/\s+/g, ' ').trim(), paragraphs }
}

/**
 * Paragraph `i` is the document's head run into one paragraph ("Drucksache 17 / 17 392 Schriftliche Anfrage …"),
 * or the title right under it ("Straßenbrunnen – ein Auslaufmodell?"), which asks nothing of anyone — even a
 * title that asks ("Sind die Fristen … zu kurz?") when the reply's opening sentence follows it, since the
 * questions then come after that sentence.
 */
export function inHead(ctx: Context, i: number): boolean {
  if (isHeadMatter(ctx.paragraphs[i]!.text)) return true
  let j = i - 1
  while (j >= 0 && ctx.cues[j]!.furniture) j--
  if (j < 0 || !isHeadMatter(ctx.paragraphs[j]!.text)) return false
  let k = i + 1
  while (k < ctx.cues.length && ctx.cues[k]!.furniture) k++
  return !asksWithoutMark(ctx.cues[i]!.body) || (k < ctx.cues.length && ctx.cues[k]!.replySentence)
}
