/**
 * @module
 * A web page's elements → blocks, read as a stream of tags and text (htmlparser2's tokenizer: linear, no tree
 * held in memory). Block elements (p, div, li, h1–h6, td …) end the text before them; `<br>` breaks a line
 * within a block and a blank line (two `<br>`, an empty line in `<pre>`) starts a new one. Whitespace collapses
 * as a browser collapses it, except in `<pre>`.
 *
 * Left out, with everything inside them: scripts, styles, templates, navigation, asides, the page's own header
 * and footer (those inside `<main>` or `<article>` belong to the text and stay), hidden elements, and forms
 * that hold only a few short lines (a search box, a login); a form that wraps the page's text (as ASP.NET
 * pages do) stays.
 */
import { Parser } from 'htmlparser2'
import { pushAll } from '../arrays.js'
import { InquiryError } from '../errors.js'
import type { Limits } from '../limits.js'
import type { Block } from '../nodes.js'
import { normalizeChars } from '../text/normalize.js'
import { nextLabel, openList, type HtmlList } from './html-lists.js'
import { HtmlTable } from './html-tables.js'

type Attributes = Record<string, string>

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])
const DROPPED = new Set([
  'applet',
  'aside',
  'audio',
  'button',
  'canvas',
  'datalist',
  'embed',
  'head',
  'iframe',
  'map',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
])
const BOLD = new Set(['b', 'strong'])
/** A form with less text than this is a control (search, login, newsletter), not the page's wrapper. */
const FORM_TEXT = 300

type Open = { name: string; dropped: boolean }

export class PageReader {
  readonly blocks: Block[] = []
  private readonly stack: Open[] = []
  /** where blocks go: the page, a table cell, a form on probation */
  private readonly sinks: { blocks: Block[]; table?: HtmlTable; form?: true }[] = [{ blocks: this.blocks }]
  private readonly lists: HtmlList[] = []
  private dropped = 0
  private pre = 0
  private bold = 0
  private heading: number | null = null
  /** the text read since the last block ended, in pieces (reading the end of one growing string would copy it each time) */
  private pieces: string[] = []
  private lastChar = ''
  private chars = 0
  private boldChars = 0
  private item: { label: string | null; level: number } | null = null
  private count = 0

  constructor(private readonly limits: Limits) {}

