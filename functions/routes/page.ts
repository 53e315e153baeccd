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
    // the asset server answers a missing file with an empty 404: every error of ours is problem+json
    if (asset.status === 404) {
      await asset.body?.cancel()
      throw new ProblemError('not_found', `There is no page ${c.req.path}.`)
    }
    // a fetched response's headers are immutable; copy it so the security headers can be added
    return new Response(asset.body, asset)
  })
  // the page is read-only: any other method on it is a 405, not a silent 404
  app.all('*', () => {
    throw new ProblemError(
      'method_not_allowed',
      'The page only answers GET; upload documents with POST /api/parse.',
      {},
      { allow: 'GET, HEAD' }
    )
  })
}
