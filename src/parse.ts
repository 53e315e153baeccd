/**
 * @module
 * The pipeline, one line per stage: bytes → loaded document → layout → structure → answers → inquiry.
 */
import { linkAnswers, type Answers } from './answers/index.js'
import { InquiryError } from './errors.js'
import { layoutDocument } from './layout/index.js'
import { loadDocument, type LoadOptions } from './load/index.js'
import type { Layout, LoadedDocument } from './nodes.js'
import type { Inquiry, SourceFile } from './schema.js'
import { structureInquiry, type Structure } from './structure/index.js'
import { joinLayouts } from './structure/join.js'

export type ParseOptions = LoadOptions & {
  /** Refuse inputs larger than this many bytes (`too_large`), per document. */
  maxBytes?: number
  /** The reply as a document of its own (PDF, DOCX, HTML or text, in any mix with the inquiry's format). */
  reply?: Uint8Array | ArrayBuffer
}

/** Parses an inquiry (PDF, DOCX, HTML or plain text, told apart by its bytes), and its reply if given apart, into the Inquiry contract. */
export async function parseInquiry(input: Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<Inquiry> {
  const files = [toBytes(input, options), ...(options.reply ? [toBytes(options.reply, options)] : [])]
  const loaded = await Promise.all(files.map((bytes) => loadDocument(bytes, options)))
  const { layout, replyFrom } = joinLayouts(layoutDocument(loaded[0]!), loaded[1] && layoutDocument(loaded[1]))
  const structure = structureInquiry(layout, { replyFrom })
  const answers = linkAnswers(layout, structure)
  return toInquiry(layout, structure, answers, await describeFiles(files, loaded))
}

function toBytes(input: Uint8Array | ArrayBuffer, options: ParseOptions): Uint8Array {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new InquiryError('too_large', `The file has ${bytes.length} bytes; at most ${options.maxBytes} are allowed.`, {
      details: { bytes: bytes.length, maxBytes: options.maxBytes },
    })
  }
  return bytes
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function describeFiles(files: readonly Uint8Array[], loaded: readonly LoadedDocument[]): Promise<SourceFile[]> {
  return Promise.all(
    files.map(async (bytes, i) => {
      const doc = loaded[i]!
      const role = i === 0 ? ('inquiry' as const) : ('reply' as const)
      return { role, format: doc.format, pages: doc.pageCount, ocr: doc.ocr, sha256: await sha256(bytes), bytes: bytes.length, ...ocrDetails(doc) }
    }),
  )
}

function ocrDetails(doc: LoadedDocument): Pick<SourceFile, 'ocrConfidence' | 'ocrEngine'> {
  const read = doc.pages.filter((p) => p.ocrConfidence !== undefined)
  const engines = [...new Set(read.flatMap((p) => (p.ocrEngine ? [p.ocrEngine] : [])))]
  return {
    ...(read.length ? { ocrConfidence: read.map((p) => ({ page: p.number, confidence: p.ocrConfidence! })) } : {}),
    ...(engines.length ? { ocrEngine: engines.join('; ') } : {}),
  }
}

function toInquiry(layout: Layout, structure: Structure, answers: Answers, files: SourceFile[]): Inquiry {
  const first = files[0]!
  return {
    schemaVersion: 1,
    source: { format: first.format, pages: first.pages, ocr: files.some((f) => f.ocr), sha256: first.sha256, files },
    text: layout.text,
    meta: { ...structure.meta, hasReply: structure.meta.hasReply ?? answers.reply !== null },
    questions: structure.questions,
    reply: answers.reply,
    coverage: answers.coverage,
    warnings: [...layout.warnings, ...structure.warnings, ...answers.warnings],
  }
}
