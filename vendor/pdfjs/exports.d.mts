// `inquiry-parser/pdfjs`: the library's own pdf.js, declared as far as a page needs it to start pdf.js's Web Worker
/** pdf.js's version, 5.4.296. */
export declare const version: string
/** Where pdf.js starts its Web Worker from: the URL of `inquiry-parser/pdfjs/worker`. */
export declare const GlobalWorkerOptions: { workerSrc: string }
