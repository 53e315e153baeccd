/**
 * @module
 * Scoring the metadata of a real document against its label, one field at a time, as /tmp/real/FORMAT.md
 * describes: the development labels carry free text ("2017-05-02 (Anfrage)", "6/3541 (KA 1385, Drs. 6/3367)"),
 * the later ones exact values; a field the label leaves null, or marks as not printed, is not scored.
 */
import type { Inquiry } from '../../src/schema.js'
import { editSimilarity, foldForCompare } from '../../src/text/compare.js'

export const REAL_META_FIELDS = [
  'kind',
  'hasReply',
  'reference',
  'inquiryReference',
  'date',
  'inquiryDate',
  'replyDate',
  'body',
  'submitter',
  'title',
] as const
export type RealMetaField = (typeof REAL_META_FIELDS)[number]

export type FieldResult = { field: RealMetaField; right: boolean; expected: string; got: string }

type LabelMeta = Record<string, string | boolean | null | undefined>

export function scoreRealMeta(inquiry: Inquiry, labelMeta: LabelMeta): FieldResult[] {
  const expected = expectedValues(labelMeta)
  const meta = inquiry.meta as Record<string, unknown>
  const results: FieldResult[] = []
  for (const field of REAL_META_FIELDS) {
    const want = expected[field]
    if (want === undefined) continue
    const got =
      field === 'hasReply'
        ? String(typeof meta.hasReply === 'boolean' ? meta.hasReply : inquiry.reply !== null)
        : typeof meta[field] === 'string'
          ? (meta[field] as string)
          : ''
    results.push({ field, right: compareField(field, want, got), expected: want, got })
  }
  return results
}

