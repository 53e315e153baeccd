/**
 * `wrangler dev` runs in a copy of the Worker's tree (test/browser/wrangler-dev.ts), so an edit in the checkout
 * during a benchmark cannot restart the Worker. Shown on a one-line Worker in a temp tree: an edit there changes
 * nothing, while the same edit in the copy that wrangler runs is picked up by its watcher, which is still on.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { startWranglerDev, type DevServer } from './browser/wrangler-dev.js'

const NODE_MODULES = fileURLToPath(new URL('../node_modules', import.meta.url))
const tree = mkdtempSync(join(tmpdir(), 'wrangler-copy-test-'))
let server: DevServer | undefined

const worker = (word: string) => `export default { fetch: () => new Response(${JSON.stringify(word)}) }\n`
const answer = async () => (await fetch(`${server!.url}/`)).text()

afterAll(async () => {
  await server?.stop()
  rmSync(tree, { recursive: true, force: true })
})

describe('wrangler dev in a copy of the tree', () => {
  it('does not restart on an edit of the original tree, and does on one of its copy', async () => {
    mkdirSync(join(tree, 'functions'))
    writeFileSync(join(tree, 'wrangler.toml'), 'name = "copy-test"\nmain = "functions/index.js"\ncompatibility_date = "2026-04-01"\n')
    writeFileSync(join(tree, 'functions/index.js'), worker('one'))
    symlinkSync(NODE_MODULES, join(tree, 'node_modules'), 'dir')
    server = await startWranglerDev({ root: tree })
    expect(server.root).not.toBe(tree)
    expect(await answer()).toBe('one')

    writeFileSync(join(tree, 'functions/index.js'), worker('two'))
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await answer()).toBe('one')

    // the control: the watcher is on, and an edit where wrangler runs is picked up
    writeFileSync(join(server.root, 'functions/index.js'), worker('three'))
    let now = 'one'
    // bounded: 60 tries a quarter of a second apart
    for (let i = 0; i < 60 && now === 'one'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      now = await answer().catch(() => 'one')
    }
    expect(now).toBe('three')
  }, 120_000)
})
