import { describe, expect, it } from 'vitest'
import { judgeSoak } from '../bench/soak-verdict.js'

const within = { errors: 0, steady: true, workerGrowth: 7.2, heapGrowth: 0.2 }

describe('the soak verdict', () => {
  it('passes with no errors and growth under 10 % after a steady warm-up', () => {
    expect(judgeSoak(within)).toEqual({ verdict: 'passed', exitCode: 0, reasons: [] })
  })

  it('is "not steady", exit 2, when the warm-up hit its cap, however small the growth after it', () => {
    // session 7's run: +7.2 % after a warm-up that reached 900 s still climbing, reported as passed
    const verdict = judgeSoak({ ...within, steady: false })
    expect(verdict).toMatchObject({ verdict: 'not steady', exitCode: 2 })
    expect(verdict.reasons[0]).toContain('cap')
  })

  it('fails on any error, steady or not', () => {
    expect(judgeSoak({ ...within, errors: 1 })).toMatchObject({ verdict: 'failed', exitCode: 1, reasons: ['1 errors'] })
    expect(judgeSoak({ ...within, errors: 2, steady: false })).toMatchObject({ verdict: 'failed', exitCode: 1 })
  })

  it('fails on growth of 10 % or more of the process or the heap, naming which', () => {
    expect(judgeSoak({ ...within, workerGrowth: 10 }).reasons).toEqual(["the Worker's workerd RSS grew 10.0 % (aim < 10 %)"])
    expect(judgeSoak({ ...within, heapGrowth: 12.5, steady: false })).toMatchObject({
      verdict: 'failed',
      reasons: ["the Worker's heap grew 12.5 % (aim < 10 %)"],
    })
  })

  it('fails when a growth could not be computed (a baseline of 0 MB gives NaN or Infinity)', () => {
    expect(judgeSoak({ ...within, heapGrowth: Number.NaN }).verdict).toBe('failed')
    expect(judgeSoak({ ...within, workerGrowth: Number.POSITIVE_INFINITY }).verdict).toBe('failed')
  })
})
