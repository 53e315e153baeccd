/**
 * @module
 * A look at a PDF's raw bytes before pdf.js reads them, for what pdf.js cannot be asked to bound:
 * - Every stream but an image is inflated here with a counted budget. A 1 MB file can hold a gigabyte of
 *   content, which pdf.js would decode whole into memory. Images are left alone: pdf.js never decodes them
 *   for us (`maxImageSize: 0`), so a huge scan costs nothing.
 * - The code ranges of CMaps are counted (`pdf-cmaps.ts`): pdf.js fills one slot per code.
 * - In content streams, the nesting of saved graphics states (`q`) and the text-showing operators are
 *   counted: pdf.js's text extraction slows down quadratically with both (20,000 nested `q` take over a
 *   minute, 18,000 `Tj` at one spot 5 s).
 * - The classic cross-reference table is checked against the objects it points to. On a bad entry pdf.js
 *   rebuilds the table only after a first pass that fails on the page tree (a page that points to the wrong
 *   object: "corrupt"), and whose prefetch of the tree's kids used to reject unhandled (`Catalog.getPageDict`,
 *   now marked handled by scripts/vendor-pdfjs.mjs). Such a file is handed to pdf.js with its `startxref`
 *   voided, so that it rebuilds the table from the objects at once and finds every page.
 *
 * Every filter pdf.js decodes is decoded here within the budget (`pdf-filters.ts`); a stream that is no
 * image under an image codec, whose size cannot be counted, is refused.
 */
import { InquiryError } from '../errors.js'
import { cmapRangeCodes, isCMap } from './pdf-cmaps.js'
import { decodeCounted, filterChain, isUncountable, OverBudget } from './pdf-filters.js'
import { checkPageCost, formsByName, paintedCosts, tooComplex, type PaintedCost, type StreamBudget, type StreamCost } from './pdf-forms.js'
import { indexObjectStream, indexObjects } from './pdf-objects.js'
import { namesByResources } from './pdf-resources.js'

/** What pdf.js should be given: the bytes themselves, or a copy whose cross-reference table it must rebuild. */
export function prescanPdf(bytes: Uint8Array, limits: StreamBudget): Uint8Array {
  const text = latin1(bytes)
  checkPages(text, limits)
  checkStreams(bytes, text, limits)
  return xrefConsistent(text) ? bytes : voidStartxref(bytes, text)
}

/** One character per byte, so that offsets in the text are offsets in the file (TextDecoder's is slow). */
function latin1(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let at = 0; at < bytes.length; at += 8192)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + 8192) as unknown as number[]))
  return parts.join('')
}

type StreamAt = { object: string; dict: string; start: number; end: number }

/** Every `stream … endstream` in the file, with its dictionary; the data is skipped, not searched. */
function* streams(text: string): Generator<StreamAt> {
  let at = 0
  // the last " obj" before the keyword, found moving forward only: no search runs back over the file
  let objectAt = -1
  let nextObject = text.indexOf(' obj')
  for (;;) {
    const keyword = text.indexOf('stream', at)
    if (keyword < 0) return
    at = keyword + 6
    if (text.charCodeAt(keyword - 1) === 0x64 /* d: endstream */ || !text.slice(Math.max(0, keyword - 8), keyword).includes('>>')) continue
    while (nextObject >= 0 && nextObject < keyword) {
      objectAt = nextObject
      nextObject = text.indexOf(' obj', nextObject + 4)
    }
    if (objectAt < 0) continue
    let start = at
    if (text[start] === '\r') start++
    if (text[start] === '\n') start++
    const endAt = text.indexOf('endstream', start)
    const end = endAt < 0 ? text.length : endAt
    const header = text.slice(Math.max(0, objectAt - 24), objectAt)
    yield { object: header.trim().split(/\s/).slice(-2, -1)[0] ?? '?', dict: text.slice(objectAt + 4, keyword), start, end }
    at = end
  }
}

