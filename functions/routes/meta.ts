/**
 * @module
 * `GET /api/health`, `GET /api/schema.json` (the contract's JSON Schema, generated from the zod schemas) and
 * `GET /api/openapi.json` (OpenAPI 3.1, generated from the route definitions).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import packageJson from '../../package.json' with { type: 'json' }
import { Inquiry } from '../../src/index.js'
import { readLimits, type Env } from '../env.js'
import { Health } from './schemas.js'

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  operationId: 'getHealth',
  summary: 'Liveness, version and the limits of this deployment',
  responses: { 200: { description: 'The service is up', content: { 'application/json': { schema: Health } } } },
})

const schemaRoute = createRoute({
  method: 'get',
  path: '/api/schema.json',
  operationId: 'getInquirySchema',
  summary: 'JSON Schema of the Inquiry contract',
  responses: {
    200: { description: 'JSON Schema (draft 2020-12)', content: { 'application/schema+json': { schema: { type: 'object' } } } },
  },
})

const openapiRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  operationId: 'getOpenApi',
  summary: 'This document',
  responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
})

let inquirySchema: string | undefined

export function registerMeta(app: OpenAPIHono<Env>): void {
  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, version: packageJson.version, limits: readLimits(c.env) }, 200))
  app.openAPIRegistry.registerPath(schemaRoute)
  app.get(schemaRoute.path, (c) => {
    inquirySchema ??= JSON.stringify(z.toJSONSchema(Inquiry))
    return c.body(inquirySchema, 200, { 'content-type': 'application/schema+json; charset=utf-8' })
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Required only when the deployment sets the API_TOKEN secret.',
  })
  app.openAPIRegistry.registerPath(openapiRoute)
  app.get(openapiRoute.path, (c) => c.json(openapiDocument(app)))
}

function openapiDocument(app: OpenAPIHono<Env>) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'inquiry-parser',
      version: packageJson.version,
      description: 'German council inquiries and their replies, from PDF, Word (DOCX, DOC), ODT, RTF, HTML or text, as structure.',
      license: { name: packageJson.license, url: 'https://spdx.org/licenses/MIT.html' },
    },
    // relative: the document describes the deployment that serves it
    servers: [{ url: '/', description: 'This deployment' }],
    security: [{ bearer: [] }],
  })
}
