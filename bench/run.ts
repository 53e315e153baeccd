/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process.
 * `npm run bench -- soak [--seconds N]`: the 10-minute soak of the Worker instead (bench/soak.ts), which is no
 * *.bench.ts because it is too long for every run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)
if (only[0] === 'soak') {
  // the soak reads the Worker's heap over the inspector's WebSocket, a global from Node 22 on
  const websocket = typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : []
  // its exit code is its verdict (0 passed, 1 failed, 2 not steady: bench/soak-verdict.ts), passed on as it is
  const soak = spawnSync(process.execPath, [...websocket, '--import', 'tsx', `${dir}soak.ts`, ...only.slice(1)], { stdio: 'inherit' })
  process.exit(soak.status ?? 1)
}
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

console.log(`node ${process.version}, ${benches.length} benchmark(s): ${benches.join(', ')}`)
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`)
  try {
    execFileSync(process.execPath, ['--import', 'tsx', `${dir}${bench}`], { stdio: 'inherit' })
  } catch {
    // its own output says what failed; the other benchmarks still run
    process.exitCode = 1
    console.log(`${bench} failed`)
  }
}