const FONT_FILE = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/
// an image XObject, or a thumbnail (an image that may omit its /Subtype, never its /Width)
const IMAGE = /\/Subtype\s*\/Image\b|\/Width\s/
const FORM = /\/Subtype\s*\/Form\b/
const TILING_PATTERN = /\/PatternType\s*1\b/
/** pdf.js reads any stream with a whole /N and /First as an object stream, /Type /ObjStm or not. */
const isObjectStream = (dict: string) => /\/First[\s\0]*\d/.test(dict) && /\/N[\s\0]*\d/.test(dict)

/**
 * A page can hold as many decoded bytes as the budget, the document as many as its pages can hold together.
 * Every stream's cost counts the forms and patterns it paints (`pdf-forms.ts`), by the names of the resources
 * that apply to it (`pdf-resources.ts`); page and form dictionaries are read in plain sight and inside object
 * streams.
 */
function checkStreams(bytes: Uint8Array, text: string, limits: StreamBudget): void {
  const total = limits.maxPageStreamBytes * Math.min(limits.maxPages, Math.max(1, pagesAtMost(text)))
  let decoded = 0
  let cmapCodes = 0
  const costs = new Map<string, StreamCost>()
  const forms = new Set<string>()
  const patterns = new Set<string>()
  const texts = [text]
  const index = indexObjects(text)
  for (const stream of streams(text)) {
    if (IMAGE.test(stream.dict)) continue
    const isContent = !FONT_FILE.test(stream.dict) && !isObjectStream(stream.dict) && !/\/Type\s*\/(?:XRef|Metadata)\b/.test(stream.dict)
    const data = decodeStream(bytes.subarray(stream.start, stream.end), stream, limits)
    const counter = new StreamCounter(stream.object, limits, isContent)
    counter.add(data)
    decoded += data.length
    if (decoded > total)
      throw tooComplex(`its streams unpack to more than ${total} bytes`, { maxPageStreamBytes: limits.maxPageStreamBytes })
    costs.set(stream.object, counter.cost())
    if (FORM.test(stream.dict)) forms.add(stream.object)
    if (TILING_PATTERN.test(stream.dict)) patterns.add(stream.object)
    if (isObjectStream(stream.dict)) {
      texts.push(latin1(data))
      indexObjectStream(texts.at(-1)!, dictNumber(stream.dict, 'N'), dictNumber(stream.dict, 'First'), index)
    }
    if (isCMap(data) && (cmapCodes += cmapRangeCodes(latin1(data))) > limits.maxCmapCodes) {
      throw tooComplex(`its CMaps map more than ${limits.maxCmapCodes} character codes by range`, { maxCmapCodes: limits.maxCmapCodes })
    }
  }
  const fallback = { XObject: formsByName(texts, forms), Pattern: formsByName(texts, patterns) }
  const painted = paintedCosts(costs, namesByResources(texts, index, fallback), limits)
  for (const part of texts) checkContentArrays(part, painted, limits)
}

/** A number in a stream's dictionary (an object stream's /N and /First), NaN if it has none. */
function dictNumber(dict: string, key: string): number {
  return Number(new RegExp(String.raw`/${key}[\s\0]+(\d{1,10})\b`).exec(dict)?.[1])
}

/** A stream's data through its filters, within the page budget; one that no budget can count is refused. */
function decodeStream(data: Uint8Array, stream: StreamAt, limits: StreamBudget): Uint8Array {
  const filters = filterChain(stream.dict)
  const uncountable = filters.find(isUncountable)
  if (uncountable !== undefined) {
    throw tooComplex(`a stream (object ${stream.object}) that is no image is under /${uncountable}, whose decoded size cannot be counted`, {
      filter: uncountable,
    })
  }
  try {
    return decodeCounted(data, filters, limits.maxPageStreamBytes)
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error
    throw tooComplex(`a stream (object ${stream.object}) unpacks to more than ${limits.maxPageStreamBytes} bytes`, {
      maxPageStreamBytes: limits.maxPageStreamBytes,
    })
  }
}

/**
 * A page's /Contents may list many streams, or one stream many times over (each decoded anew): their sum
 * is the page's. `text` is the file in plain sight, or the objects of one object stream.
 */
