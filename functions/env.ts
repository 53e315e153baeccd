/**
 * @module
 * The Worker's bindings and the limits read from them. Vars come from wrangler.toml (`[vars]`), the token is a
 * secret (`wrangler secret put API_TOKEN`). Every limit has a default, so a bare deployment is safe.
 */

import type { ImportBindings } from './imports/bindings.js'

/** The static assets of `public/`, bound by wrangler's `[assets]` section. */
export type AssetFetcher = { fetch(request: Request): Promise<Response> }

export type Bindings = ImportBindings & {
  ASSETS?: AssetFetcher
  /** when set, `/api/*` needs `Authorization: Bearer <API_TOKEN>` */
  API_TOKEN?: string
  /** largest document, in bytes (each of inquiry and reply) */
  MAX_BYTES?: string | number
  /** most pages per PDF */
  MAX_PAGES?: string | number
  /** most bytes a DOCX may unpack to (its ZIP entries added up) */
  MAX_UNPACKED_BYTES?: string | number
  /** comma-separated origins allowed to call the API from other sites; empty: same origin only */
  CORS_ORIGINS?: string
}

export type Env = { Bindings: Bindings }

export type Limits = {
  maxBytes: number
  maxPages: number
  maxUnpackedBytes: number
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 100,
  maxUnpackedBytes: 32 * 1024 * 1024,
}

/** Multipart framing around the two files (boundaries, part headers, option fields). */
export const FORM_OVERHEAD_BYTES = 64 * 1024

export function readLimits(env: Bindings | undefined): Limits {
  return {
    maxBytes: positiveInt(env?.MAX_BYTES, DEFAULT_LIMITS.maxBytes),
    maxPages: positiveInt(env?.MAX_PAGES, DEFAULT_LIMITS.maxPages),
    maxUnpackedBytes: positiveInt(env?.MAX_UNPACKED_BYTES, DEFAULT_LIMITS.maxUnpackedBytes),
  }
}

/** A misconfigured var falls back to the default rather than disabling the limit. */
function positiveInt(value: string | number | undefined, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isSafeInteger(n) && n > 0 ? n : fallback
}

/** Origins allowed by CORS_ORIGINS ("*" allows any). */
export function corsOrigins(env: Bindings | undefined): string[] {
  return (env?.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
}
