/**
 * @module
 * A Vite plugin for the Worker tests: `import pdf from '../../fixtures/worker/x.pdf?bytes'` gives the file's
 * bytes as a Uint8Array. Tests run inside workerd, which cannot read the host's files; the plugin (running in
 * Node) inlines them into the test module instead.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const SUFFIX = '?bytes'

export function fixtureBytes(): Plugin {
  return {
    name: 'inquiry-parser:fixture-bytes',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(SUFFIX)) return null
      const base64 = readFileSync(id.slice(0, -SUFFIX.length)).toString('base64')
      return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0))`
    },
  }
}
