/**
 * @module
 * Who is involved: the submitter (a faction or a member), the addressee (an organ or office), the body the
 * inquiry is put to. Read from letterhead lines, "An den …" blocks, "Fragesteller:" lines and "Anfrage des
 * Abgeordneten …" phrases.
 */

const ORGANS =
  'Stadtverordnetenversammlung|Gemeindevertretung|Gemeinderat(?:es|s)?|Stadtrat(?:es|s)?|Kreistag(?:es|s)?|Bezirksverordnetenversammlung|Landtag(?:es|s)?|Bürgerschaft|Ortsbeirat(?:es|s)?|Ortschaftsrat(?:es|s)?|Rat der Stadt|Rat der Gemeinde|Abgeordnetenhaus(?:es)?|Regionalversammlung|Verbandsversammlung'
// "Bad Sooden-Kirchberg", "St. Ingbert", "Lutherstadt Wittenberg": a place name's first word may be a prefix
const PLACE = "(?:(?:Bad|Sankt|St\\.|Groß|Klein|Alt|Neu|Markt|Hansestadt|Lutherstadt|Ostseebad|Nordseebad|Seebad)\\s+)?[\\p{Lu}][\\p{L}.'-]*(?:\\s+(?:a\\.\\s*d\\.|an der|am|im|in der|ob der|vor der|bei|von)\\s+[\\p{Lu}][\\p{L}.-]*)*"
const BODY_NAMED = new RegExp(`\\b(${ORGANS})\\s+((?:des|der)\\s+(?:Landkreises|Kreises|Stadt|Gemeinde|Bezirks|Freistaates|Landes)\\s+${PLACE}|des\\s+[\\p{Lu}][\\p{L}-]*(?:kreises|landes)|${PLACE})`, 'u')
const BODY_ADJECTIVE = /\b((?:Bayerische|Sächsische|Niedersächsische|Hessische|Thüringer|Brandenburgische|Saarländische|Schleswig-Holsteinische)r?\s+Landtag|Landtag\s+(?:des\s+Saarlandes|von\s+Sachsen-Anhalt|Nordrhein-Westfalen|Brandenburg|Mecklenburg-Vorpommern|Rheinland-Pfalz|Baden-Württemberg|Schleswig-Holstein))\b/iu
const BODY_BARE = new RegExp(`\\b(${ORGANS})\\b`, 'u')
const PLACE_LINES = [/^(?:Stadt|Gemeinde|Markt|Ortsgemeinde)\s+(\p{Lu}.+)$/u, /^(\p{Lu}[\p{L}. -]{1,40}?),\s*(?:den\s+)?\d{1,2}\./u, /\b\d{5}\s+(\p{Lu}[\p{L}. -]+)$/u]

/** "Stadtverordnetenversammlung Lindenau", "Kreistag des Landkreises Talbach", "Bayerischer Landtag". */
export function findBody(head: readonly string[]): string | null {
  for (const line of head) {
    const adjective = BODY_ADJECTIVE.exec(line)
    if (adjective) return titleCase(adjective[1]!)
    const m = BODY_NAMED.exec(line)
    if (m && !/^(?:Herrn?|Frau|Drucksache|Wahlperiode|Raum|Sitzung)\b/u.test(m[2]!)) return titleCase(`${singular(m[1]!)} ${m[2]!.trim()}`).replace(/[.,;:]$/, '')
  }
  for (const line of head) {
    const m = BODY_BARE.exec(line) ?? /\b(Gemeinderat|Stadtrat|Kreistag)s?(?:fraktion|sitzung)/u.exec(line)
    if (!m) continue
    const place = findPlace(head)
    return place ? `${singular(m[1]!)} ${place}` : null
  }
  return null
}

const singular = (organ: string): string => organ.replace(/(?<=(?:rat|tag|haus))(?:es|s)$/u, '')

