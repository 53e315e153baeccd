/**
 * ZIP containers that mislead a reader trusting their directory (issue 9): a damaged central-directory
 * signature, a ZIP64-style end record and sizes that lie. The unpacked bytes are counted while inflating,
 * so each 80 MB part (over the 64 MiB budget) is refused, whatever the directory claims.
 */
import { describe, expect, it } from 'vitest'
import { hostileKind } from './make.js'
import { expectClean } from './expect-clean.js'

describe('misleading ZIP directories', () => {
  for (const name of ['zip-bad-cd-signature', 'zip64-end-record', 'zip-size-lie']) {
    it(`${name}: refused as too large or corrupt, not inflated into memory`, async () => {
      const kind = hostileKind(name)
      const bytes = kind.build(false)
      expect(bytes.length).toBeLessThan(200_000)
      const clean = await expectClean(kind, bytes)
      expect(clean.error).toBeDefined()
    })
  }
})
