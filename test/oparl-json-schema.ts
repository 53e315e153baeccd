/**
 * OParl's own JSON Schema files (OPARL_SCHEMA_DIR: Paper.json, File.json, …) as a zod schema: the files'
 * relative `$ref`s ("File.json") are inlined, a few levels deep, then zod reads the JSON Schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

export function oparlSchema(dir: string, name: string): z.ZodType {
  if (!existsSync(dir) || !readdirSync(dir).some((file) => file.endsWith('.json'))) {
    throw new Error(
      `OPARL_SCHEMA_DIR=${dir} holds no OParl JSON Schema files (Paper.json, File.json …): put OParl 1.1's schema/*.json there, or unset the variable.`
    )
  }
  const load = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const inline = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, depth))
    if (!node || typeof node !== 'object') return node
    const { $ref, $schema: _schema, $id: _id, ...rest } = node as Record<string, unknown>
    const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inline(value, depth)]))
    if (typeof $ref !== 'string' || !$ref.endsWith('.json')) return own
    // Location and Consultation refer back to Paper: past a few levels, any object will do
    return depth > 3 ? own : { ...own, ...(inline(load($ref), depth + 1) as object) }
  }
  return z.fromJSONSchema(inline(load(name), 0) as Parameters<typeof z.fromJSONSchema>[0])
}
