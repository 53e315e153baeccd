/**
 * @module
 * Calling the Worker in the Worker tests. `call` goes through the runtime's entry with wrangler.toml's bindings;
 * `callWith` calls the same exported handler with some bindings changed (a token, smaller limits).
 */
import { env, exports } from 'cloudflare:workers'
import worker from '../../functions/index.js'
import type { Bindings } from '../../functions/env.js'

export const BASE = 'http://worker.test'

export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init))
}

export async function callWith(bindings: Partial<Bindings>, path: string, init?: RequestInit): Promise<Response> {
  return worker.fetch(new Request(`${BASE}${path}`, init), { ...env, ...bindings })
}

/** A multipart form with the inquiry as `file` and, optionally, the reply and option fields. */
export function form(file: Uint8Array<ArrayBuffer> | null, name = 'anfrage.pdf', extra: Record<string, string | File> = {}): FormData {
  const data = new FormData()
  if (file) data.append('file', new File([file], name))
  for (const [key, value] of Object.entries(extra)) data.append(key, value)
  return data
}

export const post = (body: BodyInit, headers: Record<string, string> = {}): RequestInit => ({ method: 'POST', body, headers })

export type ProblemBody = { type: string; title: string; status: number; detail: string; code: string; [key: string]: unknown }

/** Asserts nothing itself; returns the problem document and its content type for the test to check. */
export async function problemOf(response: Response): Promise<{ status: number; contentType: string | null; problem: ProblemBody }> {
  return { status: response.status, contentType: response.headers.get('content-type'), problem: (await response.json()) as ProblemBody }
}
