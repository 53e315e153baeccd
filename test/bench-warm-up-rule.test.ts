import { describe, expect, it } from 'vitest'
import { judgeWarmUp, type WarmUpRule, type WarmUpSample } from '../bench/warm-up-rule.js'

// a rule small enough to write samples for by hand: minimum 120 s or 1,000 requests, samples 30 s apart
const RULE: WarmUpRule = { minSeconds: 120, minRequests: 1000, maxSeconds: 600, sampleSeconds: 30, steadyMinutes: 2, steadyPercent: 2 }

/** Samples 30 s apart from the cold one at 0 s, at `perSample` requests each, with these RSS figures. */
function samples(rss: number[], perSample = 100): WarmUpSample[] {
  return rss.map((rssMB, i) => ({ seconds: i * 30, requests: i * perSample, rssMB }))
}

describe('the soak warm-up rule', () => {
  it('does not end before the minimum, however flat the memory', () => {
    const state = judgeWarmUp(samples([200, 200, 200, 200]), RULE)
    expect(state).toMatchObject({ done: false, minimumAt: null, steadyMinutes: 0 })
  })

  it('meets the minimum by requests when they come first', () => {
    expect(judgeWarmUp(samples([200, 200, 200], 600), RULE).minimumAt).toBe(2)
    expect(judgeWarmUp(samples([200, 200, 200, 200, 200], 10), RULE).minimumAt).toBe(4)
  })

  it('ends after two steady minutes counted from the minimum, not before', () => {
    // minimum at sample 4 (120 s); a steady minute is two samples, so the earliest end is sample 8 (240 s)
    const flat = [150, 180, 200, 200, 200, 200, 200, 200]
    expect(judgeWarmUp(samples(flat), RULE)).toMatchObject({ done: false, steadyMinutes: 1 })
    expect(judgeWarmUp(samples([...flat, 201]), RULE)).toMatchObject({ done: true, steady: true, steadyMinutes: 2 })
  })

  it('a dip breaks a steady minute: the old "< 2 % over a minute" would have ended here', () => {
    // the allocator still climbing (+5 % a minute) with one low sample after the minimum
    const dip = [150, 180, 200, 210, 220, 230, 200, 222, 233]
    const state = judgeWarmUp(samples(dip), RULE)
    expect(state.done).toBe(false)
    expect(state.steadyMinutes).toBe(0)
  })

  it('a rise of 2 % or more over the high before a minute breaks it', () => {
    const rising = [150, 180, 200, 200, 200, 200, 200, 202, 204]
    expect(judgeWarmUp(samples(rising), RULE)).toMatchObject({ done: false, steadyMinutes: 0 })
    // 1.5 % above the high stays steady
    expect(judgeWarmUp(samples([150, 180, 200, 200, 200, 200, 200, 201, 203]), RULE).steady).toBe(true)
  })

  it('jitter below the high within 2 % is steady, as the plateau is the high and not each sample', () => {
    expect(judgeWarmUp(samples([150, 200, 200, 200, 200, 197, 200, 198, 199]), RULE).steady).toBe(true)
  })

  it('ends at the cap, not steady, when the memory never settles', () => {
    const climbing = Array.from({ length: 21 }, (_, i) => 100 + 5 * i)
    expect(judgeWarmUp(samples(climbing.slice(0, 20)), RULE).done).toBe(false)
    expect(judgeWarmUp(samples(climbing), RULE)).toMatchObject({ done: true, steady: false })
  })
})
