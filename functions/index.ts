/**
 * @module
 * The Worker entry: prepares workerd for pdf.js (see runtime/pdfjs.ts), then serves the app.
 */
import { createApp } from './app.js'
import { preparePdfjs } from './runtime/pdfjs.js'

preparePdfjs()

export default createApp()
