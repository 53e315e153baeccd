/**
 * Plain text as real documents come: line breaks lost (one long line), wrapped at a fixed width across its
 * markers, page breaks as form feeds, short cover-page lines, letter-spaced headings, printer's imprints, a
 * running header glued to a question, an answer one newline below its question. And the run-on cutter stays
 * linear on a megabyte of adversarial one-line text.
 */
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import { unspaceLetters } from '../src/layout/letter-spacing.js'
import { splitRunOn } from '../src/layout/run-on.js'
import { loadDocument } from '../src/load/index.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const layoutOf = async (text: string) => layoutDocument(await loadDocument(utf8(text)))
const paragraphsOf = async (text: string) => (await layoutOf(text)).paragraphs.map((p) => p.text)

describe('text whose line breaks were lost', () => {
  const oneLine = [
    'Kleine Anfrage der Abgeordneten Anna Berg (SPD) vom 3. Mai 2024 Schulwegsicherheit Seit dem 1. August 2023 gilt nach § 3 Abs. 2 der Satzung eine neue Regel, die auch die 2. Klassen betrifft.',
    'Ich frage die Landesregierung:',
    '1. Wie viele Schulwege wurden seit dem 1. Januar 2024 geprüft?',
    '2. Welche Mittel nach Nr. 2 der Richtlinie (Drs. 18/123) stehen dafür bereit?',
    'Namens der Landesregierung beantwortet das Ministerium die Kleine Anfrage wie folgt:',
    'Zu Frage 1: Es wurden 48 Schulwege geprüft. 3. Klassen waren nicht Gegenstand der Prüfung.',
    'Zu Frage 2: Bereit stehen 1.250.000 Euro. Das sind 2. Tranchen zu je 625.000 Euro.',
    'Potsdam, den 12. Juni 2024',
    'Mit freundlichen Grüßen',
  ]

  it('cuts at the lead-in, the numbered questions in sequence and the reply markers, and nowhere else', async () => {
    expect(await paragraphsOf(oneLine.join(' '))).toEqual(oneLine)
  })

  it('numbers only in sequence: a "3." after a sentence stays, where 3 is not the next item', () => {
    expect(splitRunOn('Wir fragen: 1. Wie oft? Das war so. 3. Klassen auch. 2. Wer zahlt?', true)).toEqual([
      'Wir fragen:',
      '1. Wie oft?',
      'Das war so. 3. Klassen auch.',
      '2. Wer zahlt?',
    ])
  })

  it('cuts an answer from its question where no label stands between (line breaks lost)', () => {
    const text =
      'Frage 1. Wie viele Anträge gab es 2023? (Bitte nach Monaten) Es gab 412 Anträge. Frage 2. Wie viele wurden bewilligt? Wenn nein, warum nicht? Bewilligt wurden 380.'
    expect(splitRunOn(text, true)).toEqual([
      'Frage 1. Wie viele Anträge gab es 2023? (Bitte nach Monaten)',
      'Es gab 412 Anträge.',
      'Frage 2. Wie viele wurden bewilligt? Wenn nein, warum nicht?',
      'Bewilligt wurden 380.',
    ])
  })

  it('splits letter items and "Antwort zu a) und b):", "zu den Fragen 1 und 2:", "Antwort des Senats:"', () => {
    expect(
      splitRunOn('beantworte ich wie folgt: a) Wie ist das Verfahren? b) Wie lange dauert es? Antwort zu a) und b): Drei Wochen.', true)
    ).toEqual(['beantworte ich wie folgt:', 'a) Wie ist das Verfahren?', 'b) Wie lange dauert es?', 'Antwort zu a) und b): Drei Wochen.'])
    expect(splitRunOn('Frage 2: Wer zahlt? zu den Fragen 1 und 2: Nein. Antwort des Senats: Ja.', true)).toEqual([
      'Frage 2: Wer zahlt?',
      'zu den Fragen 1 und 2: Nein.',
      'Antwort des Senats: Ja.',
    ])
  })

  it('cuts decimal numbers in sequence and leaves an amount in its sentence', () => {
    expect(
      splitRunOn('Ich frage: 1.1 Wie viele gibt es? 1.2 Wer zahlt? Es sind 1.5 Millionen Euro. 2.1 Wann beginnt der Bau?', true)
    ).toEqual(['Ich frage:', '1.1 Wie viele gibt es?', '1.2 Wer zahlt?', 'Es sind 1.5 Millionen Euro.', '2.1 Wann beginnt der Bau?'])
  })

  it('cuts a dated answer heading without colon, and the list that starts again under it', () => {
    const text =
      'Wir fragen: 1. Wie viele gibt es? 2. Wer zahlt? Antwort des Ministeriums für Bau vom 3. Mai 2020 1. Wie viele gibt es? Es sind zwölf. 2. Wer zahlt? Das Land.'
    expect(splitRunOn(text, true)).toEqual([
      'Wir fragen:',
      '1. Wie viele gibt es?',
      '2. Wer zahlt?',
      'Antwort des Ministeriums für Bau vom 3. Mai 2020',
      '1. Wie viele gibt es?',
      'Es sind zwölf.',
      '2. Wer zahlt?',
      'Das Land.',
    ])
  })

  it('keeps a request sentence with its question and cuts the answer after it; a question may open with a preposition', () => {
    const text =
      'Ich frage den Senat: 1. Welche Brücken sind gesperrt? Bitte jeweils den Grund angeben. Keine. 2. Seit wann gilt das, z. B. für die Elbbrücke? Seit Mai.'
    expect(splitRunOn(text, true)).toEqual([
      'Ich frage den Senat:',
      '1. Welche Brücken sind gesperrt? Bitte jeweils den Grund angeben.',
      'Keine.',
      '2. Seit wann gilt das, z. B. für die Elbbrücke?',
      'Seit Mai.',
    ])
  })

  it('cuts "Frage 1:" after a head\'s bracket and a letter-spaced heading without a stop before it', () => {
    expect(
      splitRunOn(
        'Anfrage vom 3. Mai (Eingang am 6. Mai 2019) Frage 1: Wie oft? Drucksache 16 / 1554 2 A n t w o r t Mit Schreiben vom 7. Mai',
        true
      )
    ).toEqual([
      'Anfrage vom 3. Mai (Eingang am 6. Mai 2019)',
      'Frage 1: Wie oft?',
      'Drucksache 16 / 1554 2',
      'A n t w o r t',
      'Mit Schreiben vom 7. Mai',
    ])
  })

  it('ends a question at a request in brackets, or at an aside after its "?", and opens letters "a." mid-sentence', () => {
    expect(
      splitRunOn(
        'Wir fragen: 1. Wie viele warten (bitte nach Gemeinden aufschlüsseln) 2. Wie viele Plätze gibt es in den Bezirken a. Auf Antrag genehmigt? (vgl. § 68 (1) GewO) b. Vom Bezirksamt veranstaltet?',
        true
      )
    ).toEqual([
      'Wir fragen:',
      '1. Wie viele warten (bitte nach Gemeinden aufschlüsseln)',
      '2. Wie viele Plätze gibt es in den Bezirken',
      'a. Auf Antrag genehmigt? (vgl. § 68 (1) GewO)',
      'b. Vom Bezirksamt veranstaltet?',
    ])
  })

  it('goes on from decimal numbers to the next plain number and its decimals', () => {
    expect(
      splitRunOn('Ich frage: 1.1 Wie viele gibt es? 1.2 Wer zahlt? 2. Welche Ziele gibt es? 2.1 Wann beginnt der Bau? 3. Wer plant?', true)
    ).toEqual([
      'Ich frage:',
      '1.1 Wie viele gibt es?',
      '1.2 Wer zahlt?',
      '2. Welche Ziele gibt es?',
      '2.1 Wann beginnt der Bau?',
      '3. Wer plant?',
    ])
  })

  it('starts a question on the line after a full line that ends a request in brackets', async () => {
    const text = [
      'Wir fragen die Verwaltung nach den Plätzen in den Kindertagesstätten des Kreises und',
      'bitten um die Beantwortung der folgenden Fragen:',
      '1. Wie viele Kinder unter drei Jahren warteten zum 1. März auf einen Platz in einer Kita',
      'in den Gemeinden des Kreises Wesertal (bitte nach Gemeinden aufschlüsseln)',
      '2. Wer zahlt das?',
    ].join('\n')
    expect(await paragraphsOf(text)).toEqual([
      'Wir fragen die Verwaltung nach den Plätzen in den Kindertagesstätten des Kreises und bitten um die Beantwortung der folgenden Fragen:',
      '1. Wie viele Kinder unter drei Jahren warteten zum 1. März auf einen Platz in einer Kita in den Gemeinden des Kreises Wesertal (bitte nach Gemeinden aufschlüsseln)',
      '2. Wer zahlt das?',
    ])
  })

  it('gives a number without text of its own a paragraph, so that its first letter starts a line', async () => {
    expect(await paragraphsOf('Wir fragen:\n\n1. a) Wie viele gibt es?\n\nb) Wer zahlt?\n\nII. 1. Wann beginnt der Bau?')).toEqual([
      'Wir fragen:',
      '1.',
      'a) Wie viele gibt es?',
      'b) Wer zahlt?',
      'II.',
      '1. Wann beginnt der Bau?',
    ])
  })

  it('keeps a reference to other questions inside a sentence ("zu den Kosten:")', () => {
    expect(
      splitRunOn('Die Stadt erklärt dazu Folgendes. Zu den Kosten: siehe Anlage. Wir verweisen auf Frage 2 der Drs. 7/12.', true)
    ).toEqual(['Die Stadt erklärt dazu Folgendes. Zu den Kosten: siehe Anlage. Wir verweisen auf Frage 2 der Drs. 7/12.'])
  })

  it('cuts text wrapped at a fixed width where its markers fall mid-line', async () => {
    const wrapped = [
      'Landtag Musterland Drucksache 7/88 Antwort der Landesregierung. Wir fragen die',
      'Landesregierung: 1. Wie viele Schulen haben eine Mensa? 2. Wie viele Schulen',
      'planen eine? Namens der Landesregierung beantwortet der Minister die Anfrage',
      'wie folgt: Zu Frage 1: Es sind 212 Schulen. Zu Frage 2: Es sind 31 Schulen.',
    ].join('\n')
    expect(await paragraphsOf(wrapped)).toEqual([
      'Landtag Musterland Drucksache 7/88 Antwort der Landesregierung.',
      'Wir fragen die Landesregierung:',
      '1. Wie viele Schulen haben eine Mensa?',
      '2. Wie viele Schulen planen eine?',
      'Namens der Landesregierung beantwortet der Minister die Anfrage wie folgt:',
      'Zu Frage 1: Es sind 212 Schulen.',
      'Zu Frage 2: Es sind 31 Schulen.',
    ])
  })
})

