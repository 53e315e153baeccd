/**
 * Markers glued to their neighbours in text from PDFs ("Frage1:", "Antwort2:", "zuFrage 3"), a number printed
 * again before each later letter ("3. a)", "3. b)"), and a reply quoted as "Aus der Antwort …:".
 */
import { describe, expect, it } from 'vitest'
import { readReplyLabel } from '../src/answers/reply-label.js'
import { partGluedMarkers } from '../src/layout/glued.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'
import { isReplyHeading } from '../src/structure/cues.js'

const layoutOf = async (text: string) => layoutDocument(await loadDocument(new TextEncoder().encode(text)))

describe('partGluedMarkers', () => {
  it('parts a marker word from its number and "zu" from the marker word', () => {
    expect(partGluedMarkers('Frage1: Wie viele?')).toBe('Frage 1: Wie viele?')
    expect(partGluedMarkers('Antwort2: Es sind fünf.')).toBe('Antwort 2: Es sind fünf.')
    expect(partGluedMarkers('Teilfrage3a) Wann?')).toBe('Teilfrage 3a) Wann?')
    expect(partGluedMarkers('zuFrage 3: Ja.')).toBe('zu Frage 3: Ja.')
    expect(partGluedMarkers('ZurFrage 2: Nein.')).toBe('Zur Frage 2: Nein.')
  })

  it('leaves years, other words and text without markers alone', () => {
    for (const text of ['Frage2024 stellte sich', 'die Anfrage1 des Jahres', 'zuFragen bleibt', 'Die Frage 1 ist offen.', 'Zuständigkeit'])
      expect(partGluedMarkers(text)).toBe(text === 'zuFragen bleibt' ? 'zu Fragen bleibt' : text)
  })
})

describe('"Antwort 3:" as an answer label', () => {
  it('links the number it names, and a sentence starting with a year stays a sentence', () => {
    expect(readReplyLabel('Antwort 3: Die Stadt plant zwei Querungen.')).toMatchObject({
      kind: 'zu',
      refs: [{ kind: 'one', parts: ['3'] }],
      rest: 'Die Stadt plant zwei Querungen.',
    })
    expect(readReplyLabel('Antwort 2024 wurden fünf gebaut.')).toBeNull()
    expect(readReplyLabel('Antwort des Senats:')).toMatchObject({ kind: 'antwort' })
  })
})

describe('a reply quoted with "Aus der Antwort"', () => {
  it('is a reply heading, with or without its author', () => {
    expect(isReplyHeading('Aus der Antwort:')).toBe(true)
    expect(isReplyHeading('Aus der Antwort des Senats:')).toBe(true)
    expect(isReplyHeading('Aus der Antwort des Oberbürgermeisters:')).toBe(true)
    expect(isReplyHeading('Aus der Sitzung des Ausschusses:')).toBe(false)
  })
})

describe('a number printed again before each later letter', () => {
  it('keeps the repeated "3." in the text as furniture, so "b)" stands where "a)" does', async () => {
    const layout = await layoutOf('3. a) Wie hoch waren die Kosten?\n\n3. b) Wie haben sie sich entwickelt?\n\n4. Was ist geplant?\n')
    const shown = layout.paragraphs.map((p) => [p.label, p.body, p.furniture === true])
    expect(shown).toEqual([
      ['3.', '', false],
      ['a)', 'Wie hoch waren die Kosten?', false],
      ['3.', '', true],
      ['b)', 'Wie haben sie sich entwickelt?', false],
      ['4.', 'Was ist geplant?', false],
    ])
    expect(layout.text).toContain('3.\n\nb) Wie haben')
  })

  it('does not take a new number with a later letter for a repeat', async () => {
    const layout = await layoutOf('3. a) Wie hoch waren die Kosten?\n\n4. b) Wie haben sie sich entwickelt?\n')
    expect(layout.paragraphs.map((p) => p.furniture === true)).toEqual([false, false, false])
  })
})
