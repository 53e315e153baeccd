/**
 * The soak's verdict (bench/soak.ts), as a pure function of its figures.
 *
 * Growth after the warm-up is read against a baseline, and that baseline means something only when the warm-up
 * ended on the plateau (bench/warm-up-rule.ts). A warm-up that ran into its cap did not show a plateau, so a
 * small growth after it proves nothing: the run is "not steady", not "passed". Errors and growth over the aim
 * fail the run whatever the warm-up did, as the aim is missed either way.
 */

export type SoakFigures = {
  /** errors in the warm-up and the run together */
  errors: number
  /** whether the warm-up ended by its steady rule rather than by its cap */
  steady: boolean
  /** growth after the warm-up, in percent: the Worker's workerd RSS and its V8 heap after GC */
  workerGrowth: number
  heapGrowth: number
}

export type SoakVerdict = { verdict: 'passed' | 'failed' | 'not steady'; exitCode: 0 | 1 | 2; reasons: string[] }

/** Growth at or over this, in percent, fails the soak (issue 9: "less than 10 % after warm-up"). */
export const MAX_GROWTH_PERCENT = 10

/** Exit codes: 0 passed, 1 failed (errors or growth), 2 not steady (figures within the aim, baseline off the plateau). */
export function judgeSoak(figures: SoakFigures): SoakVerdict {
  const reasons: string[] = []
  if (figures.errors > 0) reasons.push(`${figures.errors} errors`)
  if (!(figures.workerGrowth < MAX_GROWTH_PERCENT))
    reasons.push(`the Worker's workerd RSS grew ${figures.workerGrowth.toFixed(1)} % (aim < ${MAX_GROWTH_PERCENT} %)`)
  if (!(figures.heapGrowth < MAX_GROWTH_PERCENT))
    reasons.push(`the Worker's heap grew ${figures.heapGrowth.toFixed(1)} % (aim < ${MAX_GROWTH_PERCENT} %)`)
  if (reasons.length > 0) return { verdict: 'failed', exitCode: 1, reasons }
  if (!figures.steady)
    return {
      verdict: 'not steady',
      exitCode: 2,
      reasons: ['the warm-up reached its cap without a plateau, so the growth after it was read against a baseline still moving'],
    }
  return { verdict: 'passed', exitCode: 0, reasons: [] }
}
