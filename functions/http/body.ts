/**
 * @module
 * Reading a request body under a byte limit: refused from `Content-Length` before a byte is read, and counted
 * again while streaming (the header may be absent or wrong), so an oversized upload is never held in memory.
 */
import { ProblemError } from './problem.js'

export function tooLarge(bytes: number | null, limit: number): ProblemError {
  const size = bytes === null ? 'more than' : `${bytes} bytes; at most`
  return new ProblemError('too_large', `The upload has ${size} ${limit} bytes allowed.`, { maxBytes: limit })
}

/** Throws 413 when the declared length is over the limit, 400 when the header is malformed. */
export function checkDeclaredLength(request: Request, limit: number): void {
  const header = request.headers.get('content-length')
  if (header === null) return
  if (!/^\d+$/.test(header.trim())) throw new ProblemError('bad_request', 'The Content-Length header is not a number.')
  const declared = Number(header)
  if (declared > limit) throw tooLarge(declared, limit)
}

/** The whole body, or 413 as soon as more than `limit` bytes have arrived. */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  checkDeclaredLength(request, limit)
  if (request.body === null) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw tooLarge(null, limit)
    }
    chunks.push(value)
  }
  return concat(chunks, size)
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
