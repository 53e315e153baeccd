import { describe, expect, it } from 'vitest'
import { isFrame, isPreface } from '../src/answers/frame.js'
import { pairLeftovers } from '../src/answers/coverage-prior.js'
import { chooseQuestions } from '../src/answers/prose-evidence.js'
import { carriesOn, isBareYesNo } from '../src/answers/prose-groups.js'
import { linkProse, PROSE } from '../src/answers/prose.js'
import { scoreSimilarity } from '../src/answers/similarity.js'
import { parseInquiry } from '../src/parse.js'

const asked = (...texts: string[]) => texts.map((text, j) => ({ id: String(j + 1), text }))
const replied = (...texts: string[]) => texts.map((text) => ({ text, listItem: false }))
const linked = (texts: readonly string[], questions: readonly string[]) =>
  linkProse(replied(...texts), asked(...questions)).links.map((answers) => answers.map((a) => a.question))

describe('similarity of a paragraph and a question', () => {
  it('counts a hyphenated compound whole, and its part alone only at half weight and not as a whole word', () => {
    const paragraph = 'Die Anwendungen laufen auf eigenen Servern.'
    const table = scoreSimilarity([paragraph], ['Welche KI-Anwendungen gibt es?', 'Welche Anwendungen gibt es?', 'Welche Server gibt es?'])
    expect(table.whole(0, 0)).toBe(0)
    expect(table.whole(0, 1)).toBe(1)
    // "Anwendungen" alone is weaker evidence for "KI-Anwendungen" than for "Anwendungen"
    expect(table.scores[0]![0]!).toBeGreaterThan(0)
    expect(table.scores[0]![0]!).toBeLessThan(table.scores[0]![1]! / 1.5)
  })

  it('opens a compound by its head when the document uses the head alone', () => {
    const table = scoreSimilarity(
      ['Davon profitieren vor allem die Bürger im Ortskern.'],
      ['Wie sollen die Bürgerdienste verbessert werden?', 'Wann öffnet das Hallenbad?']
    )
    expect(table.scores[0]![0]!).toBeGreaterThan(0)
    expect(table.evidence(0, 0)).toEqual([{ question: 'Bürgerdienste', reply: 'Bürger', related: false }])
    expect(table.whole(0, 0)).toBe(0)
  })

  it('joins a participle in -t with the infinitive the document has, as the same whole word', () => {
    const table = scoreSimilarity(
      ['Wir wollen die Abläufe weiter verbessern.'],
      ['Wie wird die Effizienz verbessert?', 'Wann öffnet das Hallenbad?']
    )
    expect(table.whole(0, 0)).toBe(1)
    expect(table.evidence(0, 0)).toEqual([{ question: 'verbessert', reply: 'verbessern', related: false }])
  })
})

describe('free prose: evidence a link needs', () => {
  it('does not count a compound part as a second shared word: one verb and a part of a compound link nothing', () => {
    const questions = [
      'Welche Ziele verfolgt der Magistrat mit dem Radverkehrskonzept?',
      'Wann wird der Radweg an der Bahnhofstraße fertiggestellt?',
    ]
    const texts = [
      'Mit dem Radverkehrskonzept verfolgt der Magistrat das Ziel, den Anteil des Radverkehrs bis 2030 zu verdoppeln.',
      'Die Planung wird von einem Ingenieurbüro begleitet, das bereits Konzepte für mehrere Nachbarkommunen erstellt hat und dabei einen partizipativen Ansatz verfolgt.',
      'Der Radweg an der Bahnhofstraße wird im Herbst fertiggestellt.',
    ]
    expect(linked(texts, questions)).toEqual([['1'], [], ['2']])
  })
})