describe('page breaks and cover pages of extracted text', () => {
  it('breaks at a form feed and drops the page number beside it', async () => {
    const text =
      'Frage 1: Wer plant?\nDie Planung liegt beim Land, wie es „im Gesetz vorgesehen ist.“ 1\fFrage 2: Wer baut?\nDer Bund baut.\n- 2 -\n\f3\nFrage 3: Wann?'
    expect(await paragraphsOf(text)).toEqual([
      'Frage 1: Wer plant?',
      'Die Planung liegt beim Land, wie es „im Gesetz vorgesehen ist.“',
      'Frage 2: Wer baut?',
      'Der Bund baut.',
      'Frage 3: Wann?',
    ])
  })

  it('splits a running header glued to a question and marks it as furniture', async () => {
    const layout = await layoutOf('Frage 3: Wer zahlt?\nDer Bund.\n\fDrucksache 18/123 – 3 – Frage 4: Wann wird gebaut?\nIm Jahr 2026.')
    expect(layout.paragraphs.map((p) => [p.text, p.furniture ?? false])).toEqual([
      ['Frage 3: Wer zahlt?', false],
      ['Der Bund.', false],
      ['Drucksache 18/123 – 3 –', true],
      ['Frage 4: Wann wird gebaut?', false],
      ['Im Jahr 2026.', false],
    ])
  })

  it('keeps short cover-page lines apart where a label or marker starts the line', async () => {
    const body =
      'Die Landesregierung hat die Anfrage im Einvernehmen mit dem Ministerium der Finanzen\nbeantwortet und dabei die Angaben der Landkreise und der kreisfreien Städte\nberücksichtigt, soweit sie bis zum Stichtag vorlagen und geprüft werden konnten.'
    const text = `Antwort\nder Bundesregierung\n1. Eine Frage?\nAntwort:\nEine Antwort.\n\n${body}`
    expect((await paragraphsOf(text)).slice(0, 4)).toEqual(['Antwort der Bundesregierung', '1. Eine Frage?', 'Antwort:', 'Eine Antwort.'])
  })

  it('parts a question from the answer one newline below it, but not from its own next question', async () => {
    const text = [
      'Frage 2. Wie viele Kleine Anfragen wurden in diesem Zeitraum fristgerecht beantwortet, nach',
      'Ministerien und nach dem Monat ihres Eingangs beim Landtag in Wiesbaden aufgeschlüsselt?',
      'Die Landesregierung hat im genannten Zeitraum 333 Kleine Anfragen beantwortet, davon 164',
      'fristgerecht. Eine Aufschlüsselung nach Ministerien ist als Anlage 1 beigefügt worden.',
      'Frage 3. Wie viele Anfragen wurden erst nach Ablauf der Frist beantwortet, aus welchen Gründen?',
      'Welche Ministerien waren davon in welchem Umfang betroffen?',
      'Nach Ablauf der Frist wurden 169 Anfragen beantwortet, meist wegen der Beteiligung',
      'mehrerer Ressorts, die ihre Beiträge zuerst untereinander abstimmen mussten, oder wegen',
      'des Umfangs der erbetenen Auskünfte, die aus den Akten zusammengetragen wurden.',
    ].join('\n')
    expect(await paragraphsOf(text)).toEqual([
      'Frage 2. Wie viele Kleine Anfragen wurden in diesem Zeitraum fristgerecht beantwortet, nach Ministerien und nach dem Monat ihres Eingangs beim Landtag in Wiesbaden aufgeschlüsselt?',
      'Die Landesregierung hat im genannten Zeitraum 333 Kleine Anfragen beantwortet, davon 164 fristgerecht. Eine Aufschlüsselung nach Ministerien ist als Anlage 1 beigefügt worden.',
      'Frage 3. Wie viele Anfragen wurden erst nach Ablauf der Frist beantwortet, aus welchen Gründen? Welche Ministerien waren davon in welchem Umfang betroffen?',
      'Nach Ablauf der Frist wurden 169 Anfragen beantwortet, meist wegen der Beteiligung mehrerer Ressorts, die ihre Beiträge zuerst untereinander abstimmen mussten, oder wegen des Umfangs der erbetenen Auskünfte, die aus den Akten zusammengetragen wurden.',
    ])
  })
})

