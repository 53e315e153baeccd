import { describe, expect, it } from 'vitest'
import { containment, editSimilarity, foldForCompare, wordOverlap } from '../src/text/compare.js'
import { numberToRoman, romanToNumber } from '../src/text/roman.js'
import { stemGerman } from '../src/text/stem.js'
import { isStopWord } from '../src/text/stopwords.js'
import { compoundHead, compoundTails } from '../src/text/compounds.js'
import { lemmaOf } from '../src/text/lemmas.js'
import { termsOf } from '../src/text/terms.js'
import { cosine, contributions, inverseDocumentFrequency, weigh } from '../src/text/tfidf.js'
import { hyphenParts, tokenize, words } from '../src/text/tokenize.js'
import { variantMap } from '../src/text/variants.js'

describe('tokenize', () => {
  it('keeps capital umlauts and hyphenated compounds whole', () => {
    expect(tokenize('Über Ämter, KI-Systeme und Öl.').map((t) => t.word)).toEqual(['Über', 'Ämter', 'KI-Systeme', 'und', 'Öl'])
  })

  it('records where each word starts', () => {
    expect(tokenize('Die Ämter')).toEqual([
      { word: 'Die', start: 0 },
      { word: 'Ämter', start: 4 },
    ])
  })

  it('lower-cases words and splits a compound at its hyphens', () => {
    expect(words('Straßen- und Grünflächenamt')).toEqual(['straßen', 'und', 'grünflächenamt'])
    expect(hyphenParts('ki-systemen')).toEqual(['ki', 'systemen'])
  })
})

describe('stemGerman (natural, deep import)', () => {
  it('stems inflected forms to one stem, lower-casing first', () => {
    expect(stemGerman('Verwaltungen')).toBe(stemGerman('Verwaltung'))
    expect(stemGerman('Maßnahmen')).toBe(stemGerman('Maßnahme'))
    // a capital umlaut must not break the stem: "Ämter" and "ämter" are the same word
    expect(stemGerman('Ämter')).toBe(stemGerman('ämter'))
  })
})

describe('stop words', () => {
  it('knows function words and the words every inquiry uses', () => {
    expect(isStopWord('und')).toBe(true)
    expect(isStopWord('welche')).toBe(true)
    expect(isStopWord('beantwortet')).toBe(true)
    expect(isStopWord('spielplatz')).toBe(false)
  })

  it('drops the nouns of set phrases, which name no topic ("stehen … zur Verfügung", "im Rahmen")', () => {
    expect(termsOf('Im Rahmen des Programms stehen 20 Plätze zur Verfügung.').map((t) => t.word)).toEqual(['Programms', 'stehen', 'Plätze'])
  })

  it('drops words that say when, not what about ("im laufenden Jahr", "zurzeit", "bislang")', () => {
    expect(termsOf('Im laufenden Jahr sind zurzeit bislang insgesamt zwölf Beschwerden eingegangen.').map((t) => t.word)).toEqual([
      'Beschwerden',
      'eingegangen',
    ])
  })
})

describe('termsOf', () => {
  it('drops stop words, numbers and gender fragments, and stems the rest', () => {
    const stems = termsOf('Wie viele Bürger*innen nutzen die 3 Systeme?').map((t) => t.stem)
    expect(stems).toEqual([stemGerman('bürger'), stemGerman('nutzen'), stemGerman('systeme')])
  })

  it('keeps a hyphenated compound whole and adds its pieces as parts', () => {
    expect(termsOf('KI-Systeme')).toEqual([
      { stem: `ki-${stemGerman('systeme')}`, word: 'KI-Systeme' },
      { stem: 'ki', word: 'KI', part: true },
      { stem: stemGerman('systeme'), word: 'Systeme', part: true },
    ])
    // a truncated first half ("Datenschutz- und …") is a word of its own
    expect(termsOf('Datenschutz- und Sicherheitsfragen').map((t) => t.part ?? false)).toEqual([false, false])
  })

  it('remembers each term as printed, for evidence', () => {
    expect(termsOf('Spielplätze')[0]).toEqual({ stem: stemGerman('spielplätze'), word: 'Spielplätze' })
  })
})

describe('compounds', () => {
  it('opens a compound by a tail the document knows, not by short endings', () => {
    const vocabulary = new Set([stemGerman('aspekte'), 'ung'])
    expect(compoundTails(stemGerman('sicherheitsaspekte'), vocabulary)).toEqual([stemGerman('aspekte')])
  })

  it('opens a compound by a head the document knows, when enough of the word follows it', () => {
    const vocabulary = new Set([stemGerman('bürger'), stemGerman('plan')])
    expect(compoundHead('Bürgerdienstleistungen', stemGerman('bürgerdienstleistungen'), vocabulary)).toBe(stemGerman('bürger'))
    expect(compoundHead('Planung', stemGerman('planung'), vocabulary)).toBeNull()
    expect(compoundHead('Dienstleistungen', stemGerman('dienstleistungen'), vocabulary)).toBeNull()
  })
})

