/**
 * @module
 * Loading: bytes → a LoadedDocument of positioned lines (PDF) or flow blocks (DOCX, HTML, text).
 */
import { resolveLimits, type Limits } from '../limits.js'
import type { LoadedDocument } from '../nodes.js'
import { loadDoc } from './doc.js'
import { loadDocx } from './docx.js'
import { loadHtml } from './html.js'
import { loadOdt } from './odt.js'
import { loadPdf, type PdfOptions } from './pdf.js'
import { loadRtf } from './rtf.js'
import { sniffFormat } from './sniff.js'
import { loadText } from './text.js'

/** The PDF options, and the budgets (`src/limits.ts`); a budget not given takes its default. */
export type LoadOptions = PdfOptions & Partial<Limits>

export { sniffFormat }

/** `limits` when the caller resolved them already (parseInquiry), else from the options' own budgets. */
export async function loadDocument(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedDocument> {
  const limits = options.limits ?? resolveLimits(options)
  switch (sniffFormat(bytes)) {
    case 'pdf':
      return loadPdf(bytes, { ...options, limits })
    case 'docx':
      return loadDocx(bytes, limits)
    case 'html':
      return loadHtml(bytes, limits)
    case 'text':
      return loadText(bytes, limits)
    case 'odt':
      return loadOdt(bytes, limits)
    case 'rtf':
      return loadRtf(bytes, limits)
    case 'doc':
      return loadDoc(bytes, limits)
  }
}
