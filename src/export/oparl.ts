/**
 * @module
 * An Inquiry as an OParl 1.1 Paper (Drucksache): its name, reference, date and type, the inquiry document as
 * `mainFile` and a reply sent apart as `auxiliaryFile`; the questions and which reply paragraph answers which
 * (with how sure and why, in German) as our documented extension under `inquiryParser:`. The ids are URLs under
 * `baseUrl`, made from the documents' SHA-256, so the same documents give the same ids; the council system that
 * imports the paper sets its own.
 */
import { explainLink, linkTier } from '../review/explain.js'
import { kindName } from '../review/german.js'
import type { Inquiry, Question, SourceFile } from '../schema.js'
import { flattenQuestions } from '../structure/tree.js'
import type { OParlFile, OParlPaper, OParlQuestion } from './oparl-schema.js'

// here rather than beside the schemas, which the clerk's page does not load (they bring zod)
export const OPARL_PAPER_TYPE = 'https://schema.oparl.org/1.1/Paper'
export const OPARL_FILE_TYPE = 'https://schema.oparl.org/1.1/File'

export type OParlOptions = {
  /** Where the ids point (default `https://oparl.invalid/inquiry-parser`: a placeholder, `.invalid` by design). */
  baseUrl?: string
  /** The uploaded files' names, for `fileName`. */
  fileNames?: { inquiry?: string; reply?: string }
}

const MIME_TYPES: Record<SourceFile['format'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
  doc: 'application/msword',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
}

export function toOParl(inquiry: Inquiry, options: OParlOptions = {}): OParlPaper {
  const base = (options.baseUrl ?? 'https://oparl.invalid/inquiry-parser').replace(/\/+$/, '')
  const { meta } = inquiry
  const [main, ...others] = inquiry.source.files.map((file) => oparlFile(file, base, options.fileNames?.[file.role]))
  const reference = meta.inquiryReference ?? meta.reference
  const date = meta.inquiryDate ?? meta.date
  const kind = meta.kind ? kindName(meta.kind) : 'Anfrage'
  const questionsById = new Map(flattenQuestions(inquiry.questions).map((q) => [q.id, q]))
  return {
    id: `${base}/paper/${inquiry.source.sha256}`,
    type: OPARL_PAPER_TYPE,
    name: meta.title ?? kind,
    ...(reference ? { reference } : {}),
    ...(date ? { date } : {}),
    paperType: kind,
    mainFile: main!,
    ...(others.length > 0 ? { auxiliaryFile: others } : {}),
    'inquiryParser:schemaVersion': 1,
    ...(meta.body ? { 'inquiryParser:body': meta.body } : {}),
    'inquiryParser:questions': inquiry.questions.map(question),
    'inquiryParser:answers': (inquiry.reply?.paragraphs ?? []).map((p) => ({
      paragraph: p.id,
      text: p.text,
      questions: p.answers.map((link) => ({
        question: link.question,
        method: link.method,
        tier: linkTier(link),
        reason: explainLink(link, questionsById.get(link.question)),
      })),
    })),
    'inquiryParser:coverage': inquiry.coverage,
    'inquiryParser:corrected': (inquiry.corrections ?? []).length > 0,
  }
}

function oparlFile(file: SourceFile, base: string, fileName: string | undefined): OParlFile {
  const url = `${base}/file/${file.sha256}`
  return {
    id: url,
    type: OPARL_FILE_TYPE,
    name: file.role === 'inquiry' ? 'Anfrage' : 'Stellungnahme',
    ...(fileName ? { fileName } : {}),
    mimeType: MIME_TYPES[file.format],
    size: file.bytes,
    accessUrl: url,
    'inquiryParser:sha256': file.sha256,
    'inquiryParser:role': file.role,
  }
}

const question = (q: Question): OParlQuestion => ({ id: q.id, label: q.label, text: q.text, children: q.children.map(question) })
