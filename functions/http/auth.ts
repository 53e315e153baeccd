/**
 * @module
 * Bearer-token access to `/api/*`, active only when the `API_TOKEN` secret is set.
 */
import type { MiddlewareHandler } from 'hono'
import type { Env } from '../env.js'
import { ProblemError } from './problem.js'

export const bearerAuth = (): MiddlewareHandler<Env> =>
  async function bearerAuth(c, next) {
    const expected = c.env?.API_TOKEN
    if (!expected) return next()
    const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (given === undefined || !(await sameSecret(given, expected))) {
      throw new ProblemError(
        'unauthorized',
        'This API needs a valid token: send the header "Authorization: Bearer <token>".',
        {},
        {
          'www-authenticate': 'Bearer realm="inquiry-parser"',
        }
      )
    }
    return next()
  }

/**
 * Compares two secrets in constant time. Both are hashed first, so the comparison always runs over 32 bytes
 * and neither their lengths nor the position of the first difference shows in the timing.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)])
  const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBuffer, b: ArrayBuffer) => boolean }
  if (typeof subtle.timingSafeEqual === 'function') return subtle.timingSafeEqual(a, b)
  const x = new Uint8Array(a)
  const y = new Uint8Array(b)
  let difference = 0
  for (let i = 0; i < x.length; i++) difference |= x[i]! ^ y[i]!
  return difference === 0
}

function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
}
