/**
 * @module
 * Extremes and appends over arrays of any length. `Math.max(...xs)` and `push(...xs)` pass each element as
 * an argument, and overflow the stack past about 100,000 of them, which one crafted document reaches.
 * Shared vocabulary below every stage; imports nothing.
 */

/** The largest value, or `empty` when there is none (as `Math.max(empty, ...values)`, NaN aside). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty
  for (const value of values) if (value > max) max = value
  return max
}

/** The smallest value, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty
  for (const value of values) if (value < min) min = value
  return min
}

/** Appends every item to `target`, in order. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}
