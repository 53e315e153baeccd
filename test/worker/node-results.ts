/**
 * @module
 * Global setup of the Worker tests: parses the good fixtures with the library in plain Node (a child process,
 * outside Vite's module runner) and provides the results, so the tests can check that the Worker (pdf.js in
 * workerd, with its stubs and inlined worker) answers exactly what the library gives in Node.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import type { Inquiry } from '../../src/index.js'

export const NODE_FIXTURES = ['spielplaetze.pdf', 'spielplaetze.docx'] as const
export type NodeFixture = (typeof NODE_FIXTURES)[number]

declare module 'vitest' {
  export interface ProvidedContext {
    nodeResults: Record<NodeFixture, Inquiry>
  }
}

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

export default function provideNodeResults(project: TestProject): void {
  const files = NODE_FIXTURES.map((name) => path(`../../fixtures/worker/${name}`))
  const output = execFileSync(process.execPath, ['--import', 'tsx', path('./parse-in-node.ts'), ...files], { encoding: 'utf8' })
  project.provide('nodeResults', JSON.parse(output) as Record<NodeFixture, Inquiry>)
}
