/**
 * Metadata as a reader fills it in, from heads in the shapes parliaments and councils print (texts of our own
 * writing): both numbers and both dates, the body by its own name, the submitter without the date tail, the title
 * from the forms a one-line head keeps, and whether the document holds the answer.
 */
import { describe, expect, it } from 'vitest'
import { parseInquiry } from '../src/parse.js'
import { extractMeta } from '../src/structure/meta.js'

const oneLine = (...parts: string[]): string[] => [parts.join(' ')]

describe('a head that lost its line breaks', () => {
  it('reads an Abgeordnetenhaus head: spaced number, both dates, submitter without the date tail, "zum Thema:"', () => {
    const head = oneLine(
      'Drucksache 19 / 12 345 Schriftliche Anfrage 19. Wahlperiode Schriftliche Anfrage der Abgeordneten Lena Beispiel (SPD)',
      'vom 04. März 2024 (Eingang beim Abgeordnetenhaus am 05. März 2024) zum Thema: Parkbänke im Volkspark Nord und Antwort',
      'vom 20. März 2024 (Eingang beim Abgeordnetenhaus am 21. März 2024) Im Namen des Senats von Berlin beantworte ich',
      'Ihre Schriftliche Anfrage wie folgt: 1. Wie viele Bänke stehen im Volkspark Nord?'
    )
    expect(extractMeta(head)).toMatchObject({
      kind: 'schriftliche-anfrage',
      reference: '19/12345',
      date: '2024-03-04',
      inquiryDate: '2024-03-04',
      replyDate: '2024-03-20',
      body: 'Abgeordnetenhaus Berlin',
      submitter: 'Lena Beispiel (SPD)',
      title: 'Parkbänke im Volkspark Nord',
      hasReply: true,
    })
  })

  it("keeps an answer's number and the inquiry's number, and the names with their group", () => {
    const head = oneLine(
      'Landtag Brandenburg 7. Wahlperiode Drucksache 7/4321 Antwort der Landesregierung auf die Kleine Anfrage 1500 der',
      'Abgeordneten Max Muster und Erika Beispiel der SPD-Fraktion Drucksache 7/4200 Radwege an Landesstraßen Wortlaut der',
      'Kleinen Anfrage 1500 vom 3. Mai 2021: Wir fragen die Landesregierung: 1. Wie lang sind die Radwege?'
    )
    expect(extractMeta(head)).toMatchObject({
      reference: '7/4321',
      inquiryReference: '7/4200',
      body: 'Landtag Brandenburg',
      submitter: 'Max Muster und Erika Beispiel (SPD-Fraktion)',
      inquiryDate: '2021-05-03',
      hasReply: true,
    })
  })

  it('reads "15/1284 (15/1217)", "Kleine Anfrage 1297", "Drs.Nr. 1773/XXI" and "Schriftliche Anfrage Nr. 19/20506"', () => {
    expect(extractMeta(['Drucksache 15/1284 (15/1217)', 'Antwort der Landesregierung'])).toMatchObject({
      reference: '15/1284',
      inquiryReference: '15/1217',
    })
    const quoted = extractMeta(
      oneLine(
        '12.10.2016 Drucksache 6/2901 Thüringer Landtag 6. Wahlperiode Druck: Thüringer Landtag, 1. November 2016',
        'Schulbusse im Ilm-Kreis Die Kleine Anfrage 1301 vom 2. August 2016 hat folgenden Wortlaut: Ich frage die Landesregierung: 1. Wie viele?'
      )
    )
    expect(quoted).toMatchObject({
      reference: '6/2901',
      inquiryReference: '1301',
      inquiryDate: '2016-08-02',
      title: 'Schulbusse im Ilm-Kreis',
      body: 'Thüringer Landtag',
      hasReply: true,
    })
    expect(extractMeta(['Stadtverordnetenversammlung Lindenau Drs.Nr. 1773/XXI']).reference).toBe('1773/XXI')
    expect(extractMeta(oneLine('Antwort auf die Schriftliche Anfrage Nr. 19/20506 vom 1. Juli 2024 über Spielplätze')).reference).toBe(
      '19/20506'
    )
  })

  it("takes the header line's date when no inquiry date is printed, and never the answer's letter for the inquiry's", () => {
    const head = oneLine(
      'Der Minister für Inneres hat namens der Landesregierung die Kleine Anfrage mit Schreiben vom 10. März 2015 beantwortet.',
      'LANDTAG MECKLENBURG-VORPOMMERN Drucksache 6/1234 6. Wahlperiode 12.03.2015 KLEINE ANFRAGE des Abgeordneten Karl Beispiel,',
      'Fraktion der SPD Winterdienst auf Kreisstraßen und ANTWORT der Landesregierung 1. Wer räumt die Kreisstraßen?'
    )
    expect(extractMeta(head)).toMatchObject({
      reference: '6/1234',
      date: '2015-03-12',
      inquiryDate: null,
      replyDate: '2015-03-10',
      body: 'Landtag Mecklenburg-Vorpommern',
      submitter: 'Karl Beispiel (Fraktion der SPD)',
      title: 'Winterdienst auf Kreisstraßen',
    })
  })

  it('ends a "Betr.:" title where the first sentence begins', () => {
    const head = oneLine(
      'BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 22/1234 22. Wahlperiode 05.02.21 Schriftliche Kleine Anfrage',
      'der Abgeordneten Jana Beispiel (CDU) vom 28.01.21 und Antwort des Senats Betr.: Laternen im Stadtpark (3) Die Antworten',
      'auf meine letzte Anfrage waren knapp. Ich frage den Senat: 1. Wie viele Laternen sind defekt?'
    )
    expect(extractMeta(head)).toMatchObject({
      body: 'Hamburgische Bürgerschaft',
      reference: '22/1234',
      title: 'Laternen im Stadtpark (3)',
      inquiryDate: '2021-01-28',
      submitter: 'Jana Beispiel (CDU)',
    })
  })

  it('keeps a long list of names under 200 characters, with its first names and the party', () => {
    const names = [
      'Anna Albers',
      'Bernd Brandt',
      'Clara Conrad',
      'Dieter Dahl',
      'Eva Ernst',
      'Frank Fuchs',
      'Gisela Graf',
      'Hans Hahn',
      'Ilse Imhof',
      'Jörg Jansen',
      'Karin Kurz',
      'Lutz Lange',
      'Monika Mohr',
      'Norbert Nagel',
      'Olga Ott',
      'Paul Peters',
      'Rita Rau',
      'Stefan Sauer',
    ]
    const submitter = extractMeta(
      oneLine(
        `Wortlaut der Anfrage der Abgeordneten ${names.join(', ')} und Maria Meyer (FDP), eingegangen am 15.01.2015 Fristen Nach Artikel 24`
      )
    ).submitter!
    expect(submitter.length).toBeLessThanOrEqual(200)
    expect(submitter).toMatch(/^Anna Albers, Bernd Brandt, .* u\. a\. \(FDP\)$/)
  })
})

