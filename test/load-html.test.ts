/**
 * The HTML loader on small pages written here: what a browser shows becomes blocks — entities decoded, white
 * space collapsed, `<pre>` kept, lists numbered as printed, tables of data kept, page furniture left out — and
 * the encoding is read from the BOM, the meta charset, or the bytes.
 */
import { describe, expect, it } from 'vitest'
import { InquiryError } from '../src/errors.js'
import { DEFAULT_LIMITS } from '../src/limits.js'
import { layoutDocument } from '../src/layout/index.js'
import { loadHtml } from '../src/load/html.js'
import { loadDocument, sniffFormat } from '../src/load/index.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
const page = (body: string) =>
  utf8(`<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Anfrage</title></head><body>${body}</body></html>`)
const blocksOf = (body: string) => loadHtml(page(body), DEFAULT_LIMITS).blocks
const textsOf = (body: string) => blocksOf(body).map((b) => (b.label ? `${b.label} ${b.text}` : b.text))

describe('telling HTML apart by its bytes', () => {
  it.each([
    ['<!DOCTYPE html><p>Text</p>'],
    ['<!doctype HTML>\n<html>'],
    ['\uFEFF<html><body>Text</body></html>'],
    ['  \n<!-- gespeichert aus dem Ratsinformationssystem -->\n<html>'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">'],
    ['<body><p>Anfrage</p></body>'],
    ['<div class="text"><p>Anfrage</p></div>'],
    ['<p>Anfrage der Fraktion</p>'],
    ['<h1>Kleine Anfrage</h1>'],
  ])('%j is HTML', (start) => {
    expect(sniffFormat(utf8(start))).toBe('html')
  })

  it.each([['Anfrage der Fraktion <b>SPD</b>'], ['1. Wie viele <Schulen> gibt es?'], ['<Antwort>'], ['<!-- eine Notiz ohne Ende']])(
    '%j is plain text',
    (start) => {
      expect(sniffFormat(utf8(start))).toBe('text')
    }
  )

  it('reads a UTF-16 page with its byte order mark', async () => {
    const text = '<html><body><p>Anfrage zur Straßenreinigung</p></body></html>'
    const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])])
    const doc = await loadDocument(bytes)
    expect(doc.format).toBe('html')
    expect(doc.blocks.map((b) => b.text)).toEqual(['Anfrage zur Straßenreinigung'])
  })
})

describe('the encoding of a page', () => {
  const latin1 = (s: string) =>
    new Uint8Array([...s].map((ch) => (ch === '€' ? 0x80 : ch === '„' ? 0x84 : ch === '“' ? 0x93 : ch.charCodeAt(0))))

  it('follows a meta charset of windows-1252 or ISO-8859-1, without a warning', () => {
    for (const declaration of [
      '<meta charset="windows-1252">',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    ]) {
      const doc = loadHtml(latin1(`<html><head>${declaration}</head><body><p>„Grünfläche“ für 5 €</p></body></html>`), DEFAULT_LIMITS)
      expect(doc.blocks.map((b) => b.text)).toEqual(['„Grünfläche“ für 5 €'])
      expect(doc.warnings).toEqual([])
    }
  })

  it('falls back to Windows-1252 with a warning where nothing is declared and the bytes are not UTF-8', () => {
    const doc = loadHtml(latin1('<html><body><p>Müllabfuhr in Süd</p></body></html>'), DEFAULT_LIMITS)
    expect(doc.blocks.map((b) => b.text)).toEqual(['Müllabfuhr in Süd'])
    expect(doc.warnings.map((w) => w.code)).toEqual(['legacy_encoding'])
  })

  it('reads UTF-8 without a declaration, and drops the BOM', () => {
    expect(loadHtml(utf8('\uFEFF<p>Gebühren für Kitas</p>'), DEFAULT_LIMITS).blocks.map((b) => b.text)).toEqual(['Gebühren für Kitas'])
  })
})