describe('variantMap', () => {
  const mapOf = (...words: string[]) => variantMap(words.map((w) => stemGerman(w)))

  it('joins participles and verb forms in -t, and short nouns in -ung, with the base the document has', () => {
    expect(mapOf('verbessert', 'verbessern').get(stemGerman('verbessert'))).toBe(stemGerman('verbessern'))
    expect(mapOf('genutzt', 'Nutzung', 'nutzen').get(stemGerman('genutzt'))).toBe(stemGerman('nutzen'))
    expect(mapOf('genutzt', 'Nutzung', 'nutzen').get(stemGerman('Nutzung'))).toBe(stemGerman('nutzen'))
    expect(mapOf('eingesetzt', 'einsetzen').get(stemGerman('eingesetzt'))).toBe(stemGerman('einsetzen'))
    expect(mapOf('bewertet', 'bewerten').get(stemGerman('bewertet'))).toBe(stemGerman('bewerten'))
  })

  it('cuts nothing whose base the document lacks', () => {
    expect(mapOf('Markt', 'genutzt', 'Projekt').size).toBe(0)
  })
})

describe('TF-IDF', () => {
  it('weighs a term every document has less than a rare one', () => {
    const docs = [
      ['kita', 'platz'],
      ['kita', 'kosten'],
      ['kita', 'personal'],
    ]
    const idf = inverseDocumentFrequency(docs)
    expect(idf.get('kita')!).toBeLessThan(idf.get('platz')!)
  })

  it('gives cosine 1 for equal vectors and names the shared terms', () => {
    const idf = inverseDocumentFrequency([
      ['a', 'b'],
      ['b', 'c'],
    ])
    const x = weigh(['a', 'b'], idf)
    expect(cosine(x, x)).toBeCloseTo(1)
    expect(contributions(x, weigh(['a', 'c'], idf)).map(([term]) => term)).toEqual(['a'])
  })
})

describe('compare', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(foldForCompare('Frage 1:  Wie viele?')).toBe('frage 1 wie viele')
    expect(editSimilarity('Wie viele Plätze gibt es?', 'wie viele Plätze gibt es')).toBe(1)
  })

  it('measures small edits and word overlap', () => {
    expect(editSimilarity('Wie viele Plätze gibt es?', 'Wie viele Plätze gab es?')).toBeGreaterThan(0.9)
    expect(wordOverlap('a b c d', 'a b c e')).toBeCloseTo(0.75)
    expect(containment('a b', 'x a y b')).toBe(1)
  })
})

describe('roman numerals', () => {
  it('reads and writes them', () => {
    expect(romanToNumber('IV')).toBe(4)
    expect(romanToNumber('XIV')).toBe(14)
    expect(romanToNumber('IIII')).toBeNull()
    expect(numberToRoman(9)).toBe('IX')
    // the thousands too, for Word's upperRoman list levels
    expect(numberToRoman(1994)).toBe('MCMXCIV')
    expect(numberToRoman(3999)).toBe('MMMCMXCIX')
  })
})

describe('lemmas of strong participles', () => {
  it('reads a participle as its infinitive, with a separable prefix, an inseparable one, or as an adjective', () => {
    expect(lemmaOf('geschlossen')).toBe('schließen')
    expect(lemmaOf('abgeschlossenen')).toBe('abschließen')
    expect(lemmaOf('stattgefunden')).toBe('stattfinden')
    expect(lemmaOf('zurückgezogen')).toBe('zurückziehen')
    expect(lemmaOf('entschieden')).toBe('entscheiden')
    expect(lemmaOf('begonnen')).toBe('beginnen')
    expect(lemmaOf('angeboten')).toBe('anbieten')
  })

  it('reads a noun of "geben" as its verb, but not "Aufgabe", a task', () => {
    expect(lemmaOf('vergabe')).toBe('vergeben')
    expect(lemmaOf('ausgaben')).toBe('ausgeben')
    expect(lemmaOf('aufgaben')).toBe('aufgaben')
  })

  it('leaves nouns and other words alone', () => {
    for (const word of ['wiesen', 'gebühren', 'gaben', 'gegenstand', 'verlegen', 'unternehmen', 'gelegen']) expect(lemmaOf(word)).toBe(word)
  })

  it('lets a question in the active and a reply in the passive share their verb', () => {
    const stems = (text: string) => termsOf(text).map((t) => t.stem)
    expect(stems('Wann beginnen die Arbeiten?')).toContain(stems('Die Arbeiten haben begonnen.')[1])
    expect(stems('Wird das Bad geschlossen?')).toEqual(expect.arrayContaining(stems('Soll das Bad schließen?').slice(1)))
  })
})
