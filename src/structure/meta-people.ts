/**
 * @module
 * Who is involved: the submitter (a faction or a member), the addressee (an organ or office), the body the
 * inquiry is put to. Read from letterhead lines, "An den …" blocks and "Anfrage der Fraktion …" phrases.
 */

const BODIES =
  'Stadtverordnetenversammlung|Gemeindevertretung|Gemeinderat(?:es|s)?|Stadtrat(?:es|s)?|Kreistag(?:es|s)?|Bezirksverordnetenversammlung|Landtag(?:es|s)?|Bürgerschaft|Ortsbeirat(?:es|s)?|Ortschaftsrat(?:es|s)?|Rat der Stadt|Rat der Gemeinde|Abgeordnetenhaus(?:es)?|Regionalversammlung|Verbandsversammlung'
const BODY_NAMED = new RegExp(`\\b(${BODIES})\\s+((?:des|der)\\s+(?:Landkreises|Kreises|Stadt|Gemeinde|Bezirks|Freien\\s+und\\s+Hansestadt|Freistaates|Landes)?\\s*[\\p{Lu}][\\p{L}.-]*(?:\\s+(?:a\\.|an|am|im|in|ob|vor|bei|d\\.|der|den)\\s*(?:d\\.\\s*)?[\\p{Lu}][\\p{L}.-]*)*|[\\p{Lu}][\\p{L}-]+(?:\\s+(?:a\\.\\s*d\\.|an der|am|im|in der|ob der|vor der|bei)\\s+[\\p{Lu}][\\p{L}.-]*)*)`, 'u')
const BODY_BARE = new RegExp(`\\b(${BODIES})\\b`, 'u')
const PLACE_LINES = [/^\d{5}\s+(.+)$/u, /^(?:Stadt|Gemeinde|Markt|Rathaus)\s+(\p{Lu}.+)$/u, /^(\p{Lu}[\p{L}. -]{1,40}?),\s*(?:den\s+)?\d{1,2}\./u]

/** "Stadtverordnetenversammlung Lindenau", "Kreistag des Landkreises Talbach"; a bare organ takes the place named in the head. */
export function findBody(head: readonly string[]): string | null {
  for (const line of head) {
    const m = BODY_NAMED.exec(line)
    if (m && !/^(?:Herrn?|Frau)$/.test(m[2]!)) return `${singular(m[1]!)} ${m[2]!.trim()}`.replace(/[.,;:]$/, '')
  }
  for (const line of head) {
    const m = BODY_BARE.exec(line)
    if (!m) continue
    const place = findPlace(head)
    return place ? `${singular(m[1]!)} ${place}` : null
  }
  return null
}

const singular = (organ: string): string => organ.replace(/(?:es|s)$/u, (suffix) => (/^(?:Gemeinderat|Stadtrat|Kreistag|Landtag|Ortsbeirat|Ortschaftsrat|Abgeordnetenhaus)/u.test(organ) ? '' : suffix))

function findPlace(head: readonly string[]): string | null {
  for (const pattern of PLACE_LINES) {
    for (const line of head) {
      const m = pattern.exec(line)
      if (m) return m[1]!.trim()
    }
  }
  return null
}

const ADDRESS_OPENERS = /^(?:An\s+(?:den|die|das)|Herrn|Frau)\b\s*/u
const PERSON_NAME = /\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/** "An den Magistrat der Stadt Karben" → "Magistrat der Stadt Karben"; "Herrn Bürgermeister" → "Bürgermeister". */
export function findAddressee(head: readonly string[]): string | null {
  for (let i = 0; i < head.length; i++) {
    const opener = ADDRESS_OPENERS.exec(head[i]!)
    if (!opener) continue
    const rest = head[i]!.slice(opener[0].length).trim()
    const value = rest !== '' ? rest : (head[i + 1] ?? '').replace(ADDRESS_OPENERS, '').trim()
    if (value === '' || /[.?!]$/.test(value) || value.split(/\s+/).length > 10) continue
    const withoutName = value.replace(PERSON_NAME, '').trim()
    if (/^(?:Dr\.\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(value) && withoutName.split(/\s+/).length < 2) continue
    return withoutName || value
  }
  return null
}

const FACTION = /\b(?:Fraktion|Gruppe|Stadtverordnete[rn]?|Stadträtin|Stadtrat|Gemeinderätin|Gemeinderat|Kreistagsabgeordnete[rn]?|Abgeordnete[rn]?|Bezirksverordnete[rn]?|Mitglied)\b/u
const BY_PHRASE = /\b(?:Anfrage|Fragen)\s+(?:der|des|von)\s+((?:Fraktion|Gruppe|Abgeordneten|Stadtverordneten|Stadträtin|Stadtrats|Bezirksverordneten|Kreistagsabgeordneten)\s+[^,:;]{2,80}?)(?=\s+(?:vom|zu|zur|betr|betreffend|an\s+den|an\s+die)\b|[,:;]|$)/u

/** The faction or member who asks: a "… der Fraktion X" phrase, or the letterhead above the address. */
export function findSubmitter(head: readonly string[]): string | null {
  for (const line of head) {
    const m = BY_PHRASE.exec(line)
    if (m) return m[1]!.replace(/^(?:Abgeordneten|Stadtverordneten|Bezirksverordneten|Kreistagsabgeordneten)\s+/u, '').trim()
  }
  const first = head[0]
  if (!first || ADDRESS_OPENERS.test(first) || first.split(/\s+/).length > 10) return null
  const second = head[1] ?? ''
  if (first.endsWith('.') && FACTION.test(second)) return `${first} ${second}`
  const party = /^(?:Stadträtin|Stadtrat|Stadtverordnete[r]?|Gemeinderätin|Gemeinderat|Kreisrätin|Kreisrat|Bezirksverordnete[r]?)\s+(\([^)]+\))$/u.exec(second)
  if (party) return `${first} ${party[1]}`
  if (FACTION.test(first)) return first.replace(/\s+(?:in|im)\s+(?:der|dem)?\s*(?:Stadtverordnetenversammlung|Gemeinderat|Stadtrat|Kreistag|Bezirksverordnetenversammlung|Landtag)\b.*$/u, '').trim()
  if (FACTION.test(second)) return first
  return null
}