describe('free prose: the coverage prior', () => {
  const HOUSING = [
    'Wie viele Wohnungen hat die Baugesellschaft im Jahr 2023 fertiggestellt?',
    'Wie hoch ist die Miete am Nordring?',
    'Welche Grundstücke stehen der Baugesellschaft für weitere Vorhaben bereit?',
    'Wie hoch ist die Miete am Südring?',
  ]
  const RENT =
    'Wer dort einzieht, zahlt je nach Lage und Ausstattung im Mittel 7,80 Euro Miete, also deutlich weniger als auf dem freien Markt üblich.'

  it('gives a question nothing answers the paragraph nothing links, on one shared word, and says so in the evidence', () => {
    const questions = [
      HOUSING[0]!,
      'Wie hoch ist die Miete am Nordring, und welche Zuschüsse des Landes fließen in das Projekt?',
      'Welche Grundstücke hat die Baugesellschaft für weitere Vorhaben?',
    ]
    const texts = [
      'Die Baugesellschaft hat im Jahr 2023 insgesamt 84 Wohnungen fertiggestellt.',
      'Wer in eines der neuen Häuser einzieht, zahlt je nach Lage, Größe und Ausstattung der Räume im Mittel 7,80 Euro Miete; das liegt deutlich unter dem, was private Eigentümer in der Innenstadt derzeit verlangen.',
      'Für weitere Vorhaben kommen die Grundstücke an der Lindenallee und am alten Güterbahnhof in Betracht.',
      'Für Rückfragen steht das Bauamt gern bereit.',
    ]
    // "Miete" alone weighs too little to link on its own; but the paragraph stands in question 2's place, between
    // the answers to 1 and 3, and the word it shares is named
    const { links } = linkProse(replied(...texts), asked(...questions))
    expect(links.map((answers) => answers.map((a) => a.question))).toEqual([['1'], ['2'], ['3'], []])
    expect(links[1]![0]).toMatchObject({
      method: 'order',
      evidence: expect.stringMatching(/open between the answers.*shared terms: Miete/),
    })
    expect(links[1]![0]!.basis!.terms).toEqual([{ question: 'Miete', reply: 'Miete', related: false }])
    expect(links[1]![0]!.confidence).toBeLessThanOrEqual(0.5)
  })

  it('pairs nothing when two leftover paragraphs are about equally close to the question', () => {
    const questions = [
      HOUSING[0]!,
      'Wie hoch ist die Miete am Nordring, und welche Zuschüsse des Landes fließen in das Projekt?',
      'Welche Grundstücke hat die Baugesellschaft für weitere Vorhaben?',
    ]
    const texts = [
      'Die Baugesellschaft hat im Jahr 2023 insgesamt 84 Wohnungen fertiggestellt.',
      'Wer in eines der neuen Häuser einzieht, zahlt je nach Lage, Größe und Ausstattung der Räume im Mittel 7,80 Euro Miete; das liegt deutlich unter dem, was private Eigentümer in der Innenstadt derzeit verlangen.',
      'Auch in den älteren Beständen am Stadtrand bleibt die Miete nach der Sanierung der Fassaden und Heizungen für die meisten Haushalte bezahlbar, wie eine Umfrage unter den Bewohnern zeigt.',
      'Für weitere Vorhaben kommen die Grundstücke an der Lindenallee und am alten Güterbahnhof in Betracht.',
    ]
    expect(linked(texts, questions)).toEqual([['1'], [], [], ['3']])
  })

  it('between two questions equally close, gives the paragraph the one in its position', () => {
    const texts = [
      'Die Baugesellschaft hat im Jahr 2023 insgesamt 84 Wohnungen fertiggestellt.',
      'Für weitere Vorhaben kommen die Grundstücke an der Lindenallee und am alten Güterbahnhof in Betracht.',
      RENT,
    ]
    // "Miete" is all the last paragraph shares, with question 2 and 4 alike; it stands last, as question 4 does
    expect(linked(texts, HOUSING)).toEqual([['1'], ['3'], ['4']])
  })

  it('leaves a closing paragraph unlinked that shares only part of a compound with an unanswered question', () => {
    const questions = [
      'Wie viele Haushalte sind inzwischen an das Glasfasernetz angeschlossen?',
      'Warum ruhen die Bauarbeiten in der Ringstraße?',
      'Welche Kosten entstehen der Gemeinde durch die Verzögerung?',
    ]
    const texts = [
      'An das Glasfasernetz sind inzwischen 1.284 Haushalte angeschlossen.',
      'Der Ausschuss wird in jeder Sitzung über den Fortgang der Arbeiten unterrichtet.',
    ]
    expect(linked(texts, questions)).toEqual([['1'], []])
  })

  const KITA = [
    'Wie viele Kinder besuchen die städtischen Kindertagesstätten im Stadtteil Nord?',
    'Wie lang ist die Warteliste für einen Betreuungsplatz?',
    'Wann wird der Anbau an der Kita Sonnenblume fertig?',
  ]

  it('lets an unanswered question take a paragraph that answers another one too, when it is clearly its best', () => {
    const texts = [
      'Die städtischen Kindertagesstätten im Stadtteil Nord besuchen derzeit 412 Kinder, darunter 96 Kinder unter drei Jahren; in jeder der sechs Kindertagesstätten im Stadtteil Nord stehen zudem einige Kinder auf der Warteliste.',
      'Der Anbau an der Kita Sonnenblume wird im Frühjahr fertig.',
    ]
    expect(linked(texts, KITA)).toEqual([['1', '2'], ['3']])
  })

  it('lets an unanswered question take the one paragraph that shares a word with it, though a light one', () => {
    const questions = [
      'Wie viele Lehrkräfte unterrichten an der Musikschule?',
      'Welche Folgen hat das Urteil des Bundessozialgerichts für die Honorarverträge?',
      'Wie lang ist die Warteliste für Klavierunterricht?',
    ]
    const texts = [
      'An der Musikschule unterrichten derzeit 34 Lehrkräfte, zwölf davon fest angestellt. Nach der Entscheidung des Bundessozialgerichts werden die übrigen schrittweise in feste Beschäftigungsverhältnisse übernommen, soweit der Haushalt das zulässt und die Betroffenen es wünschen.',
      'Auf der Warteliste für Klavierunterricht stehen 41 Kinder.',
    ]
    const links = linkProse(replied(...texts), asked(...questions)).links
    expect(links.map((answers) => answers.map((a) => a.question))).toEqual([['1', '2'], ['3']])
    expect(links[0]![1]!.evidence).toMatch(/Bundessozialgerichts.*clearest answer left/)
  })

  it('does not, when the word it shares is one another question uses too', () => {
    const questions = [
      'Wie viele Besucher hatte das Freibad im Jahr 2024?',
      'Wie hoch war das Defizit des Freibads?',
      'Wann öffnet das Hallenbad nach der Sanierung?',
    ]
    const texts = [
      'Das Freibad zählte im Jahr 2024 rund 61.000 Besucher, an heißen Tagen bis zu 2.500.',
      'Das Hallenbad öffnet nach der Sanierung am 1. Oktober.',
    ]
    expect(linked(texts, questions)).toEqual([['1'], ['3']])
  })

  it('gives one paragraph at most one question on such exclusive evidence', () => {
    const questions = [
      'Wie viele Lehrkräfte unterrichten an der Musikschule?',
      'Welche Folgen hat das Urteil des Bundessozialgerichts für die Honorarverträge?',
      'Wird das Gebäude in der Schillerstraße saniert?',
      'Wie lang ist die Warteliste für Klavierunterricht?',
    ]
    const texts = [
      'An der Musikschule unterrichten derzeit 34 Lehrkräfte, zwölf davon fest angestellt, die meisten im Gebäude am Markt. Nach der Entscheidung des Bundessozialgerichts werden die übrigen schrittweise in feste Beschäftigungsverhältnisse übernommen, soweit der Haushalt das zulässt und die Betroffenen es wünschen.',
      'Auf der Warteliste für Klavierunterricht stehen 41 Kinder.',
    ]
    const links = linkProse(replied(...texts), asked(...questions)).links
    expect(links[0]!.map((a) => a.question)).toHaveLength(2)
  })

  it('leaves the question unanswered when two paragraphs speak of it about equally', () => {
    const texts = [
      'Die städtischen Kindertagesstätten im Stadtteil Nord besuchen derzeit 412 Kinder, darunter 96 Kinder unter drei Jahren; in den Kindertagesstätten im Stadtteil Nord warten zudem einige Kinder auf der Warteliste auf einen Betreuungsplatz.',
      'Der Anbau an der Kita Sonnenblume wird im Frühjahr fertig; wer auf der Warteliste steht, erhält dann früher einen Betreuungsplatz.',
    ]
    expect(linked(texts, KITA)).toEqual([['1'], ['3']])
  })
})

