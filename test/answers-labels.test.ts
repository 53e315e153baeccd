import { describe, expect, it } from 'vitest'
import { findJointRefs } from '../src/answers/joint.js'
import { readReplyLabel } from '../src/answers/reply-label.js'
import { indexQuestions, resolveRefs } from '../src/answers/resolve.js'
import { quoteMatcher } from '../src/answers/repeat.js'

const refsOf = (text: string) => readReplyLabel(text)?.refs ?? null
const one = (...parts: string[]) => ({ kind: 'one' as const, parts })

describe('readReplyLabel', () => {
  it('reads the forms replies use', () => {
    expect(refsOf('Zu 1.:')).toEqual([one('1')])
    expect(refsOf('Zu Frage 2:')).toEqual([one('2')])
    expect(refsOf('Antwort zu 3')).toEqual([one('3')])
    expect(refsOf('Zu 2 a)')).toEqual([one('2', 'a')])
    expect(refsOf('Zu II.3:')).toEqual([one('II', '3')])
    expect(refsOf('Zu 1.2:')).toEqual([one('1', '2')])
  })

  it('reads lists and ranges, completing a short part from the one before', () => {
    expect(refsOf('Zu den Fragen 2 bis 4:')).toEqual([{ kind: 'range', from: ['2'], to: ['4'] }])
    expect(refsOf('Zu 5. und 6.:')).toEqual([one('5'), one('6')])
    expect(refsOf('Zu den Fragen 6, 7, 8 und 10:')).toEqual([one('6'), one('7'), one('8'), one('10')])
    expect(refsOf('Zu I. 2. und 3.:')).toEqual([one('I', '2'), one('I', '3')])
    expect(refsOf('Zu 1. a) aa) und bb):')).toEqual([one('1', 'a', 'aa'), one('1', 'a', 'bb')])
  })

  it('splits the label from the text after it', () => {
    expect(readReplyLabel('Zu 1.: Die Stadt hat drei Kitas.')).toMatchObject({
      kind: 'zu',
      printed: 'Zu 1.:',
      rest: 'Die Stadt hat drei Kitas.',
    })
    expect(readReplyLabel('Antwort: Es sind fünf.')).toMatchObject({ kind: 'antwort', rest: 'Es sind fünf.' })
    expect(readReplyLabel('Vorbemerkung der Landesregierung: Das Land fördert.')).toMatchObject({
      kind: 'vorbemerkung',
      rest: 'Das Land fördert.',
    })
  })

  it('is no label: a sentence starting with "Zu", a date, another inquiry, the questioner\'s preamble', () => {
    expect(readReplyLabel('Zu 2024 wurden fünf Anträge gestellt.')).toBeNull()
    expect(readReplyLabel('Zu 1. Januar 2024 trat die Satzung in Kraft.')).toBeNull()
    expect(readReplyLabel('Zu den Fragen 2 bis 4 der Drucksache 18/123: siehe dort.')).toBeNull()
    expect(readReplyLabel('Vorbemerkung des Fragestellers: Die Lage ist ernst.')).toBeNull()
  })
})

describe('readReplyLabel: numbers in words', () => {
  it('reads "Zu Frage eins:" and "Zu Frage zwei:" as the labels of questions 1 and 2', () => {
    expect(readReplyLabel('Zu Frage eins: Die Arbeiten beginnen im Herbst.')).toEqual({
      kind: 'zu',
      refs: [{ kind: 'one', parts: ['1'] }],
      printed: 'Zu Frage eins:',
      rest: 'Die Arbeiten beginnen im Herbst.',
    })
    expect(readReplyLabel('Zu Frage zwei: Drei Vereine.')?.refs).toEqual([{ kind: 'one', parts: ['2'] }])
    expect(readReplyLabel('Zu eins kommt noch zwei.')).toBeNull()
  })
})

describe('resolveRefs', () => {
  const index = indexQuestions(['1', '2', '2.a', '2.b', '3', 'I.1', 'I.2'])

  it('resolves paths, a letter inside the answer to its question, a group to its questions', () => {
    expect(resolveRefs([one('2', 'a')], index, null).ids).toEqual(['2.a'])
    expect(resolveRefs([one('b')], index, '2').ids).toEqual(['2.b'])
    expect(resolveRefs([one('I')], index, null).ids).toEqual(['I.1', 'I.2'])
  })

  it('expands a range over the questions that exist, at the level named', () => {
    expect(resolveRefs([{ kind: 'range', from: ['1'], to: ['3'] }], index, null).ids).toEqual(['1', '2', '3'])
  })

  it('names what does not exist instead of inventing it', () => {
    expect(resolveRefs([one('7')], index, null)).toEqual({ ids: [], missing: ['7'] })
    expect(resolveRefs([{ kind: 'range', from: ['2'], to: ['40'] }], index, null).ids).toEqual([])
  })
})

describe('findJointRefs', () => {
  it('finds questions answered together', () => {
    expect(findJointRefs('Die Fragen 3 und 4 werden gemeinsam beantwortet.')).toEqual([one('3'), one('4')])
    expect(findJointRefs('Aufgrund des Sachzusammenhangs werden die Fragen 2.1 bis 2.3 zusammen beantwortet.')).toEqual([
      { kind: 'range', from: ['2', '1'], to: ['2', '3'] },
    ])
    expect(findJointRefs('Die Antworten auf die Fragen 4 und 5 werden zusammengefasst.')).toEqual([one('4'), one('5')])
  })

  it('ignores mentions that are no joint answer, and other inquiries', () => {
    expect(findJointRefs('Die Fragen 3 und 4 betreffen den Haushalt.')).toEqual([])
    expect(findJointRefs('Die Fragen 2 bis 4 der Drucksache 18/123 wurden gemeinsam beantwortet.')).toEqual([])
  })
})

describe('quoteMatcher', () => {
  const match = quoteMatcher([
    { id: '1', text: 'Wie viele öffentliche Spielplätze unterhält das Bezirksamt?' },
    { id: '2', text: 'Aus welchen Gründen wurden Spielgeräte gesperrt oder abgebaut?' },
  ])

  it('recognises a question repeated, with small differences', () => {
    expect(match('Wie viele öffentliche Spielplätze unterhält das Bezirksamt derzeit?')?.id).toBe('1')
    expect(match('Frage 2: Aus welchen Gründen wurden Spielgeräte gesperrt oder abgebaut?')?.id).toBe('2')
  })

  it('does not take an answer for the question', () => {
    expect(match('Das Bezirksamt unterhält 187 öffentliche Spielplätze.')).toBeNull()
  })
})
