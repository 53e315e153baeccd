/**
 * @module
 * Parses files with the library in plain Node and prints `{ [file]: Inquiry }` as JSON.
 * Usage: node --import tsx test/worker/parse-in-node.ts FILE…  (run by node-results.ts)
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseInquiry, type Inquiry } from '../../src/index.js'

const results: Record<string, Inquiry> = {}
for (const path of process.argv.slice(2)) results[basename(path)] = await parseInquiry(new Uint8Array(readFileSync(path)))
process.stdout.write(JSON.stringify(results))