describe('blocks from elements', () => {
  it('decodes entities, collapses white space as a browser does, and breaks lines at <br>', () => {
    const blocks = blocksOf('<p>Die   Fraktion\n  B&uuml;ndnis&nbsp;90 &amp; <i>Die</i> <b>Gr&#252;nen</b> fragt:<br>  zweite Zeile</p>')
    expect(blocks.map((b) => b.text)).toEqual(['Die Fraktion Bündnis 90 & Die Grünen fragt:\nzweite Zeile'])
  })

  it('keeps <pre> as printed and parts it at blank lines, as two <br> part a paragraph', () => {
    expect(textsOf('<pre>Anfrage   Nr. 12\n  an den Rat\n\nBetreff: Radwege</pre><p>Erster Absatz<br><br>Zweiter Absatz</p>')).toEqual([
      'Anfrage   Nr. 12\n  an den Rat',
      'Betreff: Radwege',
      'Erster Absatz',
      'Zweiter Absatz',
    ])
  })

  it('marks headings and bold paragraphs', () => {
    const blocks = blocksOf('<h2>Antwort der Verwaltung</h2><p><strong>Vorbemerkung</strong></p><p>Die <b>Stadt</b> prüft.</p>')
    expect(blocks.map((b) => [b.text, b.heading, b.bold])).toEqual([
      ['Antwort der Verwaltung', 2, false],
      ['Vorbemerkung', null, true],
      ['Die Stadt prüft.', null, false],
    ])
  })

  it('leaves out scripts, styles, navigation, the page header and footer, asides, hidden elements and small forms', () => {
    const texts = textsOf(`
      <header><a href="/">Stadt Lindau – Ratsinformationssystem</a></header>
      <nav><ul><li>Sitzungen</li><li>Vorlagen</li></ul></nav>
      <script>document.write("<p>kein Text</p>")</script><style>p { color: red }</style><noscript>Bitte JavaScript</noscript>
      <template><p>Vorlage</p></template>
      <main><article><header><h1>Anfrage zur Straßenbeleuchtung</h1></header><p>Text der Anfrage.</p><footer>Stand: 12.03.2024</footer></article></main>
      <aside>Ähnliche Vorlagen</aside><div hidden>versteckt</div><p style="display: none">auch versteckt</p><span aria-hidden="true">Symbol</span>
      <form action="/suche"><label>Suche</label><input name="q"><button>Los</button></form>
      <footer>Impressum · Datenschutz</footer>`)
    expect(texts).toEqual(['Anfrage zur Straßenbeleuchtung', 'Text der Anfrage.', 'Stand: 12.03.2024'])
  })

  it('keeps a form that wraps the page text (ASP.NET pages)', () => {
    const text = 'Die Verwaltung wird gebeten, über den Stand der Sanierung der Grundschule am Markt zu berichten. '.repeat(4).trim()
    expect(
      textsOf(`<form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" value="x"><div><p>${text}</p></div></form>`)
    ).toEqual([text])
  })
})

describe('lists', () => {
  it('numbers ordered lists as printed: start, value, type and nesting levels', () => {
    const blocks = blocksOf(`
      <ol start="3"><li>Wie viele Plätze gibt es?
        <ol type="a"><li>in Kitas?</li><li>in der Tagespflege?</li></ol></li>
        <li value="7">Wie lang ist die Warteliste?</li><li>Was kostet ein Platz?</li></ol>
      <ol type="I"><li>Bestand</li><li>Planung</li></ol><ol type="i" start="4"><li>vier</li></ol><ol type="A" start="27"><li>AA</li></ol>
      <ul><li>Punkt</li></ul><ol style="list-style: none"><li>ohne Nummer</li></ol>`)
    expect(blocks.map((b) => [b.label, b.level, b.text])).toEqual([
      ['3.', 0, 'Wie viele Plätze gibt es?'],
      ['a.', 1, 'in Kitas?'],
      ['b.', 1, 'in der Tagespflege?'],
      ['7.', 0, 'Wie lang ist die Warteliste?'],
      ['8.', 0, 'Was kostet ein Platz?'],
      ['I.', 0, 'Bestand'],
      ['II.', 0, 'Planung'],
      ['iv.', 0, 'vier'],
      ['AA.', 0, 'AA'],
      ['•', 0, 'Punkt'],
      [null, null, 'ohne Nummer'],
    ])
  })

  it('shows "1." for every item where the page writes each item as a list of its own', () => {
    const blocks = blocksOf('<ol><li>Erste Frage?</li></ol><ol><li>Zweite Frage?</li></ol><ol><li>Dritte Frage?</li></ol>')
    expect(blocks.map((b) => b.label)).toEqual(['1.', '1.', '1.'])
  })

  it('counts a reversed list with a start downwards, and puts a paragraph inside an item under its label', () => {
    const blocks = blocksOf('<ol reversed start="3"><li><p>drei</p></li><li>zwei</li></ol>')
    expect(blocks.map((b) => [b.label, b.text])).toEqual([
      ['3.', 'drei'],
      ['2.', 'zwei'],
    ])
  })

  it('starts a new paragraph at a labelled line after <br>, and at every line of a block of short lines', () => {
    const questions =
      '<p>Wir fragen:<br>1. Wie viele Kinder warten derzeit auf einen Platz in einer Kita?<br>2. Welche Träger planen<br>neue Gruppen in den Jahren 2025 und 2026, und mit wie vielen Plätzen?</p>'
    const signature = '<p>Wiesenbrunn, den 4. März 2024<br>Der Oberbürgermeister</p>'
    const paragraphs = layoutDocument(loadHtml(page(questions + signature), DEFAULT_LIMITS)).paragraphs
    expect(paragraphs.map((p) => [p.label, p.body])).toEqual([
      [null, 'Wir fragen:'],
      ['1.', 'Wie viele Kinder warten derzeit auf einen Platz in einer Kita?'],
      ['2.', 'Welche Träger planen neue Gruppen in den Jahren 2025 und 2026, und mit wie vielen Plätzen?'],
      [null, 'Wiesenbrunn, den 4. März 2024'],
      [null, 'Der Oberbürgermeister'],
    ])
  })
})

