/**
 * A one-page PDF with two fonts and one huge, highly compressible image (side × side RGB pixels): small on disk,
 * hundreds of MB if a reader decodes the image. Text extraction must not.
 */
import { deflateSync } from 'node:zlib'

export function imageHeavyPdf(side = 10_000): Buffer {
  const pixels = deflateSync(Buffer.alloc(side * side * 3), { level: 9 })
  const content =
    'BT /F1 12 Tf 72 720 Td (Anfrage der Fraktion) Tj ET BT /F2 12 Tf 72 700 Td (1. Wie viele Spielplaetze gibt es?) Tj ET q 100 0 0 100 72 500 cm /Im1 Do Q'
  const objects: Buffer[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 7 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>',
  ].map((o) => Buffer.from(o))
  objects.push(
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`
      ),
      pixels,
      Buffer.from('\nendstream'),
    ])
  )
  objects.push(Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`))
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')]
  const offsets: number[] = []
  let length = parts[0]!.length
  objects.forEach((object, i) => {
    const piece = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), object, Buffer.from('\nendobj\n')])
    offsets.push(length)
    parts.push(piece)
    length += piece.length
  })
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('')
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`))
  return Buffer.concat(parts)
}