describe('the body by its own name', () => {
  it.each([
    ['Deutscher Bundestag 20. Wahlperiode', 'Deutscher Bundestag'],
    ['Landtag von Baden-Württemberg 17. Wahlperiode', 'Landtag von Baden-Württemberg'],
    ['BAYERISCHER LANDTAG Drucksache 19/1', 'Bayerischer Landtag'],
    ['Die Drucksachen des Abgeordnetenhauses sind zu beziehen', 'Abgeordnetenhaus Berlin'],
    ['Landtag Brandenburg Drucksache 7/1', 'Landtag Brandenburg'],
    ['BREMISCHE BÜRGERSCHAFT Landtag', 'Bremische Bürgerschaft'],
    ['Bürgerschaft der Freien und Hansestadt Hamburg', 'Hamburgische Bürgerschaft'],
    ['Herstellung: Kanzlei des Hessischen Landtags', 'Hessischer Landtag'],
    ['LANDTAG MECKLENBURG-VORPOMMERN', 'Landtag Mecklenburg-Vorpommern'],
    ['Präsident des Niedersächsischen Landtages', 'Niedersächsischer Landtag'],
    ['Landtag Nordrhein-Westfalen 18. Wahlperiode', 'Landtag Nordrhein-Westfalen'],
    ['LANDTAG RHEINLAND-PFALZ', 'Landtag Rheinland-Pfalz'],
    ['Landtag des Saarlandes', 'Landtag des Saarlandes'],
    ['Präsidenten des Sächsischen Landtages', 'Sächsischer Landtag'],
    ['Landtag von Sachsen-Anhalt', 'Landtag von Sachsen-Anhalt'],
    ['SCHLESWIG-HOLSTEINISCHER LANDTAG', 'Schleswig-Holsteinischer Landtag'],
    ['Druck: Thüringer Landtag, 1. Mai 2020', 'Thüringer Landtag'],
    ['Fraktion im Stadtrat der Landeshauptstadt Beispielburg', 'Stadtrat der Landeshauptstadt Beispielburg'],
    ['Der Ortsbeirat 6 bittet den Magistrat', 'Ortsbeirat 6'],
    ['die Fraktion in der Bezirksvertretung 10 bittet Sie', 'Bezirksvertretung 10'],
    ['Marktgemeinderat Beispielmarkt', 'Marktgemeinderat Beispielmarkt'],
    ['Gemeindevertretung Musterdorf', 'Gemeindevertretung Musterdorf'],
    ['Rat der Stadt Musterhausen', 'Rat der Stadt Musterhausen'],
    ['Bezirksversammlung Harburg', 'Bezirksversammlung Harburg'],
    ['Beirat Findorff', 'Beirat Findorff'],
  ])('%s → %s', (line, body) => {
    expect(extractMeta([line]).body).toBe(body)
  })
})

