/**
 * Hostile uploads against `wrangler dev` (issue 9): `npx tsx bench/hostile-uploads.ts [--only NAME]`.
 * About 50 requests a hostile client would send: corrupt files and zip bombs, lying headers, huge multipart
 * fields, many parts, missing boundaries, wrong content types and methods, and every generated file of
 * test/hostile/make.ts. Each is sent over a raw socket (so headers can lie) and followed by a health check; a
 * server that stops answering counts as a restart, and is started anew so the run goes on.
 * A case that fails (5xx, no answer, restart) is sent again straight to the workerd process that runs the
 * Worker, past wrangler's proxy, and its health is checked there too. That tells the dev runtime's failures
 * from ours: our code answers every request it sees with problem+json, so a 5xx without it, or a failure that
 * does not happen past the proxy, is the dev runtime's (its proxy, or workerd's own HTTP parser before any
 * Worker code runs), and the row says which, with the direct answer as evidence. Prints one row per upload and
 * exits 1 on any failure that is ours.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'
import { HOSTILE_KINDS } from '../test/hostile/make.js'
import { rawRequest, type RawAnswer } from '../test/browser/raw-http.js'
import { startWranglerDev } from '../test/browser/wrangler-dev.js'
import { workerEndpoints } from './workerd-inspector.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'fixtures/worker', name)))
const PDF = fixture('spielplaetze.pdf')
const DOCX = fixture('spielplaetze.docx')
const MAX_BYTES = 10 * 1024 * 1024
const ANSWER_TIMEOUT_MS = 40_000

type Case = { name: string; head: string; body?: Uint8Array; endAfterBody?: boolean }

const encode = (text: string) => new TextEncoder().encode(text)
const join2 = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) out.set(part, at), (at += part.length)
  return out
}

function head(method: string, path: string, headers: Record<string, string | number>): string {
  return [
    `${method} ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ].join('\r\n')
}

/** A raw body with its true length. */
const raw = (name: string, body: Uint8Array, type = 'application/octet-stream'): Case => ({
  name,
  head: head('POST', '/api/parse', { 'Content-Type': type, 'Content-Length': body.length }),
  body,
})