describe('free prose: answers made of several paragraphs', () => {
  const questions = [
    'Wie viele Bänke wurden 2023 im Stadtpark aufgestellt?',
    'Ist eine Beleuchtung der Wege geplant?',
    'Wann wird der Spielplatz saniert?',
  ]

  it('gives a bare "Nein." and the paragraph explaining it the yes-or-no question in their place, not the one before', () => {
    const texts = [
      'Im vergangenen Jahr wurden im Stadtpark 14 neue Bänke aufgestellt.',
      'Nein.',
      'Die Haushaltsmittel reichen dafür auf absehbare Zeit nicht aus.',
      'Der Spielplatz wird im Herbst saniert.',
    ]
    expect(linked(texts, questions)).toEqual([['1'], ['2'], ['2'], ['3']])
  })

  it('keeps the yes-or-no question for a bare "Ja." the order reaches by passing a question over', () => {
    // the first paragraph answers the first two questions, the second only in other words
    const questions = [
      'Wie viele Straßenbäume wurden im Ortsteil seit 2021 gefällt?',
      'Wie viele Bäume wurden im gleichen Zeitraum nachgepflanzt?',
      'Werden bei Nachpflanzungen klimaresiliente Baumarten bevorzugt?',
      'Gibt es für Anwohner die Möglichkeit, Baumpatenschaften zu übernehmen?',
    ]
    const texts = [
      'Seit 2021 mussten im Ortsteil 57 Straßenbäume entfernt werden. Dem stehen 41 Neupflanzungen gegenüber.',
      'Ja.',
      'Das Grünflächenamt setzt vermehrt Arten ein, die Hitze und Trockenheit besser vertragen.',
      'Anwohner können eine Baumpatenschaft übernehmen und erhalten dazu Hinweise zur Pflege.',
    ]
    expect(linked(texts, questions).slice(1)).toEqual([['3'], ['3'], ['4']])
  })

  it('gives a paragraph that carries on the one before ("Darüber hinaus …") and links nothing of its own that one\'s answer', () => {
    const texts = [
      'Im vergangenen Jahr wurden im Stadtpark 14 neue Bänke aufgestellt.',
      'Darüber hinaus hat der Bauhof zwei Tische erneuert.',
      'Eine Beleuchtung der Wege ist geplant.',
      'Der Spielplatz wird im Herbst saniert.',
    ]
    const links = linkProse(replied(...texts), asked(...questions)).links
    expect(links.map((answers) => answers.map((a) => a.question))).toEqual([['1'], ['1'], ['2'], ['3']])
    expect(links[1]![0]!.basis).toEqual({ order: 'continues' })
  })

  it('reads a connective as pointing back only at the start or in the first clause', () => {
    expect(carriesOn('Zudem prüft die Verwaltung einen zweiten Standort.')).toBe(true)
    expect(carriesOn('Das Bezirksamt setzt in den Sommermonaten jedoch Bewässerungssäcke ein.')).toBe(true)
    expect(carriesOn('Eine Förderung ist grundsätzlich möglich, jedoch an Auflagen gebunden.')).toBe(false)
    expect(carriesOn('Auch für 2025 sind Mittel eingeplant.')).toBe(false)
  })

  it('knows a bare yes or no, and not a yes that goes on', () => {
    expect(isBareYesNo('Ja.')).toBe(true)
    expect(isBareYesNo(' Nein ')).toBe(true)
    expect(isBareYesNo('Ja, im Zuge der Instandsetzung werden alle Masten erneuert.')).toBe(false)
  })
})

