/**
 * Metadata a document prints after its head (texts of our own writing): Baden-Württemberg's date and signature
 * under the questions and its title block after them, a title the layout cut from its "Thema:" label, an answer
 * Drucksache's header date as the answer's, and the weak cues ("vom" in a sentence) behind the strong ones; an
 * answer's covering note and the printer's imprint; the last paragraph of a copy cut off, which is no heading.
 */
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/parse.js'
import { looksLikeHeading } from '../src/structure/cues.js'
import { extractMeta } from '../src/structure/meta.js'

describe('after the questions', () => {
  it("reads BW's signed date, title block and answer letter when the head holds only the receipt line", () => {
    const head = [
      'Landtag von Baden-Württemberg 17. Wahlperiode Drucksache 17 / 2468 03. 04. 2023 Eingegangen: 03. 04. 2023 / Ausgegeben: 10. 05. 2023 Kleine Anfrage',
      'Ich frage die Landesregierung:',
    ]
    const after = [
      '1. Wie viele Hallenbäder im Land sind derzeit geschlossen?',
      '2. Welche Mittel stehen für ihre Sanierung bereit? 28. 03. 2023 Weber, Kaya GRÜNE Kleine Anfrage der Abg. Lea Weber und Deniz Kaya GRÜNE und Antwort des Ministeriums für Kultus, Jugend und Sport Geschlossene Hallenbäder im Land Drucksachen und Plenarprotokolle sind im Internet abrufbar.',
      'A n t w o r t Mit Schreiben vom 21. April 2023 Nr. 54-6410/3 beantwortet das Ministerium für Kultus, Jugend und Sport die Kleine Anfrage wie folgt:',
    ]
    expect(extractMeta(head, after)).toMatchObject({
      reference: '17/2468',
      date: '2023-03-28',
      inquiryDate: '2023-03-28',
      replyDate: '2023-04-21',
      title: 'Geschlossene Hallenbäder im Land',
      submitter: 'Lea Weber und Deniz Kaya (GRÜNE)',
      body: 'Landtag von Baden-Württemberg',
      hasReply: true,
    })
  })

  it('keeps the receipt date when nobody signs under the questions', () => {
    const head = ['Landtag von Baden-Württemberg Drucksache 17 / 2468 Eingegangen: 03. 04. 2023 / Ausgegeben: 10. 05. 2023 Kleine Anfrage']
    expect(extractMeta(head, ['1. Wie viele Hallenbäder sind geschlossen?']).inquiryDate).toBe('2023-04-03')
  })

  it('takes no date of a law a sentence cites over the receipt line', () => {
    const head = [
      'Gesetzentwurf',
      'Eingegangen: 4.5.2022 / Ausgegeben: 9.5.2022',
      'Die Gemeindeordnung vom 24. Juli 2000 (GBl. S. 581) wird wie folgt geändert:',
    ]
    expect(extractMeta(head).date).toBe('2022-05-04')
  })

  it('reads a title the layout cut from its "Thema:" label, or from "… und Antwort"', () => {
    const thema = extractMeta(
      ['Kleine Anfrage des Abgeordneten Jan Beispiel (SPD) Drs.-Nr.: 7/1234 Thema:'],
      [
        'Pegelstände der Mulde Sehr geehrter Herr Präsident, namens der Staatsregierung beantworte ich die Kleine Anfrage wie folgt:',
        'Frage 1: Wie hoch stand die Mulde?',
      ]
    )
    expect(thema.title).toBe('Pegelstände der Mulde')
    const answer = extractMeta(
      [
        'Drucksache 17 / 12 345 Kleine Anfrage 17. Wahlperiode Kleine Anfrage der Abgeordneten Eva Muster (GRÜNE) vom 3. Mai 2013 (Eingang beim Abgeordnetenhaus am 6. Mai 2013) und Antwort',
      ],
      [
        'Trinkwasserbrunnen in Parks',
        'Die Drucksachen des Abgeordnetenhauses sind bei der Kulturbuch-Verlag GmbH zu beziehen.',
        'Im Namen des Senats von Berlin beantworte ich Ihre Kleine Anfrage wie folgt:',
      ]
    )
    expect(answer.title).toBe('Trinkwasserbrunnen in Parks')
  })

  it('reads no title from the next paragraph when the head ends without a label', () => {
    expect(
      extractMeta(
        ['Kleine Anfrage des Abgeordneten Jan Beispiel (SPD)'],
        ['Pegelstände der Mulde Sehr geehrter Herr Präsident, wir fragen:']
      ).title
    ).toBeNull()
  })
})

