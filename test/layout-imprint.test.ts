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
