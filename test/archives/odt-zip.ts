/**
 * @module
 * ODT packages for the tests: the "mimetype" entry first and stored, as ODF asks, then XML parts deflated, or a
 * part deflated from a run of one byte without ever holding it (a bomb). Written by the hostile tests' ZIP writer.
 */
import { entry, framedEntry, type RawEntry, storedEntry, writeZip } from '../hostile/zip-write.js'

export const MIMETYPE = 'application/vnd.oasis.opendocument.text'

export const deflated = (name: string, text: string): RawEntry => entry(name, text)

/** `prefix`, `size` copies of `byte`, `suffix`, deflated. */
export const bomb = framedEntry

export const odtPackage = (parts: readonly RawEntry[], mimetype = MIMETYPE): Uint8Array =>
  writeZip([storedEntry('mimetype', mimetype), ...parts])
