/**
 * The Worker's OpenAPI document under the rules an API linter applies (redocly's recommended set, in small):
 * servers, a licence, every operation with a unique operationId, a summary and an error response, security
 * schemes that exist, and every $ref pointing somewhere. Built by the app itself, in Node.
 */
import { describe, expect, it } from 'vitest'
import { createApp } from '../functions/app.js'

type Operation = { operationId?: string; summary?: string; responses?: Record<string, unknown>; security?: Record<string, unknown>[] }
type Document = {
  openapi: string
  info: { title?: string; version?: string; license?: { name?: string; url?: string } }
  servers?: { url: string }[]
  security?: Record<string, unknown>[]
  paths: Record<string, Record<string, Operation>>
  components?: { securitySchemes?: Record<string, unknown> }
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options'])

async function openapi(): Promise<Document> {
  const response = await createApp().request(
    '/api/openapi.json',
    {},
    { MAX_BYTES: '10485760', MAX_PAGES: '100', MAX_UNPACKED_BYTES: '33554432', CORS_ORIGINS: '' }
  )
  expect(response.status).toBe(200)
  return (await response.json()) as Document
}

/** Every `$ref` string in the document, with the JSON pointer it names. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found)
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value)
      else refs(value, found)
    }
  }
  return found
}

function resolvePointer(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), doc)
}

describe('the OpenAPI document', () => {
  it('names its servers and its licence', async () => {
    const doc = await openapi()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers?.length).toBeGreaterThan(0)
    expect(doc.info).toMatchObject({ title: 'inquiry-parser', license: { name: 'MIT', url: expect.stringMatching(/^https:\/\//) } })
  })

  it('gives every operation a unique operationId, a summary and an error response', async () => {
    const doc = await openapi()
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.has(method))
        .map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, ...operation }))
    )
    // health, schema, openapi, parse; the import service's start, progress and results
    expect(operations.length).toBe(7)
    const ids = operations.map((o) => o.operationId)
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    for (const o of operations) expect(o.summary, o.where).toBeTruthy()
    const parse = operations.find((o) => o.where === 'POST /api/parse')
    expect(Object.keys(parse?.responses ?? {}).some((status) => status.startsWith('4'))).toBe(true)
  })

  it('uses only security schemes it defines, and every $ref resolves', async () => {
    const doc = await openapi()
    const defined = Object.keys(doc.components?.securitySchemes ?? {})
    const used = [doc.security ?? [], ...Object.values(doc.paths).flatMap((item) => Object.values(item).map((o) => o.security ?? []))]
      .flat()
      .flatMap((requirement) => Object.keys(requirement))
    expect(used.length).toBeGreaterThan(0)
    for (const name of used) expect(defined).toContain(name)
    const all = refs(doc)
    expect(all.length).toBeGreaterThan(0)
    for (const ref of all) expect(resolvePointer(doc, ref), ref).toBeDefined()
  })
})
