/**
 * @module
 * A raw HTTP/1.1 exchange over node:net, for requests fetch() refuses to send: a lying Content-Length, a body
 * cut short, no Content-Type at all. It resolves as soon as the answer's head and its Content-Length of body
 * have arrived, whether or not the server closes the connection, so a server that answers at once but then
 * waits for the rest of a lying body still counts as answering.
 */
import { connect } from 'node:net'

export type RawAnswer = { status: number | null; headers: Record<string, string>; body: string; ms: number; closed: boolean }

export type RawRequest = {
  /** the request head without the blank line ending it, e.g. "POST /api/parse HTTP/1.1\r\nHost: x" */
  head: string
  body?: Uint8Array | string
  /** close our sending side after the body (the body then ends where it is, whatever its length claimed) */
  endAfterBody?: boolean
  timeoutMs?: number
}

export function rawRequest(port: number, request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const start = Date.now()
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${request.head}\r\n\r\n`)
      if (request.body !== undefined) socket.write(request.body)
      if (request.endAfterBody) socket.end()
    })
    let settled = false
    const finish = (closed: boolean) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve({ ...parseAnswer(Buffer.concat(chunks)), ms: Date.now() - start, closed })
    }
    const timer = setTimeout(() => finish(false), request.timeoutMs ?? 15_000)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      if (isComplete(Buffer.concat(chunks))) finish(false)
    })
    socket.on('close', () => finish(true))
    socket.on('error', () => finish(true))
  })
}

function isComplete(data: Buffer): boolean {
  const end = data.indexOf('\r\n\r\n')
  if (end < 0) return false
  const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(data.subarray(0, end).toString('latin1'))?.[1]
  return length !== undefined && data.length - end - 4 >= Number(length)
}

function parseAnswer(data: Buffer): Omit<RawAnswer, 'ms' | 'closed'> {
  const end = data.indexOf('\r\n\r\n')
  if (end < 0) return { status: null, headers: {}, body: '' }
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]
  return { status: status ? Number(status) : null, headers, body: data.subarray(end + 4).toString('utf8') }
}
