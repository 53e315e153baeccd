// Writes dist/schema.json, the JSON Schema of the output contract, generated from the zod schemas.
import { writeFileSync } from 'node:fs'
import { z } from 'zod'
import { Inquiry } from '../dist/schema.js'

const schema = z.toJSONSchema(Inquiry, { target: 'draft-2020-12' })
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`)
