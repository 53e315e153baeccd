import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles } from '../src/node/import/files.js'
import { pairFiles } from '../src/node/import/pairs.js'

describe('import: pairing inquiry and reply files by name', () => {
  it('joins X with X-antwort, X_Antwort, "X Stellungnahme" and X-beantwortung in the same folder', () => {
    const jobs = pairFiles([
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
  })

  it('joins X-anfrage with X-antwort', () => {
    expect(pairFiles(['b/Schule-Anfrage.pdf', 'b/Schule-Antwort.pdf'])).toEqual([{ path: 'b/Schule-Anfrage.pdf', replyPath: 'b/Schule-Antwort.pdf' }])
  })

  it('leaves alone what has no partner, a partner in another folder, or two candidates', () => {
    const files = ['c/allein.pdf', 'c/waise-antwort.pdf', 'd/x.pdf', 'e/x-antwort.pdf', 'f/y.pdf', 'f/y.docx', 'f/y-antwort.pdf']
    expect(pairFiles(files)).toEqual(files.map((path) => ({ path })))
  })

  it('does not take a word that merely ends in "antwort" for a reply', () => {
    expect(pairFiles(['g/Verantwort.pdf', 'g/Ver.pdf'])).toEqual([{ path: 'g/Verantwort.pdf' }, { path: 'g/Ver.pdf' }])
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