/** The label's values as the scorer compares them; a field absent from the result is not scored. */
export function expectedValues(meta: LabelMeta): Partial<Record<RealMetaField, string>> {
  const out: Partial<Record<RealMetaField, string>> = {}
  const text = (key: string): string | null =>
    typeof meta[key] === 'string' && !/not in text|implied/i.test(meta[key] as string) ? (meta[key] as string) : null
  const kind = text('kind')
  if (kind) out.kind = /NOT an inquiry/i.test(kind) ? 'none' : baseKind(kind)
  if (typeof meta.hasReply === 'boolean') out.hasReply = String(meta.hasReply)
  else if (kind) out.hasReply = String(/antwort/i.test(kind) && !/no reply/i.test(kind))
  for (const key of ['reference', 'inquiryReference'] as const) {
    const value = text(key)
    if (value) out[key] = value.replace(/\s*\(.*$/s, '')
  }
  const date = text('date')
  for (const key of ['inquiryDate', 'replyDate'] as const) {
    const value = text(key)
    if (value) out[key] = value
  }
  if (date) {
    out.date = firstIso(date) ?? date
    // "2024-07-10 (Antwort; Anfrage 2024-06-28)": the development labels name which date is which
    if (!out.replyDate && /\(Antwort/i.test(date)) out.replyDate = firstIso(date)!
    if (!out.inquiryDate && /\(Anfrage\)/i.test(date)) out.inquiryDate = firstIso(date)!
    const inquiry = /Anfrage (\d{4}-\d{2}-\d{2})/.exec(date)
    if (!out.inquiryDate && inquiry) out.inquiryDate = inquiry[1]!
  }
  for (const key of ['body', 'submitter', 'title'] as const) {
    const value = text(key)
    if (value) out[key] = value
  }
  return out
}

const firstIso = (s: string): string | null => /\d{4}-\d{2}-\d{2}/.exec(s)?.[0] ?? null

/** "antwort auf kleine-anfrage", "Schriftliche Kleine Anfrage" → "kleine-anfrage"; any other Anfrage → "anfrage". */
export function baseKind(kind: string): string {
  const k = kind.toLowerCase()
  for (const base of ['kleine', 'grosse', 'muendliche', 'dringliche', 'einwohner', 'schriftliche'])
    if (k.includes(base) || k.includes(base.replace('ue', 'ü').replace('ss', 'ß'))) return `${base}-anfrage`
  return /anfrage/.test(k) ? 'anfrage' : k
}

function compareField(field: RealMetaField, want: string, got: string): boolean {
  switch (field) {
    case 'kind':
      return want === 'none' ? !/anfrage/i.test(got) : got !== '' && baseKind(got) === want
    case 'hasReply':
      return want === got
    case 'reference':
    case 'inquiryReference':
      return got !== '' && foldReference(got) === foldReference(want)
    case 'date':
    case 'inquiryDate':
    case 'replyDate':
      return got === want
    case 'body':
      return sameBody(want, got)
    case 'submitter':
      return sameSubmitter(want, got)
    case 'title':
      return got !== '' && editSimilarity(got, want) >= 0.85
  }
}

/** "Drs. 18 / 11 151" → "18/11151"; "Kleine Anfrage 1297" → "1297". */
export function foldReference(s: string): string {
  return s
    .replace(/^(?:Drucksache|Drs\.?|Kleine Anfrage|Schriftliche Anfrage|Anfrage|KA)\s*(?:Nr\.?|Nummer)?\s*:?\s*/i, '')
    .replace(/\s+/g, '')
    .replace(/[.;:,]$/, '')
    .toLowerCase()
}

const BODY_FILLERS = new Set([
  'von',
  'des',
  'der',
  'die',
  'den',
  'und',
  'freien',
  'hansestadt',
  'landeshauptstadt',
  'stadt',
  'freie',
  'land',
  'landes',
])

/** The short names councils print for themselves, which name the same body as the long ones. */
const BODY_ABBREVIATIONS = new Map([
  ['bvv', 'bezirksverordnetenversammlung'],
  ['svv', 'stadtverordnetenversammlung'],
  ['stvv', 'stadtverordnetenversammlung'],
  ['obr', 'ortsbeirat'],
])

function bodyWords(s: string): Set<string> {
  const folded = foldForCompare(s).replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss')
  return new Set(
    folded
      .split(/[\s-]+/)
      .filter((w) => w && !BODY_FILLERS.has(w))
      .map((w) => (BODY_ABBREVIATIONS.get(w) ?? w).slice(0, 4))
  )
}

/** "Abgeordnetenhaus von Berlin" = "Abgeordnetenhaus Berlin"; "Hamburgische Bürgerschaft" = "Bürgerschaft der Freien und Hansestadt Hamburg". */
export function sameBody(want: string, got: string): boolean {
  const a = bodyWords(want)
  const b = bodyWords(got)
  if (a.size === 0 || b.size === 0) return false
  const within = (x: Set<string>, y: Set<string>): boolean => [...x].every((w) => y.has(w))
  return within(a, b) || within(b, a)
}

const SUBMITTER_FILLERS = new Set([
  'und',
  'der',
  'die',
  'des',
  'abg',
  'abgeordneten',
  'abgeordnete',
  'abgeordneter',
  'fraktion',
  'mdl',
  'mda',
  'herr',
  'frau',
  'dr',
  'prof',
  'weiterer',
  'sowie',
  'u',
  'a',
])
const PARTY =
  /^(cdu|csu|spd|fdp|dvp|afd|grüne|grünen|linke|piraten|npd|ssw|bsw|freie|wähler|fw|bündnis|90|ödp|volt|partei|gartenpartei|tierschutzallianz)$/

function submitterWords(s: string): string[] {
  return foldForCompare(s)
    .split(/[\s/-]+/)
    .filter((w) => w && !SUBMITTER_FILLERS.has(w))
}

/** The predicted names must all be the label's (no date tail), cover half of it and every party word; ≤ 200 characters. */
export function sameSubmitter(want: string, got: string): boolean {
  if (got === '' || got.length > 200) return false
  const expected = submitterWords(want)
  const predicted = submitterWords(got)
  const pool = new Set(expected)
  if (predicted.length === 0 || !predicted.every((w) => pool.has(w))) return false
  const have = new Set(predicted)
  const parties = expected.filter((w) => PARTY.test(w))
  return parties.every((w) => have.has(w)) && have.size >= Math.ceil(new Set(expected).size / 2)
}
