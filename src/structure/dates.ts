/**
 * @module
 * German dates as printed ("05.03.2024", "5. März 2024", "5.3.24") → ISO "2024-03-05".
 */

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  märz: 3,
  mär: 3,
  maerz: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
}

const NUMERIC = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b/
const WRITTEN = /\b(\d{1,2})\.\s*(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+(\d{4})\b/i

export type FoundDate = { iso: string; index: number; length: number }

/** The first date in a text, or null. */
export function findDate(text: string): FoundDate | null {
  const numeric = NUMERIC.exec(text)
  const written = WRITTEN.exec(text)
  const candidates = [numeric && toFound(numeric, Number(numeric[2])), written && toFound(written, MONTHS[written[2]!.toLowerCase()] ?? 0)]
  return candidates.filter((c): c is FoundDate => c !== null).sort((a, b) => a.index - b.index)[0] ?? null
}

function toFound(m: RegExpExecArray, month: number): FoundDate | null {
  const day = Number(m[1])
  let year = Number(m[3])
  if (year < 100) year += year < 70 ? 2000 : 1900
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { iso, index: m.index, length: m[0].length }
}
