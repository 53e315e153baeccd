/**
 * Minutes in reported speech: which paragraphs ask (no "?", no number) and which answer (opened by the speaker).
 */
import { describe, expect, it } from 'vitest'
import { answersInReportedSpeech, asksInReportedSpeech, remarksInReportedSpeech } from '../src/structure/reported-speech.js'

describe('a question in reported speech', () => {
  it.each([
    'Stadtrat Berger fragt, ob die Halle im Sommer geschlossen wird.',
    'Frau Frohn erkundigte sich, wie der Zutritt zu den Sitzungen geregelt sei.',
    'Sie habe Beschwerden gehört. Er möchte wissen, wie viele Anträge eingegangen sind.',
    'In diesem Zusammenhang bat er um Auskunft, wann die Ampel repariert wird.',
    'Herr Ott fragte nach, weshalb die Liste nicht veröffentlicht werde.',
    'Ratsherr Lenz bittet um Prüfung, ob am Friedhof weitere Bänke aufgestellt werden können.',
    'Er habe angeregt, die Brunnen im Stadtgebiet auf ihren Zustand zu prüfen.',
  ])('asks: %s', (text) => {
    expect(asksInReportedSpeech(text)).toBe(true)
  })

  it.each([
    'Die Verwaltung fragt beim Land an, ob Fördermittel bereitstehen.',
    'Bürgermeister Lenz erklärt, wie das Verfahren abläuft.',
    'Die Anfrage wurde im Mai gestellt.',
    'Der Ausschuss hat angeregt, die Brunnen zu sanieren. Das Wasserwerk wird den Zustand prüfen.',
  ])('does not ask: %s', (text) => {
    expect(asksInReportedSpeech(text)).toBe(false)
  })

  it('asks only near the paragraph start, not deep in a long text', () => {
    expect(asksInReportedSpeech(`${'Der Ausschuss berät. '.repeat(40)}Er fragt, ob das geht.`)).toBe(false)
  })
})

describe('an answer in reported speech', () => {
  it.each([
    'Bürgermeisterin Albers antwortet, die Arbeiten würden ausgeschrieben.',
    'Geschäftsleitender Beamter Hanakam hält fest, man werde nachfragen.',
    'Herr Kühn sagt zu, die Markierung zu erneuern.',
  ])('answers: %s', (text) => {
    expect(answersInReportedSpeech(text)).toBe(true)
  })

  it.each([
    'Die Stadt hat im Jahr 2024 zwölf Standorte geprüft.',
    'Herr Walk teilt mit, er habe den Aufzug benutzt, und bat um Auskunft, wie es um den Notfall bestellt sei.',
    'Bürgermeister Lenz erklärt, das sei bekannt. Warum erst jetzt?',
  ])('does not answer: %s', (text) => {
    expect(answersInReportedSpeech(text)).toBe(false)
  })
})

describe('a remark in reported speech', () => {
  it.each(['Stadtverordnete Brandt stimmte dem Einwand zu.', 'Ratsherr Ott bedankt sich für die Auskunft.'])('remarks: %s', (text) => {
    expect(remarksInReportedSpeech(text)).toBe(true)
  })

  it.each([
    'Herr Kühn sagt zu, die Markierung zu erneuern.',
    'Ratsherr Ott bedankt sich und fragt, ob die Liste veröffentlicht wird.',
    'Die Verwaltung stimmt dem Antrag zu.',
  ])('does not remark: %s', (text) => {
    expect(remarksInReportedSpeech(text)).toBe(false)
  })
})