describe('tables', () => {
  it('keeps a table of data, a colspan blank after its text and a rowspan blank below it', () => {
    const blocks = blocksOf(`<p>Zu 2.:</p><table><caption>Unfälle nach Jahren</caption>
      <thead><tr><th rowspan="2">Jahr</th><th colspan="2">Unfälle</th></tr><tr><th>mit Radfahrern</th><th>mit Kindern</th></tr></thead>
      <tbody><tr><td>2022</td><td>14</td><td>3</td></tr><tr><td>2023</td><td>17</td><td>5</td></tr></tbody></table>`)
    expect(blocks.map((b) => b.table ?? b.text)).toEqual([
      'Zu 2.:',
      'Unfälle nach Jahren',
      [
        ['Jahr', 'Unfälle', ''],
        ['', 'mit Radfahrern', 'mit Kindern'],
        ['2022', '14', '3'],
        ['2023', '17', '5'],
      ],
    ])
    expect(blocks[2]!.text).toBe('Jahr | Unfälle\n | mit Radfahrern | mit Kindern\n2022 | 14 | 3\n2023 | 17 | 5')
  })

  it('reads a form layout ("Betreff: | …") as one line per row, and a layout table as its paragraphs', () => {
    const texts = textsOf(`<table><tr><td>Betreff:</td><td>Radwege am Fluss</td></tr><tr><td>Datum:</td><td>12.03.2024</td></tr></table>
      <table><tr><td><p>Wie viele Radwege gibt es?</p><ol><li>an Kreisstraßen?</li></ol></td><td><img src="logo.png" alt="Logo"></td></tr></table>`)
    expect(texts).toEqual(['Betreff: Radwege am Fluss', 'Datum: 12.03.2024', 'Wie viele Radwege gibt es?', '1. an Kreisstraßen?'])
  })

  it('takes a table of data inside a page-frame table as a table, and the frame as paragraphs', () => {
    const blocks = blocksOf(
      `<table><tr><td><p>Die Zahlen:</p><table><tr><th>Bezirk</th><th>Anzahl</th></tr><tr><td>Nord</td><td>12</td></tr><tr><td>Süd</td><td>9</td></tr></table></td></tr></table>`
    )
    expect(blocks.map((b) => b.table ?? b.text)).toEqual([
      'Die Zahlen:',
      [
        ['Bezirk', 'Anzahl'],
        ['Nord', '12'],
        ['Süd', '9'],
      ],
    ])
  })
})

describe('budgets', () => {
  const tooComplex = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      return error instanceof InquiryError ? error.code : String(error)
    }
    return 'no error'
  }

  it('refuses elements nested deeper than maxDepth with too_complex', () => {
    expect(tooComplex(() => loadHtml(utf8(`<html><body>${'<div>'.repeat(300)}Text`), DEFAULT_LIMITS))).toBe('too_complex')
    expect(tooComplex(() => loadHtml(utf8(`<html><body>${'<div>'.repeat(300)}Text`), { ...DEFAULT_LIMITS, maxDepth: 400 }))).toBe(
      'no error'
    )
  })

  it('refuses more paragraphs or table cells than maxParagraphs with too_complex', () => {
    const limits = { ...DEFAULT_LIMITS, maxParagraphs: 100 }
    expect(tooComplex(() => loadHtml(utf8('<p>Absatz</p>'.repeat(101)), limits))).toBe('too_complex')
    expect(tooComplex(() => loadHtml(utf8(`<table><tr>${'<td>1</td>'.repeat(101)}</tr></table>`), limits))).toBe('too_complex')
    expect(
      tooComplex(() => loadHtml(utf8(`<table><tr><td colspan="100">x</td></tr>${'<tr><td>1</td></tr>'.repeat(5)}</table>`), limits))
    ).toBe('too_complex')
    expect(tooComplex(() => loadHtml(utf8('<p>Absatz</p>'.repeat(100)), limits))).toBe('no error')
  })

  it('reads large adversarial pages in linear time: one paragraph of 200,000 inline tags, long runs of spaces, a table of 20,000 rows', () => {
    const inline = loadHtml(utf8(`<p>${'<b>a</b> '.repeat(200_000)}</p>`), DEFAULT_LIMITS)
    expect(inline.blocks[0]!.text.length).toBe(2 * 200_000 - 1)
    const spaces = loadHtml(
      utf8(`<p>a${' '.repeat(2_000_000)}b${'\n'.repeat(100_000)}</p><pre>${' \n'.repeat(500_000)}x</pre>`),
      DEFAULT_LIMITS
    )
    expect(spaces.blocks.map((b) => b.text)).toEqual(['a b', 'x'])
    // 40,000 cells: more than the default paragraph budget allows, so the budget is raised for this one
    const rows = loadHtml(utf8(`<table>${'<tr><td>Nord</td><td>12</td></tr>'.repeat(20_000)}</table>`), {
      ...DEFAULT_LIMITS,
      maxParagraphs: 50_000,
    })
    expect(rows.blocks[0]!.table).toHaveLength(20_000)
  })

  it('says a page without text is empty', () => {
    expect(
      tooComplex(() => loadHtml(utf8('<html><head><title>Leer</title></head><body><nav>Menü</nav></body></html>'), DEFAULT_LIMITS))
    ).toBe('empty')
  })
})