describe('an answer Drucksache', () => {
  it('is dated the day of the answer in its header, and the quoted inquiry keeps its own date', () => {
    const head = [
      '04.11.2019 Drucksache 6/7788 Thüringer Landtag 6. Wahlperiode Druck: Thüringer Landtag, 20. November 2019 Radwege im Ilm-Kreis Die Kleine Anfrage 2010 vom 2. September 2019 hat folgenden Wortlaut:',
    ]
    expect(extractMeta(head)).toMatchObject({
      reference: '6/7788',
      inquiryReference: '2010',
      inquiryDate: '2019-09-02',
      replyDate: '2019-11-04',
      date: '2019-09-02',
    })
  })

  it("keeps an inquiry Drucksache's header date out of the reply's", () => {
    expect(
      extractMeta(['Drucksache 8/1200 8. Wahlperiode 12.03.2024 Kleine Anfrage des Abgeordneten Jan Muster, Fraktion der SPD']).replyDate
    ).toBeNull()
  })

  it('holds the answer when a BW title block says so, though the parser finds no reply', async () => {
    const text = [
      'Landtag von Baden-Württemberg Drucksache 17 / 2468 Kleine Anfrage Ich frage die Landesregierung:',
      '1. Wie viele Hallenbäder sind geschlossen? 2. Wer zahlt ihre Sanierung? 28. 03. 2023 Weber GRÜNE Kleine Anfrage der Abg. Lea Weber GRÜNE und Antwort des Ministeriums für Kultus, Jugend und Sport Geschlossene Hallenbäder Drucksachen und Plenarprotokolle sind im Internet abrufbar.',
    ].join('\n\n')
    const inquiry = await parseInquiry(new TextEncoder().encode(text))
    expect(inquiry.meta).toMatchObject({ hasReply: true, submitter: 'Lea Weber (GRÜNE)', inquiryDate: '2023-03-28' })
  })
})

describe("a letterhead's first line", () => {
  it.each([
    ['Kreistag des Landkreises Birkental'],
    ['Landkreis Birkental'],
    ['Gemeinde Wiesenau'],
    ['Bezirksverordnetenversammlung Lichtenfeld-Ost'],
  ])('"%s" is neither the title nor the submitter', (first) => {
    const meta = extractMeta([first, 'Anfrage', 'Zustand der Radwege im Kreis', 'Wir bitten um Beantwortung der folgenden Fragen:'])
    expect(meta.title).not.toBe(first)
    expect(meta.submitter).toBeNull()
  })

  it('is the title on a web page that starts with it, and a member\'s name above "Anfrage" is the submitter', () => {
    expect(extractMeta(['Zustand der Radwege im Kreis', 'Anfrage der SPD-Fraktion']).title).toBe('Zustand der Radwege im Kreis')
    expect(extractMeta(['Jana Beispiel', 'Anfrage zur Ratssitzung am 3. Mai 2024']).submitter).toBe('Jana Beispiel')
  })
})

describe('the body of every council type', () => {
  it.each([
    ['Stadtverordnetenversammlung der Stadt Birkenfelde', 'Stadtverordnetenversammlung der Stadt Birkenfelde'],
    ['Gemeinderat Wiesental', 'Gemeinderat Wiesental'],
    ['Stadtrat der Stadt Moosburg', 'Stadtrat der Stadt Moosburg'],
    ['Rat der Stadt Lindenfurt', 'Rat der Stadt Lindenfurt'],
    ['Kreistag des Landkreises Erlenau', 'Kreistag des Landkreises Erlenau'],
    ['Bezirksverordnetenversammlung Spreeufer', 'Bezirksverordnetenversammlung Spreeufer'],
    ['Bezirksvertretung 4', 'Bezirksvertretung 4'],
    ['Bezirksversammlung Altona-Süd', 'Bezirksversammlung Altona-Süd'],
    ['Ortsbeirat 11', 'Ortsbeirat 11'],
    ['Ortschaftsrat Unterweiler', 'Ortschaftsrat Unterweiler'],
    ['Beirat Hafenviertel', 'Beirat Hafenviertel'],
    ['Marktgemeinderat Oberhaching-Nord', 'Marktgemeinderat Oberhaching-Nord'],
    ['Gemeindevertretung Seedorf', 'Gemeindevertretung Seedorf'],
    ['Samtgemeinderat Heideland', 'Samtgemeinderat Heideland'],
    ['Verbandsgemeinderat Moseltal', 'Verbandsgemeinderat Moseltal'],
    ['Regionalversammlung Mittelrhein-Ost', 'Regionalversammlung Mittelrhein-Ost'],
  ])('%s → %s', (line, body) => {
    expect(extractMeta([line, 'Anfrage der SPD-Fraktion']).body).toBe(body)
  })

  it('names the place up to a separator, and by its whole name from the postcode line', () => {
    expect(extractMeta(['Stadt Wiesenau · Stadtverordnetenversammlung', 'Anfrage der CDU-Fraktion']).body).toBe(
      'Stadtverordnetenversammlung Wiesenau'
    )
    expect(
      extractMeta([
        'Jana Beispiel',
        'Gartenweg 3',
        '84000 Altdorf a. d. Vils',
        'Altdorf, 2. Mai 2024',
        'Anfrage gemäß § 30 der Geschäftsordnung für den Stadtrat',
      ]).body
    ).toBe('Stadtrat Altdorf a. d. Vils')
  })
})

