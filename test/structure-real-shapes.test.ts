/**
 * The shapes of real documents that the structure and answers stages must read: questions and answers
 * alternating without labels (Hamburg), a list and its answers in order (Niedersachsen), the list repeated with
 * the answers (Bayern), every item printed as "1.", requests in brackets instead of a question mark, a single
 * question with its answer below, numbered data rows inside an answer, a running header glued to a repeated
 * question. The documents are in fixtures/plain (our own writing); each must come out exactly.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readReplyLabel } from '../src/answers/reply-label.js'
import { parseInquiry } from '../src/index.js'
import type { Inquiry } from '../src/schema.js'
import { endsSentence } from '../src/structure/context.js'
import { isReplyHeading, isReplySentence, isTitleBlockAnswer, runningHeadLength } from '../src/structure/cues.js'
import { flattenQuestions } from '../src/structure/tree.js'
import { runCases, type CaseResult } from './eval/cases.js'
import { readGoldFiles } from './eval/gold.js'

const PLAIN = join(import.meta.dirname, '../fixtures/plain')
const parseText = (text: string): Promise<Inquiry> => parseInquiry(new TextEncoder().encode(text))
const parseFixture = (name: string): Promise<Inquiry> => parseInquiry(new Uint8Array(readFileSync(join(PLAIN, `${name}.txt`))))
const ids = (inquiry: Inquiry): string[] => flattenQuestions(inquiry.questions).map((q) => q.id)
const codes = (inquiry: Inquiry): string[] => inquiry.warnings.map((w) => w.code)
const linksOf = (inquiry: Inquiry): string[][] => (inquiry.reply?.paragraphs ?? []).map((p) => p.answers.map((a) => a.question))

describe('plain-text fixtures of real shapes', () => {
  const entries = readGoldFiles(PLAIN)
  const results = new Map<string, CaseResult[]>()
  beforeAll(async () => {
    for (const entry of entries) results.set(entry.gold.id, await runCases(entry))
  })

  it.each(entries.map((e) => [e.gold.id, e] as const))('%s: exactly the gold questions, paragraphs and links', (id, entry) => {
    for (const r of results.get(id)!) {
      expect(r.error).toBeNull()
      expect(r.score!.questions).toEqual({ tp: entry.gold.questions.length, fp: 0, fn: 0 })
      expect(r.score!.paragraphs).toEqual({ tp: entry.gold.statement.length, fp: 0, fn: 0 })
      expect(r.score!.links.fp + r.score!.links.fn).toBe(0)
    }
  })
})

describe('questions and answers alternating without labels', () => {
  it('links each unlabelled answer (with or without "Antwort:") to the question above it, and keeps numbered rows as the answer\'s data', async () => {
    const inquiry = await parseFixture('buergerschaft-hamburg-landstrom')
    expect(ids(inquiry)).toEqual(['1', '2', '3', '4', '5'])
    const rows = inquiry.reply!.paragraphs.filter((p) => /^(?:Altona|Steinwerder)\b.*Anläufe$/.test(p.text))
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(row.answers.map((a) => [a.question, a.method])).toEqual([['2', 'interleaved']])
  })

  it('finds the answers after a list of questions whose reply title stands above them (Niedersachsen)', async () => {
    const inquiry = await parseFixture('landtag-niedersachsen-schulbibliotheken')
    expect(linksOf(inquiry)).toEqual([['1'], ['2'], ['3']])
    // the government's preface before the questions is no answer
    expect(inquiry.reply!.paragraphs.some((p) => p.text.startsWith('Lesen ist'))).toBe(false)
  })

  it('lets nothing before "Dies vorausgeschickt, beantworte ich … wie folgt:" answer a question', async () => {
    const inquiry = await parseFixture('landtag-niedersachsen-radwege')
    const preface = inquiry.reply!.paragraphs.find((p) => p.text.startsWith('Der Bau von Radwegen'))!
    expect(preface.answers).toEqual([])
  })
})

describe('question shapes', () => {
  it('numbers a list that prints every item as "1." by order, and says so', async () => {
    const inquiry = await parseFixture('gemeinderat-talhausen-grundschule')
    expect(ids(inquiry)).toEqual(['1', '2', '3', '4', '5'])
    expect(codes(inquiry)).toContain('question_numbers_by_order')
    expect(linksOf(inquiry)).toEqual([['1'], ['2'], ['3'], ['4'], ['5']])
  })

  it('numbers a list that starts again at "1." after its first item by order, a follow-up "Wenn ja, …?" in the first', async () => {
    const inquiry = await parseText(
      'Anfrage:\n\n1. Gibt es Bänke im Park?\n\nWenn ja, wie viele?\n\n1. Wer pflegt sie?\n2. Wann werden sie erneuert?\n'
    )
    expect(ids(inquiry)).toEqual(['1', '2', '3'])
    expect(inquiry.questions[0]!.text).toBe('Gibt es Bänke im Park? Wenn ja, wie viele?')
    expect(codes(inquiry)).toContain('question_numbers_by_order')
    const sections = await parseText('Anfrage:\n\nSchulen\n\n1. Wer pflegt sie?\n2. Wann?\n\nKitas\n\n1. Wer pflegt sie?\n2. Wann?\n')
    expect(codes(sections)).not.toContain('question_numbers_by_order')
  })

  it('does not renumber a list whose numbers differ, nor a single "1."', async () => {
    const two = await parseText('Anfrage\n\n1. Wie viele Bänke gibt es?\n\n2. Wer pflegt sie?\n')
    expect(codes(two)).not.toContain('question_numbers_by_order')
    const one = await parseText('Anfrage\n\n1. Wie viele Bänke gibt es?\n')
    expect(codes(one)).not.toContain('question_numbers_by_order')
  })

  it('ends a question at a request in brackets, so the answer after it is no part of it', () => {
    expect(endsSentence('Wie viele waren es? (Bitte nach Jahren aufschlüsseln.)')).toBe(true)
    expect(endsSentence('Welche Kosten entstanden (bitte Einzelaufstellung nach Haushaltsjahren)')).toBe(true)
    expect(endsSentence('Hat sie auf die Infrastruktur des Landes (z. B. E-Mail)')).toBe(false)
  })

  it('reads an unnumbered "Frage:" without a question mark, and links every paragraph of its answer to it', async () => {
    const inquiry = await parseFixture('stadtrat-lindenbrueck-buergeramt')
    expect(ids(inquiry)).toEqual(['1'])
    for (const p of inquiry.reply!.paragraphs)
      expect(p.answers.map((a) => [a.question, a.method, a.evidence])).toEqual([['1', 'order', 'the inquiry asks this one question']])
  })

  it('takes no closing request ("Ich bitte um schriftliche Beantwortung.") for a question', async () => {
    const inquiry = await parseText(
      'Anfrage\n\nIch frage Sie:\n\nWie viele Anfragen gingen ein?\n\nWelche wurden beantwortet?\n\nIch bitte um schriftliche Beantwortung.\n'
    )
    expect(ids(inquiry)).toEqual(['1', '2'])
  })
})

describe('boundaries', () => {
  it("keeps a numbered table of 40 rows after a question as the answer's data: no question, no part of one", async () => {
    const inquiry = await parseFixture('buergerschaft-hamburg-grundschulen')
    expect(ids(inquiry)).toEqual(['1', '2', '3'])
    expect(inquiry.questions[0]!.text).not.toMatch(/Grundschule Am Lindenhof/)
    const rows = inquiry.reply!.paragraphs.filter((p) => /^Grundschule .*: \d+ Schülerinnen und Schüler$/.test(p.text))
    expect(rows).toHaveLength(40)
    for (const row of rows) expect(row.answers.map((a) => a.question)).toEqual(['1'])
  })

  it('gives a single question the answer below it in a document that says it holds the answer', async () => {
    const inquiry = await parseFixture('buergerschaft-hamburg-toiletten')
    expect(linksOf(inquiry)).toEqual([['1']])
  })

  it('takes the text below a single question for no answer when nothing says the document holds one', async () => {
    const inquiry = await parseText(
      'Anfrage der Fraktion\n\nWie viele Bänke stehen im Stadtpark?\n\nViele Bänke sind beschädigt und werden kaum noch genutzt.\n'
    )
    expect(inquiry.reply).toBeNull()
  })

  it('reads the list repeated with its answers as repeats, not as new questions, even with a header glued to one', async () => {
    const inquiry = await parseFixture('landtag-bayern-deiche')
    expect(ids(inquiry)).toEqual(['1.1', '1.2', '2.1', '2.2'])
    expect(codes(inquiry)).not.toContain('duplicate_question_id')
    // two questions repeated in a row share the answer below them
    expect(inquiry.reply!.paragraphs[0]!.answers.map((a) => [a.question, a.method])).toEqual([
      ['1.1', 'repeat'],
      ['1.2', 'repeat'],
    ])
  })

  it("keeps a label's joint scope when the questions it names are repeated after it", async () => {
    const inquiry = await parseText(
      'Anfrage\n\n1. Wie viele Bänke gibt es im Stadtpark?\n\n2. Wer pflegt die Bänke im Stadtpark?\n\nAntwort der Verwaltung\n\nZu 1. und 2.:\n\n1. Wie viele Bänke gibt es im Stadtpark?\n\n2. Wer pflegt die Bänke im Stadtpark?\n\nEs gibt 40 Bänke; der Bauhof pflegt sie.\n'
    )
    expect(linksOf(inquiry)).toEqual([['1', '2']])
  })

  it('strips a running header from the front of a paragraph, and only a running header', () => {
    const head = 'Drucksache 19/2211 Bayerischer Landtag 19. Wahlperiode Seite 2 '
    expect(runningHeadLength(`${head}1.2 Bis wann?`)).toBe(head.length)
    expect(runningHeadLength('Drucksache 18 / 11 151 Abgeordnetenhaus Berlin – 18. Wahlperiode Die Antwort lautet: Nein.')).toBeGreaterThan(
      0
    )
    expect(runningHeadLength('Landtag und Regierung haben sich geeinigt.')).toBe(0)
    expect(runningHeadLength('Drucksache 19/2211 nennt die Zahlen.')).toBe(0)
  })

  it('reads a long run of header-like words in linear time', () => {
    expect(runningHeadLength('Seite 1 '.repeat(50_000))).toBe(0)
  })
})

describe('reply detection', () => {
  it('takes "Namens der Landesregierung beantworte ich …" for the reply\'s opening, with or without "wie folgt"', () => {
    expect(isReplySentence('Namens der Landesregierung beantworte ich die Kleine Anfrage des Abgeordneten Müller:')).toBe(true)
    expect(isReplySentence('Namens der Landesregierung beantwortet der Minister der Finanzen die Kleine Anfrage wie folgt:')).toBe(true)
    expect(isReplySentence('Namens der Fraktion bitten wir um Beantwortung der folgenden Fragen:')).toBe(false)
  })

  it('takes "Der Bürgermeister antwortet wie folgt:" for the reply\'s opening, but not a colon inside an answer', async () => {
    expect(isReplySentence('Der Bürgermeister antwortet wie folgt:')).toBe(true)
    expect(isReplySentence('Die Verwaltung nimmt dazu wie folgt Stellung:')).toBe(true)
    expect(isReplySentence('Der Oberbürgermeister der Stadt Kelsheim beantwortet wie folgt:')).toBe(true)
    expect(isReplySentence('Die Gebühren sind wie folgt gestaffelt:')).toBe(false)
    expect(isReplySentence('Der Bürgermeister antwortet, dass die Halle saniert wird.')).toBe(false)
    const inquiry = await parseText(
      'Ortsbeirat Nordheim\n\nFrage 1: Wann wird die Halle saniert?\nFrage 2: Gibt es Fördermittel?\n\nDer Bürgermeister antwortet wie folgt:\n\nDie Arbeiten beginnen im Herbst.\n\nNein.\n'
    )
    // the sentence is kept as the reply's first paragraph, as a sentence heading always is, and answers nothing
    expect(inquiry.reply?.paragraphs.map((p) => p.text)).toEqual([
      'Der Bürgermeister antwortet wie folgt:',
      'Die Arbeiten beginnen im Herbst.',
      'Nein.',
    ])
    expect(inquiry.reply?.paragraphs[0]?.answers).toEqual([])
  })

  it('takes "und / Antwort des Ministeriums …" on a title page for the document\'s name, not the reply\'s start', async () => {
    expect(isTitleBlockAnswer('und', 'Antwort des Ministeriums für Bildung')).toBe(true)
    expect(isTitleBlockAnswer('Die Fragen beantworte ich wie folgt:', 'Antwort des Ministeriums für Bildung')).toBe(false)
    expect(isTitleBlockAnswer('Kleine Anfrage der Abgeordneten Jana Roth (SPD) und', 'Antwort des Ministeriums')).toBe(true)
    expect(isTitleBlockAnswer('Die Schulen sind saniert und', 'Antwort des Ministeriums')).toBe(false)
    expect(isTitleBlockAnswer(undefined, 'Antwort')).toBe(false)
    // grouped sub-questions make the finder read the questions as interleaved: the title's "Antwort" would open
    // the reply above the first question, and every answer would hang on the questions above it
    const inquiry = await parseText(
      'Kleine Anfrage\nder Abgeordneten Jana Roth (SPD)\n\nund\n\nAntwort\ndes Ministeriums des Innern\n\nIch frage die Landesregierung:\n\n1. Wie viele Wachen gibt es?\n2. Zum Personal:\na) Wie viele Stellen sind besetzt?\nb) Wie viele sind frei?\n\nDas Ministerium des Innern hat die Kleine Anfrage namens der Landesregierung mit Schreiben vom 2. Mai 2025 wie folgt beantwortet:\n\nEs gibt 14 Wachen.\n\nBesetzt sind 80 Stellen.\n\nFrei sind 6 Stellen.\n'
    )
    expect(ids(inquiry)).toEqual(['1', '2.a', '2.b'])
    expect(linksOf(inquiry)).toEqual([[], ['1'], ['2.a'], ['2.b']])
  })

  it('takes "Vorbemerkung Minister des Innern …:" (without an article, as Hessen prints it) for the reply\'s preface', () => {
    expect(isReplyHeading('Vorbemerkung Minister des Innern, für Sicherheit und Heimatschutz:')).toBe(true)
    expect(isReplyHeading('Vorbemerkung Fragesteller:')).toBe(false)
  })

  it('reads the reply\'s heading and its first label on one line ("Antwort des Senats Zu Frage 1:")', async () => {
    expect(readReplyLabel('Antwort des Senats Zu Frage 1:')).toMatchObject({ kind: 'zu', refs: [{ kind: 'one', parts: ['1'] }], rest: '' })
    expect(readReplyLabel('Antwort des Senats: Nein.')).toMatchObject({ kind: 'antwort', rest: 'Nein.' })
    const inquiry = await parseText(
      'Anfrage\n\n1. Wie laut ist es?\n\n2. Was tut der Senat?\n\nAntwort des Senats Zu Frage 1:\n\nEs ist sehr laut.\n\nZu Frage 2:\n\nDer Senat misst nach.\n'
    )
    expect(linksOf(inquiry)).toEqual([['1'], ['2']])
  })

  it('takes a document\'s head run into one paragraph for no question, though it ends in "?"', async () => {
    const brunnen = await parseFixture('abgeordnetenhaus-berlin-trinkbrunnen')
    expect(ids(brunnen)).toEqual(['1', '1.a', '2', '2.a'])
    const fristen = await parseFixture('abgeordnetenhaus-berlin-fristen')
    expect(ids(fristen)).toEqual(['1'])
    expect(fristen.questions[0]!.text).toMatch(/^Trifft es zu/)
    expect(linksOf(fristen)).toEqual([[], ['1']])
  })

  it('takes the title under such a head for no question either, though it ends in "?"', async () => {
    const inquiry = await parseText(
      'Drucksache 19 / 12 604 Schriftliche Anfrage 19. Wahlperiode Schriftliche Anfrage der Abgeordneten Sabine Kowalski (SPD) und Antwort\n\nTrinkbrunnen im Sommer – genug Wasser für alle?\n\nIm Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:\n\nWie viele Trinkbrunnen gibt es im Land Berlin?\n\nAntwort: Es gibt derzeit 231 Trinkbrunnen.\n'
    )
    expect(flattenQuestions(inquiry.questions).map((q) => q.text)).toEqual(['Wie viele Trinkbrunnen gibt es im Land Berlin?'])
    expect(linksOf(inquiry)).toEqual([[], ['1']])
  })

  it('reads a form\'s empty reply field ("Stellungnahme der Verwaltung: offen") as no reply', async () => {
    const inquiry = await parseText(
      'Anfrage\n\nKurztitel\n\nLärmschutzwand am Graseweg\n\nStellungnahme der Verwaltung:offen\n\nIch möchte gerne wissen:\n\n1. Welche Maßnahmen werden getroffen?\n\n2. Wann wird die Wand erneuert?\n\nIch bitte um schriftliche Beantwortung.\n'
    )
    expect(ids(inquiry)).toEqual(['1', '2'])
    expect(inquiry.reply).toBeNull()
  })

  it('reads an answer document that quotes the inquiry and restates each question before its answer', async () => {
    const inquiry = await parseFixture('landtag-brandenburg-nachfrage')
    expect(ids(inquiry)).toEqual(['1', '2', '3'])
    expect(linksOf(inquiry)).toEqual([[], ['1'], ['2', '3']])
  })
})