  read(html: string): Block[] {
    const parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name, attribs),
        onclosetag: (name) => this.close(name),
        ontext: (text) => this.addText(text),
      },
      { decodeEntities: true }
    )
    parser.write(html)
    parser.end()
    this.flush()
    return this.blocks
  }

  private open(name: string, attribs: Attributes): void {
    if (this.stack.length >= this.limits.maxDepth) {
      throw new InquiryError('too_complex', `The web page nests its elements more than ${this.limits.maxDepth} levels deep.`, {
        details: { maxDepth: this.limits.maxDepth },
      })
    }
    const dropped = this.dropped > 0 || this.drops(name, attribs)
    this.stack.push({ name, dropped })
    if (dropped) {
      this.dropped++
      return
    }
    if (BLOCK.has(name) || name === 'form') this.flush()
    if (name === 'br') this.append('\n')
    else if (BOLD.has(name)) this.bold++
    else if (/^h[1-6]$/.test(name)) this.heading = Number(name[1])
    else if (name === 'pre') this.pre++
    else if (name === 'ol' || name === 'ul') this.lists.push(openList(name, attribs))
    else if (name === 'li') this.openItem(attribs)
    else if (name === 'form') this.sinks.push({ blocks: [], form: true })
    else this.openTablePart(name, attribs)
  }

  private close(name: string): void {
    const open = this.stack.pop()
    if (!open || open.dropped) {
      if (open) this.dropped--
      return
    }
    if (BLOCK.has(name) || name === 'form') this.flush()
    if (BOLD.has(name)) this.bold--
    else if (/^h[1-6]$/.test(name)) this.heading = null
    else if (name === 'pre') this.pre--
    else if (name === 'ol' || name === 'ul') this.lists.pop()
    else if (name === 'li') this.item = null
    else if (name === 'form') this.closeForm()
    else this.closeTablePart(name)
  }

  private drops(name: string, attribs: Attributes): boolean {
    if (DROPPED.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true') return true
    if ((name === 'header' || name === 'footer') && !this.stack.some((o) => o.name === 'main' || o.name === 'article')) return true
    const style = attribs.style?.toLowerCase().replace(/\s/g, '') ?? ''
    return style.includes('display:none') || style.includes('visibility:hidden')
  }

  private openItem(attribs: Attributes): void {
    const list = this.lists[this.lists.length - 1]
    this.item = list ? { label: nextLabel(list, attribs), level: this.lists.length - 1 } : null
  }

  private openTablePart(name: string, attribs: Attributes): void {
    const table = this.currentTable()
    if (name === 'table') this.sinks.push({ blocks: [], table: new HtmlTable() })
    else if (!table) return
    else if (name === 'tr') table.startRow()
    else if (name === 'td' || name === 'th') this.countParagraphs(table.startCell(attribs))
  }

  private closeTablePart(name: string): void {
    const table = this.currentTable()
    if (!table) return
    if (name === 'tr') table.endRow()
    else if (name === 'td' || name === 'th') table.endCell()
    else if (name === 'table') {
      this.sinks.pop()
      pushAll(this.sink(), table.finish(this.limits.maxParagraphs))
    }
  }

  /** The innermost table, if the innermost sink is one of its cells (not a form inside a cell). */
  private currentTable(): HtmlTable | undefined {
    return this.sinks[this.sinks.length - 1]!.table
  }

  private closeForm(): void {
    const form = this.sinks.pop()!
    const length = form.blocks.reduce((sum, b) => sum + b.text.length, 0)
    if (length >= FORM_TEXT) pushAll(this.sink(), form.blocks)
  }

  private sink(): Block[] {
    const top = this.sinks[this.sinks.length - 1]!
    return top.table ? top.table.sink : top.blocks
  }

  private addText(raw: string): void {
    if (this.dropped > 0) return
    const text = this.pre > 0 ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\r\f]+/g, ' ')
    // a space only where the text before has no space or line end of its own
    const last = this.lastChar
    this.append(this.pre === 0 && (last === '' || last === ' ' || last === '\n') ? text.replace(/^ /, '') : text)
    const visible = text.replace(/\s/g, '').length
    this.chars += visible
    if (this.bold > 0) this.boldChars += visible
  }

  private append(text: string): void {
    if (text === '') return
    this.pieces.push(text)
    this.lastChar = text[text.length - 1]!
  }

  /** Ends the text read so far as one block, or several where a blank line parts it. */
  private flush(): void {
    if (this.pieces.length === 0) return
    // white space between tags: nothing to show
    if (this.chars === 0) {
      this.pieces = []
      this.lastChar = ''
      return
    }
    const chunks = normalizeChars(this.pieces.join(''))
      .split(/\n[ \t]*\n/)
      .map((chunk) =>
        chunk
          .split('\n')
          .map((line) => (this.pre > 0 ? line.trimEnd() : line.trim()))
          .filter((line) => line !== '')
          .join('\n')
      )
      .filter((chunk) => chunk.trim() !== '')
    const bold = this.chars > 0 && this.boldChars >= 0.9 * this.chars
    this.pieces = []
    this.lastChar = ''
    this.chars = 0
    this.boldChars = 0
    if (chunks.length === 0) return
    this.countParagraphs(chunks.length)
    const sink = this.sink()
    chunks.forEach((text, i) => {
      const item = i === 0 ? this.item : null
      sink.push({
        type: 'block',
        text: text.trim(),
        label: item?.label ?? null,
        level: item?.label ? item.level : null,
        heading: this.heading,
        bold,
      })
    })
    this.item = null
  }

  private countParagraphs(n: number): void {
    this.count += n
    if (this.count <= this.limits.maxParagraphs) return
    throw new InquiryError('too_complex', `The web page has more than ${this.limits.maxParagraphs} paragraphs and table cells.`, {
      details: { maxParagraphs: this.limits.maxParagraphs },
    })
  }
}
