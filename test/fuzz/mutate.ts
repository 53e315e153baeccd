/**
 * @module
 * A seeded random source and the byte-level mutation families: truncation, bit flips, and chunks duplicated
 * or deleted. Each mutation takes a seed file's bytes and returns new bytes with a label of what it did.
 */

export type Rng = {
  /** a float in [0, 1) */
  next(): number
  /** an integer in [0, n) */
  int(n: number): number
  pick<T>(items: readonly T[]): T
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { next, int, pick: (items) => items[int(items.length)]! }
}

export type Mutant = { label: string; bytes: Uint8Array }

/** Cut at a random point, or near the end (where PDF trailers and ZIP directories are). */
export function truncate(bytes: Uint8Array, r: Rng): Mutant {
  const near = r.next() < 0.5
  const at = near ? Math.max(0, bytes.length - 1 - r.int(Math.min(bytes.length, 4096))) : r.int(bytes.length)
  return { label: `cut at ${at} of ${bytes.length}`, bytes: bytes.slice(0, at) }
}

/** Flip 1 to 64 random bits. */
export function bitFlip(bytes: Uint8Array, r: Rng): Mutant {
  const out = bytes.slice()
  const flips = 1 + r.int(r.next() < 0.7 ? 4 : 64)
  for (let i = 0; i < flips && out.length > 0; i++) out[r.int(out.length)]! ^= 1 << r.int(8)
  return { label: `${flips} bit flips`, bytes: out }
}

/** Duplicate a chunk up to 64 KiB (up to 64 times), or delete one. */
export function chunk(bytes: Uint8Array, r: Rng): Mutant {
  if (bytes.length === 0) return { label: 'empty, left as it is', bytes }
  const start = r.int(bytes.length)
  const length = 1 + r.int(Math.min(bytes.length - start, r.next() < 0.5 ? 64 : 65536))
  if (r.next() < 0.5) {
    const out = new Uint8Array(bytes.length - length)
    out.set(bytes.subarray(0, start))
    out.set(bytes.subarray(start + length), start)
    return { label: `deleted ${length} bytes at ${start}`, bytes: out }
  }
  const copies = 1 + r.int(r.next() < 0.8 ? 2 : 64)
  const piece = bytes.subarray(start, start + length)
  const out = new Uint8Array(bytes.length + piece.length * copies)
  out.set(bytes.subarray(0, start + length))
  for (let c = 1; c <= copies; c++) out.set(piece, start + length * c)
  out.set(bytes.subarray(start + length), start + length * (copies + 1))
  return { label: `${copies} copies of ${length} bytes at ${start}`, bytes: out }
}
