/**
 * What a question asks for and what a paragraph gives (src/answers/asks.ts), the thesaurus
 * (src/text/thesaurus.ts), and both at work in free-prose linking.
 */
import { describe, expect, it } from 'vitest'
import { asksFor, gives } from '../src/answers/asks.js'
import { linkProse } from '../src/answers/prose.js'
import { stemGerman } from '../src/text/stem.js'
import { conceptOf, conceptOfCompound, THESAURUS } from '../src/text/thesaurus.js'

describe('what a question asks for', () => {
  it.each([
    ['Wann beginnt der Bau der Sporthalle?', ['date']],
    ['Bis wann soll die Sanierung abgeschlossen sein?', ['date']],
    ['Wie viele Kinder stehen auf der Warteliste?', ['number']],
    ['Welche Kosten entstehen der Stadt?', ['amount']],
    ['Wer ist für die Pflege der Anlage zuständig?', ['actor']],
    ['Ist eine Erweiterung des Angebots geplant?', ['yesno']],
    ['Welche Maßnahmen ergreift die Verwaltung?', ['list']],
    ['Warum wurde die Ausschreibung aufgehoben?', ['reason']],
    ['An welchen Standorten werden Ladesäulen errichtet?', ['place']],
    ['Wie lange müssen Angehörige auf einen Platz warten?', ['duration', 'number']],
    ['Welche Konsolidierungsmaßnahmen schlägt die Verwaltung vor?', ['list']],
    ['In wie vielen Fällen wurde die Hilfsfrist überschritten?', ['number']],
  ])('%s → %j', (question, kinds) => {
    expect(asksFor(question)).toEqual(kinds)
  })

  it('may ask for two things at once', () => {
    expect(asksFor('Wann und in welcher Höhe werden die Mittel ausgezahlt?')).toEqual(['date', 'number', 'amount'])
  })
})

describe('what a paragraph gives', () => {
  it('a date or period, as printed', () => {
    expect(gives('Der erste Spatenstich ist für Mai 2026 vorgesehen.').get('date')).toBe('Mai 2026')
    expect(gives('Die Ausschreibung ist für das zweite Quartal geplant.').get('date')).toBe('zweite Quartal')
    expect(gives('Im kommenden Frühjahr werden 15 junge Bäume gesetzt.').get('date')).toBe('Im kommenden Frühjahr')
  })

  it('a count, but not a date or a year', () => {
    expect(gives('Derzeit warten 37 Kinder auf einen Platz.').get('number')).toBe('37')
    expect(gives('Zum Stichtag 31.12.2024 lag der Bericht vor; seit 2019 gilt die Satzung.').has('number')).toBe(false)
    // a span of years sets the scene, it counts nothing
    expect(gives('Die Nachfrage nach Plätzen für Kinder unter drei Jahren ist in den letzten 5 Jahren gestiegen.').has('number')).toBe(
      false
    )
    expect(gives('Für Kinder unter drei Jahren warten 74 Familien.').get('number')).toBe('74')
  })

  it('an amount, a yes or no, reasons', () => {
    expect(gives('Die Stadt trägt 120.000 Euro.').get('amount')).toBe('Euro')
    expect(gives('Nein, eine Erweiterung ist derzeit nicht vorgesehen.').get('yesno')).toBe('Nein')
    expect(gives('Ausschlaggebend war vor allem der Fachkräftemangel.').get('reason')).toBe('Ausschlaggebend')
  })

  it('a place: the municipalities a paragraph names, not the word alone', () => {
    expect(gives('Die größten Defizite zeigen sich in den Gemeinden Unterbach und Hollern.').get('place')).toBe('in den Gemeinden')
    expect(gives('Die Gemeinde hat den Antrag geprüft.').has('place')).toBe(false)
  })

  it('a duration, a number with its unit of time', () => {
    expect(gives('Familien müssen in der Regel sechs bis acht Wochen vorher anfragen.').get('duration')).toBe('sechs bis acht Wochen')
    expect(gives('Bis zum Bescheid vergehen im Durchschnitt 11 Wochen.').get('duration')).toBe('11 Wochen')
    expect(gives('Im Bürgeramt sind 12 Stellen besetzt.').has('duration')).toBe(false)
  })

  it('reads a million characters of one letter, or of digits and dots, in linear time', () => {
    for (const run of [
      'a'.repeat(1_000_000),
      '1.'.repeat(500_000),
      '1'.repeat(1_000_000),
      '1,'.repeat(500_000),
      'sechs bis '.repeat(100_000),
      'in der '.repeat(150_000) + 'X'.repeat(100_000),
    ]) {
      expect(gives(run)).toBeInstanceOf(Map)
    }
  })
})

