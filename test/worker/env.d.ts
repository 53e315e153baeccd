/** Fixture files inlined by test/worker/fixture-bytes.ts. */
declare module '*?bytes' {
  const bytes: Uint8Array<ArrayBuffer>
  export default bytes
}

/** The parts of workerd's test module the Worker tests use (full types: @cloudflare/workers-types). */
declare module 'cloudflare:workers' {
  export const env: import('../../functions/env.js').Bindings
  export const exports: { default: { fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> } }
}
