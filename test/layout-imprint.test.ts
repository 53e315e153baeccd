/**
 * Imprints, receipt lines and letterheads that answer and ask nothing: layout marks such a paragraph as
 * furniture (src/layout/imprint.ts).
 */
import { describe, expect, it } from 'vitest'
import { isImprint } from '../src/layout/imprint.js'

describe('isImprint', () => {
  it("reads Baden-Württemberg's receipt line and footer", () => {
    expect(isImprint('Eingegangen: 25.5.2021 / Ausgegeben: 5.7.2021 1')).toBe(true)
    expect(isImprint('Ausgegeben: 5.7.2021 1')).toBe(true)
    expect(isImprint('Drucksachen und Plenarprotokolle sind im Internet abrufbar unter: www.landtag-bw.de/Dokumente')).toBe(true)
    expect(isImprint('Eingegangen sind bis heute 14 Anträge.')).toBe(false)
  })

  it("reads a later page's letterhead by its contact lines, not a sentence that gives a number", () => {
    expect(isImprint('l2 Freistaat SACHSEN Chef der Staatskanzlei Durchwahl Telefon +49 351 564-1020 Telefax +49 351 564-1025')).toBe(true)
    expect(isImprint('Senatsverwaltung für Bildung Telefon (030) 9026-0 poststelle@senbjf.berlin.de')).toBe(true)
    expect(isImprint('Die Beratungsstelle ist unter Telefon 0800 123456 erreichbar.')).toBe(false)
    expect(isImprint('Die Stelle ist erreichbar. Telefon 0800 123456, Telefax 0800 123457.')).toBe(false)
  })
})

describe('the note on what answering cost', () => {
  it('is furniture as a short paragraph of its own, not an answer that mentions the cost of an answer', () => {
    expect(isImprint('Für die Beantwortung dieser Anfrage ist ein Aufwand von 20,50 € entstanden.')).toBe(true)
    expect(isImprint('Die Kosten für die Beantwortung betragen rund 140 Euro.')).toBe(true)
    expect(
      isImprint('Für die Beantwortung der Anfrage wurden die Bezirke befragt; ihre Angaben sind in der Tabelle zusammengefasst.')
    ).toBe(false)
  })
})
