/**
 * @module
 * Damaging a real .doc in the places an attacker would: its FAT, a directory entry, the bytes of a stream.
 * Reads the compound file's header the simple way (version 3, 512-byte sectors, the FAT in the header's DIFAT),
 * which is what LibreOffice writes.
 */

export type OleLayout = {
  view: DataView
  /** file offset of the FAT entry of sector n */
  fatEntry(n: number): number
  /** file offset of the directory entry named `name` */
  entry(name: string): number
  /** file offset of byte `at` of the stream that starts at regular sector `start` */
  streamByte(start: number, at: number): number
}

export function oleLayout(bytes: Uint8Array): OleLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sector = (n: number) => (n + 1) * 512
  const fatSector = (i: number) => view.getUint32(0x4c + 4 * i, true)
  const fatEntry = (n: number) => sector(fatSector(Math.floor(n / 128))) + (n % 128) * 4
  const next = (n: number) => view.getUint32(fatEntry(n), true)
  const entry = (name: string) => {
    for (let s = view.getUint32(0x30, true), steps = 0; s < 0xfffffff0 && steps < 1000; s = next(s), steps++) {
      for (let i = 0; i < 4; i++) {
        const at = sector(s) + i * 128
        const length = view.getUint16(at + 0x40, true)
        const found = String.fromCharCode(
          ...Array.from({ length: Math.max(0, length / 2 - 1) }, (_, c) => view.getUint16(at + 2 * c, true))
        )
        if (found === name) return at
      }
    }
    throw new Error(`no directory entry ${name}`)
  }
  const streamByte = (start: number, at: number) => {
    let s = start
    for (let i = 0; i < Math.floor(at / 512); i++) s = next(s)
    return sector(s) + (at % 512)
  }
  return { view, fatEntry, entry, streamByte }
}

/** A copy of `bytes` changed by `patch`. */
export function patched(bytes: Uint8Array, patch: (layout: OleLayout) => void): Uint8Array {
  const copy = bytes.slice()
  patch(oleLayout(copy))
  return copy
}
