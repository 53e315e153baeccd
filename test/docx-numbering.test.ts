/**
 * Word's list numbering rules, each on a small document built in memory with the fixture builder.
 */
import { describe, expect, it } from 'vitest'
import { abstractNum, buildDocx, level, num, p, style, type DocxParts } from '../fixtures/make/docx/docx-builder.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocx } from '../src/load/docx.js'
import { formatNumber } from '../src/load/docx-numfmt.js'

const paragraphsOf = async (parts: DocxParts) => layoutDocument(await loadDocx(buildDocx(parts))).paragraphs.map((p) => p.text)
const labelsOf = async (parts: DocxParts) => (await loadDocx(buildDocx(parts))).blocks.map((b) => b.label)

const decimalWithLetters = abstractNum(1, [level(0, { format: 'decimal', text: '%1.' }), level(1, { format: 'lowerLetter', text: '%2)' })])

describe('numbering instances that share an abstract list', () => {
  it('continue one another; a start override restarts once, after which the shared counter goes on', async () => {
    const numbering = [decimalWithLetters, num(1, 1), num(2, 1, { 0: 1 })].join('')
    const body = [
      p('Frage A', { num: [1, 0] }),
      p('Frage B', { num: [1, 0] }),
      p('Maßnahme A', { num: [2, 0] }),
      p('Maßnahme B', { num: [2, 0] }),
      p('Frage C', { num: [1, 0] }),
    ].join('')
    // Word keeps one counter per abstract list: the override restarts it, and the old instance continues from there
    expect(await labelsOf({ body, numbering })).toEqual(['1.', '2.', '1.', '2.', '3.'])
  })

  it('do not share counters across different abstract lists', async () => {
    const numbering = [decimalWithLetters, abstractNum(2, [level(0, { format: 'decimal', text: '%1.' })]), num(1, 1), num(2, 2)].join('')
    const body = [p('A', { num: [1, 0] }), p('B', { num: [2, 0] }), p('C', { num: [1, 0] }), p('D', { num: [2, 0] })].join('')
    expect(await labelsOf({ body, numbering })).toEqual(['1.', '1.', '2.', '2.'])
  })
})

describe('level restarts', () => {
  it('restart sub-items after every higher item by default', async () => {
    const body = [
      p('A', { num: [1, 0] }),
      p('a', { num: [1, 1] }),
      p('b', { num: [1, 1] }),
      p('B', { num: [1, 0] }),
      p('a', { num: [1, 1] }),
    ].join('')
    expect(await labelsOf({ body, numbering: decimalWithLetters + num(1, 1) })).toEqual(['1.', 'a)', 'b)', '2.', 'a)'])
  })

  it('never restart a level whose w:lvlRestart is 0', async () => {
    const numbering =
      abstractNum(1, [level(0, { format: 'decimal', text: '%1.' }), level(1, { format: 'lowerLetter', text: '%2)', restart: 0 })]) +
      num(1, 1)
    const body = [p('A', { num: [1, 0] }), p('a', { num: [1, 1] }), p('B', { num: [1, 0] }), p('b', { num: [1, 1] })].join('')
    expect(await labelsOf({ body, numbering })).toEqual(['1.', 'a)', '2.', 'b)'])
  })

  it('restart a level with w:lvlRestart 1 only after level 1, not after level 2', async () => {
    const numbering =
      abstractNum(1, [
        level(0, { format: 'decimal', text: '%1.' }),
        level(1, { format: 'lowerLetter', text: '%2)' }),
        level(2, { format: 'lowerRoman', text: '%3.', restart: 1 }),
      ]) + num(1, 1)
    const body = [
      p('A', { num: [1, 0] }),
      p('a', { num: [1, 1] }),
      p('i', { num: [1, 2] }),
      p('b', { num: [1, 1] }),
      p('ii', { num: [1, 2] }),
      p('B', { num: [1, 0] }),
      p('i', { num: [1, 2] }),
    ].join('')
    expect(await labelsOf({ body, numbering })).toEqual(['1.', 'a)', 'i.', 'b)', 'ii.', '2.', 'i.'])
  })
})

