/**
 * @module
 * The one place that imports pdf.js, lazily, so that DOCX and text parsing never pay for it.
 * In workerd the Worker entry installs the browser-global stubs and the inlined pdf.js worker first.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjs: Promise<Pdfjs> | undefined

export function getPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjs
}
