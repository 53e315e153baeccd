/**
 * The real-document scorer (test/eval/real-*.ts) on tiny label/document pairs of our own: questions by number and
 * first words, links by the block a paragraph falls in, and each metadata field read from free-text and exact
 * labels.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Inquiry, Question, ReplyParagraph } from '../src/schema.js'
import { isRealLabelFolder, readRealLabels, type RealLabel } from './eval/real-label.js'
import { expectedValues, foldReference, sameBody, sameSubmitter, scoreRealMeta } from './eval/real-meta.js'
import { locateBlocks, scoreReal, startsLike } from './eval/real-score.js'

const TEXT = [
  'Kleine Anfrage des Abgeordneten Max Muster (SPD) vom 3. März 2024 und Antwort',
  '1. Wie viele Bänke stehen im Stadtpark?',
  '2. Wann werden die Ge- räte des Spielplatzes erneuert?',
  'Namens der Landesregierung beantworte ich die Kleine Anfrage wie folgt:',
  'Zu 1.: Es stehen dort zwölf Bänke.',
  'Zu 2.: Im Frühjahr 2025.',
].join('\n')

const at = (s: string): { page: null; start: number; end: number } => {
  const start = TEXT.indexOf(s)
  return { page: null, start, end: start + s.length }
}
const question = (id: string, text: string, children: Question[] = []): Question => ({
  id,
  label: `${id}.`,
  text,
  children,
  position: at(text),
})
const paragraph = (text: string, ids: string[]): ReplyParagraph => ({
  id: `p${text.length}`,
  text,
  answers: ids.map((q) => ({ question: q, method: 'label', confidence: 1, evidence: '' })),
  position: at(text),
})

function inquiry(questions: Question[], paragraphs: ReplyParagraph[], meta: Partial<Inquiry['meta']> = {}): Inquiry {
  return {
    schemaVersion: 1,
    source: { format: 'text', pages: null, ocr: false, sha256: '', files: [] },
    text: TEXT,
    meta: {
      kind: null,
      title: null,
      reference: null,
      date: null,
      submitter: null,
      addressee: null,
      body: null,
      inquiryReference: null,
      inquiryDate: null,
      replyDate: null,
      hasReply: paragraphs.length > 0,
      ...meta,
    },
    questions,
    reply: paragraphs.length > 0 ? { heading: null, paragraphs } : null,
    coverage: { answered: [], unanswered: [] },
    warnings: [],
  }
}

const LABEL: RealLabel = {
  name: 'tiny',
  meta: {},
  questions: [
    { n: '1', start: 'Wie viele Bänke stehen' },
    { n: '2', start: 'Wann werden die Ge- räte' },
  ],
  answers: [
    { start: 'Zu 1.: Es stehen', questions: ['1'] },
    { start: 'Zu 2.: Im Frühjahr', questions: ['2'] },
  ],
  other_blocks: [{ start: 'Namens der Landesregierung beantworte', kind: 'intro' }],
}

describe('real-document questions', () => {
  it('matches by number and first words, with line-break hyphens joined', () => {
    expect(startsLike('Wann werden die Geräte des Spielplatzes erneuert?', 'Wann werden die Ge- räte')).toBe(true)
    expect(startsLike('Wer zahlt die Geräte?', 'Wann werden die Ge- räte')).toBe(false)
    const score = scoreReal(
      inquiry(
        [question('1', 'Wie viele Bänke stehen im Stadtpark?'), question('2', 'Wann werden die Geräte des Spielplatzes erneuert?')],
        []
      ),
      LABEL
    )
    expect(score.questions).toEqual({ tp: 2, fp: 0, fn: 0 })
  })

  it('counts a question under the wrong number as both extra and missing, and skips nodes without text', () => {
    const score = scoreReal(inquiry([question('1', '', [question('1.a', 'Wie viele Bänke stehen im Stadtpark?')])], []), LABEL)
    expect(score.questions).toEqual({ tp: 0, fp: 1, fn: 2 })
  })
})

describe('real-document links', () => {
  it('is right for links from the answer blocks and wrong from a block that answers nothing', () => {
    const score = scoreReal(
      inquiry(
        [],
        [
          paragraph('Namens der Landesregierung beantworte ich die Kleine Anfrage wie folgt:', ['1']),
          paragraph('Zu 1.: Es stehen dort zwölf Bänke.', ['1']),
          paragraph('Zu 2.: Im Frühjahr 2025.', ['1']),
        ]
      ),
      LABEL
    )
    // right: block "Zu 1." → 1; wrong: the intro → 1, block "Zu 2." → 1; missing: block "Zu 2." → 2
    expect(score.links).toEqual({ tp: 1, fp: 2, fn: 1 })
  })

  it('finds every label start in the text, across a line-break hyphen', () => {
    const notes: string[] = []
    const blocks = locateBlocks(TEXT, LABEL, notes)
    expect(notes).toEqual([])
    expect(blocks.map((b) => TEXT.slice(b.start, b.start + 8))).toEqual(['Wie viel', 'Wann wer', 'Namens d', 'Zu 1.: E', 'Zu 2.: I'])
  })

  it('places a start where the text prints it so, before the same words inside another block', () => {
    const text = 'Zu 1.: Mehr dazu siehe https://example.org/lage/. Zu 2.: Siehe https://example.org/lage/.'
    const label: RealLabel = {
      name: 'x',
      questions: [],
      answers: [{ start: 'Siehe https://example.org/lage/.', questions: ['2'] }],
      other_blocks: [],
      meta: {},
    }
    const blocks = locateBlocks(text, label, [])
    expect(text.slice(blocks[0]!.start, blocks[0]!.start + 5)).toBe('Siehe')
  })

  it("leaves a link to a sub-question inside its parent's answer uncounted", () => {
    const score = scoreReal(
      inquiry([], [paragraph('Zu 1.: Es stehen dort zwölf Bänke.', ['1', '1.a']), paragraph('Zu 2.: Im Frühjahr 2025.', ['2'])]),
      LABEL
    )
    expect(score.links).toEqual({ tp: 2, fp: 0, fn: 0 })
  })
})

describe('real-document metadata', () => {
  it('reads the free-text development labels', () => {
    expect(
      expectedValues({
        kind: 'antwort auf kleine-anfrage',
        reference: '6/3541 (KA 1385, Drs. 6/3367)',
        date: '2024-07-10 (Antwort; Anfrage 2024-06-28)',
        body: 'Abgeordnetenhaus Berlin (implied)',
      })
    ).toEqual({
      kind: 'kleine-anfrage',
      hasReply: 'true',
      reference: '6/3541',
      date: '2024-07-10',
      replyDate: '2024-07-10',
      inquiryDate: '2024-06-28',
    })
    expect(expectedValues({ kind: 'anfrage (Stadtrat), no reply', reference: 'F0172/14 (not in text)' })).toEqual({
      kind: 'anfrage',
      hasReply: 'false',
    })
  })

  it('compares references without spaces and prefixes', () => {
    expect(foldReference('Drs. 18 / 11 151')).toBe(foldReference('18/11151'))
    expect(foldReference('Kleine Anfrage 1297')).toBe('1297')
    expect(foldReference('Drucksache 6/3541')).not.toBe(foldReference('6/3367'))
  })

  it('compares bodies by their own words', () => {
    expect(sameBody('Abgeordnetenhaus Berlin', 'Abgeordnetenhaus von Berlin')).toBe(true)
    expect(sameBody('Hamburgische Bürgerschaft', 'Bürgerschaft der Freien und Hansestadt Hamburg')).toBe(true)
    expect(sameBody('Stadtrat Landeshauptstadt Magdeburg', 'Stadtrat Magdeburg')).toBe(true)
    expect(sameBody('Landtag Brandenburg', 'Landtag von Baden-Württemberg')).toBe(false)
    expect(sameBody('Hessischer Landtag', '')).toBe(false)
    expect(sameBody('BVV Neukölln', 'Bezirksverordnetenversammlung Neukölln')).toBe(true)
    expect(sameBody('BVV Neukölln', 'Bezirksverordnetenversammlung Pankow')).toBe(false)
  })

  it('accepts a submitter without filler words and rejects one with a date tail', () => {
    expect(sameSubmitter('Sven Petke und Steeven Bretz (CDU-Fraktion)', 'Abgeordneten Sven Petke und Steeven Bretz der CDU-Fraktion')).toBe(
      true
    )
    expect(sameSubmitter('Marcel Luthe (FDP)', 'Marcel Luthe (FDP) vom 02. Mai 2017 (Eingang beim Abgeordnetenhaus am 03. Mai 2017)')).toBe(
      false
    )
    expect(sameSubmitter('Marcel Luthe (FDP)', 'Marcel Luthe')).toBe(false)
  })

  it('scores each field the label gives, and reads hasReply from the reply when the contract has no field', () => {
    const results = scoreRealMeta(
      inquiry([], [paragraph('Zu 1.: Es stehen dort zwölf Bänke.', ['1'])], {
        kind: 'kleine-anfrage',
        reference: '18/ 4711',
        date: '2024-03-03',
      }),
      {
        kind: 'kleine-anfrage',
        hasReply: true,
        reference: '18/4711',
        date: '2024-03-03',
        title: 'Bänke im Stadtpark',
        body: null,
      }
    )
    expect(results.map((r) => [r.field, r.right])).toEqual([
      ['kind', true],
      ['hasReply', true],
      ['reference', true],
      ['date', true],
      ['title', false],
    ])
  })
})

describe('real-label folders', () => {
  it('pairs NAME.json with the document of the same name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'real-labels-'))
    writeFileSync(join(dir, 'a.txt'), TEXT)
    writeFileSync(join(dir, 'a.json'), JSON.stringify(LABEL))
    writeFileSync(join(dir, 'orphan.json'), '{}')
    expect(readRealLabels(dir).map((e) => e.name)).toEqual(['a'])
    expect(isRealLabelFolder(dir)).toBe(true)
    writeFileSync(join(dir, 'x.gold.json'), '{}')
    expect(isRealLabelFolder(dir)).toBe(false)
  })
})
