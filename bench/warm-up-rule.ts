/**
 * When the soak's warm-up may end (bench/soak.ts), as a pure function of the samples taken so far.
 *
 * `wrangler dev`'s workerd grows to a plateau under load whatever the Worker does (the no-parse control grows
 * too), and a leak is a slope after it, so the verdict's baseline must be read on the plateau. A rule of "less
 * than 2 % over the last minute" ended the warm-up after 107 s on a dip, long before the plateau, and the
 * verdict then failed on the allocator's growth. So:
 * - a minimum first: 300 s or 8,000 requests, whichever comes first. The plateau follows the allocation churn,
 *   that is the requests: the app's 10-minute soak levelled off after about 2,000 of them, so 8,000 is ample on
 *   a fast machine; on the shared 2-core machine (about 8 requests a second) 300 s is about 2,400 requests, and
 *   waiting for 8,000 there (17 minutes) would buy nothing the steady minutes below do not check anyway;
 * - then steady minutes, counted only after the minimum: a minute is steady when every sample in it lies within
 *   `steadyPercent` of the highest sample before it, so a rise breaks it and so does a dip (a baseline read in
 *   a dip is as wrong as one read on the slope); `steadyMinutes` of them in a row end the warm-up;
 * - a cap: at `maxSeconds` the warm-up ends whatever the samples say, and says it was not steady.
 */

export type WarmUpRule = {
  minSeconds: number
  minRequests: number
  maxSeconds: number
  /** how far apart the samples are taken; a minute is `60 / sampleSeconds` samples */
  sampleSeconds: number
  steadyMinutes: number
  steadyPercent: number
}

export const WARM_UP_RULE: WarmUpRule = {
  minSeconds: 300,
  minRequests: 8000,
  maxSeconds: 900,
  sampleSeconds: 30,
  steadyMinutes: 2,
  steadyPercent: 2,
}

/** The Worker's workerd resident memory at one moment of the warm-up; the first sample is the cold one. */
export type WarmUpSample = { seconds: number; requests: number; rssMB: number }

export type WarmUpState = {
  /** whether the warm-up may end */
  done: boolean
  /** whether it ends steady, not by the cap */
  steady: boolean
  /** the index of the first sample at which the minimum was met, or null */
  minimumAt: number | null
  /** steady minutes in a row up to the last sample, counted after the minimum */
  steadyMinutes: number
}

/** What the samples so far say, by the rule above. */
export function judgeWarmUp(samples: readonly WarmUpSample[], rule: WarmUpRule = WARM_UP_RULE): WarmUpState {
  const minimumAt = samples.findIndex((s) => s.seconds >= rule.minSeconds || s.requests >= rule.minRequests)
  const steadyMinutes = minimumAt < 0 ? 0 : steadyMinutesAtEnd(samples, minimumAt, rule)
  const steady = steadyMinutes >= rule.steadyMinutes
  const capped = (samples.at(-1)?.seconds ?? 0) >= rule.maxSeconds
  return { done: steady || capped, steady, minimumAt: minimumAt < 0 ? null : minimumAt, steadyMinutes }
}

/** Steady minutes in a row, walking back from the last sample a minute at a time, none starting before `from`. */
function steadyMinutesAtEnd(samples: readonly WarmUpSample[], from: number, rule: WarmUpRule): number {
  const perMinute = Math.max(1, Math.round(60 / rule.sampleSeconds))
  let count = 0
  // bounded by the samples: each step goes back one minute
  for (let end = samples.length - 1; end - perMinute >= from; end -= perMinute) {
    if (!isSteadyMinute(samples, end - perMinute, end, rule.steadyPercent)) break
    count++
  }
  return count
}

/** Every sample after `start` up to `end` within `percent` of the highest sample up to `start`. */
function isSteadyMinute(samples: readonly WarmUpSample[], start: number, end: number, percent: number): boolean {
  const high = Math.max(...samples.slice(0, start + 1).map((s) => s.rssMB))
  return samples.slice(start + 1, end + 1).every((s) => Math.abs(s.rssMB - high) < (high * percent) / 100)
}

/** One line naming the rule, for the soak's output. */
export function describeWarmUpRule(rule: WarmUpRule = WARM_UP_RULE): string {
  return (
    `at least ${rule.minSeconds} s or ${rule.minRequests} requests (whichever first), then ${rule.steadyMinutes} minutes in a ` +
    `row with every ${rule.sampleSeconds}-s sample of the Worker's workerd RSS within ±${rule.steadyPercent} % of its high before ` +
    `the minute, at most ${rule.maxSeconds} s`
  )
}
