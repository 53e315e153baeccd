// pdfjs-dist declares nothing for its worker module; inquiry-parser/worker only hands it to pdf.js
export declare const WorkerMessageHandler: unknown
