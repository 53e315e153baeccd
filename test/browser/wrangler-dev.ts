/**
 * @module
 * Starts `wrangler dev` on a free loopback port for the browser test and the Worker benchmarks, waits until it
 * answers, and stops it (its whole process group) afterwards. Offline: no `Request.cf` lookup, no telemetry.
 *
 * wrangler 4.86 always watches the files it bundled and rebuilds and restarts the Worker when one changes; it has
 * no flag to turn that off. An edit in the checkout during a 25-minute soak restarted the Worker mid-request
 * (two 503s), so wrangler runs in a copy of the Worker's tree in a temp dir (`copyWorkerTree`), which nothing
 * edits, with the checkout's node_modules linked in; the copy is removed when the server stops.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WRANGLER = fileURLToPath(new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url))
/** What `wrangler dev` reads of the checkout: the config, the Worker and what it imports, the page, the build
 * command's script, D1's migrations, the benchmarks' control Worker, the local secrets. */
const WORKER_TREE = [
  'wrangler.toml',
  'package.json',
  'tsconfig.json',
  '.dev.vars',
  'functions',
  'src',
  'vendor',
  'public',
  'scripts',
  'migrations',
  'bench',
]

/** `pid` is wrangler's, which leads the process group that workerd runs in (see bench/workerd-memory.ts);
 * `root` is the copy of the tree it runs in. */
export type DevServer = { url: string; pid: number; inspectorPort: number; root: string; stop(): Promise<void> }

export type DevOptions = {
  /** wrangler vars to override (`--var NAME:VALUE`) */
  vars?: Record<string, string>
  timeoutMs?: number
  /** another Worker entry than wrangler.toml's `main` (the soak's no-parse Worker), with the same config */
  script?: string
  /** more of wrangler dev's flags (the import benchmark's `--env imports --persist-to DIR`) */
  args?: string[]
  /** the tree to copy and run (default: this checkout); it needs a node_modules with wrangler's dependencies */
  root?: string
}

/** Copies the parts of `root` that `wrangler dev` reads into a new temp dir, and links `root`'s node_modules. */
export function copyWorkerTree(root: string = ROOT): string {
  const copy = mkdtempSync(join(tmpdir(), 'wrangler-dev-tree-'))
  for (const name of WORKER_TREE) {
    // the checkout's .wrangler/ (wrangler's local state) is not taken along: the copy starts its own
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(copy, name), { recursive: true, filter: (path) => !path.includes('/.wrangler') })
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
  return copy
}

export async function startWranglerDev(options: DevOptions = {}): Promise<DevServer> {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  const args = [
    WRANGLER,
    'dev',
    ...(options.script ? [options.script] : []),
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
  ]
  args.push('--show-interactive-dev-session=false', '--log-level', 'warn', ...(options.args ?? []))
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push('--var', `${name}:${value}`)
  const root = copyWorkerTree(options.root)
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true, // its own process group, so stop() ends workerd and esbuild with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  })
  const output = collect(child)
  const server = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    inspectorPort,
    root,
    stop: () => stop(child).finally(() => rmSync(root, { recursive: true, force: true })),
  }
  try {
    await waitUntilReady(server.url, child, options.timeoutMs ?? 90_000)
  } catch (error) {
    await server.stop()
    throw new Error(`wrangler dev did not start: ${(error as Error).message}\n${output.join('')}`)
  }
  return server
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function collect(child: ChildProcess): string[] {
  const lines: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
  return lines
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`)
    try {
      // any HTTP answer means it is up (401 when a token is configured)
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`no answer within ${timeoutMs} ms`)
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}
