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

/**
 * How long a body may stall between two chunks. A client whose Content-Length promises more than it sends is
 * answered after this, not after the platform's own timeout; an upload that breaks off is answered at once.
 */
export const BODY_IDLE_MS = 5_000

/**
 * How long a body refused by its Content-Length alone is read on after its last chunk before the answer goes
 * out. workerd closes the connection once it has answered, and closing a socket with bytes still unread in it
 * resets it (a TCP RST), which discards the answer not yet read at the other end: through `wrangler dev`'s
 * proxy the client then gets the head of our 413 and no body, or the proxy's 503. Reading what the client has
 * already sent first makes the close an orderly one; a client that announced more than it sends waits this long.
 */
export const REFUSED_BODY_GRACE_MS = 250
/** And how long such a body is read on at most in all, so that a client trickling bytes waits no longer. */
export const REFUSED_BODY_MAX_MS = 1_000

/** At most 16 digits: more cannot be a length any limit allows, and Number() stays exact below 2^53. */
const DECLARED_LENGTH = /^[0-9]{1,16}$/

/**
 * The declared length, or null when there is none. Throws 413 when it is over the limit and 400 when the
 * header is no number, both before a byte of the body is read.
 */
export function checkDeclaredLength(request: Request, limit: number): number | null {
  const header = request.headers.get('content-length')
  if (header === null) return null
  const digits = header.trim()
  if (/^[0-9]{17,}$/.test(digits)) throw tooLarge(null, limit)
  if (!DECLARED_LENGTH.test(digits)) throw new ProblemError('bad_request', 'The Content-Length header is not a number.')
  const declared = Number(digits)
  if (declared > limit) throw tooLarge(declared, limit)
  return declared
}

/**
 * The whole body, or 413 as soon as more than `limit` bytes have arrived. A body that breaks off, stalls for
 * `idleMs`, or ends with fewer bytes than it declared is a 400.
 */
export async function readLimited(request: Request, limit: number, idleMs = BODY_IDLE_MS): Promise<Uint8Array> {
  const declared = await declaredLength(request, limit)
  if (request.body === null) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await readChunk(reader, idleMs)
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await drainOrCancel(reader, limit, idleMs)
      throw tooLarge(null, limit)
    }
    chunks.push(value)
  }
  if (declared !== null && size !== declared) throw shortBody(size, declared)
  return concat(chunks, size)
}

/** `checkDeclaredLength`, but a refused body is read as far as it has arrived before the refusal goes out. */
async function declaredLength(request: Request, limit: number): Promise<number | null> {
  try {
    return checkDeclaredLength(request, limit)
  } catch (error) {
    if (request.body !== null) await drainOrCancel(request.body.getReader(), limit, REFUSED_BODY_GRACE_MS, REFUSED_BODY_MAX_MS)
    throw error
  }
}

/** One chunk, with the stall timeout; a failing stream (the client went away) is the client's 400. */
async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>, idleMs: number): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ProblemError('bad_request', `The upload stalled for ${idleMs / 1000} s before its body was complete.`)),
      idleMs
    )
  })
  try {
    return await Promise.race([reader.read(), stalled])
  } catch (error) {
    await reader.cancel().catch(() => {})
    if (error instanceof ProblemError) throw error
    throw new ProblemError('bad_request', 'The upload broke off before its body was complete.')
  } finally {
    clearTimeout(timer)
  }
}

/**
 * After a body has gone over the limit, reads (and drops) up to as much again before answering, and cancels
 * only a body larger than that. Under `wrangler dev` a request body cancelled while the client still sends it
 * (an 11 MB chunked upload) leaves wrangler's proxy unable to answer any further request; a body read to its
 * end does not. Bounded, so a client streaming without end costs at most twice the limit (and, given `forMs`,
 * at most that long).
 */
async function drainOrCancel(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
  idleMs: number,
  forMs = Number.POSITIVE_INFINITY
): Promise<void> {
  const until = Date.now() + forMs
  let drained = 0
  try {
    while (drained <= limit && Date.now() < until) {
      const { done, value } = await readChunk(reader, Math.min(idleMs, until - Date.now()))
      if (done) return
      drained += value.byteLength
    }
  } catch {
    return // a stalled or broken body: readChunk has cancelled it already
  }
  await reader.cancel().catch(() => {})
}

function shortBody(size: number, declared: number): ProblemError {
  return new ProblemError('bad_request', `The body has ${size} bytes, but its Content-Length header says ${declared}.`, {
    bytes: size,
    declaredBytes: declared,
  })
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