function checkContentArrays(text: string, costs: ReadonlyMap<string, PaintedCost>, limits: StreamBudget): void {
  for (let at = text.indexOf('/Contents'); at >= 0; at = text.indexOf('/Contents', at + 9)) {
    const open = text.indexOf('[', at)
    if (open < 0 || text.slice(at + 9, open).trim() !== '') continue
    // an array of a few thousand references at most: look no further than that
    const window = text.slice(open + 1, open + 65_536)
    const close = window.indexOf(']')
    const tokens = window
      .slice(0, close < 0 ? window.length : close)
      .trim()
      .split(/\s+/)
    let bytes = 0
    let textOps = 0
    for (let i = 0; i + 2 < tokens.length; i += 3) {
      const cost = tokens[i + 2] === 'R' ? costs.get(tokens[i]!) : undefined
      if (cost) (bytes += cost.bytes), (textOps += cost.textOps)
    }
    checkPageCost("a page's content streams", { bytes, textOps }, limits)
  }
}

/**
 * Page dictionaries in plain sight beyond the limit refuse the file before pdf.js walks a page tree of
 * 100,000 kids (which takes it half a minute); pages inside object streams are pdf.js's to count.
 */
function checkPages(text: string, limits: StreamBudget): void {
  const pages = pageDictionaries(text)
  if (pages > limits.maxPages) {
    throw new InquiryError('too_many_pages', `The PDF has ${pages} pages; at most ${limits.maxPages} are allowed.`, {
      details: { pages, maxPages: limits.maxPages },
    })
  }
}