describe('letter-spaced headings and imprints', () => {
  it('reads letter-spaced words as the words', () => {
    expect(unspaceLetters('V o r b e m e r k u n g  d e r  L a n d e s r e g i e r u n g')).toBe('Vorbemerkung der Landesregierung')
    expect(unspaceLetters('A N T W O R T')).toBe('ANTWORT')
    expect(unspaceLetters('B e g r ü n d u n g :')).toBe('Begründung:')
    expect(unspaceLetters('die Punkte a b c und d')).toBe('die Punkte a b c und d')
  })

  it('marks imprints and receipt lines as furniture and keeps them for the metadata', async () => {
    const text =
      'Zu Frage 1: Ja.\nEingegangen am 15. Dezember 2014 · Ausgegeben am 17. Dezember 2014\nHerstellung: Kanzlei des Landtags\nDruck: Landtag Musterland, 15. November 2016'
    const layout = await layoutOf(text)
    expect(layout.paragraphs.map((p) => [p.text, p.furniture ?? false])).toEqual([
      ['Zu Frage 1: Ja.', false],
      ['Eingegangen am 15. Dezember 2014 ·', true],
      ['Ausgegeben am 17. Dezember 2014', true],
      ['Herstellung: Kanzlei des Landtags', true],
      ['Druck: Landtag Musterland, 15. November 2016', true],
    ])
  })
})