/** A form with the parts given, each `[name, filename | null, bytes]`. */
function multipart(parts: [string, string | null, Uint8Array][], boundary = 'grenze7f3a'): Uint8Array {
  const pieces = parts.flatMap(([name, file, bytes]) => [
    encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file === null ? '' : `; filename="${file}"`}\r\n\r\n`),
    bytes,
    encode('\r\n'),
  ])
  return join2(...pieces, encode(`--${boundary}--\r\n`))
}
const form = (name: string, body: Uint8Array, type = 'multipart/form-data; boundary=grenze7f3a'): Case => raw(name, body, type)

function flipped(bytes: Uint8Array, every: number): Uint8Array {
  const copy = bytes.slice()
  for (let i = 7; i < copy.length; i += every) copy[i] = copy[i]! ^ 0xff
  return copy
}

/** An honest zip bomb: one entry of `mb` MB of zeros (a DOCX's name, no DOCX inside). */
const zerosZip = (mb: number) => zipSync({ 'word/document.xml': new Uint8Array(mb << 20) }, { level: 9 })

function httpCases(): Case[] {
  const lying = (name: string, length: string | number, body: Uint8Array, endAfterBody = false): Case => ({
    name,
    head: head('POST', '/api/parse', { 'Content-Type': 'text/plain', 'Content-Length': length }),
    body,
    endAfterBody,
  })
  const many = Array.from({ length: 20_000 }, (_, i) => [`feld${i}`, null, encode('x')] as [string, null, Uint8Array])
  return [
    // corrupt files and bombs
    raw('pdf cut in half', PDF.subarray(0, PDF.length >> 1), 'application/pdf'),
    raw('pdf, every 97th byte flipped', flipped(PDF, 97), 'application/pdf'),
    raw('pdf header, then noise', join2(encode('%PDF-1.7\n'), flipped(new Uint8Array(20_000).fill(0x41), 3))),
    raw('docx cut in half', DOCX.subarray(0, DOCX.length >> 1)),
    raw('docx, every 53rd byte flipped', flipped(DOCX, 53)),
    raw('zip bomb, 1 GB of zeros', zerosZip(1024)),
    raw('zip bomb fixture (unpacks-too-large.docx)', fixture('unpacks-too-large.docx')),
    raw('empty body', new Uint8Array(0), 'text/plain'),
    // lying headers
    lying('Content-Length 99999999999, 3 bytes sent', '99999999999', encode('abc')),
    lying('Content-Length 40 digits', '9'.repeat(40), encode('abc')),
    lying('Content-Length over the limit, 3 bytes sent', MAX_BYTES * 3, encode('abc')),
    lying('Content-Length 1000, 3 bytes, then half-close', 1000, encode('abc'), true),
    lying('Content-Length 1000, 3 bytes, then silence', 1000, encode('abc')),
    lying('Content-Length "abc"', 'abc', encode('abc')),
    lying('Content-Length -1', '-1', encode('abc')),
    {
      name: 'Content-Length twice, differing',
      head: head('POST', '/api/parse', { 'Content-Type': 'text/plain', 'Content-Length': 3 }) + '\r\nContent-Length: 5',
      body: encode('abc'),
    },
    {
      name: 'chunked and Content-Length',
      head: head('POST', '/api/parse', { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked', 'Content-Length': 3 }),
      body: encode('3\r\nabc\r\n0\r\n\r\n'),
    },
    {
      name: 'chunked, 11 MB',
      head: head('POST', '/api/parse', { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }),
      body: join2(encode(`${(11 << 20).toString(16)}\r\n`), new Uint8Array(11 << 20).fill(0x61), encode('\r\n0\r\n\r\n')),
    },
    // forms
    form(
      'form field "format" of 5 MB',
      multipart([
        ['file', 'a.pdf', PDF],
        ['format', null, new Uint8Array(5 << 20).fill(0x6a)],
      ])
    ),
    form('form file of 11 MB', multipart([['file', 'a.txt', new Uint8Array(11 << 20).fill(0x61)]])),
    form('form file name of 60 KB', multipart([['file', 'a'.repeat(60_000), PDF]])),
    form('form with 20,000 parts', multipart([['file', 'a.pdf', PDF], ...many])),
    form('form, multipart without boundary', multipart([['file', 'a.pdf', PDF]]), 'multipart/form-data'),
    form('form, boundary not in the body', multipart([['file', 'a.pdf', PDF]]), 'multipart/form-data; boundary=anders'),
    form('form, never closed', multipart([['file', 'a.pdf', PDF]]).subarray(0, 200)),
    form('form, "file" is a text field', multipart([['file', null, encode('Wie viele Spielgeräte sind gesperrt?')]])),
    // wrong content types and methods
    raw('content type application/json', encode('{"file":"x"}'), 'application/json'),
    raw('content type image/png', PDF, 'image/png'),
    { name: 'GET /api/parse', head: head('GET', '/api/parse', {}) },
    { name: 'PUT /api/parse', head: head('PUT', '/api/parse', { 'Content-Length': PDF.length }), body: PDF },
    { name: 'DELETE /', head: head('DELETE', '/', {}) },
    { name: 'GET /nope', head: head('GET', '/nope', {}) },
    { name: 'GET /../../etc/passwd', head: head('GET', '/../../etc/passwd', {}) },
  ]
}

function hostileFileCases(): Case[] {
  return HOSTILE_KINDS.map((kind) => raw(`test/hostile: ${kind.name}`, kind.build(true)))
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) })).status === 200
  } catch {
    return false
  }
}

const isProblem = (answer: RawAnswer) => (answer.headers['content-type'] ?? '').startsWith('application/problem+json')

/**
 * Whose failure it is, from the same request sent past wrangler's proxy (`direct`) and the Worker's health
 * there: ours when the Worker itself fails, the dev runtime's when only the proxy does, or when the answer is
 * no problem+json (our code never answers without it: workerd's HTTP parser refused the request first).
 */
function blame(through: RawAnswer, direct: RawAnswer, workerHealthy: boolean, restarted: boolean): { ours: boolean; why: string } {
  const directly = `direct to workerd: ${describeAnswer(direct)}`
  if (!workerHealthy) return { ours: true, why: `${directly}; the Worker itself stopped answering` }
  if (direct.status !== null && direct.status < 500 && isProblem(direct)) {
    return {
      ours: false,
      why: `wrangler's proxy only (${directly}, ours, in ${direct.ms} ms${restarted ? '; the Worker stayed healthy' : ''})`,
    }
  }
  if (direct.status !== null && direct.status >= 500 && !isProblem(direct) && !isProblem(through)) {
    return {
      ours: false,
      why: `workerd's HTTP parser, before any Worker code (${directly}, body "${direct.body.slice(0, 40)}", not our problem+json)`,
    }
  }
  return { ours: true, why: directly }
}