/** "/Page" as a name of its own (not /Pages, /PageLabels …): once in each page dictionary. */
function pageDictionaries(text: string): number {
  let pages = 0
  for (let at = text.indexOf('/Page'); at >= 0; at = text.indexOf('/Page', at + 5)) {
    if (!/[A-Za-z0-9#]/.test(text[at + 5] ?? '')) pages++
  }
  return pages
}

/**
 * At most how many pages the file can have: its page dictionaries in plain sight, plus every object an
 * object stream holds (page dictionaries may hide there), by the /N near each /First, with /Type /ObjStm or
 * not. Counted before anything is inflated.
 */
function pagesAtMost(text: string): number {
  let pages = pageDictionaries(text)
  for (let at = text.indexOf('/First'); at >= 0; at = text.indexOf('/First', at + 6)) {
    // the /N of the object stream's dictionary, which is short: look only near the name
    const near = text.slice(Math.max(0, at - 512), at + 512)
    pages += Number(/\/N\s+(\d{1,7})\b/.exec(near)?.[1] ?? 0)
  }
  return pages
}

/**
 * Counts a stream's decoded bytes against the page budget, and in a content stream its costly operators, the
 * XObjects it paints (`/Name Do`) and the patterns it sets (`/Name scn`, `/Name SCN`), by name.
 */
class StreamCounter {
  bytes = 0
  private depth = 0
  private textOps = 0
  private previous = 0x20
  private beforePrevious = 0x20
  private inString = 0
  /** the name being read (after a "/"), or null; and the last one read */
  private name: string | null = null
  private lastName = ''
  private readonly paints = new Map<string, number>()
  private readonly patterns = new Set<string>()

  constructor(
    private readonly object: string,
    private readonly limits: StreamBudget,
    private readonly isContent: boolean
  ) {}

  add(chunk: Uint8Array): void {
    this.bytes += chunk.length
    if (this.bytes > this.limits.maxPageStreamBytes) {
      throw tooComplex(`a stream (object ${this.object}) unpacks to more than ${this.limits.maxPageStreamBytes} bytes`, {
        maxPageStreamBytes: this.limits.maxPageStreamBytes,
      })
    }
    if (this.isContent) this.countOperators(chunk)
  }

  cost(): StreamCost {
    return { bytes: this.bytes, textOps: this.textOps, paints: this.paints, patterns: this.patterns }
  }

  /**
   * Operators that cost pdf.js most, outside string literals: `q`/`Q` (their nesting), the text-showing
   * `Tj`/`TJ` (their number), `Do` (after the name it paints) and `scn`/`SCN` (after the pattern's name; after
   * a colour space's or font's when the colour is no pattern, which can only overestimate). One pass over the
   * bytes, in locals.
   */
  private countOperators(chunk: Uint8Array): void {
    let { depth, previous, beforePrevious, inString, textOps, name } = this
    const { maxDepth, maxPageTextItems } = this.limits
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!
      if (inString > 0) {
        if (byte === 0x5c /* \ */) i++
        else if (byte === 0x28) inString++
        else if (byte === 0x29) inString--
      } else if (byte === 0x28) inString = 1
      else if (byte === 0x2f /* / */) {
        if (name !== null) this.lastName = name
        name = ''
      } else if (name !== null && DELIMITER[byte] !== 1) {
        if (name.length < MAX_NAME) name += String.fromCharCode(byte)
      } else if (name !== null) {
        this.lastName = name
        name = null
      }
      if (inString === 0 && name === null && DELIMITER[chunk[i + 1] ?? 0x20] === 1) {
        if ((byte === 0x71 || byte === 0x51) && DELIMITER[previous] === 1) {
          depth = byte === 0x71 ? depth + 1 : Math.max(0, depth - 1)
          if (depth > maxDepth)
            throw tooComplex(`a page nests more than ${maxDepth} saved graphics states (object ${this.object})`, { maxDepth })
        } else if (
          (byte === 0x6a || byte === 0x4a) &&
          previous === 0x54 &&
          DELIMITER[beforePrevious] === 1 &&
          ++textOps > maxPageTextItems
        ) {
          throw tooComplex(`a page shows text more than ${maxPageTextItems} times (object ${this.object})`, { maxPageTextItems })
        } else if (byte === 0x6f && previous === 0x44 && DELIMITER[beforePrevious] === 1) {
          this.paints.set(this.lastName, (this.paints.get(this.lastName) ?? 0) + 1)
        } else if (
          (byte === 0x6e && previous === 0x63 && beforePrevious === 0x73) ||
          (byte === 0x4e && previous === 0x43 && beforePrevious === 0x53)
        ) {
          this.patterns.add(this.lastName)
        }
      }
      beforePrevious = previous
      previous = byte
    }
    Object.assign(this, { depth, previous, beforePrevious, inString, textOps, name })
  }
}

/** PDF names are at most 127 bytes long: a longer run is no name anyone paints. */
const MAX_NAME = 127

/** White space and the delimiters that may stand next to an operator. */
const DELIMITER = new Uint8Array(256)
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x3c, 0x3e, 0x25]) DELIMITER[byte] = 1

/** Whether every in-use entry of the last classic cross-reference table points at its own object. */
function xrefConsistent(text: string): boolean {
  const startxref = /startxref\s+(\d{1,12})/.exec(text.slice(-1024))
  if (!startxref) return true
  const at = Number(startxref[1])
  if (text.slice(at, at + 4) !== 'xref') return true // an xref stream, or an offset pdf.js will repair anyway
  const lines = text.slice(at, text.indexOf('trailer', at)).split(/\r\n|\r|\n/)
  let number = 0
  for (const line of lines.slice(1)) {
    const fields = line.trim().split(' ')
    if (fields.length === 2) number = Number(fields[0])
    else if (fields.length === 3) {
      if (fields[2] === 'n' && !objectAt(text, Number(fields[0]), number, Number(fields[1]))) return false
      number++
    }
  }
  return true
}

function objectAt(text: string, offset: number, number: number, generation: number): boolean {
  if (number === 0) return true
  const head = text
    .slice(offset, offset + 32)
    .trimStart()
    .split(/\s+/)
  return head[0] === String(number) && head[1] === String(generation) && head[2]?.startsWith('obj') === true
}

/** The same bytes with the `startxref` offset blanked out: pdf.js then indexes the objects themselves. */
function voidStartxref(bytes: Uint8Array, text: string): Uint8Array {
  const at = text.lastIndexOf('startxref')
  const copy = bytes.slice()
  for (let i = at; i < at + 9; i++) copy[i] = 0x20
  return copy
}