describe('the body a reader infers', () => {
  it.each([
    ['An den', 'Magistrat der Stadt Wiesenau', 'Stadtverordnetenversammlung Wiesenau'],
    ['An den', 'Gemeindevorstand der Gemeinde Seedorf', 'Gemeindevertretung Seedorf'],
    ['An das', 'Bürgermeisteramt der Gemeinde Erlenbach', 'Gemeinderat Erlenbach'],
    ['An die', 'Oberbürgermeisterin der Stadt Moosburg', 'Stadtrat Moosburg'],
    ['An den', 'Kreisausschuss des Landkreises Erlenau', 'Kreistag des Landkreises Erlenau'],
    ['An das', 'Bezirksamt Spreeufer', 'Bezirksverordnetenversammlung Spreeufer'],
  ])('from the office addressed: %s %s → %s', (opener, office, body) => {
    expect(extractMeta(['Anfrage der SPD-Fraktion', opener, office, 'Betreff: Radwege']).body).toBe(body)
  })

  it.each([
    ['beantworte ich die Kleine Anfrage im Einvernehmen mit dem Hessischen Ministerium der Finanzen wie folgt:', 'Hessischer Landtag'],
    [
      'Die Landesregierung beantwortet die Kleine Anfrage wie folgt: Mecklenburg-Vorpommern hat viele Moore.',
      'Landtag Mecklenburg-Vorpommern',
    ],
    ['namens der Sächsischen Staatsregierung beantworte ich die Kleine Anfrage wie folgt:', 'Sächsischer Landtag'],
    ['Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:', 'Abgeordnetenhaus Berlin'],
    ['Der Senat der Freien Hansestadt Bremen beantwortet die Anfrage wie folgt:', 'Bremische Bürgerschaft'],
  ])('from the government that answers: %s → %s', (sentence, body) => {
    expect(extractMeta(['Kleine Anfrage des Abgeordneten Jan Muster (SPD)'], [sentence, '1. Wie viele?']).body).toBe(body)
  })

  it('infers no Landtag from a Land named without a government', () => {
    expect(extractMeta(['Anfrage der SPD-Fraktion', 'Betreff: Radwege zwischen Hessen und Thüringen']).body).toBeNull()
  })
})

describe('submitter, title and number in more forms', () => {
  it('reads "der Fraktion der SPD" under the kind, and the names who sign for it', () => {
    expect(extractMeta(['Gesetzentwurf', 'der Fraktion der SPD', 'Gesetz zur Änderung des Wahlgesetzes']).submitter).toBe(
      'Fraktion der SPD'
    )
    const signed = extractMeta(
      ['Antrag', 'der Fraktion der FDP/DVP', 'Radwege an Landesstraßen'],
      ['Der Landtag wolle beschließen, die Landesregierung zu ersuchen,', '14.3.2023', 'Huber, Kaya und Fraktion', 'Begründung']
    )
    expect(signed).toMatchObject({ submitter: 'Huber, Kaya (Fraktion der FDP/DVP)', date: '2023-03-14' })
  })

  it('reads "Kleine Anfrage und Antwort: <title>" and a council system\'s "Vorlage - <number>"', () => {
    expect(extractMeta(['Drucksache 8/1111', 'Kleine Anfrage und Antwort: Schulbusse im Landkreis']).title).toBe('Schulbusse im Landkreis')
    expect(extractMeta(['Vorlage - AN/0099/2024', 'Betreff: Sporthallen']).reference).toBe('AN/0099/2024')
  })

  it('ends a "betreffend" title before the answer\'s line', () => {
    expect(
      extractMeta([
        'Kleine Anfrage des Abg. Muster (SPD) vom 03.11.2023 betreffend Radwege und Brücken im Kreis und Antwort des Ministers für Verkehr',
      ]).title
    ).toBe('Radwege und Brücken im Kreis')
  })
})

