/**
 * @module
 * The OParl 1.1 fields we emit, as zod schemas written from the specification's facts (Paper and File of
 * OParl 1.1: `id` and `type` required, `accessUrl` required on a File, `date` a calendar date, files embedded
 * as objects). Everything of ours beyond OParl is under the vendor prefix `inquiryParser:` (see docs/export.md).
 * The normal tests validate the export against these; a system test against the specification's own JSON
 * Schema files where they are at hand (OPARL_SCHEMA_DIR).
 */
import { z } from 'zod'
import { OPARL_FILE_TYPE, OPARL_PAPER_TYPE } from './oparl.js'

const url = z.url({ protocol: /^https?$/ })
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const OParlFile = z.object({
  id: url,
  type: z.literal(OPARL_FILE_TYPE),
  name: z.string().optional(),
  fileName: z.string().optional(),
  mimeType: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  accessUrl: url,
  'inquiryParser:sha256': z.string().regex(/^[0-9a-f]{64}$/),
  'inquiryParser:role': z.enum(['inquiry', 'reply']),
})
export type OParlFile = z.infer<typeof OParlFile>

const LinkedQuestion: z.ZodType<OParlQuestion> = z.lazy(() =>
  z.object({ id: z.string(), label: z.string(), text: z.string(), children: z.array(LinkedQuestion) })
)
export type OParlQuestion = { id: string; label: string; text: string; children: OParlQuestion[] }

export const OParlAnswer = z.object({
  paragraph: z.string(),
  text: z.string(),
  questions: z.array(
    z.object({
      question: z.string(),
      method: z.string(),
      tier: z.enum(['sure', 'likely', 'check']),
      reason: z.string().describe('German, for a clerk'),
    })
  ),
})

export const OParlPaper = z.object({
  id: url,
  type: z.literal(OPARL_PAPER_TYPE),
  name: z.string(),
  reference: z.string().optional(),
  date: isoDate.optional(),
  paperType: z.string(),
  mainFile: OParlFile,
  auxiliaryFile: z.array(OParlFile).optional(),
  'inquiryParser:schemaVersion': z.literal(1),
  'inquiryParser:body': z
    .string()
    .optional()
    .describe('the body by name; OParl wants the URL of a Body object, which only the council system knows'),
  'inquiryParser:questions': z.array(LinkedQuestion),
  'inquiryParser:answers': z.array(OParlAnswer),
  'inquiryParser:coverage': z.object({ answered: z.array(z.string()), unanswered: z.array(z.string()) }),
  'inquiryParser:corrected': z.boolean().describe('a person corrected the links (method manual)'),
})
export type OParlPaper = z.infer<typeof OParlPaper>
