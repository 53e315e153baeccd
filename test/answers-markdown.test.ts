import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/export/markdown.js'
import { parseInquiry } from '../src/parse.js'
import type { Inquiry } from '../src/schema.js'

const INQUIRY = `Anfrage der CDU-Fraktion

Betreff: Spielplätze im Bezirk

Wir fragen:

1. Wie viele Spielplätze gibt es?

2. Wie viele davon sind gesperrt?

3. Wann wird der Spielplatz am Ufer* wieder geöffnet?

Antwort des Bezirksamts

Vorbemerkung: Die Zahlen stammen vom Mai.

Zu 1.: Es gibt 187 Spielplätze.

Zu 2.: Zwei sind ganz gesperrt.
`

describe('toMarkdown', () => {
  it('shows the metadata, each question followed by its answers, and marks what is unanswered', async () => {
    const md = toMarkdown(await parseInquiry(new TextEncoder().encode(INQUIRY)))
    expect(md).toContain('# Spielplätze im Bezirk')
    expect(md).toContain('- **Art:** Anfrage')
    expect(md).toContain('- **Von:** CDU-Fraktion')
    const one = md.indexOf('### Frage 1')
    const two = md.indexOf('### Frage 2')
    const three = md.indexOf('### Frage 3')
    expect(one).toBeGreaterThan(0)
    expect(md.slice(one, two)).toContain('> Wie viele Spielplätze gibt es?')
    expect(md.slice(one, two)).toContain('Es gibt 187 Spielplätze. _(sicher: Kennzeichnung „Zu 1.:“)_')
    expect(md.slice(three)).toContain('**Unbeantwortet.**')
  })

  it('keeps reply paragraphs that answer no question, under the reply heading', async () => {
    const md = toMarkdown(await parseInquiry(new TextEncoder().encode(INQUIRY)))
    expect(md).toMatch(/## Antwort des Bezirksamts\n\nDie Zahlen stammen vom Mai\./)
  })

  it('escapes Markdown characters in the text, and says when there is no reply at all', async () => {
    const inquiry: Inquiry = await parseInquiry(new TextEncoder().encode('Anfrage\n\n1. Gilt *das* für alle?\n'))
    const md = toMarkdown(inquiry)
    expect(md).toContain('> Gilt \\*das\\* für alle?')
    expect(md).toContain('_Keine Antwort vorhanden._')
  })
})
