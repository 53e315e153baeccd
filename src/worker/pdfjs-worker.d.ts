/** pdfjs-dist ships no declarations for its worker module; `preparePdfjs` only hands it to pdf.js. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