describe('a title that opens with an office', () => {
  it('stays the title: "Bezirksamt im Verzug – …" names no place', () => {
    expect(extractMeta(['Bezirksamt im Verzug – Wann kommt die Antwort?', 'Fragestellerin: Jana Beispiel']).title).toBe(
      'Bezirksamt im Verzug – Wann kommt die Antwort?'
    )
  })
})

describe('council pages and letters', () => {
  it('reads the date of "am … folgende Anfrage", the reply heading\'s date and the group beside a labelled name', () => {
    const head = [
      'Warum dauert die Antwort so lange?',
      'Fragesteller: Tom Beispiel',
      'Im Rahmen einer Mündlichen Anfrage (Drs.Nr. 1200/XXI) richtete Tom Beispiel, Bezirksverordneter der FDP-Fraktion Spreeufer, am 4. Mai 2025 folgende Anfrage an das Bezirksamt Spreeufer:',
    ]
    const after = [
      '1. Wie viele Anfragen sind offen?',
      'Antwort des Bezirksamts Spreeufer: Drs.Nr. 1200/XXI vom 14.05.2025',
      'Sehr geehrter Herr Vorsteher,',
    ]
    expect(extractMeta(head, after)).toMatchObject({
      inquiryDate: '2025-05-04',
      date: '2025-05-04',
      replyDate: '2025-05-14',
      submitter: 'Tom Beispiel (FDP)',
      reference: '1200/XXI',
      title: 'Warum dauert die Antwort so lange?',
    })
  })

  it("gives a name atop a page the group of the head's own line, and leaves a faction as it is", () => {
    expect(
      extractMeta(['Jana Beispiel', 'Anfragen', 'Fraktion DIE LINKE im Stadtrat Erlenau', 'Anfrage Nr.: AF0100/24', 'Datum: 03.03.2024'])
        .submitter
    ).toBe('Jana Beispiel (Fraktion DIE LINKE)')
    expect(
      extractMeta(['Fraktion Bunte Liste Erlenau', 'An das', 'Bürgermeisteramt der Gemeinde Erlenau', 'Betreff: Anfrage – Radwege'])
        .submitter
    ).toBe('Fraktion Bunte Liste Erlenau')
  })

  it('reads "Anfrage von Kreisrat …, Fraktionsvorsitzender der …" with its one-word title and the Kreistag the head names alone', () => {
    const head = [
      'Anfrage von Kreisrätin Eva Muster, Fraktionsvorsitzende der Freien Wähler-Kreistagsfraktion, vom 02.02.2024;',
      'Hochwasserschutz',
      'Die Anfrage hat folgenden Wortlaut:',
      'Viele Mitglieder des Kreistags fragen sich, wie es weitergeht.',
    ]
    expect(extractMeta(head)).toMatchObject({
      submitter: 'Eva Muster (Freie Wähler-Kreistagsfraktion)',
      title: 'Hochwasserschutz',
      date: '2024-02-02',
      body: 'Kreistag',
    })
  })

  it("takes a letter's date line for the inquiry's date, and the kind printed below the questions", () => {
    expect(
      extractMeta([
        '03.12.2023',
        'Sehr geehrter Herr Stadtverordnetenvorsteher,',
        'die Stadtverordneten der Ofa-Fraktion richten diese Anfrage an Sie.',
      ]).inquiryDate
    ).toBe('2023-12-03')
    expect(
      extractMeta(
        [],
        ['1. Wie oft reisen Delegationen ins Ausland?', '2. Was kosten die Reisen?', '>> Diese Anfrage als PDF herunterladen']
      ).kind
    ).toBe('anfrage')
  })

  it("ends a one-line head's title where the first sentence begins", () => {
    const head = [
      'Schriftliche Anfrage des Abgeordneten Jan Muster FREIE WÄHLER vom 03.04.2019 Schulbusse im Landkreis Erlenau Teil 2 Eine Reihe von Eltern hat sich an mich gewandt, weil die Busse überfüllt sind.',
    ]
    expect(extractMeta(head).title).toBe('Schulbusse im Landkreis Erlenau Teil 2')
  })
})

