/**
 * @module
 * Response headers: security headers on everything (the page loads only its own script and stylesheet, so the
 * CSP needs no inline script), and CORS for the API limited to the origins listed in `CORS_ORIGINS`.
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { corsOrigins, type Env } from '../env.js'

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
}

export const securityHeaders = (): MiddlewareHandler<Env> =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  })

/** CORS per request, because the allowed origins are a var of the deployment. */
export const apiCors = (): MiddlewareHandler<Env> =>
  async function apiCors(c, next) {
    const allowed = corsOrigins(c.env)
    if (allowed.length === 0) return next()
    const policy = cors({
      origin: (origin) => (allowed.includes('*') || allowed.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    })
    return policy(c, next)
  }