describe('the shapes of real one-line answers', () => {
  it('takes a condition that states after the question as its answer, one that asks or says "ja" as the question', () => {
    expect(
      splitRunOn('Wir fragen: 1. Wird gebaut? Wenn die Stadt baut, zahlt das Land die Hälfte. 2. Wann? Falls ja, ab wann? Im Mai.', true)
    ).toEqual([
      'Wir fragen:',
      '1. Wird gebaut?',
      'Wenn die Stadt baut, zahlt das Land die Hälfte.',
      '2. Wann? Falls ja, ab wann?',
      'Im Mai.',
    ])
  })

  it('sets an unnumbered question after the lead-in on the same line apart from it', () => {
    expect(splitRunOn('Ich frage den Kreisausschuss: Welche Gründe sieht die Verwaltung für die höheren Kosten?', false)).toEqual([
      'Ich frage den Kreisausschuss:',
      'Welche Gründe sieht die Verwaltung für die höheren Kosten?',
    ])
    expect(splitRunOn('Ich frage den Senat: Die Stadt plant einen Neubau.', false)).toEqual([
      'Ich frage den Senat: Die Stadt plant einen Neubau.',
    ])
  })

  it('keeps a sentence after the "?" with its question where the answers are labelled, unless it leads into them', () => {
    expect(splitRunOn('Frage 1: Wer zahlt? Das ist strittig. Antwort zu 1: Das Land.', true)).toEqual([
      'Frage 1: Wer zahlt? Das ist strittig.',
      'Antwort zu 1: Das Land.',
    ])
    expect(
      splitRunOn('Wir fragen: 1. Wer zahlt? Das Ministerium hat die Anfrage am 3. Mai wie folgt beantwortet: Zu 1: Das Land.', true)
    ).toEqual(['Wir fragen:', '1. Wer zahlt?', 'Das Ministerium hat die Anfrage am 3. Mai wie folgt beantwortet:', 'Zu 1: Das Land.'])
  })

  it('cuts off a running header "LANDTAG … - 18. Wahlperiode Drucksache 18/4420 2" glued to the next question', () => {
    expect(
      splitRunOn(
        'Wir fragen: 1. Wer zahlt? Das Land. LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/4420 2 2. Wann? Im Mai.',
        true
      )
    ).toEqual([
      'Wir fragen:',
      '1. Wer zahlt?',
      'Das Land.',
      'LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/4420 2',
      '2. Wann?',
      'Im Mai.',
    ])
  })

  it('starts the question a stored copy cut short after its number and first word ("… 3. Wie"), and nothing else there', () => {
    expect(splitRunOn('Wir fragen: 1. Wer zahlt? Das Land. 2. Wann? Siehe https://example.org/plan/. 3. Wie', true)).toEqual([
      'Wir fragen:',
      '1. Wer zahlt?',
      'Das Land.',
      '2. Wann?',
      'Siehe https://example.org/plan/.',
      '3. Wie',
    ])
    // not the next number, or no question's word: the number stays in its sentence
    expect(splitRunOn('Wir fragen: 1. Wer zahlt? Das Land. 2. Wann? Siehe https://example.org/plan/. 4. Wie', true).at(-1)).toBe(
      'Siehe https://example.org/plan/. 4. Wie'
    )
    expect(splitRunOn('Wir fragen: 1. Wer zahlt? Das Land. 2. Wann? Siehe https://example.org/plan/. 3. Mai', true).at(-1)).toBe(
      'Siehe https://example.org/plan/. 3. Mai'
    )
  })

  it('cuts the signer’s name and office after the last answer, before the imprint', () => {
    expect(splitRunOn('Zu Frage 3: Nein. Dr. Helga Brandt Staatsministerin Druck: Landtag Rheinland-Pfalz, 15. Mai 2018', true)).toEqual([
      'Zu Frage 3: Nein.',
      'Dr. Helga Brandt Staatsministerin',
      'Druck: Landtag Rheinland-Pfalz, 15. Mai 2018',
    ])
    // a minister named inside an answer's sentence is no signature
    expect(splitRunOn('Zu Frage 3: Nein. Peter Beuth Staatsminister hat das geprüft.', true)).toEqual([
      'Zu Frage 3: Nein. Peter Beuth Staatsminister hat das geprüft.',
    ])
  })
})