describe('what an answer Drucksache prints around its questions', () => {
  const head = [
    'LANDTAG NORDRHEIN-WESTFALEN 18. Wahlperiode Drucksache 18/4420 12.06.2023',
    'Antwort der Landesregierung auf die Kleine Anfrage 1502 vom 10. Mai 2023 der Abgeordneten Petra Lindner SPD Drucksache 18/4180',
    'Vorbemerkung der Kleinen Anfrage Die Beantwortung der Anfrage 1311 erfolgte mit Schreiben vom 2. März 2023.',
    'Die Ministerin für Schule und Bildung hat die Kleine Anfrage 1502 mit Schreiben vom 9. Juni 2023 namens der Landesregierung beantwortet.',
  ]

  it("dates the answer by its covering note, past the Vorbemerkung, over the print's header date", () => {
    expect(extractMeta(head).replyDate).toBe('2023-06-09')
  })

  it('reads the covering note after the questions too', () => {
    const after = [
      '1. Wie viele Grundschulen bieten Schwimmunterricht an?',
      'Das Ministerium hat die Kleine Anfrage namens der Landesregierung mit Schreiben vom 3. Mai 2018 wie folgt beantwortet:',
    ]
    expect(extractMeta(head.slice(0, 2), after).replyDate).toBe('2018-05-03')
  })

  it("names the parliament by the printer's imprint when nothing else does", () => {
    const after = ['1. Ist eine Ausweitung geplant?', 'Zu Frage 1: Nein.', 'Druck: Landtag Rheinland-Pfalz, 15. Mai 2018']
    expect(extractMeta(['Drucksache 17/2291', 'Kleine Anfrage der Abgeordneten Sabine Kolb (FDP)'], after).body).toBe(
      'Landtag Rheinland-Pfalz'
    )
    expect(extractMeta(['Kleine Anfrage'], ['1. Wer?', 'Herstellung: Kanzlei des Hessischen Landtags']).body).toBe('Hessischer Landtag')
  })
})

describe('a stored copy cut off', () => {
  it('a short last paragraph with a finished sentence inside is no heading: it answers', () => {
    const plain = { heading: null, bold: false }
    expect(looksLikeHeading('Siehe https://example.org/lagebild/. 3. Wie', plain)).toBe(false)
    expect(looksLikeHeading('Ja, im kommenden Schuljahr. 4. Wie', plain)).toBe(false)
    expect(looksLikeHeading('Zu Dr. Berg', plain)).toBe(true)
    expect(looksLikeHeading('Schulwege im Kreis', plain)).toBe(true)
  })
})

describe("a portal's page", () => {
  it('takes its section "Anfragen" for the kind and the line above the questions for the title', () => {
    const head = ['Anfragen', 'April 2019', 'Parkraum in Vegesack', 'März 2019:', 'Sanierung der Sporthalle Grohn']
    const meta = extractMeta(head, ['Erstens: Wann beginnt die Sanierung?'])
    expect(meta.kind).toBe('anfrage')
    expect(meta.title).toBe('Sanierung der Sporthalle Grohn')
  })

  it('takes no sentence and no date heading above the questions for a title', () => {
    expect(extractMeta(['Anfragen', 'Die Halle ist seit Mai gesperrt.'], ['1. Wann?']).title).toBeNull()
    expect(extractMeta(['Anfragen', 'März 2019:'], ['1. Wann?']).title).toBeNull()
  })
})

describe("a council group's page with one question", () => {
  const head = [
    'Anfrage z. T. Schülerbeförderung im ländlichen Raum',
    'Folgende Frage reichte unser Fraktionsmitglied Jonas Brehm für die Sitzung des Kreistages am 14.03.2022 ein:',
    'Der Landesrechnungshof hat in seinem Bericht an den Niedersächsischen Landtag die Kosten verglichen.',
    'Ich frage den Kreisausschuss:',
  ]
  const after = [
    'Welche Gründe sieht die Verwaltung für die höheren Kosten?',
    'Antwort:',
    'Der Landkreis Ammerland befördert viele Schüler mit Kleinbussen.',
  ]

  it('reads the title after "z. T." (zum Thema) and the member the group names', () => {
    const meta = extractMeta(head, after)
    expect(meta.title).toBe('Schülerbeförderung im ländlichen Raum')
    expect(meta.submitter).toBe('Jonas Brehm')
  })

  it('takes the council in whose session it is asked over a parliament the preamble mentions', () => {
    expect(extractMeta(head, after).body).toBe('Kreistag Ammerland')
    expect(extractMeta(['Anfrage zur Stadtratsberatung am 2. Oktober 2014', 'Der Landtag hat beschlossen.'], []).body).toBe('Stadtrat')
    // a head that names the council with its town keeps that name
    expect(extractMeta(['Stadtrat der Stadt Kellerbach', 'Anfrage zur Stadtratssitzung am 3. Mai 2024'], []).body).toBe(
      'Stadtrat der Stadt Kellerbach'
    )
  })
})

