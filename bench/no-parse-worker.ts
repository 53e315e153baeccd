/**
 * @module
 * The soak's control Worker (`npm run bench -- soak --no-parse`): the real app's upload handling (body limits,
 * multipart) and a fixed answer, without the parser. Whatever memory grows under `wrangler dev` with this
 * Worker is the dev runtime's own, not the parser's.
 */
import { readLimits, type Bindings } from '../functions/env.js'
import { readUpload } from '../functions/http/upload.js'

export default {
  async fetch(request: Request, env: Bindings): Promise<Response> {
    if (request.method !== 'POST') return new Response('{"status":"ok"}', { headers: { 'content-type': 'application/json' } })
    const upload = await readUpload(request, readLimits(env))
    const answer = { questions: [], bytes: upload.inquiry.byteLength }
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } })
  },
}