describe("free prose: the letter's frame", () => {
  const TREES = [
    'Wie viele Straßenbäume wurden im Jahr 2024 gefällt?',
    'Wie viele Bäume wurden nachgepflanzt?',
    'Wie werden junge Bäume im Sommer gewässert?',
  ]

  it('knows thanks, offers to answer more, requests for understanding and announcements as frame', () => {
    expect(isFrame('Die Verwaltung dankt der Fraktion für die Anfrage und allen Ehrenamtlichen für ihren Einsatz.')).toBe(true)
    expect(isFrame('Für Rückfragen steht das Grünflächenamt gerne zur Verfügung.')).toBe(true)
    expect(isFrame('Das Bezirksamt bittet um Verständnis, dass die Baumpflege nur im Rahmen der verfügbaren Mittel erfolgt.')).toBe(true)
    expect(isFrame('Der Magistrat nimmt zu den einzelnen Punkten wie folgt Stellung.')).toBe(true)
    expect(isFrame('Der Magistrat wird den Ausschuss über den weiteren Fortgang unterrichten.')).toBe(true)
    expect(isFrame('Die Verwaltung wird zu gegebener Zeit im Bauausschuss berichten.')).toBe(true)
    expect(isFrame('Das Bezirksamt wird sich weiterhin für eine zügige Beseitigung der Schäden einsetzen.')).toBe(true)
    expect(isFrame('Darüber hinaus werde ich mich gegenüber dem Land weiter dafür einsetzen, dass die Mittel steigen.')).toBe(true)
  })

  it("knows the answering side's remark before its answers, but not an answer that starts with 'Zunächst'", () => {
    expect(isPreface('Vorab ist darauf hinzuweisen, dass der Landkreis nicht selbst Bauherr ist.')).toBe(true)
    expect(isPreface('Einleitend sei angemerkt, dass die Zahlen vorläufig sind.')).toBe(true)
    expect(isPreface('Zunächst ist festzuhalten, dass die Stadt keine eigenen Bäder betreibt.')).toBe(true)
    expect(isPreface('Zunächst zum Standort: Das frühere Kaufhaus wurde geprüft.')).toBe(false)
    expect(isPreface('Die Vorabprüfung ergab keine Mängel.')).toBe(false)
  })

  it('links no question to a preface that opens the reply, though it names the topic', () => {
    const texts = [
      'Vorab ist darauf hinzuweisen, dass der Radschnellweg nicht vom Landkreis, sondern vom Land geplant wird.',
      'Für den Radschnellweg läuft derzeit die Vorplanung; die Trasse ist festgelegt.',
      'Die Kosten des Radschnellwegs werden auf 21 Millionen Euro geschätzt.',
    ]
    const questions = ['Wie ist der Planungsstand für den Radschnellweg?', 'Wie hoch sind die Kosten des Radschnellwegs?']
    expect(linked(texts, questions)).toEqual([[], ['1'], ['2']])
  })

  it('does not take an answer for frame: "dank" as a preposition, or thanks followed by the answer', () => {
    expect(isFrame('Dank der Förderung des Landes wurden für 12 Spielplätze neue Geräte beschafft.')).toBe(false)
    expect(isFrame('Wir danken für die Anfrage. Im Jahr 2024 wurden 412 Bäume gefällt.')).toBe(false)
    expect(isFrame('Der Ausschuss wird im März über die Ergebnisse der Verkehrszählung unterrichtet.')).toBe(false)
  })

  it('gives the frame no question, and no place when the answers are counted off in order', () => {
    const texts = [
      'Das Bezirksamt dankt für die Anfrage.',
      'Im Jahr 2024 wurden im Bezirk 412 Straßenbäume gefällt.',
      'Im Gegenzug kamen 298 Exemplare neu in die Erde.',
      'Junge Bäume werden in den ersten drei Jahren im Sommer wöchentlich gewässert.',
      'Für Rückfragen zu den Bäumen steht das Grünflächenamt gerne zur Verfügung.',
    ]
    // without the two frames the counts line up: the paragraph sharing no word with question 2 takes it by order
    const links = linkProse(replied(...texts), asked(...TREES)).links
    expect(links.map((answers) => answers.map((a) => `${a.question}:${a.method}`))).toEqual([
      [],
      ['1:similarity'],
      ['2:order'],
      ['3:similarity'],
      [],
    ])
  })
})

