/**
 * @module
 * One long-lived fuzz child: parses each input it is sent through the built package (FUZZ_PARSER, the path
 * of dist/index.js or of a stand-in) and answers with the outcome. Anything but an InquiryError is a crash,
 * and so is a promise rejection left unhandled while (or shortly after) an input is parsed. The parent caps
 * time and memory. The parent runs it as plain JavaScript (types stripped), so that a child starts fast.
 */
import { readFileSync } from 'node:fs'
import type { ChildAnswer, ChildTask } from './protocol.js'

type Parser = typeof import('../../src/index.js')

const parser = (await import(`file://${process.env.FUZZ_PARSER}`)) as Parser

/** How long a finished parse waits for late rejections (pdf.js tasks still settling). */
const SETTLE_MS = 10

let current: { id: number; rejections: string[] } | null = null

process.on('unhandledRejection', (reason) => {
  const message = `unhandled rejection: ${describe(reason)}`
  if (current) current.rejections.push(message)
  else send({ id: -1, outcome: 'crash', message, ms: 0, cpuMs: 0 })
})
process.on('uncaughtException', (error) => {
  send({ id: current?.id ?? -1, outcome: 'crash', message: `uncaught exception: ${describe(error)}`, ms: 0, cpuMs: 0, fatal: true })
  process.exit(1)
})

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300)
  const at =
    error.stack
      ?.split('\n')
      .find((line) => line.trim().startsWith('at '))
      ?.trim() ?? ''
  return `${error.name}: ${error.message.slice(0, 300)} ${at}`
}

function send(answer: ChildAnswer): void {
  process.send?.(answer)
}

/** The input as a view with an offset into a larger buffer, as a Node Buffer from a pool would be. */
function offsetView(bytes: Uint8Array): Uint8Array {
  const buffer = new ArrayBuffer(bytes.length + 16)
  const view = new Uint8Array(buffer, 8, bytes.length)
  view.set(bytes)
  return view
}

async function parseOne(task: ChildTask): Promise<ChildAnswer> {
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const elapsed = () => {
    const cpu = process.cpuUsage(cpuStart)
    return { ms: Math.round(performance.now() - start), cpuMs: Math.round((cpu.user + cpu.system) / 1000) }
  }
  try {
    const result = await parser.parseInquiry(offsetView(task.bytes))
    const checked = parser.Inquiry.safeParse(result)
    if (!checked.success) return { id: task.id, outcome: 'invalid', message: checked.error.message.slice(0, 500), ...elapsed() }
    return { id: task.id, outcome: 'ok', ...elapsed() }
  } catch (error) {
    if (error instanceof parser.InquiryError)
      return { id: task.id, outcome: 'error', code: error.code, message: error.message, ...elapsed() }
    return { id: task.id, outcome: 'crash', message: describe(error), ...elapsed() }
  }
}

process.on('message', async (task: ChildTask) => {
  current = { id: task.id, rejections: [] }
  const answer = await parseOne(task)
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const rejections = current.rejections
  current = null
  send(rejections.length ? { ...answer, outcome: 'crash', message: rejections.join('; ') } : answer)
})

/** pdf.js and the DOCX reader load on first use; pay for that before the first timed input. */
async function warmUp(): Promise<void> {
  for (const file of (process.env.FUZZ_WARM_UP ?? '').split(',').filter(Boolean)) {
    await parser.parseInquiry(new Uint8Array(readFileSync(file))).catch(() => undefined)
  }
}

await warmUp()
send({ id: 0, outcome: 'ready', ms: 0, cpuMs: 0 })
