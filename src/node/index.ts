/**
 * @module
 * Node-only parts of inquiry-parser: parsing files by path.
 */
import { readFile } from 'node:fs/promises'
import { parseInquiry, type ParseOptions } from '../parse.js'
import type { Inquiry } from '../schema.js'

/** Parses a file by its path. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Inquiry> {
  return parseInquiry(new Uint8Array(await readFile(path)), options)
}