describe('heads with their lines', () => {
  it('prefers the inquiry\'s "vom" date over the Drucksache\'s date line, and takes the title after "des Abg. …"', () => {
    const head = [
      '21. Wahlperiode HESSISCHER LANDTAG Drucksache 21/999',
      '02.05.2024',
      'Kleine Anfrage',
      'des Abg. Jan Muster (SPD) vom 12.03.2024',
      'Freibäder im Vogelsberg',
      'und',
      'Antwort',
    ]
    expect(extractMeta(head)).toMatchObject({
      date: '2024-03-12',
      inquiryDate: '2024-03-12',
      title: 'Freibäder im Vogelsberg',
      reference: '21/999',
      submitter: 'Jan Muster (SPD)',
    })
  })

  it('reads an Abgeordnetenhaus head with its lines: the title after "zum Thema:", never the letterhead\'s fragment', () => {
    const head = [
      'Drucksache 19 / 20 111',
      'Schriftliche Anfrage',
      '19. Wahlperiode',
      'Schriftliche Anfrage',
      'der Abgeordneten Lena Beispiel und Tom Muster (CDU)',
      'vom 28. Juni 2024 (Eingang beim Abgeordnetenhaus am 1. Juli 2024)',
      'zum Thema:',
      'Wann fährt der Aufzug am Bahnhof wieder?',
      'und Antwort vom 10. Juli 2024 (Eingang beim Abgeordnetenhaus am 12. Juli 2024)',
      'Senatsverwaltung für',
      'Mobilität, Verkehr, Klimaschutz und Umwelt',
    ]
    expect(extractMeta(head)).toMatchObject({
      reference: '19/20111',
      title: 'Wann fährt der Aufzug am Bahnhof wieder?',
      submitter: 'Lena Beispiel und Tom Muster (CDU)',
      inquiryDate: '2024-06-28',
      replyDate: '2024-07-10',
      body: 'Abgeordnetenhaus Berlin',
      hasReply: true,
    })
  })

  it('reads the number from "Betreff: Anfrage F0199/24 – …" and a Kreistag from the district in the address', () => {
    expect(extractMeta(['Betreff: Anfrage F0199/24 – Radwege am Sulmufer']).reference).toBe('F0199/24')
    expect(extractMeta(['An den', 'Landrat des Landkreises Talbach', 'Anfrage nach § 9 der Geschäftsordnung des Kreistags']).body).toBe(
      'Kreistag des Landkreises Talbach'
    )
  })
})