describe('free prose: order for a single question nothing answers', () => {
  const PARKING = [
    'Wie viele Stellplätze hat das Parkhaus am Bahnhof?',
    'Nach welchen Kriterien werden die Gebühren festgelegt?',
    'Wann wird die Ladeinfrastruktur für Elektroautos ausgebaut?',
    'Wer ist für die Reinigung der Toiletten zuständig?',
  ]
  const reply = (second: string) => [
    'Das Parkhaus am Bahnhof hat 420 Stellplätze.',
    second,
    'Die Ladeinfrastruktur für Elektroautos wird im kommenden Jahr ausgebaut.',
    // answers question 1 again, out of place: the positions do not hold for the whole reply
    'Von den Stellplätzen im Parkhaus am Bahnhof sind 12 für Menschen mit Behinderung reserviert.',
  ]

  it("links the paragraph in the question's place when its only evidence came from the coverage prior", () => {
    // the second paragraph shares no word with question 2, and only "Reinigung" with question 4
    const links = linkProse(
      replied(
        ...reply(
          'Maßgeblich sind die Preise vergleichbarer Städte, die Auslastung zu den Spitzenzeiten und die laufenden Kosten für Personal, Strom, Wartung und Reinigung.'
        )
      ),
      asked(...PARKING)
    ).links
    // the whole reply's assignment puts question 2 in its place; question 4, which nothing else answers, takes
    // the paragraph clearly its best as well
    expect(links.map((answers) => answers.map((a) => `${a.question}:${a.method}`))).toEqual([
      ['1:similarity'],
      ['2:order', '4:similarity'],
      ['3:similarity'],
      ['1:similarity'],
    ])
    expect(links[1]![1]!.evidence).toContain('the clearest answer left for this question')
  })

  it('does not, when the paragraph in its place answers another question on its own evidence', () => {
    const links = linkProse(
      replied(...reply('Die Reinigung der Toiletten übernimmt ein Dienstleister, den die Stadt beauftragt.')),
      asked(...PARKING)
    ).links
    expect(links.map((answers) => answers.map((a) => `${a.question}:${a.method}`))).toEqual([
      ['1:similarity'],
      ['4:similarity'],
      ['3:similarity'],
      ['1:similarity'],
    ])
  })
})

