import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles } from '../src/node/import/files.js'
import { pairFiles } from '../src/node/import/pairs.js'

describe('import: pairing inquiry and reply files by name', () => {
  it('joins X with X-antwort, X_Antwort, "X Stellungnahme" and X-beantwortung in the same folder', () => {
    const { jobs, skipped } = pairFiles([
      'a/17-0815.pdf',
      'a/17-0815-antwort.pdf',
      'a/kita.docx',
      'a/kita_Antwort.docx',
      'a/Radweg.pdf',
      'a/Radweg Stellungnahme.pdf',
      'a/Licht.txt',
      'a/Licht-beantwortung.docx',
    ])
    expect(jobs).toEqual([
      { path: 'a/17-0815.pdf', replyPath: 'a/17-0815-antwort.pdf' },
      { path: 'a/kita.docx', replyPath: 'a/kita_Antwort.docx' },
      { path: 'a/Radweg.pdf', replyPath: 'a/Radweg Stellungnahme.pdf' },
      { path: 'a/Licht.txt', replyPath: 'a/Licht-beantwortung.docx' },
    ])
    expect(skipped).toEqual([])
  })

  it('joins X-anfrage with X-antwort', () => {
    expect(pairFiles(['b/Schule-Anfrage.pdf', 'b/Schule-Antwort.pdf']).jobs).toEqual([
      { path: 'b/Schule-Anfrage.pdf', replyPath: 'b/Schule-Antwort.pdf' },
    ])
  })

  it('leaves alone what has no partner, or a partner in another folder', () => {
    const files = ['c/allein.pdf', 'c/waise-antwort.pdf', 'd/x.pdf', 'e/x-antwort.pdf']
    expect(pairFiles(files)).toEqual({ jobs: files.map((path) => ({ path })), skipped: [] })
  })

  it('gives one pair per name in any mix of formats: the DOCX chosen over the PDF, the others skipped and why', () => {
    const { jobs, skipped } = pairFiles([
      'f/y.pdf',
      'f/y.docx',
      'f/y-antwort.pdf',
      'h/X-anfrage.pdf',
      'h/X-anfrage.docx',
      'h/X-antwort.pdf',
      'h/X-antwort.docx',
    ])
    expect(jobs).toEqual([
      { path: 'f/y.docx', replyPath: 'f/y-antwort.pdf' },
      { path: 'h/X-anfrage.docx', replyPath: 'h/X-antwort.docx' },
    ])
    expect(skipped).toEqual([
      { path: 'f/y.pdf', chosen: 'f/y.docx', reason: 'the same document as y.docx, whose format (DOCX) comes first' },
      {
        path: 'h/X-anfrage.pdf',
        chosen: 'h/X-anfrage.docx',
        reason: 'the same document as X-anfrage.docx, whose format (DOCX) comes first',
      },
      {
        path: 'h/X-antwort.pdf',
        chosen: 'h/X-antwort.docx',
        reason: 'the same document as X-antwort.docx, whose format (DOCX) comes first',
      },
    ])
  })

  it('prefers DOCX, ODT, DOC, RTF, HTML, PDF, text in that order; X.pdf with X-anfrage.odt is one name too', () => {
    const files = ['k/a.txt', 'k/a.pdf', 'k/a.html', 'k/a.rtf', 'k/a.doc', 'k/a-anfrage.odt', 'k/a-antwort.txt', 'k/a-antwort.rtf']
    const { jobs, skipped } = pairFiles(files)
    expect(jobs).toEqual([{ path: 'k/a-anfrage.odt', replyPath: 'k/a-antwort.rtf' }])
    expect(skipped.map((s) => s.path)).toEqual(['k/a.doc', 'k/a.rtf', 'k/a.html', 'k/a.pdf', 'k/a.txt', 'k/a-antwort.txt'])
  })

  it('skips the second of two files of one name and format as such', () => {
    const { jobs, skipped } = pairFiles(['m/Z-Anfrage.pdf', 'm/Z.pdf'])
    expect(jobs).toEqual([{ path: 'm/Z-Anfrage.pdf' }])
    expect(skipped).toEqual([
      { path: 'm/Z.pdf', chosen: 'm/Z-Anfrage.pdf', reason: 'another file of the same name (Z-Anfrage.pdf) was chosen' },
    ])
  })

  it('does not take a word that merely ends in "antwort" for a reply', () => {
    expect(pairFiles(['g/Verantwort.pdf', 'g/Ver.pdf']).jobs).toEqual([{ path: 'g/Verantwort.pdf' }, { path: 'g/Ver.pdf' }])
  })
})

describe('import: finding files', () => {
  it('walks folders recursively, sorted, without hidden files, the results file or duplicates', async () => {
    const root = mkdtempSync(join(tmpdir(), 'import-files-'))
    mkdirSync(join(root, 'b/c'), { recursive: true })
    mkdirSync(join(root, '.git'))
    for (const f of ['a.pdf', 'b/c/d.txt', 'b/e.docx', '.DS_Store', '.git/config', 'out.ndjson']) writeFileSync(join(root, f), 'x')
    symlinkSync(root, join(root, 'b/loop'))
    const files = await listFiles([root, join(root, 'a.pdf')], [join(root, 'out.ndjson')])
    expect(files).toEqual([join(root, 'a.pdf'), join(root, 'b/c/d.txt'), join(root, 'b/e.docx')])
  })

  it('says which path does not exist', async () => {
    await expect(listFiles(['/no/such/folder'])).rejects.toThrow('/no/such/folder: no such file or folder.')
  })
})
