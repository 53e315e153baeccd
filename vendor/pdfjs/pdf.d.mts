// vendor/pdfjs/pdf.mjs is pdfjs-dist's legacy build (scripts/vendor-pdfjs.mjs): its types are pdfjs-dist's, a devDependency
export * from 'pdfjs-dist/legacy/build/pdf.mjs'
