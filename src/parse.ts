/**
 * @module
 * The pipeline, one line per stage: bytes → loaded document → layout → structure → answers → inquiry.
 */
import { linkAnswers, type Answers } from './answers/index.js'
import { InquiryError } from './errors.js'
import { layoutDocument } from './layout/index.js'
import { checkParagraphCount, Deadline, resolveLimits, type Limits } from './limits.js'
import { loadDocument, type LoadOptions } from './load/index.js'
import type { Layout, LoadedDocument } from './nodes.js'
import type { Inquiry, SourceFile } from './schema.js'
import { structureInquiry, type Structure } from './structure/index.js'
import { joinLayouts } from './structure/join.js'
import { withDocumentInfo } from './structure/meta-info.js'

/** The budgets (see `Limits` in limits.ts: `maxBytes`, `maxPages`, `timeoutMs`, …) are options too. */
export type ParseOptions = Omit<LoadOptions, 'limits' | 'deadline'> &
  Partial<Limits> & {
    /** The reply as a document of its own (PDF, DOCX, DOC, ODT, RTF, HTML or text, in any mix with the inquiry's format). */
    reply?: Uint8Array | ArrayBuffer
  }

/** Parses an inquiry (PDF, DOCX, DOC, ODT, RTF, HTML or plain text, told apart by its bytes), and its reply if given apart, into the Inquiry contract. */
export async function parseInquiry(input: Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<Inquiry> {
  const limits = resolveLimits(options)
  const deadline = new Deadline(limits.timeoutMs)
  const load: LoadOptions = { ...options, limits, deadline }
  const files = [toBytes(input, limits), ...(options.reply ? [toBytes(options.reply, limits)] : [])]
  // one after the other: the budgets (and the deadline) are per parse, not per file at once
  const loaded: LoadedDocument[] = []
  for (const bytes of files) loaded.push(await loadDocument(bytes, load))
  const { layout, replyFrom } = joinLayouts(layoutDocument(loaded[0]!, { deadline }), loaded[1] && layoutDocument(loaded[1], { deadline }))
  checkParagraphCount(layout.paragraphs.length, limits)
  deadline.check('layout')
  const structure = structureInquiry(layout, { replyFrom, deadline })
  deadline.check('structure')
  const answers = linkAnswers(layout, structure, { deadline })
  deadline.check('answers')
  return toInquiry(layout, structure, answers, await describeFiles(files, loaded), loaded)
}

/**
 * The input as a plain Uint8Array over the same memory: a Node Buffer (which pdf.js refuses, and whose
 * `slice` does not copy), any other typed-array view at any offset, or an ArrayBuffer.
 */
function toBytes(input: unknown, limits: Limits): Uint8Array {
  const bytes = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)
      ? new Uint8Array(input)
      : null
  if (!bytes) throw new InquiryError('invalid_option', 'The document must be given as bytes (a Uint8Array, Buffer or ArrayBuffer).')
  if (bytes.length > limits.maxBytes) {
    throw new InquiryError('too_large', `The file has ${bytes.length} bytes; at most ${limits.maxBytes} are allowed.`, {
      details: { bytes: bytes.length, maxBytes: limits.maxBytes },
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
      return {
        role,
        format: doc.format,
        pages: doc.pageCount,
        ocr: doc.ocr,
        sha256: await sha256(bytes),
        bytes: bytes.length,
        ...ocrDetails(doc),
      }
    })
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

function toInquiry(layout: Layout, structure: Structure, answers: Answers, files: SourceFile[], loaded: LoadedDocument[]): Inquiry {
  const first = files[0]!
  const hasReply = structure.meta.hasReply ?? answers.reply !== null
  return {
    schemaVersion: 1,
    source: { format: first.format, pages: first.pages, ocr: files.some((f) => f.ocr), sha256: first.sha256, files },
    text: layout.text,
    // the text's metadata first; the inquiry's file's own properties only where the text gives none
    meta: withDocumentInfo({ ...structure.meta, hasReply }, loaded[0]!.info, hasReply && loaded.length === 1),
    questions: structure.questions,
    reply: answers.reply,
    coverage: answers.coverage,
    warnings: [...layout.warnings, ...structure.warnings, ...answers.warnings],
  }
}