describe('free prose: warnings', () => {
  it('does not warn about links by order when similarity linked every paragraph, even in the order asked', async () => {
    const inquiry = `Anfrage der SPD-Fraktion

Betreff: Straßenbeleuchtung

1. Wie viele Straßenlaternen wurden bereits auf LED umgerüstet?

2. Wie hoch sind die jährlichen Stromkosten der Straßenbeleuchtung?

3. Wann sollen die Laternen im Neubaugebiet Auwiesen aufgestellt werden?

Stellungnahme

Von den 2.140 Straßenlaternen sind bereits 1.610 auf LED umgerüstet.

Die jährlichen Stromkosten der Straßenbeleuchtung betragen derzeit rund 180.000 Euro.

Im Neubaugebiet Auwiesen werden die Laternen im Frühjahr aufgestellt.
`
    const parsed = await parseInquiry(new TextEncoder().encode(inquiry))
    expect(parsed.reply!.paragraphs.map((p) => p.answers.map((a) => `${a.question}:${a.method}`))).toEqual([
      ['1:similarity'],
      ['2:similarity'],
      ['3:similarity'],
    ])
    expect(parsed.warnings.map((w) => w.code)).not.toContain('links_by_order')
  })
})

describe('free prose: the questions a paragraph answers', () => {
  it('links its best question, and a second only where that scores about as high', () => {
    expect(chooseQuestions([0.3, 0.2, 0], PROSE)).toEqual([0])
    expect(chooseQuestions([0.3, 0.28, 0.01], PROSE)).toEqual([0, 1])
    expect(chooseQuestions([0.04, 0.04], PROSE)).toEqual([])
  })
})

describe('the coverage prior in the order asked', () => {
  // paragraph 0 answers question 0 and paragraph 2 question 2; paragraph 1 shares a word with questions 1 and 3
  const evidence = {
    scores: [
      [0.3, 0, 0, 0],
      [0, 0.04, 0, 0.06],
      [0, 0, 0.3, 0],
    ],
    passing: [
      [0.3, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0.3, 0],
    ],
    whole: (g: number, j: number) => (g === 1 ? Number(j === 1 || j === 3) : 0),
    own: () => 0,
  }
  const chosen = () => [[0], [], [2]]

  it('pairs a leftover paragraph with the leftover question it is closest to', () => {
    const c = chosen()
    expect(pairLeftovers(c, evidence, PROSE)).toEqual([{ g: 1, j: 3 }])
  })

  it('keeps a pair only where it fits, as the ordered reading asks: between the questions linked around it', () => {
    const c = chosen()
    const between = (g: number, j: number) => c.every((js, h) => js.every((k) => (h < g ? k < j : h > g ? k > j : true)))
    expect(pairLeftovers(c, evidence, PROSE, between)).toEqual([{ g: 1, j: 1 }])
    expect(c).toEqual([[0], [1], [2]])
  })
})
