/**
 * @module
 * Order inside the gaps. A reply mostly answers in the order asked, so the paragraphs whose links are clear
 * (by shared words or concepts) stand as anchors, and an unlinked paragraph between two anchors answers a
 * question between theirs: where a gap holds as many unlinked paragraphs as unanswered questions, they pair up
 * in order. The anchors are the longest run of linked paragraphs whose questions never go backwards, so one
 * paragraph answered out of order (a swap the words make clear) does not break the rest.
 *
 * Only gaps between two anchors count: before the first answer a reply may introduce, after the last it may
 * continue or close. Where a gap's counts differ, nothing is guessed: a paragraph may continue the answer before it, introduce,
 * or answer nothing.
 */

/** A paragraph group's place in the reply and the question indices it links (best first); null for frame. */
export type GapInput = { questions: number[] | null }

/** A link the gaps add: group `g` answers question `j`, between the anchors' questions `after` and `before`. */
export type GapLink = { g: number; j: number; after: number; before: number }

export function fillGaps(groups: readonly GapInput[], fits: (g: number, j: number) => boolean): GapLink[] {
  const anchors = monotoneAnchors(groups)
  const answered = new Set(groups.flatMap((g) => g.questions ?? []))
  const added: GapLink[] = []
  // only gaps with an anchor on both sides: before the first answer a reply may introduce, after the last it
  // may continue or close
  for (let k = 0; k + 1 < anchors.length; k++) {
    const from = anchors[k]!
    const to = anchors[k + 1]!
    const open = range(from.g + 1, to.g).filter((g) => groups[g]!.questions !== null && groups[g]!.questions!.length === 0)
    const asked = range(from.j + 1, to.j).filter((j) => !answered.has(j))
    if (open.length === 0 || open.length !== asked.length) continue
    // every pair must fit (the paragraph gives what its question asks for, where that can be told)
    if (!open.every((g, i) => fits(g, asked[i]!))) continue
    open.forEach((g, i) => added.push({ g, j: asked[i]!, after: from.j, before: to.j }))
  }
  return added
}

/**
 * The longest run of linked groups whose first questions never decrease (several groups may answer one):
 * a longest non-decreasing subsequence, O(n log n).
 */
function monotoneAnchors(groups: readonly GapInput[]): { g: number; j: number }[] {
  const linked = groups.flatMap((group, g) => (group.questions && group.questions.length > 0 ? [{ g, j: group.questions[0]! }] : []))
  const tails: number[] = []
  const previous = linked.map(() => -1)
  linked.forEach(({ j }, b) => {
    // the first run end whose question is greater than j: runs ending in j or less can take b
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (linked[tails[mid]!]!.j <= j) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[b] = tails[lo - 1]!
    tails[lo] = b
  })
  const chain: { g: number; j: number }[] = []
  for (let at = tails.length > 0 ? tails[tails.length - 1]! : -1; at >= 0; at = previous[at]!) chain.unshift(linked[at]!)
  return chain
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i < to; i++) out.push(i)
  return out
}