describe('letters', () => {
  it('reads a Drucksache number whose slash OCR read as a "1"', () => {
    const head = (n: string) => [`Kleine Anfrage des Abgeordneten Tobias Rehm (SPD) Drs.-Nr.: ${n} Thema: Landarztquote im Freistaat`]
    expect(extractMeta(head('7112345')).reference).toBe('7/12345')
    expect(extractMeta(head('615872')).reference).toBe('6/5872')
    expect(extractMeta(head('1715872')).reference).toBe('17/5872')
    // a number of another shape is left alone
    expect(extractMeta(head('4052')).reference).toBeNull()
  })

  it('takes the member who signs "gez." under the questions, with the group the letter says asks', () => {
    const head = ['03.12.2023', 'gemäß § 50 HGO richten die Stadtverordneten der Ofa-Fraktion die nachstehende Anfrage an Sie.']
    const after = ['1. Wann können wir mit einem Bericht rechnen?', 'gez.', 'Dr. Annette Muster', 'Fraktionsvorsitzende']
    expect(extractMeta(head, after).submitter).toBe('Dr. Annette Muster (Ofa-Fraktion)')
  })

  it('reads the office an inquiry is put to before a colon ("folgende Anfrage an das Bezirksamt Neukölln:")', () => {
    const meta = extractMeta([
      'Im Rahmen einer Mündlichen Anfrage richtete Marlies Muster am 26. März 2025 folgende Anfrage an das Bezirksamt Neukölln:',
    ])
    expect(meta.addressee).toBe('Bezirksamt Neukölln')
    expect(meta.body).toBe('Bezirksverordnetenversammlung Neukölln')
  })
})

describe('letterheads of councillors and groups', () => {
  it("takes the member on the letterhead's first line, with the group on the next", () => {
    const head = [
      'Stadtverordneter Dr. Matthias Berger',
      'Fraktion Wir für Talheim',
      'Talheim, den 15.01.2024',
      'Betreff: Zukunft der Stadtbibliothek',
    ]
    expect(extractMeta(head).submitter).toBe('Dr. Matthias Berger (Fraktion Wir für Talheim)')
  })

  it('takes the group named above "Fraktion im Gemeinderat"', () => {
    const head = ['FREIE WÄHLER Lindach', 'Fraktion im Gemeinderat', 'Herrn Bürgermeister', 'Anfrage gemäß § 24 Abs. 4 GemO']
    expect(extractMeta(head).submitter).toBe('FREIE WÄHLER Lindach')
  })

  it('takes no signature for the title where the head ends with one', () => {
    expect(extractMeta(['Anfragen', 'Mit freundlichen Grüßen', 'i. A. Stefanie Muster']).title).toBeNull()
    expect(extractMeta(['Anfragen', 'Stefanie Muster']).title).toBeNull()
  })
})

describe('titles of one-line answer heads', () => {
  it("reads the title after the inquiry's Drucksache behind the party (NRW)", () => {
    const head = [
      'Antwort der Landesregierung auf die Kleine Anfrage 1502 vom 10. Mai 2023 der Abgeordneten Petra Lindner SPD Drucksache 18/4180 Schwimmkurse an Grundschulen Vorbemerkung der Kleinen Anfrage Viele Kinder können nicht schwimmen.',
    ]
    expect(extractMeta(head).title).toBe('Schwimmkurse an Grundschulen')
  })

  it('reads the title after the answering ministry, up to "Die Kleine Anfrage … vom" (Rheinland-Pfalz)', () => {
    const head = [
      'Drucksache 17/2291 K l e i n e A n f r a g e der Abgeordneten Sabine Kolb (FDP) und A n t w o r t des Ministeriums für Umwelt, Energie und Ernährung Streuobstwiesen im Westerwald Die Kleine Anfrage 1077 vom 6. April 2018 hat folgenden Wortlaut:',
    ]
    expect(extractMeta(head).title).toBe('Streuobstwiesen im Westerwald')
  })
})
