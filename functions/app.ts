/**
 * @module
 * The Hono app: the clerk's page at `/`, the API under `/api/`. Order matters: security headers wrap
 * everything, CORS answers preflights before the token is checked, errors become problem+json.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Env } from './env.js'
import { bearerAuth } from './http/auth.js'
import { apiCors, securityHeaders } from './http/headers.js'
import { handleError, ProblemError, problemResponse, toProblem } from './http/problem.js'
import { registerImports } from './routes/imports.js'
import { registerMeta } from './routes/meta.js'
import { registerPage } from './routes/page.js'
import { registerParse } from './routes/parse.js'
import { registerContract } from './routes/schemas.js'

export function createApp(): OpenAPIHono<Env> {
  const app = new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) throw new ProblemError('bad_request', 'The request has invalid parameters.')
    },
  })
  app.use('*', securityHeaders())
  app.use('/api/*', apiCors())
  app.use('/api/*', bearerAuth())
  registerContract(app)
  registerMeta(app)
  registerParse(app)
  registerImports(app)
  registerPage(app)
  app.notFound(() => problemResponse(toProblem('not_found', 'Not found.')))
  app.onError(handleError)
  return app
}
