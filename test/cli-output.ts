/** What the CLI writes to stdout and stderr during each test, captured instead of printed. */
import { afterEach, beforeEach, vi } from 'vitest'

export function captureCliOutput(): { readonly stdout: string; readonly stderr: string } {
  const output = { stdout: '', stderr: '' }
  beforeEach(() => {
    output.stdout = ''
    output.stderr = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stdout += String(chunk)), true))
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stderr += String(chunk)), true))
  })
  afterEach(() => vi.restoreAllMocks())
  return output
}
