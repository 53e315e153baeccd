import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isInquiryError } from '../src/errors.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}`, import.meta.url)))

const paragraphsOf = async (bytes: Uint8Array) => layoutDocument(await loadDocument(bytes)).paragraphs.map((p) => p.text)

async function errorOf(bytes: Uint8Array) {
  try {
    await loadDocument(bytes)
  } catch (error) {
    if (isInquiryError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected an InquiryError')
}

describe('DOCX with Word automatic numbering (anfrage-laermschutz)', () => {
  it('gives the exact paragraphs: labels restored, header, footer, footnote, hidden text and deletions left out', async () => {
    expect(await paragraphsOf(fixture('anfrage-laermschutz.docx'))).toEqual([
      'Anfrage der Fraktion Bündnis 90/Die Grünen',
      'betr.: Lärmschutz an der Hainbacher Straße',
      'Sehr geehrter Herr Bürgermeister,',
      'die Anwohnerinnen und Anwohner der Hainbacher Straße klagen seit der Sanierung der Fahrbahn über zunehmenden Verkehrslärm. Wir bitten um die Beantwortung der folgenden Fragen:',
      '1. Wie hoch ist die Lärmbelastung an der Hainbacher Straße tagsüber und nachts?',
      '2. Welche Maßnahmen zum Lärmschutz prüft die Verwaltung derzeit?',
      'a) Ist ein Tempolimit von 30 km/h in den Nachtstunden möglich?',
      'b) Kommt ein lärmmindernder Fahrbahnbelag in Betracht?',
      'Zur Erläuterung: Die Straße ist seit dem 1. Januar 2024 als Umleitungsstrecke ausgewiesen.',
      // a second numbering instance of the same list continues it, after the interruption
      '3. Wie viele Fahrzeuge nutzen die Umleitungsstrecke täglich?',
      'a) Wie hoch ist der Anteil des Schwerverkehrs?',
      // tracked changes accepted: "wird" deleted, "kann" inserted; the deleted question 5 takes no number
      '4. Bis wann kann die Verwaltung ein Lärmschutzkonzept vorlegen?',
      '5. Wird der Ortsbeirat Hainbach an der Planung beteiligt?',
      'Mit freundlichen Grüßen Jana Kowalski Fraktionsvorsitzende',
      'Stellungnahme der Verwaltung',
      'Vorbemerkung',
      'Die Verwaltung beantwortet die Anfrage wie folgt:',
      'Zu 1.: Die Lärmkartierung 2022 weist tagsüber bis zu 68 dB(A) und nachts bis zu 59 dB(A) aus.',
      'Zu 2.: Die Verwaltung prüft die folgenden Maßnahmen:',
      // "Restart at 1": a new instance of the same list with a start override
      '1. ein nächtliches Tempolimit zwischen Kirchplatz und Ortsausgang,',
      '2. einen lärmmindernden Asphalt bei der nächsten Deckensanierung,',
      '3. die Förderung von Schallschutzfenstern.',
      'Zu 3.: Die Verkehrszählung vom Februar 2025 ergab:',
      // a grid of data stays one table, one row a line
      'Zeitraum | Fahrzeuge pro Tag\nvor der Umleitung | 4.200\nseit der Umleitung | 7.900',
      'Zu 4.: Ein Lärmschutzkonzept soll bis zum 30. Juni 2025 vorliegen.',
      'Zu 5.: Ja. Der Ortsbeirat wird in seiner nächsten Sitzung unterrichtet.',
      'Lindenfels, den 2. April 2025 Der Magistrat',
    ])
  })

  it('marks headings, bold paragraphs and list levels on the blocks, and keeps the table of data as a table', async () => {
    const loaded = await loadDocument(fixture('anfrage-laermschutz.docx'))
    const block = (start: string) => loaded.blocks.find((b) => b.text.startsWith(start))!
    expect(loaded).toMatchObject({ format: 'docx', pageCount: null, ocr: false, pages: [] })
    expect(block('Anfrage der Fraktion').heading).toBe(1)
    expect(block('betr.: Lärmschutz').heading).toBe(2)
    expect(block('Stellungnahme der Verwaltung')).toMatchObject({ bold: true, heading: null })
    expect(block('Vorbemerkung').bold).toBe(true)
    expect(block('Die Verwaltung beantwortet').bold).toBe(false)
    expect(block('Kommt ein lärmmindernder')).toMatchObject({ label: 'b)', level: 1 })
    expect(block('5. Wird der Ortsbeirat')).toMatchObject({ label: null, level: null })
    expect(block('Mit freundlichen Grüßen').text).toBe('Mit freundlichen Grüßen\nJana Kowalski\nFraktionsvorsitzende')
    expect(loaded.blocks.filter((b) => b.table).map((b) => b.table)).toEqual([
      [
        ['Zeitraum', 'Fahrzeuge pro Tag'],
        ['vor der Umleitung', '4.200'],
        ['seit der Umleitung', '7.900'],
      ],
    ])
  })

  it('says that the footnote was left out', async () => {
    const loaded = await loadDocument(fixture('anfrage-laermschutz.docx'))
    expect(loaded.warnings).toEqual([
      { code: 'docx_notes_omitted', message: 'The document has 1 footnote; the text of footnotes and endnotes is not included.' },
    ])
    expect(loaded.blocks.some((b) => b.text.includes('Lärmkartierung der Stadt aus dem Jahr 2022'))).toBe(false)
  })
})

describe('DOCX outline numbering (grosse-anfrage-gliederung)', () => {
  it('gives the exact paragraphs with roman parts, restarting questions, multi-level, start values and bullets', async () => {
    expect(await paragraphsOf(fixture('grosse-anfrage-gliederung.docx'))).toEqual([
      'Große Anfrage der SPD-Kreistagsfraktion',
      'Digitalisierung der Kreisverwaltung und der Schulen',
      'Wir fragen den Kreisausschuss:',
      'I. Ausstattung der Schulen',
      '1. Wie viele Schulen des Kreises verfügen über einen Glasfaseranschluss?',
      '2. Wie viele digitale Tafeln wurden seit 2021 beschafft?',
      'II. Onlinedienste',
      '1. Welche Verwaltungsleistungen können bereits online beantragt werden?',
      '2. Wie viele Anträge gingen 2024 online ein?',
      'Hinweise zur Beantwortung',
      'Die Antworten bitten wir so zu gliedern:',
      '1. Bestand',
      '1.1 Schulen',
      '1.2 Verwaltung',
      '1.2.1 Außenstellen',
      '2. Planung',
      '2.1 Zeitplan',
      'Die Fragen 1) bis 3) hat die Fraktion bereits in Drucksache 19/201 gestellt; sie ergänzt:',
      '4) Welche Kosten entstehen dem Kreis für Softwarelizenzen?',
      '5) Wer betreut die Geräte an den Schulen?',
      'Bei der Bewertung sind zu berücksichtigen:',
      '(i) die Barrierefreiheit,',
      '(ii) der Datenschutz und',
      '(iii) die laufenden Kosten.',
      'Beteiligt werden sollen:',
      '• die Schulkonferenzen',
      '– der Medienentwicklungsplan',
      '• der Personalrat',
      'Für die Fraktion: Dr. Lena Albers',
    ])
  })

  it('takes headings from the Title style, a direct outline level and the numbered style', async () => {
    const loaded = await loadDocument(fixture('grosse-anfrage-gliederung.docx'))
    const headings = loaded.blocks.filter((b) => b.heading !== null).map((b) => [b.label, b.text, b.heading])
    expect(headings).toEqual([
      [null, 'Große Anfrage der SPD-Kreistagsfraktion', 1],
      [null, 'Digitalisierung der Kreisverwaltung und der Schulen', 2],
      ['I.', 'Ausstattung der Schulen', 1],
      ['II.', 'Onlinedienste', 1],
      [null, 'Hinweise zur Beantwortung', 1],
    ])
  })
})

describe('DOCX from real producers', () => {
  it('reads pandoc lists: nested "a)", a list starting at 4, "(1)", roman "i." and bullets', async () => {
    expect(await paragraphsOf(fixture('pandoc-hallenbad.docx'))).toEqual([
      'Anfrage der Fraktion DIE LINKE',
      'betr.: Sanierung des Hallenbads am Stadtpark',
      'Der Magistrat wird gebeten, die folgenden Fragen zu beantworten:',
      '1. Wann wurde das Hallenbad zuletzt umfassend saniert?',
      '2. Welche Mängel hat das Gutachten vom Herbst 2024 festgestellt?',
      'a) Welche davon betreffen die Technik des Beckens?',
      'b) Welche betreffen das Dach und die Fassade?',
      '3. Wie hoch schätzt der Magistrat die Kosten einer Sanierung?',
      'Im Haushaltsausschuss wurden bereits drei Fragen zum Hallenbad gestellt. Wir ergänzen:',
      '4. Gibt es Förderprogramme des Landes für die Sanierung von Bädern?',
      '5. Wie lange wäre das Bad während der Sanierung geschlossen?',
      'Antwort des Magistrats',
      'Zu 1.: Das Hallenbad wurde 1998 zuletzt umfassend saniert.',
      'Zu 2.: Das Gutachten nennt vor allem:',
      '(1) die veraltete Filteranlage,',
      '(2) undichte Stellen im Flachdach.',
      'Zu 3.: Die Kosten werden auf 6,4 Mio. Euro geschätzt. Darin enthalten sind:',
      'i. die Planungskosten,',
      'ii. die Kosten der Interimslösung für das Schulschwimmen.',
      'Zu 4. und 5.: Der Magistrat prüft eine Förderung aus dem Programm „Sportland“. Zur Schließzeit:',
      '• mindestens zwölf Monate,',
      '– davon sechs Monate ohne Schulschwimmen.',
    ])
  })

  it('reads LibreOffice lists: one abstract list per list, a start value of 3, upper roman', async () => {
    expect(await paragraphsOf(fixture('libreoffice-sportstaetten.docx'))).toEqual([
      'Anfrage der FDP-Fraktion',
      'betr.: Belegung der städtischen Sportstätten',
      'Wir bitten um die Beantwortung der folgenden Fragen:',
      '1. Wie viele Vereine nutzen die städtischen Sporthallen?',
      // LibreOffice's HTML import numbers <ol type="a"> as "a."
      'a. Wie viele davon im Kinder- und Jugendbereich?',
      'b. Wie viele im Seniorensport?',
      '2. Nach welchen Kriterien werden die Hallenzeiten vergeben?',
      'Ergänzend fragen wir:',
      '3. Welche Hallen sind derzeit wegen Mängeln gesperrt?',
      '4. Wann werden sie wieder freigegeben?',
      'Stellungnahme',
      'I. Hallennutzung',
      'II. Vergabe',
      'Die Verwaltung verweist auf die Hallenordnung.',
    ])
  })
})

describe('DOCX errors', () => {
  it('a DOCX cut off in the middle is corrupt', async () => {
    expect(await errorOf(fixture('abgeschnitten.docx'))).toEqual({
      code: 'corrupt',
      message: 'The Word document is damaged or incomplete: its ZIP container cannot be read.',
    })
  })

  it('a DOCX whose document.xml breaks off is corrupt', async () => {
    expect(await errorOf(fixture('kaputtes-xml.docx'))).toEqual({
      code: 'corrupt',
      message: 'The Word document is damaged: its part word/document.xml is not well-formed XML.',
    })
  })

  it('a DOCX without text in its body is empty, even with text in its header', async () => {
    expect(await errorOf(fixture('leer.docx'))).toEqual({ code: 'empty', message: 'The Word document contains no text.' })
  })

  it('a password-protected Word file is encrypted, not an old .doc', async () => {
    expect(await errorOf(fixture('passwortgeschuetzt.docx'))).toEqual({
      code: 'encrypted',
      message: 'The Word document is password-protected; open it in Word, remove the password and save it again.',
    })
  })
})

describe('CLI on a DOCX', () => {
  it('prints the restored labels in front of the list items', () => {
    const cli = fileURLToPath(new URL('../src/node/cli.ts', import.meta.url))
    const file = fileURLToPath(new URL('../fixtures/docx/grosse-anfrage-gliederung.docx', import.meta.url))
    const output = execFileSync(process.execPath, ['--import', 'tsx', cli, 'parse', file, '--format', 'text'], { encoding: 'utf8' })
    expect(output).toContain('\nI. Ausstattung der Schulen\n1. Wie viele Schulen des Kreises verfügen über einen Glasfaseranschluss?\n')
    expect(output).toContain('\n1.2.1 Außenstellen\n')
  })

  it('reports a password-protected file on stderr with exit code 3 and no stack trace', () => {
    const cli = fileURLToPath(new URL('../src/node/cli.ts', import.meta.url))
    const file = fileURLToPath(new URL('../fixtures/docx/passwortgeschuetzt.docx', import.meta.url))
    let failure: { status: number | null; stderr: string } | undefined
    try {
      execFileSync(process.execPath, ['--import', 'tsx', cli, 'parse', file], { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      failure = error as { status: number | null; stderr: string }
    }
    expect(failure?.status).toBe(3)
    expect(failure?.stderr).toContain('encrypted: The Word document is password-protected')
    expect(failure?.stderr).not.toMatch(/\n\s+at /)
  })
})