/** "LANDTAG NORDRHEIN-WESTFALEN" → "Landtag Nordrhein-Westfalen"; mixed case stays. */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text
  const small = new Set(['des', 'der', 'die', 'den', 'dem', 'von', 'und', 'im', 'am', 'an', 'a.', 'd.'])
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join(' ')
}

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
const INLINE_ADDRESSEE = /\ban\s+(?:den|die|das)\s+((?:Landesregierung|Staatsregierung|Senat|Magistrat|Bezirksamt|Kreisausschuss|Gemeindevorstand)\b[^,;:]{0,50}?)(?=,|;|$|\s+(?:eingegangen|vom|betr))/u
/** A person's name at the end: "… Herrn Dr. Martin Oberdieck" — not "… des Landkreises Talbach". */
const PERSON_NAME = /(?<!\b(?:des|der|von|dem|den))\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/** "An den Magistrat der Stadt Karben" → "Magistrat der Stadt Karben"; "Herrn Bürgermeister" → "Bürgermeister". */
export function findAddressee(head: readonly string[]): string | null {
  for (let i = 0; i < head.length; i++) {
    const opener = ADDRESS_OPENERS.exec(head[i]!)
    if (!opener) continue
    const rest = head[i]!.slice(opener[0].length).trim()
    const value = rest !== '' ? rest : (head[i + 1] ?? '').replace(ADDRESS_OPENERS, '').trim()
    if (value === '' || /[.?!,]$/.test(value) || value.split(/\s+/).length > 10) continue
    const withoutName = value.replace(PERSON_NAME, '').trim()
    // "Herrn Jürgen Wald" alone is a person, not an office
    if (withoutName.split(/\s+/).length < 2 && /^(?:(?:Dr|Prof)\.\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(value)) continue
    return withoutName || value
  }
  for (const line of head) {
    const m = INLINE_ADDRESSEE.exec(line)
    if (m && /\bAnfrage\b/u.test(line)) return m[1]!.trim()
  }
  return null
}

const ROLE = '(?:Bezirksverordnete[rn]?|Stadtverordnete[rn]?|Stadträtin|Stadtrat|Gemeinderätin|Gemeinderat|Kreisrätin|Kreisrat|Kreistagsabgeordnete[rn]?|Abgeordnete[rn]?|Ratsmitglied|Ratsfrau|Ratsherr)'
const LABELLED = new RegExp(`^(?:Fragesteller(?:in)?|Einreicher(?:in)?|Antragsteller(?:in)?|Eingereicht von|Von)\\s*:\\s*(?:${ROLE}\\s+)?(.+)$`, 'u')
const MEMBER_LINE = new RegExp(`^${ROLE}\\s+((?:(?:Dr|Prof)\\.\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)+\\s*\\([^)]+\\))$`, 'u')
/** "des Abgeordneten Florian Hausmann BÜNDNIS 90/DIE GRÜNEN", "der Abgeordneten Jens Kleinert und Miriam Aydin SPD" */
const BY_MEMBER = /\b(?:des|der)\s+(?:Abgeordneten|Bezirksverordneten|Stadtverordneten|Kreistagsabgeordneten)\s+(.+?)(?:\s+an\s+(?:die|den)\s+\S+.*)?$/u
const BY_FACTION = /\bAnfrage\s+(?:der|des)\s+((?:\S+-)?Fraktion(?:\s+\S+){0,4}?|[\p{Lu}\p{N}][\p{L}\p{N}/.-]*-Fraktion)(?=\s+(?:vom|zu|zur|gem\.|gemäß|nach|betr|und|an)\b|[,:;]|$)/u
const FACTION = /fraktion|\bGruppe\b|\bListe\b/iu

/** The faction or member who asks. */
export function findSubmitter(head: readonly string[]): string | null {
  for (const line of head) {
    const labelled = LABELLED.exec(line)
    if (labelled) return labelled[1]!.trim()
    const member = MEMBER_LINE.exec(line)
    if (member) return member[1]!.trim()
  }
  for (const line of head) {
    const member = BY_MEMBER.exec(line)
    if (member) return withParty(member[1]!)
    const faction = BY_FACTION.exec(line)
    if (faction) return faction[1]!.trim()
  }
  return fromLetterhead(head)
}

/** "Florian Hausmann BÜNDNIS 90/DIE GRÜNEN" → "Florian Hausmann (BÜNDNIS 90/DIE GRÜNEN)"; "…, Fraktion der FDP" likewise. */
function withParty(text: string): string {
  const t = text.trim().replace(/[.,;:]$/, '')
  if (/\([^)]+\)$/.test(t)) return t
  const comma = /^(.+?),\s*(.+)$/u.exec(t)
  if (comma) return `${comma[1]} (${comma[2]})`
  const caps = /^(.+?\p{Ll})\s+((?:[\p{Lu}\p{N}][\p{Lu}\p{N}/.-]*\s?)+)$/u.exec(t)
  return caps ? `${caps[1]} (${caps[2]!.trim()})` : t
}

/** The letterhead: a faction's first line, or a member's name above "Stadträtin (ÖDP)". */
function fromLetterhead(head: readonly string[]): string | null {
  const first = head[0]
  if (!first || ADDRESS_OPENERS.test(first) || first.split(/\s+/).length > 12 || new RegExp(`^(?:${ORGANS})\\b`, 'u').test(first)) return null
  const second = head[1] ?? ''
  if (first.endsWith('.') && FACTION.test(second)) return `${first} ${second}`
  const party = new RegExp(`^${ROLE}\\s+(\\([^)]+\\))$`, 'u').exec(second)
  if (party) return `${first} ${party[1]}`
  if (FACTION.test(first)) return first
  return null
}