describe('council pages', () => {
  it('reads a form whose labels stand alone on their lines', () => {
    const head = [
      'Anfrage',
      'Datum',
      'Nummer',
      '20.02.2024',
      'F0077/24',
      'Absender',
      ' ',
      'Fraktion Grün-Bunt',
      'Kurztitel',
      ' ',
      'Sitzbänke am Elbufer',
      'Stellungnahme der Verwaltung:offen',
    ]
    expect(extractMeta(head)).toMatchObject({
      reference: 'F0077/24',
      date: '2024-02-20',
      submitter: 'Fraktion Grün-Bunt',
      title: 'Sitzbänke am Elbufer',
      hasReply: false,
    })
  })

  it('reads "Anfrage der X-Fraktion: title", "Anfrage SPD betr. title", "hier: title" and a number alone on a line', () => {
    expect(extractMeta(['21-1301', 'Anfrage der Linke-Fraktion: Bänke in Harburg', 'Kleine Anfrage gem. § 24 BezVG'])).toMatchObject({
      reference: '21-1301',
      title: 'Bänke in Harburg',
      submitter: 'Linke-Fraktion',
    })
    expect(extractMeta(['Anfrage SPD betr. Aufzug S-Bahnstation Heimfeld'])).toMatchObject({
      title: 'Aufzug S-Bahnstation Heimfeld',
      submitter: 'SPD',
    })
    expect(
      extractMeta(['Betreff', 'Anfrage der Fraktion Die Linke. vom 02.02.2022;', 'hier: Wasser', 'Vorlage', '21-26/0400'])
    ).toMatchObject({ title: 'Wasser', reference: '21-26/0400', date: '2022-02-02' })
  })

  it("takes a web page's first line as its title, but never a fragment", () => {
    expect(extractMeta(['Sitzbänke am Elbufer fehlen', 'Anfrage zur Stadtratsberatung am 2. Oktober 2024']).title).toBe(
      'Sitzbänke am Elbufer fehlen'
    )
    expect(extractMeta(['Senatsverwaltung für', 'Anfrage']).title).toBeNull()
    expect(extractMeta(['Anfrage zur Stadtratsberatung am 2. Oktober 2024']).date).toBe('2024-10-02')
  })
})

describe('whether the document holds the answer', () => {
  it("is true for an answer document whose reply was not found, and the kind stays the inquiry's", async () => {
    const text = 'Kleine Anfrage des Abgeordneten Max Muster (SPD) vom 3. März 2024 und Antwort der Landesregierung\n\nBänke im Stadtpark\n'
    const inquiry = await parseInquiry(new TextEncoder().encode(text))
    expect(inquiry.reply).toBeNull()
    expect(inquiry.meta).toMatchObject({ kind: 'kleine-anfrage', hasReply: true, submitter: 'Max Muster (SPD)' })
  })

  it('is false for an inquiry without reply', async () => {
    const inquiry = await parseInquiry(
      new TextEncoder().encode(
        'Anfrage der CDU-Fraktion\n\nBetreff: Bänke im Stadtpark\n\n1. Wie viele Bänke stehen dort?\n2. Wann kommen neue?\n'
      )
    )
    expect(inquiry.meta.hasReply).toBe(false)
  })
})