describe('the thesaurus', () => {
  it('joins the words a reply uses for what the question named', () => {
    expect(conceptOf(stemGerman('Spatenstich'))).toBe(conceptOf(stemGerman('Baubeginn')))
    expect(conceptOf(stemGerman('Stellen'))).toBe(conceptOf(stemGerman('Personal')))
    expect(conceptOf(stemGerman('Euro'))).toBe(conceptOf(stemGerman('Kosten')))
    expect(conceptOf(stemGerman('Kindertagesstätten'))).toBe(conceptOf(stemGerman('Kita')))
    expect(conceptOf(stemGerman('Sachverständigen'))).toBe(conceptOf(stemGerman('Gutachten')))
    expect(conceptOfCompound(stemGerman('Ersatzpflanzungen'))).toBe(conceptOf(stemGerman('Bäume')))
  })

  it('knows support as funding, distances as kilometres and travel time, births as deliveries', () => {
    const same = (a: string, b: string) => expect(conceptOf(stemGerman(a))).toBe(conceptOf(stemGerman(b)) ?? 'none')
    same('Unterstützung', 'Förderung')
    same('Entfernung', 'Kilometern')
    same('Fahrzeit', 'Entfernung')
    same('Geburten', 'Entbindungen')
    same('Stellplätze', 'Parkplätze')
    same('Erzieherinnen', 'Fachkräfte')
  })

  it('takes a compound through its last part, but no short tail', () => {
    expect(conceptOfCompound(stemGerman('Landesförderung'))).toBe('förderung')
    expect(conceptOfCompound(stemGerman('Stadt'))).toBeNull()
  })

  it('looks at a word of a million letters in linear time', () => {
    expect(conceptOfCompound('a'.repeat(1_000_000))).toBeNull()
  })

  it('lists no word in two groups, which would tie two concepts together', () => {
    const seen = new Map<string, number>()
    THESAURUS.forEach((group, g) =>
      group.forEach((word) => {
        const stem = stemGerman(word)
        expect(seen.get(stem) ?? g, `${word} (${stem})`).toBe(g)
        seen.set(stem, g)
      })
    )
  })
})

describe('free prose linked by meaning', () => {
  const questions = [
    { id: '1', text: 'Wann beginnt der Bau der neuen Sporthalle?' },
    { id: '2', text: 'Wie viel Personal wird für den Betrieb benötigt?' },
  ]

  it('links a paraphrase through the thesaurus, and says which words it took for one another', () => {
    const { links } = linkProse(
      [
        { text: 'Für den Betrieb der Halle sind zwei zusätzliche Stellen im Hausmeisterdienst eingeplant.', listItem: false },
        { text: 'Der erste Spatenstich für die Sporthalle ist für Mai 2026 vorgesehen.', listItem: false },
      ],
      questions
    )
    expect(links.map((l) => l.map((a) => a.question))).toEqual([['2'], ['1']])
    expect(links[1]![0]!.evidence).toContain('≈ Spatenstich')
    expect(links[1]![0]!.evidence).toContain('Mai 2026')
    // the same as data, for a page to word in German
    expect(links[1]![0]!.basis!.terms).toContainEqual({ question: 'Bau', reply: 'Spatenstich', related: true })
    expect(links[1]![0]!.basis!.gives).toEqual({ kind: 'date', text: 'Mai 2026' })
  })
})

