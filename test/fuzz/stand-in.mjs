// A stand-in parser for the harness's own test: each outcome the harness must tell apart, chosen by the
// input's first word. Plain JavaScript, as the fuzz child imports it without a TypeScript loader.
import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Inquiry, InquiryError } from '../../dist/index.js'

export { Inquiry, InquiryError }

export async function parseInquiry(bytes) {
  const word = new TextDecoder().decode(bytes.subarray(0, 16)).split(/\s/)[0]
  if (word === 'HANG') for (;;);
  // waits without using the CPU past the harness test's cap, within its wall-clock backstop: no hang
  // hangs the first time only, as an input slowed down by a busy machine would: the replay alone finishes
  if (word === 'FLAKY') {
    const marker = join(tmpdir(), `fuzz-flaky-${new TextDecoder().decode(bytes).split(/\s/)[1]}`)
    if (!existsSync(marker)) {
      writeFileSync(marker, '')
      for (;;);
    }
  }
  if (word === 'IDLE') await new Promise((resolve) => setTimeout(resolve, 10_000))
  if (word === 'OOM') {
    const hoard = []
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length))
  }
  if (word === 'BLOAT') {
    // memory outside the V8 heap: only the parent's watch on resident memory stops this
    const hoard = []
    for (let i = 0; i < 64; i++) hoard.push(Buffer.alloc(32 << 20, 1))
    for (;;);
  }
  if (word === 'CRASH') throw new TypeError('a stand-in crash')
  if (word === 'REJECT') Promise.reject(new Error('a stand-in rejection left unhandled'))
  if (word === 'EXIT') process.exit(3)
  if (word === 'INVALID') return { schemaVersion: 1, source: { pages: -5 } }
  throw new InquiryError('corrupt', 'The stand-in refuses every other input.')
}
