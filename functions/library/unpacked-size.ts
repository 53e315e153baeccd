/**
 * @module
 * A DOCX is a ZIP, and a small ZIP can unpack to gigabytes. Before the library unpacks one, add up the sizes its
 * central directory declares, so a crafted file is refused instead of exhausting the isolate's 128 MB.
 */

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_DIRECTORY = 0x06054b50
const MAX_COMMENT = 0xffff

/** The declared unpacked size of a ZIP's entries; null when `bytes` is no ZIP or its directory is unreadable. */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) return null
  const end = findEndOfDirectory(view)
  if (end === null) return null
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let total = 0
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_HEADER) return null
    // 0xffffffff means "see the ZIP64 field": count it as that large, a DOCX never needs ZIP64
    total += view.getUint32(offset + 24, true)
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
  }
  return total
}

function findEndOfDirectory(view: DataView): number | null {
  const last = view.byteLength - 22
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  return null
}