describe('level texts and formats', () => {
  it('prints higher levels in their own format, or in decimal for legal numbering', async () => {
    const numbering =
      abstractNum(1, [level(0, { format: 'upperRoman', text: '%1.' }), level(1, { format: 'decimal', text: '%1.%2' })]) +
      abstractNum(2, [level(0, { format: 'upperRoman', text: '%1.' }), level(1, { format: 'decimal', text: '%1.%2', legal: true })]) +
      num(1, 1) +
      num(2, 2)
    const body = [
      p('A', { num: [1, 0] }),
      p('B', { num: [1, 0] }),
      p('b1', { num: [1, 1] }),
      p('X', { num: [2, 0] }),
      p('x1', { num: [2, 1] }),
    ].join('')
    expect(await labelsOf({ body, numbering })).toEqual(['I.', 'II.', 'II.1', 'I.', '1.1'])
  })

  it('keeps literal text of the level ("Frage %1:") and counts a higher level not used yet as its start', async () => {
    const numbering =
      abstractNum(1, [level(0, { format: 'decimal', text: 'Frage %1:' })]) +
      abstractNum(2, [level(0, { format: 'decimal', text: '%1.', start: 3 }), level(1, { format: 'decimal', text: '%1.%2' })]) +
      num(1, 1) +
      num(2, 2)
    const body = [
      p('Wer plant den Umbau?', { num: [1, 0] }),
      p('Wann beginnt er?', { num: [1, 0] }),
      p('Unterpunkt', { num: [2, 1] }),
    ].join('')
    expect(await paragraphsOf({ body, numbering })).toEqual([
      'Frage 1: Wer plant den Umbau?',
      'Frage 2: Wann beginnt er?',
      '3.1 Unterpunkt',
    ])
  })

  it('formats counters as Word does', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX'])
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb', 'aaa'])
    expect(formatNumber(3, 'upperLetter')).toBe('C')
    expect(formatNumber(7, 'decimalZero')).toBe('07')
    expect(formatNumber(7, 'custom', '001, 002, 003')).toBe('007')
    expect(formatNumber(5, 'none')).toBe('')
    expect(formatNumber(12, 'ordinal')).toBe('12.')
  })
})

describe('numbering from styles', () => {
  it('takes numId and level from the paragraph style, through basedOn, and numId 0 switches it off', async () => {
    const numbering = decimalWithLetters + num(7, 1)
    const styles = [
      style('Frage', { name: 'Frage', basedOn: 'Standard', numId: 7, ilvl: 0 }),
      style('Teilfrage', { name: 'Teilfrage', basedOn: 'Frage', numId: 7, ilvl: 1 }),
      style('FrageFett', { name: 'Frage fett', basedOn: 'Frage', bold: true }),
    ].join('')
    const body = [
      p('Erste Frage?', { style: 'Frage' }),
      p('Teil eins?', { style: 'Teilfrage' }),
      p('Zweite Frage?', { style: 'FrageFett' }),
      p('Kein Listenpunkt', { style: 'Frage', numId: 0 }),
      p('Dritte Frage?', { style: 'Frage' }),
    ].join('')
    expect(await paragraphsOf({ body, numbering, styles })).toEqual([
      '1. Erste Frage?',
      'a) Teil eins?',
      '2. Zweite Frage?',
      'Kein Listenpunkt',
      '3. Dritte Frage?',
    ])
  })

  it('follows a list linked to a numbering style (w:numStyleLink)', async () => {
    const numbering = [
      abstractNum(50, [level(0, { format: 'upperLetter', text: '%1.' })], '<w:styleLink w:val="ListeAbschnitte"/>'),
      abstractNum(51, [], '<w:numStyleLink w:val="ListeAbschnitte"/>'),
      num(5, 50),
      num(6, 51),
    ].join('')
    const styles = style('ListeAbschnitte', { name: 'Liste Abschnitte', type: 'numbering', numId: 5 })
    const body = [p('Bauabschnitt Nord', { num: [6, 0] }), p('Bauabschnitt Süd', { num: [6, 0] })].join('')
    expect(await paragraphsOf({ body, numbering, styles })).toEqual(['A. Bauabschnitt Nord', 'B. Bauabschnitt Süd'])
  })

  it('prints no label for a numId that numbering.xml does not define', async () => {
    const body = [p('Verwaister Listenpunkt', { num: [99, 0] }), p('Danach', { num: [1, 0] })].join('')
    expect(await labelsOf({ body, numbering: decimalWithLetters + num(1, 1) })).toEqual([null, '1.'])
  })
})
