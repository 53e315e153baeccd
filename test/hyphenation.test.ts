/**
 * Joining lines: German line-end hyphenation undone, compounds and suspended hyphens kept.
 */
import { describe, expect, it } from 'vitest'
import { joinLines, joinParagraphLines } from '../src/layout/hyphenation.js'

describe('joinLines', () => {
  it('joins ordinary lines with one space', () => {
    expect(joinLines('Die Verwaltung prüft ', '  den Antrag.')).toBe('Die Verwaltung prüft den Antrag.')
    expect(joinLines('', 'den Antrag.')).toBe('den Antrag.')
  })

  it('removes a hyphen at a syllable break', () => {
    expect(joinLines('die Verwal-', 'tung prüft')).toBe('die Verwaltung prüft')
    expect(joinLines('der Ober-', 'bürgermeister')).toBe('der Oberbürgermeister')
  })

  it('keeps the hyphen of a compound with a capital after it', () => {
    expect(joinLines('anderen KI-', 'Systemen in')).toBe('anderen KI-Systemen in')
    expect(joinLines('die Nord-', 'Süd-Achse')).toBe('die Nord-Süd-Achse')
    expect(joinLines('per E-', 'Mail')).toBe('per E-Mail')
  })

  it('keeps the hyphen after an acronym or a digit, whatever follows', () => {
    expect(joinLines('KI-', 'gestützte Verfahren')).toBe('KI-gestützte Verfahren')
    expect(joinLines('eine CO2-', 'neutrale Heizung')).toBe('eine CO2-neutrale Heizung')
    expect(joinLines('in den Jahren 2024-', '2026')).toBe('in den Jahren 2024-2026')
  })

  it('keeps a suspended hyphen before "und", "oder", "bzw."', () => {
    expect(joinLines('die Datenschutz-', 'und Sicherheitsaspekte')).toBe('die Datenschutz- und Sicherheitsaspekte')
    expect(joinLines('Um-', 'oder Neubau')).toBe('Um- oder Neubau')
    expect(joinLines('Bau-', 'bzw. Sanierungskosten')).toBe('Bau- bzw. Sanierungskosten')
  })

  it('leaves a dash that ends a line as a dash with a space', () => {
    expect(joinLines('Die Stadt –', 'so der Magistrat –')).toBe('Die Stadt – so der Magistrat –')
  })

  it('removes a soft hyphen at a line end', () => {
    expect(joinLines('die Verwal\u00AD', 'tung')).toBe('die Verwaltung')
  })
})

describe('joinParagraphLines', () => {
  it('joins all lines and removes soft hyphens inside them too', () => {
    expect(
      joinParagraphLines([
        'Die Verwal-',
        'tung hat die Schul\u00ADgebäude',
        'und die KI-',
        'Systeme geprüft; die Datenschutz- und',
        'Sicherheitsfragen sind offen.',
      ])
    ).toBe('Die Verwaltung hat die Schulgebäude und die KI-Systeme geprüft; die Datenschutz- und Sicherheitsfragen sind offen.')
  })
})
