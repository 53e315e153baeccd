/**
 * @module
 * One assignment for the whole reply: dynamic programming over its paragraphs (groups) that picks, for each,
 * the question it answers or none, so that the sum of evidence and order is greatest.
 *
 * A reply mostly answers in the order asked. So a paragraph that answers the question after the last one
 * answered earns `advance`; one that answers the same question again (several paragraphs for one question)
 * earns `stay`; one that jumps ahead pays `skip` for each question it passes over, and one that goes back
 * (a swap) pays `back`: a swap holds only where the words make it clear. A link costs `threshold` and earns
 * its evidence, so a paragraph with neither evidence nor a place in the order (a Vorbemerkung, context)
 * links to nothing. Questions never reached at the end pay `unreached` each: as skipped ones do where every
 * question should have its paragraph, nothing where a reply may continue or close after its last answer.
 *
 * The state is the highest question answered so far. Each group is one pass over the questions (running
 * maxima stand in for the search over earlier states), so the cost is O(groups × questions): 15,000 steps at
 * 150 paragraphs and 100 questions.
 */

export type AssignOptions = {
  /** what a link costs: evidence below it links only with the order's help */
  threshold: number
  /** earned by answering the question after the highest answered so far */
  advance: number
  /** earned by answering the highest answered question again */
  stay: number
  /** paid per question passed over */
  skip: number
  /** paid for answering a question before the highest answered so far */
  back: number
  /** paid per question after the last one answered */
  unreached: number
}

/** How a group came to its question, for the evidence a clerk reads. */
export type Step = 'advance' | 'stay' | 'skip' | 'back'

export type Assigned = { question: number; step: Step } | null

export function assignQuestions(evidence: readonly ArrayLike<number>[], questions: number, options: AssignOptions): Assigned[] {
  const groups = evidence.length
  const states = questions + 1 // high-water mark -1 … questions-1, stored shifted by one
  let score = new Float64Array(states).fill(Number.NEGATIVE_INFINITY)
  score[0] = 0
  // per group and state reached: the state it came from and the question taken (-1: none), to walk back
  const fromState = new Int32Array(groups * states)
  const taken = new Int32Array(groups * states)
  for (let g = 0; g < groups; g++) {
    const next = Float64Array.from(score)
    const row = evidence[g]!
    const at = g * states
    for (let s = 0; s < states; s++) {
      fromState[at + s] = s
      taken[at + s] = -1
    }
    const offer = (to: number, gain: number, from: number, j: number): void => {
      if (gain > next[to]!) {
        next[to] = gain
        fromState[at + to] = from
        taken[at + to] = j
      }
    }
    // forward to j from state s ≤ j: advance − skip·(j − s), so the best start is a running maximum of
    // score[s] + skip·s; one pass over the questions instead of one per state
    let ahead = Number.NEGATIVE_INFINITY
    let aheadFrom = 0
    // back to some j ≤ s − 2: the best such j is a running maximum of the row
    let backBest = Number.NEGATIVE_INFINITY
    let backAt = -1
    for (let j = 0; j < questions; j++) {
      if (score[j]! + options.skip * j > ahead) {
        ahead = score[j]! + options.skip * j
        aheadFrom = j
      }
      const link = row[j]! - options.threshold
      offer(j + 1, ahead + link + options.advance - options.skip * j, aheadFrom, j)
      offer(j + 1, score[j + 1]! + link + options.stay, j + 1, j)
      // state j + 2 may go back to any question up to j
      if (row[j]! > backBest) {
        backBest = row[j]!
        backAt = j
      }
      if (j + 2 < states) offer(j + 2, score[j + 2]! + backBest - options.threshold - options.back, j + 2, backAt)
    }
    score = next
  }
  let end = 0
  let best = Number.NEGATIVE_INFINITY
  for (let s = 0; s < states; s++) {
    const total = score[s]! - options.unreached * (questions - s)
    if (total > best) {
      best = total
      end = s
    }
  }
  const out: Assigned[] = new Array<Assigned>(groups).fill(null)
  for (let g = groups - 1, s = end; g >= 0; g--) {
    const j = taken[g * states + s]!
    const previous = fromState[g * states + s]!
    if (j >= 0) out[g] = { question: j, step: stepOf(previous - 1, j) }
    s = previous
  }
  return out
}

function stepOf(high: number, j: number): Step {
  if (j === high + 1) return 'advance'
  if (j === high) return 'stay'
  return j > high ? 'skip' : 'back'
}
