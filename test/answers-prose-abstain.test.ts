import { describe, expect, it } from 'vitest'
import { dropOrderAgainstWords, dropWeakRepeat } from '../src/answers/prose-abstain.js'
import { linkProse } from '../src/answers/prose.js'
import type { AnswerLink } from '../src/schema.js'

const asked = (...texts: string[]) => texts.map((text, j) => ({ id: String(j + 1), text }))
const replied = (...texts: string[]) => texts.map((text) => ({ text, listItem: false }))

describe('free prose: an order link the words speak against', () => {
  const PLAYGROUNDS = [
    'Wie viele Spielgeräte auf den Spielplätzen sind derzeit gesperrt?',
    'Bis wann wird die Seilbahn am Lindenweg ersetzt?',
    'Welche Spielplätze sollen barrierefrei umgebaut werden?',
    'Werden Kinder an der Planung neuer Spielplätze beteiligt?',
  ]

  it('leaves a paragraph unlinked that goes on about the question before, not the one in its place', () => {
    // the third paragraph continues the answer on the Seilbahn ("Lindenweg"); question 3 is skipped: order
    // alone would give it question 3, as the one left open between questions 2 and 4
    const links = linkProse(
      replied(
        'Nach der Hauptuntersuchung sind 14 Spielgeräte gesperrt.',
        'Die Seilbahn am Lindenweg wird bis Juni ersetzt, der Auftrag ist erteilt.',
        'Bis dahin bleibt der Bereich am Lindenweg mit Bauzäunen abgesperrt, die übrigen Geräte dort bleiben nutzbar.',
        'Kinder werden an der Planung neuer Spielplätze über Workshops beteiligt.'
      ),
      asked(...PLAYGROUNDS)
    ).links
    expect(links.map((answers) => answers.map((a) => a.question))).toEqual([['1'], ['2'], [], ['4']])
  })

  const order = (question: string, basis: 'in_order' | 'gap'): AnswerLink => ({
    question,
    method: 'order',
    confidence: 0.3,
    evidence: '',
    basis: { order: basis },
  })
  const similar = (question: string): AnswerLink => ({ question, method: 'similarity', confidence: 0.6, evidence: '' })
  const questions = asked('a', 'b', 'c', 'd')

  it('keeps an order link where the words are silent or lean to its own question', () => {
    const chosen = [[similar('1')], [order('2', 'in_order')], [order('3', 'in_order')]]
    const scores = [
      [0.2, 0, 0, 0],
      [0.02, 0.01, 0, 0], // too little for question 1 to count against the place
      [0, 0.04, 0.05, 0], // more for its own question than for the one before
    ]
    dropOrderAgainstWords(chosen, { places: [0, 1, 2], scores, passing: scores }, questions, false)
    expect(chosen.map((links) => links.map((l) => l.question))).toEqual([['1'], ['2'], ['3']])
  })

  it('drops an order link made by passing over a question, unless the paragraph stands in its place', () => {
    const scores = [
      [0.2, 0, 0, 0],
      [0, 0, 0.02, 0],
      [0, 0, 0, 0.02],
    ]
    const chosen = [[similar('1')], [order('3', 'gap')], [order('3', 'gap')]]
    dropOrderAgainstWords(chosen, { places: [0, 1, 2], scores, passing: scores }, questions, false)
    // the second paragraph, in question 2's place, reached question 3 by passing question 2 over; the third
    // stands in question 3's place
    expect(chosen.map((links) => links.map((l) => l.question))).toEqual([['1'], [], ['3']])
  })

  it('drops an order link to a question another paragraph answers on words of its own', () => {
    // an opening paragraph of context in question 1's place, which the second paragraph answers
    const scores = [
      [0.01, 0, 0, 0],
      [0.2, 0, 0, 0],
    ]
    const chosen = [[order('1', 'in_order')], [similar('1')]]
    dropOrderAgainstWords(chosen, { places: [0, 1], scores, passing: scores }, questions, false)
    expect(chosen.map((links) => links.map((l) => l.question))).toEqual([[], ['1']])
    // not where that paragraph's words are too thin to link on their own
    const thin = [[order('1', 'in_order')], [similar('1')]]
    const passing = [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]
    dropOrderAgainstWords(thin, { places: [0, 1], scores, passing }, questions, false)
    expect(thin.map((links) => links.map((l) => l.question))).toEqual([['1'], ['1']])
  })

  it('keeps every order link where the reply declares it answers in the order asked', () => {
    const chosen = [[similar('1')], [order('3', 'gap')]]
    const scores = [
      [0.2, 0, 0, 0],
      [0.1, 0, 0, 0],
    ]
    dropOrderAgainstWords(chosen, { places: [0, 1], scores, passing: scores }, questions, true)
    expect(chosen.map((links) => links.map((l) => l.question))).toEqual([['1'], ['3']])
  })
})

describe('free prose: a weaker repeat of the answer before, where the next question has no answer', () => {
  const MARKET = [
    'Wie viele Händlerinnen und Händler haben einen Standplatz auf dem Wochenmarkt?',
    'Wird der Markt wegen der Leitungserneuerung verlegt?',
    'Welche Standgebühren werden erhoben?',
  ]

  it('leaves the paragraph unlinked: it may carry the answer on or answer the next question', () => {
    // the second paragraph answers question 2 in words it does not share, and shares "Händlerinnen und
    // Händler" with question 1, less than the paragraph before it does
    const links = linkProse(
      replied(
        'Auf dem Wochenmarkt haben 27 Händlerinnen und Händler einen festen Standplatz, dazu kommen Tageshändler.',
        'Die Wasserbetriebe erneuern ab Mai die Hauptwasserleitung; die Händlerinnen und Händler weichen in dieser Zeit auf den Südteil aus.',
        'Die Standgebühren betragen 2,10 Euro je Quadratmeter.'
      ),
      asked(...MARKET)
    ).links
    expect(links.map((answers) => answers.map((a) => a.question))).toEqual([['1'], [], ['3']])
  })

  const similar = (question: string): AnswerLink => ({ question, method: 'similarity', confidence: 0.6, evidence: '' })

  it('keeps it where the next question is answered elsewhere, or where it is nearly as close as the one before', () => {
    const scores = [
      [0.3, 0, 0],
      [0.1, 0, 0],
      [0, 0.2, 0],
    ]
    const answeredNext = [[similar('1')], [similar('1')], [similar('2')]]
    dropWeakRepeat(answeredNext, { places: [0, 1, 2], scores }, asked('a', 'b', 'c'), 1.5)
    expect(answeredNext.map((links) => links.map((l) => l.question))).toEqual([['1'], ['1'], ['2']])
    const close = [[similar('1')], [similar('1')], [similar('3')]]
    const near = [
      [0.3, 0, 0],
      [0.25, 0, 0],
      [0, 0, 0.2],
    ]
    dropWeakRepeat(close, { places: [0, 1, 2], scores: near }, asked('a', 'b', 'c'), 1.5)
    expect(close.map((links) => links.map((l) => l.question))).toEqual([['1'], ['1'], ['3']])
  })
})
