/**
 * @module
 * The text inside one paragraph (`w:p`): runs, with tracked changes accepted (insertions in, deletions out),
 * hidden text and field codes left out, tabs as spaces and line breaks as "\n". Text boxes anchored in the
 * paragraph are handed back as containers, to become blocks of their own after the paragraph.
 */
import type { Styles } from './docx-styles.js'
import { MATH_NAMESPACE, MC_NAMESPACE, childElements, isW, isWordElement, onOff, wChild, wChildVal, type Element } from './docx-xml.js'

export type ParagraphContent = {
  text: string
  /** whether every run that has visible text is bold */
  bold: boolean
  /** text boxes (`w:txbxContent`) found in the paragraph, in order */
  textBoxes: Element[]
  footnotes: number
  endnotes: number
}

type RunState = ParagraphContent & { boldSoFar: boolean; hasText: boolean }

/** Paragraph-level elements whose content is not part of the accepted text. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'del',
  'moveFrom',
  'sdtPr',
  'sdtEndPr',
  'bookmarkStart',
  'bookmarkEnd',
  'proofErr',
  'permStart',
  'permEnd',
])

/** Reads the runs of a paragraph; `paragraphBold` is what the paragraph style says about bold. */
export function readParagraphContent(p: Element, styles: Styles, paragraphBold: boolean): ParagraphContent {
  const state: RunState = { text: '', bold: false, textBoxes: [], footnotes: 0, endnotes: 0, boldSoFar: true, hasText: false }
  readInline(p, state, styles, paragraphBold)
  const { boldSoFar, hasText, ...content } = state
  return { ...content, bold: hasText && boldSoFar }
}

function readInline(parent: Element, state: RunState, styles: Styles, paragraphBold: boolean): void {
  for (const el of childElements(parent)) {
    if (isW(el, 'r')) readRun(el, state, styles, paragraphBold)
    else if (el.namespaceURI === MATH_NAMESPACE) appendText(state, mathText(el), paragraphBold)
    else if (isWordElement(el) && SKIPPED.has(el.localName ?? '')) continue
    else readEmbedded(el, state, styles, paragraphBold) || readInline(el, state, styles, paragraphBold)
  }
}

/** Text boxes and alternate content (shapes with text) inside a paragraph or run; true when handled. */
function readEmbedded(el: Element, state: RunState, styles: Styles, paragraphBold: boolean): boolean {
  if (isW(el, 'txbxContent')) {
    state.textBoxes.push(el)
    return true
  }
  if (el.namespaceURI === MC_NAMESPACE && el.localName === 'AlternateContent') {
    // the choice and the fallback hold the same text box twice (DrawingML and VML): read one of them
    const options = childElements(el)
    const chosen = options.find((o) => o.localName === 'Choice') ?? options.find((o) => o.localName === 'Fallback')
    if (chosen) readInline(chosen, state, styles, paragraphBold)
    return true
  }
  return false
}

function readRun(run: Element, state: RunState, styles: Styles, paragraphBold: boolean): void {
  const rPr = wChild(run, 'rPr')
  if (onOff(wChild(rPr, 'vanish')) === true) return
  const bold = onOff(wChild(rPr, 'b')) ?? styles.characterBold(wChildVal(rPr, 'rStyle')) ?? paragraphBold
  for (const el of childElements(run)) {
    if (!isWordElement(el)) {
      readEmbedded(el, state, styles, paragraphBold) || readInline(el, state, styles, paragraphBold)
      continue
    }
    switch (el.localName) {
      case 't':
        appendText(state, el.textContent ?? '', bold)
        break
      case 'tab':
      case 'ptab':
        state.text += ' '
        break
      case 'br':
      case 'cr':
        state.text += '\n'
        break
      case 'noBreakHyphen':
        appendText(state, '-', bold)
        break
      case 'footnoteReference':
        state.footnotes++
        break
      case 'endnoteReference':
        state.endnotes++
        break
      case 'drawing':
      case 'pict':
      case 'object':
        readInline(el, state, styles, paragraphBold)
        break
      // instrText (field codes), delText, softHyphen, sym, fldChar, rPr, …: nothing printed in flow text
    }
  }
}

function appendText(state: RunState, text: string, bold: boolean): void {
  state.text += text
  if (text.trim() === '') return
  state.hasText = true
  state.boldSoFar &&= bold
}

/** Office Math keeps its characters in `m:t`. */
function mathText(el: Element): string {
  if (el.localName === 't') return el.textContent ?? ''
  return childElements(el).map(mathText).join('')
}