function describeAnswer(answer: RawAnswer): string {
  if (answer.status === null) return answer.closed ? 'connection closed, no answer' : 'no answer'
  let code = ''
  try {
    code = String((JSON.parse(answer.body) as { code?: unknown }).code ?? '')
  } catch {
    code = `(${answer.headers['content-type'] ?? 'no content type'})`
  }
  return `${answer.status} ${code}`
}

const { values } = parseArgs({ options: { only: { type: 'string' } } })
const cases = [...httpCases(), ...hostileFileCases()].filter((c) => !values.only || c.name.includes(values.only))
let server = await startWranglerDev()
let worker = await workerEndpoints(server.pid)
type Row = { name: string; answer: string; restarted: boolean; failed: boolean; ours: boolean }
const rows: Row[] = []
try {
  for (const item of cases) {
    const send = (url: string) =>
      rawRequest(Number(new URL(url).port), {
        head: item.head,
        body: item.body,
        endAfterBody: item.endAfterBody,
        timeoutMs: ANSWER_TIMEOUT_MS,
      })
    const answer = await send(server.url)
    const restarted = !(await healthy(server.url))
    const failed = restarted || answer.status === null || answer.status >= 500
    let verdict = { ours: false, why: '' }
    if (failed) {
      const workerHealthy = await healthy(worker.entryUrl)
      verdict = blame(answer, await send(worker.entryUrl), workerHealthy, restarted)
    }
    if (restarted) {
      await server.stop()
      server = await startWranglerDev()
      worker = await workerEndpoints(server.pid)
    }
    rows.push({ name: item.name, answer: describeAnswer(answer), restarted, failed, ours: verdict.ours })
    const mark = !failed ? '✓' : verdict.ours ? '✗' : '~'
    console.log(
      `${mark} ${item.name.padEnd(52)} ${describeAnswer(answer).padEnd(32)} ${String(answer.ms).padStart(6)} ms${restarted ? '  RESTART' : ''}`
    )
    if (failed) console.log(`    ${verdict.ours ? 'OURS' : 'dev runtime'}: ${verdict.why}`)
  }
} finally {
  await server.stop()
}
const count = (test: (row: Row) => boolean) => rows.filter(test).length
const fivexx = (r: Row) => /^5/.test(r.answer)
const unanswered = (r: Row) => r.answer.includes('no answer')
console.log(
  `\n${rows.length} hostile uploads through wrangler dev: ${count((r) => /^[24]\d\d/.test(r.answer))} answered 2xx/4xx, ${count(fivexx)} 5xx, ${count(unanswered)} without an answer, ${count((r) => r.restarted)} restarts`
)
console.log(
  `of the failures, ours: ${count((r) => r.failed && r.ours)}; the dev runtime's (proxy or workerd's HTTP parser, see each row): ${count((r) => r.failed && !r.ours)}`
)
if (rows.some((r) => r.failed && r.ours)) process.exitCode = 1
