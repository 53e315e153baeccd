/**
 * @module
 * The output contract of inquiry-parser, declared once as zod schemas. The TypeScript types and the
 * published JSON Schema (`z.toJSONSchema(Inquiry)`) are derived from these.
 */
import { z } from 'zod'

export const Position = z.object({
  page: z.number().int().positive().nullable().describe('1-based page, or null where the source has no pages'),
  start: z.number().int().nonnegative().describe('offset of the first character in `text`'),
  end: z.number().int().nonnegative().describe('offset after the last character in `text`'),
})
export type Position = z.infer<typeof Position>

export const Warning = z.object({
  code: z.string().describe('stable, machine-readable code'),
  message: z.string().describe('one human sentence'),
  position: Position.optional(),
})
export type Warning = z.infer<typeof Warning>

export const SourceFile = z.object({
  role: z.enum(['inquiry', 'reply']),
  format: z.enum(['pdf', 'docx', 'text', 'html', 'doc', 'rtf', 'odt']),
  pages: z.number().int().positive().nullable(),
  ocr: z.boolean(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  ocrConfidence: z
    .array(z.object({ page: z.number().int().positive(), confidence: z.number().min(0).max(1) }))
    .optional()
    .describe("the OCR engine's mean confidence for each page read by OCR (absent when no page was)"),
  ocrEngine: z.string().optional().describe('the OCR engine and German model that read the scanned pages (absent when no page was)'),
})
export type SourceFile = z.infer<typeof SourceFile>

export const Source = z.object({
  format: z.enum(['pdf', 'docx', 'text', 'html', 'doc', 'rtf', 'odt']),
  pages: z.number().int().positive().nullable(),
  ocr: z.boolean(),
  sha256: z.string().describe('hex SHA-256 of the (first) document'),
  files: z.array(SourceFile),
})
export type Source = z.infer<typeof Source>

export const Meta = z.object({
  kind: z.string().nullable(),
  title: z.string().nullable(),
  reference: z.string().nullable(),
  date: z.string().nullable().describe('ISO date (YYYY-MM-DD)'),
  submitter: z.string().nullable(),
  addressee: z.string().nullable(),
  body: z
    .string()
    .nullable()
    .describe('the parliament or council by its own name: "Hessischer Landtag", "Abgeordnetenhaus Berlin", "Stadtrat der Stadt Lindhain"'),
  inquiryReference: z
    .string()
    .nullable()
    .describe('the inquiry\'s own number where an answer prints it beside its own ("Drucksache 15/1284 (15/1217)", "Kleine Anfrage 1297")'),
  inquiryDate: z
    .string()
    .nullable()
    .describe('ISO date of the inquiry ("Anfrage … vom 27. Juli 2016"); `date` keeps it, or the header line\'s date'),
  replyDate: z.string().nullable().describe('ISO date of the answer ("Antwort vom …", "mit Schreiben vom …")'),
  hasReply: z
    .boolean()
    .describe('the document holds the answer: a reply was found, or its head says "… und Antwort", "Antwort der Landesregierung"'),
})
export type Meta = z.infer<typeof Meta>

export type Question = {
  id: string
  label: string
  text: string
  children: Question[]
  position: Position
}
export const Question: z.ZodType<Question> = z.lazy(() =>
  z.object({
    id: z.string(),
    label: z.string().describe('the number exactly as printed'),
    text: z.string().describe('the question without its label'),
    children: z.array(Question),
    position: Position,
  })
)

/** How a link was found, strongest first; `manual` where a person set it (`applyCorrections`). */
export const AnswerMethod = z.enum(['label', 'joint', 'repeat', 'interleaved', 'similarity', 'order', 'manual'])
export type AnswerMethod = z.infer<typeof AnswerMethod>

/**
 * A word the question and the reply share, as each prints it; `related` where they are two words for one thing
 * (the thesaurus: "Baubeginn" and "Spatenstich").
 */
export const SharedTerm = z.object({ question: z.string(), reply: z.string(), related: z.boolean() })
export type SharedTerm = z.infer<typeof SharedTerm>

/**
 * What a link rests on, as data a page can word in any language: the shared terms, what the paragraph gives
 * of what the question asks for (`kind` one of date, duration, number, amount, actor, yesno, list, reason, place,
 * and the passage as printed), and for order links the reason.
 */
export const LinkBasis = z.object({
  label: z.string().optional().describe('the answer\'s label as printed ("Zu 1.:", "Zu den Fragen 2 bis 4:")'),
  sentence: z.string().optional().describe('the sentence that declares a joint answer'),
  share: z.number().min(0).max(1).optional().describe('for a repeated question: the share of its words the reply repeats'),
  terms: z.array(SharedTerm).optional(),
  gives: z.object({ kind: z.string(), text: z.string() }).optional(),
  order: z.enum(['declared', 'in_order', 'orphan', 'gap', 'between', 'continues', 'remaining']).optional(),
})
export type LinkBasis = z.infer<typeof LinkBasis>

export const AnswerLink = z.object({
  question: z.string(),
  method: AnswerMethod,
  confidence: z.number().min(0).max(1),
  evidence: z.string(),
  basis: LinkBasis.optional(),
})
export type AnswerLink = z.infer<typeof AnswerLink>

export const ReplyParagraph = z.object({
  id: z.string(),
  text: z.string(),
  answers: z.array(AnswerLink),
  position: Position,
  table: z
    .array(z.array(z.string()))
    .optional()
    .describe(
      'a table of data in the reply: rows of cells, the header row first; `text` holds it as text, one row a line, cells joined by " | "'
    ),
})
export type ReplyParagraph = z.infer<typeof ReplyParagraph>

export const Reply = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(ReplyParagraph),
})
export type Reply = z.infer<typeof Reply>

/**
 * A person's correction of the links, applied by `applyCorrections` and kept in the result so that a download
 * says what was changed by hand: link a paragraph to a question, remove a link, move a paragraph to another
 * question (its other links go), or mark a question answered or unanswered whatever its links say (`null`: the
 * links decide again).
 */
export const Correction = z.discriminatedUnion('op', [
  z.object({ op: z.literal('link'), paragraph: z.string(), question: z.string() }),
  z.object({ op: z.literal('unlink'), paragraph: z.string(), question: z.string() }),
  z.object({ op: z.literal('move'), paragraph: z.string(), question: z.string() }),
  z.object({ op: z.literal('mark'), question: z.string(), answered: z.boolean().nullable() }),
])
export type Correction = z.infer<typeof Correction>

export const Inquiry = z.object({
  schemaVersion: z.literal(1),
  source: Source,
  text: z.string().describe('the normalized full text; every position points into it'),
  meta: Meta,
  questions: z.array(Question),
  reply: Reply.nullable(),
  coverage: z.object({ answered: z.array(z.string()), unanswered: z.array(z.string()) }),
  warnings: z.array(Warning),
  corrections: z.array(Correction).optional().describe('the corrections made by hand, in the order applied (absent when none)'),
})
export type Inquiry = z.infer<typeof Inquiry>
