/**
 * PDF layout on real PDFs: each fixture's paragraphs, exactly, as written in its source
 * (fixtures/make/pdf/docs/*.ts; "~" there is a soft hyphen, which must leave no trace).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../src/layout/index.js'
import { loadDocument } from '../src/load/index.js'
import { getPdfjs } from '../src/load/pdfjs.js'
import type { Layout } from '../src/nodes.js'

const pdf = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}.pdf`, import.meta.url)))
const layoutOf = async (bytes: Uint8Array): Promise<Layout> => layoutDocument(await loadDocument(bytes))
const textsOf = async (name: string) => (await layoutOf(pdf(name))).paragraphs.map((p) => p.text)

describe('schule-dreiseitig.pdf: three pages, header and footer, a reason across the page break', () => {
  const expected = [
    'Anfrage der Fraktion Bürger für Lindenau',
    'Sanierung der Grundschule am Lindenweg',
    'Die Grundschule am Lindenweg wurde in den Jahren 1968 bis 1971 errichtet und seither nur in Teilen modernisiert. Nach dem Bericht der Verwaltung vom 12. März 2024 weisen das Dach, die Fenster und die Heizungsanlage erhebliche Mängel auf; in zwei Klassenräumen musste der Unterricht im vergangenen Winter wegen zu niedriger Raumtemperaturen verlegt werden. Die Elternvertretung hat den Magistrat mehrfach schriftlich auf diese Zustände hingewiesen.',
    'Wir fragen den Magistrat:',
    '1. Welche Ergebnisse hat die Bestandsaufnahme der Schulgebäude für die Grundschule am Lindenweg im Einzelnen ergeben, und welche Mängel wurden als dringend eingestuft?',
    '2. Wie hoch sind nach dem derzeitigen Stand der Planung die Kosten',
    'a) für die Sanierung des Daches und der Fassade,',
    'b) für den Austausch der Fenster,',
    'c) für die Erneuerung der Heizungsanlage?',
    '3. Welche Fördermittel des Landes und des Bundes können für die Sanierung in Anspruch genommen werden, und wurden entsprechende Anträge bereits gestellt?',
    '4. Wie wird sichergestellt, dass der Unterricht während der Bauarbeiten ohne größere Einschränkungen fortgesetzt werden kann?',
    'a) Ist die Aufstellung von Containern auf dem Schulhof vorgesehen?',
    'b) Welche Räume anderer Schulen oder Vereine stehen zur Verfügung?',
    '5. Welche Datenschutz- und Sicherheitsanforderungen gelten für die geplante digitale Ausstattung der Klassenräume mit Tablets und KI-Systemen?',
    '6. Bis wann wird der Stadtverordnetenversammlung ein Zeit- und Maßnahmenplan vorgelegt?',
    'Begründung',
    'Die Grundschule am Lindenweg ist mit rund 280 Kindern die größte Grundschule im Stadtgebiet. Seit dem Schuljahr 2022/23 wird sie vierzügig geführt; die Zahl der Anmeldungen ist weiter gestiegen, weil im Neubaugebiet Am Mühlbach zahlreiche junge Familien zugezogen sind. Die räumliche Situation ist daher schon ohne die baulichen Mängel angespannt: Der Mehrzweckraum wird als Klassenzimmer genutzt, die Betreuung am Nachmittag findet zum Teil in Fluren statt.',
    'Die Verwaltung hat in ihrem Bericht selbst eingeräumt, dass die Sanierung seit mehreren Jahren zurückgestellt worden ist. Die Kosten für Notreparaturen am Dach und an der Heizung sind in dieser Zeit deutlich gestiegen. Aus Sicht der Fraktion ist es nicht länger vertretbar, die notwendigen Arbeiten weiter aufzuschieben, zumal Bund und Land für die energetische Sanierung von Schulgebäuden derzeit erhebliche Fördermittel bereitstellen, deren Antragsfristen teilweise bereits im kommenden Jahr ablaufen. Die Eltern und die Lehrkräfte erwarten zu Recht, dass der Magistrat einen verbindlichen Zeitplan vorlegt und die Stadtverordnetenversammlung über die Kosten, die Finanzierung und die Übergangslösungen für den Unterricht frühzeitig unterrichtet. Nur so können die Gremien die notwendigen Mittel rechtzeitig im Haushalt 2026 bereitstellen und die Schulgemeinde in die Planung einbeziehen.',
    'Für die Fraktion: Jana Becker, Fraktionsvorsitzende',
    'Stellungnahme des Magistrats',
    'Der Magistrat beantwortet die Anfrage wie folgt:',
    'Zu 1.:',
    'Die Bestandsaufnahme hat ergeben, dass die Dachabdichtung über dem Altbau und die Fenster im Erdgeschoss als dringend einzustufen sind. Die Heizungsanlage ist funktionsfähig, entspricht aber nicht mehr den Anforderungen des Gebäudeenergiegesetzes. Betroffen sind vor allem die nach Norden gelegenen Räume im Altbau, insbesondere die Klassenräume der 2. Klassen im Nordflügel, in denen die Temperaturen im Winter regelmäßig unter 18 Grad lagen.',
    'Zu 2.:',
    'Nach der Kostenschätzung des Hochbauamtes betragen die Kosten für Dach und Fassade rund 1.450.000 Euro, für die Fenster rund 620.000 Euro und für die Heizungsanlage rund 380.000 Euro. Im Einzelnen sind folgende Maßnahmen vorgesehen:',
    '1. Abdichtung und Dämmung des Daches über dem Altbau in den Sommerferien 2025,',
    '2. Austausch aller Fenster im Erdgeschoss und im ersten Obergeschoss,',
    '3. Anschluss der Schule an das Nahwärmenetz des Neubaugebiets.',
    'Zu 3.:',
    'Für die energetischen Maßnahmen kommen Mittel aus dem Landesprogramm für Schulbau in Betracht. Der Antrag wurde am 1. Januar 2025 gestellt; ein Bescheid liegt noch nicht vor.',
    'Zu 4.:',
    'Während der Arbeiten am Dach werden vier Klassen in Containeranlagen auf dem Sportplatz unterrichtet. Die Turnhalle der benachbarten Gesamtschule steht für den Sportunterricht zur Verfügung.',
    'Zu 5.:',
    'Für die digitale Ausstattung gelten die Vorgaben des Landes zum Datenschutz in Schulen. KI-Systeme werden im Unterricht derzeit nicht eingesetzt.',
    'Zu 6.:',
    'Ein Zeit- und Maßnahmenplan wird dem Bauausschuss in seiner nächsten Sitzung vorgelegt.',
    'Mit freundlichen Grüßen',
    'Dr. Anna Beispiel',
    'Bürgermeisterin',
  ]

  it('has exactly the paragraphs of its source', async () => {
    expect(await textsOf('schule-dreiseitig')).toEqual(expected)
  })

  it('removes the running header and the footer "Seite N von 3" from every page', async () => {
    const { text } = await layoutOf(pdf('schule-dreiseitig'))
    expect(text).not.toMatch(/Stadtverordnetenversammlung Drucksache|Drucksache 18\/4711|Seite \d von 3/)
  })

  it('starts the paragraph that crosses the page break on page 1, and the reply on page 2', async () => {
    const { paragraphs } = await layoutOf(pdf('schule-dreiseitig'))
    const reason = paragraphs.find((p) => p.text.startsWith('Die Verwaltung hat in ihrem Bericht'))!
    expect(reason.position.page).toBe(1)
    expect(paragraphs.find((p) => p.text === 'Stellungnahme des Magistrats')!.position.page).toBe(2)
    expect(paragraphs.find((p) => p.text === 'Zu 5.:')!.position.page).toBe(3)
  })

  it('undoes the hyphenation at line ends that the PDF really has, and keeps the compound "KI-Systeme"', async () => {
    const loaded = await loadDocument(pdf('schule-dreiseitig'))
    const ends = loaded.pages.flatMap((p) => p.lines.map((l) => l.text.split(' ').pop()))
    expect(ends).toEqual(expect.arrayContaining(['Antrags-', 'Stadtverordneten-', 'KI-']))
    const { text } = layoutDocument(loaded)
    expect(text).toContain('deren Antragsfristen teilweise')
    expect(text).toContain('Schulen. KI-Systeme werden')
    expect(text).not.toMatch(/\u00AD/)
  })

  it('gives questions and sub-questions their labels and levels, the title a heading level', async () => {
    const { paragraphs } = await layoutOf(pdf('schule-dreiseitig'))
    const questions = paragraphs.slice(4, 15)
    expect(questions.map((p) => `${p.label}@${p.level}`)).toEqual([
      '1.@0',
      '2.@0',
      'a)@1',
      'b)@1',
      'c)@1',
      '3.@0',
      '4.@0',
      'a)@1',
      'b)@1',
      '5.@0',
      '6.@0',
    ])
    expect(paragraphs[0]).toMatchObject({ heading: 1, bold: true })
    expect(paragraphs[1]).toMatchObject({ heading: null, bold: true })
  })

  it('does not start a list item at "2. Klassen" in running text, nor at "1.450.000 Euro"', async () => {
    const loaded = await loadDocument(pdf('schule-dreiseitig'))
    const lineStarts = loaded.pages.flatMap((p) => p.lines.map((l) => l.text))
    expect(lineStarts.some((t) => t.startsWith('2. Klassen im Nordflügel'))).toBe(true)
    expect(lineStarts.some((t) => t.startsWith('1.450.000 Euro'))).toBe(true)
    const labels = (await layoutOf(pdf('schule-dreiseitig'))).paragraphs.map((p) => p.label).filter(Boolean)
    expect(labels).toEqual(['1.', '2.', 'a)', 'b)', 'c)', '3.', '4.', 'a)', 'b)', '5.', '6.', '1.', '2.', '3.'])
  })

  it('points each paragraph position at its own text', async () => {
    const layout = await layoutOf(pdf('schule-dreiseitig'))
    for (const p of layout.paragraphs) expect(layout.text.slice(p.position.start, p.position.end)).toBe(p.text)
  })
})

describe('a page number by the first question of a page', () => {
  const expected = [
    'Anfrage der SPD-Fraktion im Gemeinderat Birkenfeld',
    'Betreff: Straßenbeleuchtung in den Ortsteilen',
    'Seit der Umstellung der Straßenbeleuchtung auf LED-Leuchten im Jahr 2023 erreichen die Fraktion zahlreiche Hinweise aus den Ortsteilen Oberbach und Talheim. Bürgerinnen und Bürger berichten, dass einzelne Straßenabschnitte nachts deutlich dunkler sind als früher und dass defekte Leuchten oft erst nach Wochen ersetzt werden.',
    'Vor diesem Hintergrund bitten wir die Verwaltung um die Beantwortung der folgenden Fragen:',
    '1. Wie viele Leuchten wurden im Rahmen der Umstellung ausgetauscht, und wie hoch waren die Gesamtkosten?',
    '2. Nach welchen Kriterien wurde die Beleuchtungsstärke für Wohnstraßen, Fußwege und Hauptverkehrsstraßen festgelegt?',
    '3. Wie lange dauert es im Durchschnitt, bis eine gemeldete defekte Leuchte ersetzt wird?',
    '4. Ist eine Nachtabschaltung oder Absenkung der Beleuchtung in einzelnen Straßen vorgesehen, und wie wird dabei die Sicherheit von Fußgängerinnen und Fußgängern berücksichtigt?',
    '5. Welche Einsparungen beim Stromverbrauch wurden seit der Umstellung erzielt?',
    'Birkenfeld, den 14. Mai 2024',
    'Thomas Wagner, Fraktionsvorsitzender',
  ]

  it('drops a "2" set right above question 3, below the usual margin zone (seitenzahl-oben.pdf)', async () => {
    const page2 = (await loadDocument(pdf('seitenzahl-oben'))).pages[1]!
    expect(page2.lines[0]).toMatchObject({ text: '2' })
    expect(page2.lines[0]!.y).toBeGreaterThan(page2.height * 0.12)
    expect(await textsOf('seitenzahl-oben')).toEqual(expected)
  })

  it('drops a "2" on the baseline of question 3, in the margin (seitenzahl-davor.pdf)', async () => {
    const page2 = (await loadDocument(pdf('seitenzahl-davor'))).pages[1]!
    const first = page2.lines.filter((l) => Math.abs(l.y - page2.lines[0]!.y) < 2).map((l) => l.text)
    expect(first).toContain('2')
    const { paragraphs } = await layoutOf(pdf('seitenzahl-davor'))
    expect(paragraphs.map((p) => p.text)).toEqual(expected)
    expect(paragraphs.find((p) => p.label === '3.')).toMatchObject({ level: 0, position: { page: 2 } })
  })
})

describe('ragged and justified text without space between paragraphs', () => {
  const flattersatz = [
    'Antwort der Verwaltung',
    'auf die Anfrage der Fraktion Die Grünen vom 3. April 2024',
    'Betreff: Sichere Radwege zu den Schulen',
    'Die Verwaltung hat die Schulwege zu den fünf Grundschulen und den beiden weiterführenden Schulen im Frühjahr gemeinsam mit der Polizei und den Schulleitungen begangen. Dabei wurden insgesamt 23 Stellen erfasst, an denen Kinder auf dem Fahrrad besonders gefährdet sind.',
    'Zu den häufigsten Mängeln gehören fehlende oder zu schmale Radwege, zugeparkte Gehwege und Kreuzungen ohne Querungshilfe. An der Einmündung der Schulstraße in die Hauptstraße kam es in den letzten drei Jahren zu vier Unfällen mit verletzten Schülerinnen und Schülern.',
    'Die Verwaltung schlägt vor, zunächst die folgenden Maßnahmen umzusetzen:',
    '1. eine Fahrradstraße in der Schulstraße zwischen Bahnhof und Gymnasium,',
    '2. eine Querungshilfe an der Einmündung in die Hauptstraße,',
    '3. ein Halteverbot vor der Grundschule Am Park während der Bringzeiten.',
    'Die Kosten dieser Maßnahmen werden auf rund 310.000 Euro geschätzt. Mittel in dieser Höhe sind im Haushalt nicht veranschlagt; sie könnten jedoch zum Teil aus dem Förderprogramm des Landes für den Radverkehr gedeckt werden, dessen nächste Antragsfrist am 30. September endet.',
    'Über weitere Stellen wird der Ausschuss für Verkehr und Umwelt nach Abschluss der Zählungen im Herbst unterrichtet. Die Ergebnisse der Begehung sind dieser Antwort als Anlage beigefügt.',
    'Im Auftrag',
    'Martina Roth',
    'Fachbereich Stadtentwicklung',
  ]

  it('ends a ragged paragraph where the next word would still have fitted (flattersatz.pdf)', async () => {
    expect(await textsOf('flattersatz')).toEqual(flattersatz)
  })

  it('reads the same PDF distilled again by Ghostscript, whose ligatures read as CJK (ghostscript-flattersatz.pdf)', async () => {
    const pdfjs = await getPdfjs()
    const doc = await pdfjs.getDocument({ data: pdf('ghostscript-flattersatz'), verbosity: 0 }).promise
    const raw = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ')
    await doc.destroy()
    expect(raw).toContain('Betre\u6600\u6600')
    expect(await textsOf('ghostscript-flattersatz')).toEqual(flattersatz)
  })

  it('ends a justified paragraph at a first-line indent, even after a nearly full line (blocksatz.pdf)', async () => {
    const lines = (await loadDocument(pdf('blocksatz'))).pages[0]!.lines
    const nearlyFull = lines.find((l) => l.text.endsWith('deutlich benennt.'))!
    const widest = Math.max(...lines.map((l) => l.width))
    expect(nearlyFull.width / widest).toBeGreaterThan(0.9)
    expect(await textsOf('blocksatz')).toEqual([
      'Große Anfrage der Kreistagsfraktion Freie Wähler',
      'Zukunft der Kreisklinik Nordheide',
      'Die Kreisklinik Nordheide versorgt mit 240 Betten und rund 900 Beschäftigten den gesamten nördlichen Landkreis. Im Jahresabschluss 2023 wurde ein Fehlbetrag von 6,4 Millionen Euro ausgewiesen, den der Landkreis als Träger ausgleichen musste. Für das laufende Jahr wird ein noch höherer Fehlbetrag erwartet.',
      'Gleichzeitig plant das Land eine Reform der Krankenhausplanung, nach der künftig nur noch Kliniken mit bestimmten Leistungsgruppen bestimmte Eingriffe vornehmen dürfen. Welche Leistungsgruppen der Kreisklinik zugewiesen werden, ist bislang offen. In der Bevölkerung wächst die Sorge, dass die Geburtsstation und die Notaufnahme geschlossen werden könnten.',
      'Der Kreistag muss in den kommenden Monaten weitreichende Entscheidungen über die Zukunft der Klinik treffen. Dafür braucht er eine verlässliche Grundlage, die den Zustand, die Finanzen und die Perspektiven des Hauses offen darlegt und auch die Folgen für alle Beschäftigten deutlich benennt.',
      'Wir fragen den Kreisausschuss:',
      '1. Wie haben sich die Fallzahlen der Kreisklinik seit dem Jahr 2019 entwickelt, getrennt nach Fachabteilungen?',
      '2. Welche Leistungsgruppen hat der Landkreis für die Kreisklinik beim Land beantragt?',
      '3. Welche Folgen hätte es für die Versorgung im nördlichen Landkreis,',
      'a) wenn die Geburtsstation geschlossen würde,',
      'b) wenn die Notaufnahme nur noch tagsüber besetzt wäre?',
      '4. Welche Kooperationen mit anderen Kliniken der Region werden derzeit geprüft?',
      'Die Antworten sollen dem Kreistag vor der Beratung des Haushalts 2025 vorliegen, damit die notwendigen Mittel rechtzeitig eingeplant werden können.',
    ])
  })
})

describe('zweispaltig.pdf: a title across the page, then two columns', () => {
  const expected = [
    'Antwort des Kreisausschusses auf die Anfrage zum Busverkehr im ländlichen Raum',
    'Die Fraktion der Freien Wähler hat mit Schreiben vom 2. Februar 2024 nach dem Angebot des öffentlichen Nahverkehrs in den Dörfern des Landkreises gefragt. Der Kreisausschuss beantwortet die Fragen wie folgt.',
    'Zu Frage 1:',
    'Im Landkreis verkehren derzeit 41 Buslinien, davon 12 mit einem Takt von mindestens einer Stunde. In 37 der 112 Ortsteile hält an Werktagen weniger als fünfmal täglich ein Bus, an Wochenenden werden 58 Ortsteile gar nicht bedient. Die Fahrgastzahlen sind nach dem Rückgang in den Jahren 2020 und 2021 wieder gestiegen und haben 2023 das Niveau von 2019 fast erreicht.',
    'Zu Frage 2:',
    'Das Rufbus-Angebot „Nordheide flexibel“ wurde im Oktober 2022 in den Gemeinden Ahlbeck und Wiesental eingeführt. Fahrten können bis eine Stunde vor Abfahrt telefonisch oder über eine App bestellt werden. Im ersten Jahr wurden rund 14.000 Fahrgäste befördert, überwiegend ältere Menschen sowie Schülerinnen und Schüler am Nachmittag. Die Kosten je Fahrgast liegen deutlich über denen des Linienverkehrs, doch erschließt der Rufbus Orte, die ein Linienbus nicht wirtschaftlich bedienen kann. Der Kreisausschuss schlägt deshalb vor, das Angebot im Jahr 2025 auf die Gemeinden Birkholz und Seedorf auszuweiten und die Bediengebiete so zuzuschneiden, dass Umstiege zu den Regionalbuslinien an festen Knotenpunkten möglich werden. Die zusätzlichen Kosten von rund 420.000 Euro jährlich sollen zur Hälfte aus Landesmitteln getragen werden.',
    'Zu Frage 3:',
    'Eine Ausweitung des Schülerverkehrs auf den allgemeinen Linienverkehr wird geprüft. Schulbusse sind bereits heute für alle Fahrgäste geöffnet, fahren aber nur zu Schulbeginn und -ende. In den Ferien entfallen diese Fahrten vollständig, was in mehreren Dörfern zu langen Lücken im Fahrplan führt.',
    'Zu Frage 4:',
    'Die Haltestellen werden schrittweise barrierefrei ausgebaut. Bis Ende 2023 waren 164 von 690 Haltestellen umgebaut; der Landkreis fördert den Umbau durch die Gemeinden mit bis zu 75 Prozent der Kosten. Für 2024 liegen Anträge für weitere 38 Haltestellen vor.',
    'Zu Frage 5:',
    'Die Verknüpfung von Bus und Bahn soll verbessert werden. An den Bahnhöfen in Ahlbeck, Birkholz und Seedorf werden die Fahrpläne der Zubringerbusse ab dem Fahrplanwechsel im Dezember auf die Ankunfts- und Abfahrtszeiten der Regionalzüge abgestimmt. Dafür werden einzelne Fahrten um wenige Minuten verschoben; die Schulanfangszeiten bleiben davon unberührt. Die Fahrgäste werden durch Aushänge an den Haltestellen informiert.',
    'Außerdem prüft der Landkreis gemeinsam mit dem Verkehrsverbund, ob an den größeren Haltestellen überdachte Fahrradabstellanlagen eingerichtet werden können. Erfahrungen aus anderen Landkreisen zeigen, dass solche Anlagen vor allem von Berufspendlerinnen und Berufspendlern genutzt werden, die aus abgelegenen Ortsteilen mit dem Rad zum Bus fahren.',
    'Zu Frage 6:',
    'Die Zahl der Beschwerden über ausgefallene Fahrten ist im vergangenen Jahr deutlich gestiegen. Hauptursache ist der Mangel an Fahrerinnen und Fahrern bei den beauftragten Unternehmen. Der Landkreis hat die Unternehmen verpflichtet, ausgefallene Fahrten innerhalb eines Tages auf der Internetseite des Verkehrsverbundes bekannt zu geben, und prüft Vertragsstrafen für wiederholte Ausfälle.',
    'Zu Frage 7:',
    'Ein landkreisweites Sozialticket gibt es bisher nicht. Der Kreisausschuss wird dem Kreistag bis zum Sommer einen Vorschlag vorlegen, der die Kosten und die möglichen Anspruchsgruppen darstellt.',
    'Zu Frage 8:',
    'Der Nahverkehrsplan des Landkreises stammt aus dem Jahr 2017 und wird derzeit fortgeschrieben. Ein Gutachterbüro hat im vergangenen Herbst die Verkehrsströme zwischen den Ortsteilen, den Schulstandorten und den Arbeitsplatzschwerpunkten erhoben. Die Ergebnisse zeigen, dass viele Fahrten nicht in die Kreisstadt, sondern zwischen benachbarten Dörfern stattfinden, die bisher kaum durch Buslinien verbunden sind. Der Entwurf des neuen Plans sieht deshalb neben den Hauptachsen ein Netz von Querverbindungen vor, die im Stundentakt oder als Rufbus bedient werden sollen. Die Beteiligung der Gemeinden und der Öffentlichkeit beginnt im Mai; der Kreistag soll den Plan im Dezember beschließen.',
    'Zu Frage 9:',
    'Für die Umstellung der Busflotte auf emissionsfreie Antriebe hat der Landkreis Fördermittel des Bundes beantragt. Bis 2030 sollen mindestens die Hälfte der im Auftrag des Landkreises eingesetzten Busse elektrisch fahren. Die Ladeinfrastruktur wird auf den Betriebshöfen der Verkehrsunternehmen errichtet; an zwei Endhaltestellen sind zusätzlich Schnellladepunkte vorgesehen.',
    'Zu Frage 10:',
    'Die Finanzierung des Busverkehrs ruht auf drei Säulen: den Fahrgeldeinnahmen, den Ausgleichszahlungen des Landes für den Schülerverkehr und dem Zuschuss aus dem Kreishaushalt. Der Zuschuss ist seit 2019 von 8,2 auf 11,9 Millionen Euro gestiegen. Ursachen sind vor allem höhere Personal- und Energiekosten sowie die Ausweitung des Angebots. Ohne zusätzliche Mittel des Landes wird der Landkreis weitere Verbesserungen nur schrittweise finanzieren können.',
    'Der Kreisausschuss schlägt vor, in den Jahren 2025 und 2026 folgende Schwerpunkte zu setzen:',
    '1. den Rufbus in allen Gemeinden ohne Stundentakt anzubieten,',
    '2. die Anschlüsse an den Bahnhöfen zu sichern,',
    '3. die barrierefreien Haltestellen um weitere 80 zu erhöhen.',
    'Über den Stand der Umsetzung wird der Ausschuss für Mobilität halbjährlich unterrichtet. Der nächste Bericht ist für die Sitzung im September vorgesehen und wird auch die Ergebnisse der Fahrgastbefragung enthalten, die der Verkehrsverbund im Frühjahr in allen Buslinien des Landkreises durchführt.',
  ]

  it('reads the left column before the right one and joins paragraphs over column and page breaks', async () => {
    expect(await textsOf('zweispaltig')).toEqual(expected)
  })

  it('never interleaves lines of the two columns', async () => {
    const page = (await loadDocument(pdf('zweispaltig'))).pages[0]!
    const middle = page.width / 2
    const sides = page.lines.filter((l) => l.x + l.width < middle || l.x > middle).map((l) => (l.x < middle ? 'L' : 'R'))
    // the header's two parts, then all of the left column, then all of the right column
    expect(sides.join('').replace(/^LR/, '')).toMatch(/^L+R+$/)
  })

  it('removes the header (its parts fall in different columns on page 1) and the footer "- N -"', async () => {
    const { text } = await layoutOf(pdf('zweispaltig'))
    expect(text).not.toMatch(/Kreistag Nordheide|Drucksache 2024\/117|- \d -/)
  })
})

describe('roh-sonderzeichen.pdf: a PDF put together by hand, as odd producers write them', () => {
  it('has exactly its paragraphs: odd spaces, a ligature and a soft hyphen normalised, pieces in order, no stamp', async () => {
    expect(await textsOf('roh-sonderzeichen')).toEqual([
      'Anfrage zur Förderung der Schulen',
      'Die Kosten betragen rund 310.000 Euro; die Verwaltung prüft die Förderung nach § 3 der Richtlinie über KI-Systeme in Schulen.',
      'Die Schulfinanzierung gilt ab dem 1. August; die Elternvertretung wird beteiligt.',
      'Dieser Satz steht, obwohl er in zwei Teilen gezeichnet wurde.',
      'Zu 1.:',
      'Die Förderung beginnt im nächsten Schuljahr.',
      '1. Wann beginnt die Förderung?',
      '2. Wer stellt den Antrag?',
    ])
  })

  it('reads the bold standard font as bold, and the simulated bold label once', async () => {
    const { paragraphs } = await layoutOf(pdf('roh-sonderzeichen'))
    expect(paragraphs.filter((p) => p.bold).map((p) => p.text)).toEqual(['Anfrage zur Förderung der Schulen', 'Zu 1.:'])
    expect((await layoutOf(pdf('roh-sonderzeichen'))).text).not.toMatch(/ENTWURF|[\u00A0\u202F\u00AD\uFB01]/)
  })
})

describe('weich-getrennt.pdf: soft hyphens that pdf.js drops from the text', () => {
  it('really has no hyphen in its text layer where the lines break', async () => {
    const lines = (await loadDocument(pdf('weich-getrennt'))).pages[0]!.lines.map((l) => l.text)
    expect(lines).toContain('Außerdem werden an der Kreuzung am Rathausplatz eine Bedarfsampel und eine Fahrbahn')
    expect(lines.some((l) => l.startsWith('markierung eingerichtet'))).toBe(true)
  })

  it('joins the words again where a justified line stops one hyphen short of the margin', async () => {
    expect(await textsOf('weich-getrennt')).toEqual([
      'Stellungnahme des Bürgermeisters',
      'Die Gemeindeverwaltung hat die Vorschläge der Elternvertretung sorgfältig geprüft. Der Schulweg über die Bahnhofstraße wird ab dem kommenden Schuljahr durch zusätzliche Schülerlotsen gesichert; die Kosten trägt der Förderverein der Grundschule zur Hälfte. Außerdem werden an der Kreuzung am Rathausplatz eine Bedarfsampel und eine Fahrbahnmarkierung eingerichtet, sobald die Straßenverkehrsbehörde des Kreises zugestimmt hat.',
      'Über die Ergebnisse der Verkehrszählung, die im Frühjahr an allen Schulwegen durchgeführt wird, unterrichtet die Verwaltung den Ausschuss für Bildung, Jugend und Soziales in seiner nächsten Sitzung. Weitere Maßnahmen werden dann gemeinsam mit den Schulleitungen, der Polizeiinspektion und der Verkehrswacht beraten. Die Haushaltsmittel für die Schulwegsicherung sind im Nachtragshaushaltsplan bereits veranschlagt.',
    ])
  })
})

describe('browser-gedruckt.pdf: a web page printed by Chromium, with the browser’s header and footer', () => {
  it('has exactly the paragraphs of its HTML source, the answer to 3. joined over the page break', async () => {
    expect(await textsOf('browser-gedruckt')).toEqual([
      'Anfrage der Fraktion Freie Liste zum Hallenbad Auental',
      'Das Hallenbad im Ortsteil Auental ist seit dem 15. Januar 2024 wegen eines Schadens an der Lüftungsanlage geschlossen. Schulen und Vereine müssen seitdem auf das Bad der Nachbarstadt ausweichen; die Fahrtkosten tragen zum Teil die Eltern.',
      'Wir fragen den Gemeindevorstand:',
      '1. Welche Schäden wurden an der Lüftungsanlage festgestellt, und wann kann das Bad wieder öffnen?',
      '2. Wie hoch sind die Kosten der Reparatur',
      'a. für die Lüftungsanlage selbst,',
      'b. für die Schäden an Decke und Wänden durch Feuchtigkeit?',
      '3. Übernimmt die Gemeinde die Fahrtkosten der Schulen zum Bad der Nachbarstadt?',
      'Begründung',
      'Das Hallenbad Auental ist das einzige Bad der Gemeinde. Es wird von vier Grundschulen, der Gesamtschule und drei Vereinen genutzt, darunter die DLRG-Ortsgruppe, die dort Rettungsschwimmer ausbildet. Nach Auskunft der Schulen fällt der Schwimmunterricht seit der Schließung in mehreren Klassen ganz aus, weil die Zeiten im Bad der Nachbarstadt nicht ausreichen.',
      'Bereits im Jahr 2021 hatte ein Gutachten auf den schlechten Zustand der technischen Anlagen hingewiesen. Die damals empfohlene Sanierung wurde aus Kostengründen verschoben. Die Fraktion möchte wissen, welche Folgen diese Entscheidung heute hat und wie die Gemeinde Schulen und Vereine bis zur Wiedereröffnung unterstützt.',
      'Antwort des Gemeindevorstands',
      'Zu 1.: Ein Gutachter hat Korrosion an den Wärmetauschern und einen Riss im Hauptkanal festgestellt. Die Ersatzteile sind bestellt; nach dem Einbau und einer Prüfung der Luftqualität soll das Bad im September wieder öffnen.',
      'Zu 2.: Für die Lüftungsanlage rechnet das Bauamt mit rund 185.000 Euro. Die Feuchtigkeitsschäden an Decke und Wänden werden derzeit noch untersucht; eine belastbare Schätzung liegt erst nach dem Abschluss der Untersuchung im Juli vor. Die Gemeinde hat den Schaden ihrer Versicherung gemeldet, die einen Teil der Kosten übernehmen wird, soweit die Korrosion nicht auf fehlende Wartung zurückgeht. Über das Ergebnis wird der Ausschuss für Finanzen unterrichtet, sobald die Versicherung entschieden hat.',
      'Zu 3.: Die Gemeinde übernimmt die Kosten der Busfahrten für den Schwimmunterricht der Grundschulen vollständig. Für die Vereine wird eine Lösung mit der Nachbarstadt gesucht; bis dahin können die Vereine Zuschüsse aus dem Sportförderfonds beantragen.',
      'Die Gemeinde bedauert die Einschränkungen für Schulen und Vereine und dankt allen Beteiligten für ihr Verständnis. Der Gemeindevorstand wird in jeder Sitzung des Ausschusses für Soziales und Sport über den Stand der Arbeiten berichten, bis das Bad wieder geöffnet ist. Anfragen der Vereine zu Ersatzzeiten nimmt das Sportamt entgegen, das auch die Belegung der Bahnen im Bad der Nachbarstadt abstimmt.',
      'Mit freundlichen Grüßen',
      'Petra Lang, Bürgermeisterin',
    ])
  })

  it('removes the browser’s header (date and title) and footer (address and "1/2")', async () => {
    const loaded = await loadDocument(pdf('browser-gedruckt'))
    expect(loaded.pages.map((p) => p.lines.at(-1)!.text)).toEqual([
      expect.stringMatching(/browser-gedruckt\.html 1\/2$/),
      expect.stringMatching(/browser-gedruckt\.html 2\/2$/),
    ])
    const { text } = layoutDocument(loaded)
    expect(text).not.toMatch(/Ratsinformationssystem|file:|\d\/2/)
  })
})
