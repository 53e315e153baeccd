/**
 * @module
 * What a clerk reads about a link, in German, rendered from the link's structured basis rather than from the
 * English `evidence` trace: how sure it is (sicher / wahrscheinlich / bitte prüfen) and why
 * ("Kennzeichnung „Zu 1.:“", "Datum (Mai 2025) auf die Frage ‚Wann …‘", "gemeinsame Begriffe: Datenschutz").
 */
import { type AnswerKind, KIND_NAMES } from '../answers/asks.js'
import type { AnswerLink, LinkBasis, Question } from '../schema.js'

/** How far a clerk may rely on a link: `sure` needs no look, `likely` a glance, `check` a reading. */
export type LinkTier = 'sure' | 'likely' | 'check'

export const TIER_NAMES: Record<LinkTier, string> = { sure: 'sicher', likely: 'wahrscheinlich', check: 'bitte prüfen' }

/**
 * Labels, declared joint answers, repeated questions and a person's links are sure. Links read from prose are
 * never more than likely (about one in ten is wrong), and weak ones or those resting on order alone want a look;
 * an order the reply itself declares ("in der Reihenfolge der Fragen") is likely.
 */
export function linkTier(link: AnswerLink): LinkTier {
  if (link.method === 'label' || link.method === 'joint' || link.method === 'repeat' || link.method === 'manual') return 'sure'
  if (link.method === 'interleaved') return 'likely'
  if (link.method === 'similarity') return link.confidence >= 0.55 ? 'likely' : 'check'
  return link.basis?.order === 'declared' ? 'likely' : 'check'
}

const ORDER_REASONS: Record<NonNullable<LinkBasis['order']>, string> = {
  declared: 'die Antwort folgt nach eigener Angabe der Reihenfolge der Fragen',
  in_order: 'die Antworten folgen der Reihenfolge der Fragen',
  orphan: 'kein anderer Absatz beantwortet diese Frage',
  gap: 'nichts anderes passt besser',
  between: 'die einzige offene Frage zwischen den Antworten davor und danach',
  continues: 'führt den Absatz davor fort',
  remaining: 'spricht von den übrigen Fragen, und kein anderer Absatz beantwortet diese',
}

/** One German sentence on why a paragraph answers a question; `question` sharpens "auf die Frage ‚Wann …‘". */
export function explainLink(link: AnswerLink, question?: Pick<Question, 'text'>): string {
  const basis = link.basis ?? {}
  switch (link.method) {
    case 'label':
      return basis.label ? `Kennzeichnung „${basis.label}“` : 'Kennzeichnung der Antwort'
    case 'joint':
      return basis.sentence ? `gemeinsam beantwortet: „${basis.sentence}“` : 'gemeinsam beantwortet'
    case 'repeat':
      return basis.share !== undefined ? `wiederholt die Frage (${Math.round(basis.share * 100)} % ihrer Wörter)` : 'wiederholt die Frage'
    case 'interleaved':
      return 'steht direkt nach der Frage'
    case 'manual':
      return 'von Hand zugeordnet'
    default:
      return proseReasons(basis, question).join('; ') || 'keine besonderen Belege'
  }
}

function proseReasons(basis: LinkBasis, question?: Pick<Question, 'text'>): string[] {
  const reasons: string[] = []
  if (basis.gives) {
    const asked = question ? ` auf die Frage ‚${opening(question.text)}‘` : ''
    reasons.push(`${KIND_NAMES[basis.gives.kind as AnswerKind] ?? basis.gives.kind} (${basis.gives.text})${asked}`)
  }
  const same = (basis.terms ?? []).filter((t) => !t.related).map((t) => t.reply)
  const related = (basis.terms ?? []).filter((t) => t.related).map((t) => `${t.question} ≈ ${t.reply}`)
  if (same.length > 0) reasons.push(`gemeinsame Begriffe: ${unique(same).join(', ')}`)
  if (related.length > 0) reasons.push(`verwandte Begriffe: ${unique(related).join(', ')}`)
  if (basis.order) reasons.push(`Reihenfolge: ${ORDER_REASONS[basis.order]}`)
  return reasons
}

/** The question's first words, up to about 40 characters, cut at a word. */
function opening(text: string): string {
  if (text.length <= 40) return text
  const cut = text.lastIndexOf(' ', 40)
  return `${text.slice(0, cut > 20 ? cut : 40)} …`
}

const unique = (items: readonly string[]): string[] => [...new Set(items)]
