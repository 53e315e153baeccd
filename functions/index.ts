/**
 * @module
 * The Worker entry: prepares workerd for pdf.js (`inquiry-parser/worker`, src/worker), then serves the app, with a last
 * resort that turns anything the app lets escape into problem+json, and consumes the import queue.
 */
import { createApp } from './app.js'
import type { Bindings } from './env.js'
import type { MessageBatch } from './imports/bindings.js'
import { consumeImports } from './imports/consume.js'
import { withLastResort } from './http/problem.js'
import { preparePdfjs } from '../src/worker/index.js'

preparePdfjs()

const app = withLastResort(createApp())

export default {
  fetch: app.fetch,
  /** the import service's consumer (docs/imports.md): the import queue and its dead-letter queue */
  queue: (batch: MessageBatch, env: Bindings): Promise<void> => consumeImports(batch, env),
}