describe('order inside the gaps', () => {
  const questions = [
    { id: '1', text: 'Wie viele Bäume wurden im Jahr 2024 im Stadtgebiet gefällt?' },
    { id: '2', text: 'Wann werden die Ersatzpflanzungen vorgenommen?' },
    { id: '3', text: 'Welche Kosten entstehen für die Baumpflege insgesamt?' },
  ]
  // an opening remark (not a preface, which is frame) makes one paragraph more than questions: the positions alone
  // decide nothing
  const reply = [
    'Die Verkehrssicherheit hat für den Magistrat bei allen Arbeiten an Bäumen stets Vorrang.',
    'Im Jahr 2024 mussten im Stadtgebiet 212 Bäume gefällt werden, überwiegend wegen Trockenschäden.',
    'Die Arbeiten sollen im kommenden Herbst 2025 beginnen, sobald die Witterung es zulässt.',
    'Für die Pflege sämtlicher Bäume sind im Haushalt 180.000 Euro veranschlagt.',
  ]

  it('links an unlinked paragraph between two anchors to the one question left open there', () => {
    const { links } = linkProse(
      reply.map((text) => ({ text, listItem: false })),
      questions
    )
    expect(links.map((l) => l.map((a) => `${a.question}:${a.method}`))).toEqual([[], ['1:similarity'], ['2:order'], ['3:similarity']])
    expect(links[2]![0]!.evidence).toContain('Herbst 2025')
    expect(links[2]![0]!.basis).toEqual({ order: 'between', gives: { kind: 'date', text: 'Herbst 2025' } })
  })

  it('leaves it unlinked when it does not give what the question asks for', () => {
    const vague = [reply[0]!, reply[1]!, 'Der Magistrat bedauert, dass die Arbeiten viele Anwohner stören.', reply[3]!]
    const { links } = linkProse(
      vague.map((text) => ({ text, listItem: false })),
      questions
    )
    expect(links[2]).toEqual([])
  })
})

describe('one assignment for the reply', () => {
  const questions = [
    { id: '1', text: 'Welche Schäden wurden an der Turnhalle Am Weiher festgestellt?' },
    { id: '2', text: 'Ist eine Sanierung der Halle geplant, und in welchem Zeitraum?' },
    { id: '3', text: 'Wie hoch sind die geschätzten Kosten?' },
    { id: '4', text: 'Wo trainieren die Vereine während der Bauarbeiten?' },
  ]
  const reply = [
    'Das Hochbauamt hat Risse im Hallenboden und eine undichte Dachfläche an der Turnhalle Am Weiher festgestellt.',
    'Das Vorhaben steht im Haushaltsentwurf; die Bauarbeiten sollen 2027 beginnen.',
    'Die Kostenschätzung beläuft sich auf rund 1,2 Millionen Euro.',
    'Für die Zeit der Arbeiten ist vorgesehen, den Vereinen Zeiten in der Schulsporthalle Nord zu geben.',
  ]

  it('still follows the words where they clearly swap two answers', () => {
    const swapped = [
      reply[0]!,
      reply[3]!.replace('den Vereinen', 'den trainierenden Vereinen während der Bauarbeiten'),
      reply[2]!,
      reply[1]!,
    ]
    const { links } = linkProse(
      swapped.map((text) => ({ text, listItem: false })),
      questions
    )
    expect(links[1]!.map((a) => a.question)).toEqual(['4'])
  })
})

describe('a lead-in and its list', () => {
  const questions = [
    { id: '1', text: 'Wie viele Menschen sind derzeit in städtischen Unterkünften untergebracht?' },
    { id: '2', text: 'Welche Maßnahmen ergreift die Stadt, um obdachlose Menschen im Winter zu schützen?' },
    { id: '3', text: 'Wie viele Plätze in Notübernachtungen stehen zur Verfügung?' },
  ]
  const reply = [
    { text: 'In den städtischen Unterkünften sind zum Stichtag 212 Menschen untergebracht.', listItem: false },
    { text: 'Das Programm für die kalte Jahreszeit umfasst folgende Bausteine:', listItem: false },
    { text: 'In der Notübernachtung in der Bahnhofstraße stehen 30 Plätze rund um die Uhr zur Verfügung.', listItem: true },
    { text: 'Ein Kältebus fährt an fünf Abenden pro Woche die bekannten Schlafstellen an.', listItem: true },
    { text: 'Bei strengem Frost öffnet zusätzlich ein Saal im Bürgerhaus.', listItem: true },
    { text: 'Weitere zwölf Plätze in Notübernachtungen bietet die Diakonie an, sie reichen derzeit aus.', listItem: false },
  ]

  it('answers the question that asks for a list, though one item shares words with another question', () => {
    const { links } = linkProse(reply, questions)
    expect(links.map((l) => l.map((a) => a.question))).toEqual([['1'], ['2'], ['2'], ['2'], ['2'], ['3']])
  })
})
