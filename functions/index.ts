/**
 * @module
 * The Worker entry: prepares workerd for pdf.js (`inquiry-parser/worker`, src/worker), then serves the app, with a last
 * resort that turns anything the app lets escape into problem+json.
 */
import { createApp } from './app.js'
import { withLastResort } from './http/problem.js'
import { preparePdfjs } from '../src/worker/index.js'

preparePdfjs()

export default withLastResort(createApp())
