/**
 * @module
 * Reading a paragraph's list label as a numbering: kind, parts, values and punctuation style, with the other
 * readings a damaged label allows. OCR and text extraction confuse "l", "I" and "1" ("l." for "1.", "Il." for
 * "II."); each plausible reading is offered and the sequence around it decides (see `outline.ts`).
 */
import { splitLabel } from '../layout/label.js'
import type { Paragraph } from '../nodes.js'
import { romanToNumber } from '../text/roman.js'

export type NumberKind = 'arabic' | 'alpha' | 'roman' | 'bullet'

export type LabelReading = {
  kind: NumberKind
  /** canonical parts of the path the label names: "2 a)" → ["2", "a"], "1.2" → ["1", "2"], "II." → ["II"] */
  parts: string[]
  /** the last part's ordinal: "c" → 3, "IV" → 4, "7" → 7; bullets 0 */
  value: number
  /** the label's punctuation family, so "1." and "1)" count as different lists */
  style: string
  /** true when this reading repairs an OCR confusion */
  ocr: boolean
}

export type ReadLabel = { printed: string; body: string; readings: LabelReading[] }

const letterValue = (letters: string): number => letters.charCodeAt(0) - 96 + 26 * (letters.length - 1)

function styleOf(printed: string): string {
  const p = printed.trim()
  if (/^\(.*\)$/.test(p)) return '()'
  if (/\.\)$/.test(p)) return '.)'
  if (/\)$/.test(p)) return ')'
  if (/:$/.test(p)) return ':'
  return '.'
}

/** The readings of a label that splitLabel recognised. */
function readingsOf(printed: string): LabelReading[] {
  const split = splitLabel(`${printed} x`)
  if (!split || split.body !== 'x') return []
  const style = split.kind === 'frage' ? 'frage' : split.kind === 'decimal' ? 'decimal' : styleOf(printed)
  const parts = split.parts.map((p) => (/^[ivxl]+$/i.test(p) && split.kind === 'roman' ? p.toUpperCase() : p))
  const last = parts[parts.length - 1] ?? ''
  switch (split.kind) {
    case 'bullet':
      return [{ kind: 'bullet', parts: [], value: 0, style: `bullet${printed.trim()}`, ocr: false }]
    case 'alpha':
      // "aa)", "bb)" open a level below "a)", "b)": their own style, numbered by the letter
      if (last.length === 2) return [{ kind: 'alpha', parts, value: letterValue(last[0]!), style: `${style}${style}`, ocr: false }]
      return [
        { kind: 'alpha', parts, value: letterValue(last), style, ocr: false },
        ...(last === 'l' ? [{ kind: 'arabic' as const, parts: ['1'], value: 1, style, ocr: true }] : []),
        ...(last === 'i' || last === 'ii'
          ? [{ kind: 'roman' as const, parts: [last.toUpperCase()], value: last.length, style, ocr: false }]
          : []),
      ]
    case 'roman': {
      const value = romanToNumber(last) ?? 0
      const asArabic =
        /^[I]+$/.test(last) && last.length <= 2
          ? [{ kind: 'arabic' as const, parts: [last.length === 1 ? '1' : '11'], value: last.length === 1 ? 1 : 11, style, ocr: true }]
          : []
      return [{ kind: 'roman', parts, value, style, ocr: false }, ...asArabic]
    }
    default: {
      const kind: NumberKind = /^[a-z]+$/.test(last) ? 'alpha' : 'arabic'
      const value = kind === 'alpha' ? letterValue(last) : Number(last)
      return [{ kind, parts, value, style, ocr: false }]
    }
  }
}

/** "Il.", "lI)", "l." and "1l." at the start of a paragraph: labels an OCR engine misread. */
const OCR_LABEL = /^([IVXl1|]{1,4})(\.\)|\.|\))\s+(?=\S)/

function ocrReadings(text: string): ReadLabel | null {
  const m = OCR_LABEL.exec(text)
  if (!m || !/[l|]/.test(m[1]!)) return null
  const raw = m[1]!
  const style = styleOf(m[2]!)
  const readings: LabelReading[] = []
  const roman = raw.replace(/[l|1]/g, 'I')
  const romanValue = romanToNumber(roman)
  if (romanValue !== null) readings.push({ kind: 'roman', parts: [roman], value: romanValue, style, ocr: true })
  const digits = raw.replace(/[lI|]/g, '1')
  if (/^\d+$/.test(digits)) readings.push({ kind: 'arabic', parts: [String(Number(digits))], value: Number(digits), style, ocr: true })
  return readings.length > 0 ? { printed: m[0].trim(), body: text.slice(m[0].length).trim(), readings } : null
}

/** The label of a paragraph with its readings, or null when it has none. */
export function readLabel(paragraph: Pick<Paragraph, 'label' | 'body' | 'text'>): ReadLabel | null {
  if (paragraph.label !== null) {
    const readings = readingsOf(paragraph.label)
    if (readings.length > 0) return { printed: paragraph.label, body: paragraph.body, readings }
  }
  return ocrReadings(paragraph.text)
}
