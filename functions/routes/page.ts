/**
 * @module
 * The clerk's page and its files from `public/`, through the `ASSETS` binding. The Worker runs first for every
 * request (`run_worker_first`), so the page gets the same security headers as the API.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Env } from '../env.js'
import { ProblemError } from '../http/problem.js'

export function registerPage(app: OpenAPIHono<Env>): void {
  app.all('/api/*', (c) => {
    throw new ProblemError('not_found', `There is no API route ${c.req.method} ${c.req.path}.`)
  })
  app.get('*', async (c) => {
    if (!c.env?.ASSETS) throw new ProblemError('not_found', 'This deployment serves the API only.')
    const asset = await c.env.ASSETS.fetch(c.req.raw)
    // a fetched response's headers are immutable; copy it so the security headers can be added
    return new Response(asset.body, asset)
  })
}
