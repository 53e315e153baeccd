import { describe, expect, it } from 'vitest'
import { findDate } from '../src/structure/dates.js'
import { extractMeta } from '../src/structure/meta.js'

describe('extractMeta', () => {
  it("dates the answer by a ministry's letter in the Bundestag's cover note, the document by its header", () => {
    const head = [
      'Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums für Bildung und Forschung vom 3. März 2021 übermittelt. Deutscher Bundestag Drucksache 19/27311 19. Wahlperiode 05.03.2021 Antwort der Bundesregierung auf die Kleine Anfrage der Fraktion der FDP',
    ]
    expect(extractMeta(head)).toMatchObject({ replyDate: '2021-03-03', date: '2021-03-05' })
  })

  it('reads no place from a line that only looks like a dateline ("Fragestunde, 45. Stadtverordnetenversammlung")', () => {
    expect(extractMeta(['Fragestunde, 45. Stadtverordnetenversammlung', 'Die Antworten sind eingegangen.']).body).toBe(
      'Stadtverordnetenversammlung'
    )
  })

  it("reads a Große Anfrage's answer head run into one line: the group before the Drucksache, the title after it", () => {
    const head = [
      'Drucksache 18/2210 zu Drucksache 18/1904 04. 03. 2022 A n t w o r t des Ministeriums für Bildung auf die Große Anfrage der Fraktion der FDP – Drucksache 18/1904 – Schulbau im ländlichen Raum Die Große Anfrage 18/1904 vom 2. Februar 2022 hat folgenden Wortlaut:',
    ]
    expect(extractMeta(head)).toMatchObject({ submitter: 'Fraktion der FDP', title: 'Schulbau im ländlichen Raum' })
  })

  it('reads the title under "Anfrage vom …:", over two lines where it goes on in lower case', () => {
    const head = ['Anfrage vom 04.05.2021:', 'Beleuchtung der Wege im', 'städtischen Friedhof', 'Anfrage an den Magistrat']
    expect(extractMeta(head).title).toBe('Beleuchtung der Wege im städtischen Friedhof')
  })

  it("reads OCR's lower-case l between capitals as the capital I of a party's name", () => {
    const head = ['Kleine Anfrage des Abgeordneten Jens Koller (DlE LINKE) Drs.-Nr.: 7112345 Thema: Radwege']
    expect(extractMeta(head).submitter).toBe('Jens Koller (DIE LINKE)')
  })

  it('takes the kind from a line that opens with it over a bare "Anfrage" above it, not from a paper it cites', () => {
    const head = ['21-1270', 'Anfrage der AfD-Fraktion: Brunnen in Harburg', 'Kleine Anfrage gem. § 24 BezVG', 'Sachverhalt']
    expect(extractMeta(head).kind).toBe('kleine-anfrage')
    expect(extractMeta(['Anfrage der SPD-Fraktion: Radwege', 'Nachfrage zur Kleinen Anfrage 6/123']).kind).toBe('anfrage')
  })

  it('reads a council letter head', () => {
    const head = [
      'SPD-Fraktion in der Stadtverordnetenversammlung Musterstadt',
      'An den',
      'Magistrat der Stadt Musterstadt',
      'Musterstadt, 05.03.2024',
      'Anfrage AF/2024/017',
      'Betreff: Sicherheit auf den Schulwegen',
      'Sehr geehrte Damen und Herren,',
    ]
    expect(extractMeta(head)).toEqual({
      kind: 'anfrage',
      title: 'Sicherheit auf den Schulwegen',
      reference: 'AF/2024/017',
      date: '2024-03-05',
      submitter: 'SPD-Fraktion in der Stadtverordnetenversammlung Musterstadt',
      addressee: 'Magistrat der Stadt Musterstadt',
      body: 'Stadtverordnetenversammlung Musterstadt',
      inquiryReference: null,
      inquiryDate: '2024-03-05',
      replyDate: null,
      hasReply: null,
    })
  })

  it('reads a parliament head: kind, Drucksache, member with party, title line, date of the inquiry', () => {
    const head = [
      'Bayerischer Landtag Drucksache 19/2087',
      '19. Wahlperiode 26.04.2024',
      'Schriftliche Anfrage',
      'des Abgeordneten Florian Beispiel BÜNDNIS 90/DIE GRÜNEN',
      'vom 05.03.2024',
      'Hochwasserschutz an der Mindel',
      'Ich frage die Staatsregierung:',
    ]
    expect(extractMeta(head)).toMatchObject({
      kind: 'schriftliche-anfrage',
      reference: '19/2087',
      date: '2024-03-05',
      submitter: 'Florian Beispiel (BÜNDNIS 90/DIE GRÜNEN)',
      title: 'Hochwasserschutz an der Mindel',
      body: 'Bayerischer Landtag',
    })
  })

  it('takes a member from a "Fragesteller:" line and drops the personal name from the addressee', () => {
    const head = ['Herrn Bürgermeister', 'Max Muster', 'Fragesteller: Stadtverordneter Kai Beispiel (FDP)', 'Kleine Anfrage']
    expect(extractMeta(head)).toMatchObject({ kind: 'kleine-anfrage', addressee: 'Bürgermeister', submitter: 'Kai Beispiel (FDP)' })
  })

  it('keeps an organ with its place when the address names no person', () => {
    expect(extractMeta(['An den', 'Kreisausschuss des Landkreises Talbach']).addressee).toBe('Kreisausschuss des Landkreises Talbach')
  })

  it('keeps a place name whose first word is a prefix: "Bad …", "St. …", "Lutherstadt …"', () => {
    expect(extractMeta(['Stadtverordnetenversammlung der Stadt Bad Sooden-Kirchberg', 'FDP-Fraktion', 'Anfrage']).body).toBe(
      'Stadtverordnetenversammlung der Stadt Bad Sooden-Kirchberg'
    )
    expect(extractMeta(['Stadtrat St. Ingbert', 'Anfrage']).body).toBe('Stadtrat St. Ingbert')
    expect(extractMeta(['Gemeinderat Lutherstadt Wittenberg', 'Anfrage']).body).toBe('Gemeinderat Lutherstadt Wittenberg')
  })

  it('leaves what the document does not say null', () => {
    expect(extractMeta(['Die Anfrage lautet wie folgt:', 'Die Verwendung von KI ist umstritten.'])).toEqual({
      kind: 'anfrage',
      title: null,
      reference: null,
      date: null,
      submitter: null,
      addressee: null,
      body: null,
      inquiryReference: null,
      inquiryDate: null,
      replyDate: null,
      hasReply: null,
    })
  })
})

describe('findDate', () => {
  it('reads numeric and written German dates', () => {
    expect(findDate('Karben, 05.03.2024')?.iso).toBe('2024-03-05')
    expect(findDate('vom 5. März 2024')?.iso).toBe('2024-03-05')
    expect(findDate('am 1.2.24')?.iso).toBe('2024-02-01')
    expect(findDate('im Jahr 2024')).toBeNull()
  })
})
