/**
 * @module
 * The API's own schemas, for the OpenAPI document. The contract itself (`Inquiry`) comes from src/schema.ts.
 */
import { z } from '@hono/zod-openapi'

export const Problem = z
  .object({
    type: z.string().describe('URI naming the kind of problem: urn:inquiry-parser:problem:<code>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe('one human sentence: what is wrong and what to do'),
    code: z.string().describe('stable code: the library error codes plus bad_request, missing_file, unauthorized, not_found, method_not_allowed, internal_error'),
  })
  .catchall(z.unknown())
  .openapi('Problem')

export const ParseOptions = z.object({
  format: z.enum(['json', 'markdown']).default('json').describe('json: the Inquiry contract; markdown: questions and answers for reading'),
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
        file: { ...binary, description: 'the inquiry (PDF, DOCX or text)' },
        reply: { ...binary, description: 'optional: the reply as a separate document' },
        format: { type: 'string' as const, enum: ['json', 'markdown'] },
      },
    },
  },
  'application/pdf': { schema: binary },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: binary },
  'text/plain': { schema: { type: 'string' as const } },
  'application/octet-stream': { schema: binary },
}

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
})