describe('linear time', () => {
  // each run is a megabyte on one line; a cutter that rescans from every candidate would not finish
  const MB = 1 << 20
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length))

  it.each([
    [
      'numbered items in sequence',
      (() => {
        let s = 'Wir fragen: '
        for (let i = 1; s.length < MB; i++) s += `${i % 99}. Wie oft? `
        return s
      })(),
    ],
    ['question marks before parentheses', repeat('? (a ')],
    ['single letters', repeat('a ')],
    ['reply labels without colon', repeat('Zu 1 und ')],
    ['labels and headings', repeat('Frage 1 Antwort der Vorbemerkung Berlin, den ')],
    ['colons and numbers', repeat(': 1. ')],
    ['decimal numbers', repeat('? 1.1 Wie ')],
    ['letter-spaced headings and requests', repeat('? Bitte A n t w o r t ')],
    ['brackets after questions', repeat('? (vgl. (1) ) a. ')],
    ['titles and signers', repeat('Prof. Dr. Anna Berg Staatsminister Dr. ')],
    ['running headers of a Landtag', repeat('. LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/4420 2 ')],
    ['conditions after questions', repeat('? Wenn ja ')],
  ])(
    '%s',
    (_, text) => {
      const parts = splitRunOn(text, true)
      expect(parts.join('').length).toBeGreaterThan(MB / 2)
      expect(unspaceLetters(text).length).toBeGreaterThan(0)
    },
    20_000
  )

  it('cuts out a single question that carries no number, but not one in words glued at lost line ends', () => {
    expect(
      splitRunOn('Die Frage betrifft das Jahr 2023. Welche Linien fielen am 01.08.2023 aus? Keine. Eine Fahrt entfällt.', true)
    ).toEqual(['Die Frage betrifft das Jahr 2023.', 'Welche Linien fielen am 01.08.2023 aus?', 'Keine. Eine Fahrt entfällt.'])
    expect(splitRunOn('Sie hatte folgenden Inhalt. Wie hoch sind die Kosten?Wann wird gebaut?Die Antwort folgt.', true)).toEqual([
      'Sie hatte folgenden Inhalt. Wie hoch sind die Kosten?Wann wird gebaut?Die Antwort folgt.',
    ])
  })

  it('cuts a list of indirect questions in lower case parted by semicolons, not a lone "1." in lower case', () => {
    expect(splitRunOn('Der Magistrat wird gebeten zu berichten, 1. ob die Halle saniert wird; 2. wann dies geschieht.', false)).toEqual([
      'Der Magistrat wird gebeten zu berichten,',
      '1. ob die Halle saniert wird;',
      '2. wann dies geschieht.',
    ])
    expect(splitRunOn('Wie im Beschluss vom 4. Mai unter Punkt 1. beschrieben, 1. wird die Halle saniert.', false)).toHaveLength(1)
  })
})
