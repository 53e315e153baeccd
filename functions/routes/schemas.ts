/**
 * @module
 * The API's own schemas, for the OpenAPI document. The contract itself (`Inquiry`) comes from src/schema.ts.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi'
import { Inquiry, Question } from '../../src/index.js'
import type { Env } from '../env.js'

/** Where the OpenAPI document refers to the contract. */
export const INQUIRY_REF = { $ref: '#/components/schemas/Inquiry' }

/**
 * The contract as OpenAPI components, from the same `z.toJSONSchema` that serves /api/schema.json (OpenAPI 3.1
 * schemas are JSON Schema). The recursive `Question` gets its own component, named through a local registry, so
 * the library's schemas are neither modified nor registered globally.
 */
export function registerContract(app: OpenAPIHono<Env>): void {
  const names = z.registry<{ id: string }>()
  names.add(Question, { id: 'Question' })
  const text = JSON.stringify(z.toJSONSchema(Inquiry, { metadata: names })).replaceAll('"#/$defs/', '"#/components/schemas/')
  const { $schema: _dialect, $defs = {}, ...inquiry } = JSON.parse(text) as { $schema?: string; $defs?: Record<string, object> }
  app.openAPIRegistry.registerComponent('schemas', 'Inquiry', inquiry)
  for (const [name, schema] of Object.entries($defs)) app.openAPIRegistry.registerComponent('schemas', name, schema)
}

export const Problem = z
  .object({
    type: z.string().describe('URI naming the kind of problem: urn:inquiry-parser:problem:<code>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe('one human sentence: what is wrong and what to do'),
    code: z
      .string()
      .describe(
        'stable code: the library error codes plus bad_request, missing_file, unauthorized, not_found, method_not_allowed, internal_error, not_configured'
      ),
  })
  .catchall(z.unknown())
  .openapi('Problem')

const CORRECTIONS_TEXT =
  'JSON: a list of corrections of the links, applied before the format is made, e.g. ' +
  '[{"op":"move","paragraph":"r3","question":"2"},{"op":"unlink","paragraph":"r5","question":"1"},' +
  '{"op":"link","paragraph":"r5","question":"3"},{"op":"mark","question":"4","answered":true}]'

export const ParseOptions = z.object({
  format: z
    .enum(['json', 'markdown', 'docx', 'oparl'])
    .default('json')
    .describe(
      'json: the Inquiry contract; markdown: questions and answers for reading; docx: a reply template (Stellungnahme) to fill in; oparl: an OParl 1.1 Paper'
    ),
  corrections: z.string().optional().describe(CORRECTIONS_TEXT),
})
export type ParseOptions = z.infer<typeof ParseOptions>

export const Health = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    limits: z.object({ maxBytes: z.number().int(), maxPages: z.number().int(), maxUnpackedBytes: z.number().int() }),
  })
  .openapi('Health')

const binary = { type: 'string' as const, format: 'binary' }

/**
 * The upload, documented as plain OpenAPI schema objects on purpose: a zod schema here would make the route
 * parse the whole form before our handler could enforce the byte limit.
 */
export const UPLOAD_CONTENT = {
  'multipart/form-data': {
    schema: {
      type: 'object' as const,
      required: ['file'],
      properties: {
        file: { ...binary, description: 'the inquiry (PDF, DOCX, DOC, ODT, RTF, HTML or text)' },
        reply: { ...binary, description: 'optional: the reply as a separate document' },
        format: { type: 'string' as const, enum: ['json', 'markdown', 'docx', 'oparl'] },
        corrections: { type: 'string' as const, description: CORRECTIONS_TEXT },
      },
    },
  },
  'application/pdf': { schema: binary },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: binary },
  'application/msword': { schema: binary },
  'application/vnd.oasis.opendocument.text': { schema: binary },
  'application/rtf': { schema: binary },
  'text/rtf': { schema: binary },
  'text/html': { schema: { type: 'string' as const } },
  'text/plain': { schema: { type: 'string' as const } },
  'application/octet-stream': { schema: binary },
}

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
})
