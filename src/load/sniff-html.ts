/**
 * @module
 * Telling a web page from plain text by its first bytes: after an optional byte order mark, white space and
 * comments (and an XML declaration, for XHTML), a doctype or one of the tags a page starts with.
 */

const HEAD_BYTES = 1024

/** Tags that open a page or its first block; a text file does not start with one. */
const OPENING_TAGS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'link',
  'style',
  'script',
  'base',
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'section',
  'article',
  'main',
  'header',
  'nav',
  'pre',
  'blockquote',
  'center',
  'font',
  'span',
  'b',
  'strong',
])

export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = headText(bytes)
  for (let guard = 0; guard < 32; guard++) {
    head = head.trimStart()
    if (head.startsWith('<!--')) {
      const end = head.indexOf('-->', 4)
      if (end < 0) return false
      head = head.slice(end + 3)
    } else if (head.startsWith('<?xml')) {
      const end = head.indexOf('?>')
      if (end < 0) return false
      head = head.slice(end + 2)
    } else break
  }
  const lower = head.slice(0, 64).toLowerCase()
  if (lower.startsWith('<!doctype html')) return true
  const tag = /^<([a-z][a-z0-9]{0,9})[\s/>]/.exec(lower)
  return tag !== null && OPENING_TAGS.has(tag[1]!)
}

/** The first bytes as text: UTF-16 where a byte order mark says so, else byte by byte (the tags are ASCII). */
function headText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 2 + 2 * HEAD_BYTES))
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  return String.fromCharCode(...bytes.subarray(start, start + HEAD_BYTES))
}
