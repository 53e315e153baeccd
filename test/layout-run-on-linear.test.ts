/**
 * The run-on rules for real documents' shapes (a later page's contact lines, a single question without a
 * number, lower-case lists, a figure before the next number, requests after a "?") on a million characters
 * that repeat what each rule looks for. A pattern that rescanned the text from every candidate would need
 * about 10^11 steps here and blow the test timeout; no test is timed.
 */
import { describe, expect, it } from 'vitest'
import { isImprint } from '../src/layout/imprint.js'
import { splitRunOn } from '../src/layout/run-on.js'

const MILLION = 1_000_000
const times = (unit: string): string => unit.repeat(Math.ceil(MILLION / unit.length))

describe('run-on rules on a million characters', () => {
  it('contact lines, again and again, with and without a sentence before them', () => {
    expect(splitRunOn(times('Telefon 1 aaaaaaaaaa '), true).length).toBeGreaterThan(0)
    expect(splitRunOn(times('Ende. Telefon +49 1 Telefax 2 '), true).length).toBeGreaterThan(1000)
    expect(isImprint(times('Telefon 1 a@'))).toBe(false)
  })

  it('sentences that open like a question and never end in "?", and ones that do', () => {
    expect(splitRunOn(times('Text. Welche Linie fährt '), true)).toHaveLength(1)
    expect(splitRunOn(times('So. Welche Linie fährt? Keine. '), true).length).toBeGreaterThan(2)
    expect(splitRunOn(times('Frage: Wer? Er. '), true).length).toBeGreaterThan(1000)
  })

  it('lower-case numbers after commas and semicolons, and numbers after figures', () => {
    expect(splitRunOn(times('berichten, 1. ob es; 2. ob es; '), false).length).toBeGreaterThan(1)
    expect(splitRunOn(`Wir fragen: 1. Wie? ${times('vom 20.02.2014 2. Wie lange ')}`, true).length).toBeGreaterThan(1)
  })

  it('requests and abbreviations after a question', () => {
    expect(splitRunOn(`Wir fragen: 1. Wer? ${times('Wenn ja, bitte Drs. 1. ')}`, true).length).toBeGreaterThan(0)
    expect(isImprint(`Für die Beantwortung dieser Anfrage ${times('a ')}`)).toBe(false)
  })
})
