/**
 * @module
 * Who is involved: the submitter (a faction or a member), the addressee (an organ or office), the body the
 * inquiry is put to. Read from letterhead lines, "An den …" blocks, "Fragesteller:" lines and "Anfrage des
 * Abgeordneten …" phrases.
 */

import { findCouncil, findParliament, namesBodyOrPlace } from './meta-body.js'

const ORGANS =
  'Stadtverordnetenversammlung|Gemeindevertretung|Gemeinderat(?:es|s)?|Stadtrat(?:es|s)?|Kreistag(?:es|s)?|Bezirksverordnetenversammlung|Landtag(?:es|s)?|Bürgerschaft|Ortsbeirat(?:es|s)?|Ortschaftsrat(?:es|s)?|Rat der Stadt|Rat der Gemeinde|Abgeordnetenhaus(?:es)?|Regionalversammlung|Verbandsversammlung'
const BODY_BARE = new RegExp(`\\b(${ORGANS})\\b`, 'u')
/** "Stadt Sundheim · Stadtverordnetenversammlung" names the place up to its separator */
const PLACE_LINES = [
  /^(?:Stadt|Gemeinde|Markt|Ortsgemeinde)\s+(\p{Lu}[^·|,–]*)/u,
  // a dateline's day, not "Fragestunde, 45. Stadtverordnetenversammlung"
  /^(\p{Lu}[\p{L}. -]{1,40}?),\s*(?:den\s+)?(?:0?[1-9]|[12]\d|3[01])\./u,
  /\b\d{5}\s+(\p{Lu}[\p{L}. -]+)$/u,
]
const POSTCODE_PLACE = /\b\d{5}\s+(\p{Lu}[\p{L}. -]+)$/u

/** "Stadtverordnetenversammlung Lindenau", "Kreistag des Landkreises Talbach", "Bayerischer Landtag": the first line naming one. */
export function findBody(head: readonly string[]): string | null {
  for (const line of head) {
    const parliament = findParliament(line)
    const council = findCouncil(line)
    if (parliament && council) return line.search(PARLIAMENT_WORD) <= line.search(COUNCIL_WORD) ? parliament : titleCase(council)
    if (parliament) return parliament
    if (council) return titleCase(council)
  }
  for (const line of head) {
    const m = BODY_BARE.exec(line) ?? /\b(Gemeinderat|Stadtrat|Kreistag)s?(?:fraktion|sitzung)/u.exec(line)
    if (!m) continue
    // "Kreistag" with "Landrat des Landkreises Sulmtal" in the address: the district's Kreistag
    const district = /^Kreistag/u.test(m[1]!)
      ? head.map((l) => /\b(des\s+Landkreises\s+\p{Lu}[\p{L}-]+)/u.exec(l)?.[1]).find(Boolean)
      : undefined
    if (district) return `Kreistag ${district}`
    const place = findPlace(head)
    return place ? `${singular(m[1]!)} ${place}` : null
  }
  return null
}

/** A council the head names by its type alone ("Mitglieder des Kreistags", "die Stadtverordnetenversammlung"), the place unprinted. */
export function bareCouncil(head: readonly string[]): string | null {
  for (const line of head) {
    const m = BODY_BARE.exec(line)
    if (m && !/^(?:Landtag|Bürgerschaft|Abgeordnetenhaus)/u.test(m[1]!)) return singular(m[1]!)
  }
  return null
}

const PARLIAMENT_WORD = /Landtag|Bundestag|Bürgerschaft|Abgeordnetenhaus/iu
const COUNCIL_WORD = /versammlung|vertretung|rat\b|tag\b|beirat|ausschuss/iu

const singular = (organ: string): string => organ.replace(/(?<=(?:rat|tag|haus))(?:es|s)$/u, '')

/** "LANDTAG NORDRHEIN-WESTFALEN" → "Landtag Nordrhein-Westfalen"; mixed case stays. */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text
  const small = new Set(['des', 'der', 'die', 'den', 'dem', 'von', 'und', 'im', 'am', 'an', 'a.', 'd.'])
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && small.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    )
    .join(' ')
}

function findPlace(head: readonly string[]): string | null {
  for (const pattern of PLACE_LINES) {
    for (const line of head) {
      const m = pattern.exec(line)
      if (m) return fullPlace(m[1]!.trim(), head)
    }
  }
  return null
}

/** "Kirchheim" of the dateline is "Kirchheim a. d. Isar" of the postcode line: the place's whole name. */
function fullPlace(place: string, head: readonly string[]): string {
  const full = head.map((l) => POSTCODE_PLACE.exec(l)?.[1]?.trim()).find((p) => p?.startsWith(`${place} `))
  return full ?? place
}

const ADDRESS_OPENERS = /^(?:An\s+(?:den|die|das)|Herrn|Frau)\b\s*/u
const INLINE_ADDRESSEE =
  /\ban\s+(?:den|die|das)\s+((?:Landesregierung|Staatsregierung|Senat|Magistrat|Bezirksamt|Kreisausschuss|Gemeindevorstand)\b[^,;:]{0,50}?)(?=,|;|:|$|\s+(?:eingegangen|vom|betr|gerichtet|übersandt))/u
/**
 * A person's name at the end: "… Herrn Dr. Martin Oberdieck" — not "… des Landkreises Talbach". Tried only
 * from the first space of a run (`(?<!\s)`), so a long run of spaces is not retried from each of its characters.
 */
const PERSON_NAME =
  /(?<!\s)(?<!\b(?:des|der|von|dem|den))\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

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

const ROLE =
  '(?:Bezirksverordnete[rn]?|Stadtverordnete[rn]?|Stadträtin|Stadtrat|Gemeinderätin|Gemeinderat|Kreisrätin|Kreisrat|Kreistagsabgeordnete[rn]?|Abgeordnete[rn]?|Ratsmitglied|Ratsfrau|Ratsherr)'
const LABELLED = new RegExp(
  `^(?:Fragesteller(?:in)?|Einreicher(?:in)?|Antragsteller(?:in)?|Eingereicht von|Von)\\s*:\\s*(?:${ROLE}\\s+)?(.+)$`,
  'u'
)
const MEMBER_LINE = new RegExp(`^${ROLE}\\s+((?:(?:Dr|Prof)\\.\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)+\\s*\\([^)]+\\))$`, 'u')
/** "des Abgeordneten Florian Hausmann BÜNDNIS 90/DIE GRÜNEN", "der Abgeordneten Jens Kleinert und Miriam Aydin SPD", "des Abg. Rentsch (FDP)" */
const BY_MEMBER = /\b(?:des|der)\s+(?:Abg\.|Abgeordneten|Bezirksverordneten|Stadtverordneten|Kreistagsabgeordneten)\s+(\p{Lu}.{1,400})/u
/** "Anfrage der SPD-Fraktion vom …", "auf die Große Anfrage der Fraktion der CDU – Drucksache 17/1218 –" */
const BY_FACTION =
  /\b(?:Anfrage|Antrag|Gesetzentwurf)\s+(?:der|des)\s+((?:\S+-)?Fraktion(?:\s+\S+){0,4}?|[\p{Lu}\p{N}][\p{L}\p{N}/.-]*-Fraktion)(?=\s+(?:vom|zu|zur|gem\.|gemäß|nach|betr|und|an)\b|\s[–—-]\s|[,:;]|$)/u
/** "Anfrage von Kreisrat Marco Steiner, Fraktionsvorsitzender der …": a councillor by role and name */
const BY_COUNCILLOR =
  /\bAnfrage\s+(?:von|des|der)\s+(?:Kreisrat|Kreisrätin|Stadtrat|Stadträtin|Gemeinderat|Gemeinderätin|Ratsmitglied|Ratsherrn?|Ratsfrau)\s+((?:(?:Dr|Prof)\.\s+)?\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+.{0,300})/u
/** "Anfrage SPD betr. …": a party named right after the kind */
const PARTY_ASKS =
  /^(?:Kleine\s+|Schriftliche\s+)?Anfrage\s+(?:der\s+)?(CDU|CSU|SPD|FDP|AfD|GRÜNE|Grüne|LINKE|Linke|FW|ÖDP|Volt|BSW)(?:-Fraktion)?\s+(?:betr\.|betreffend|zu[mr]?\b|:)/u
/** What ends a member's name in a one-line head: the date, the answer, the title, the next number */
const MEMBER_END =
  /\s+an\s+(?:die|den)\s|\s+vom\s+\d|,?\s+eingegangen\b|\s+und\s+(?:Antwort|ANTWORT)\b|\s+[–-]?\s*(?:Drucksache|Drs\.)|\s*\(Eingang\b|\s+zum\s+Thema\b|\s+betreffend\b|\s+Thema:|\s+Betr\.|\s+(?:Ich|Wir)\s+frage|\s+Sehr\s+geehrte/u
const PARTY_NAME =
  /\(?\b(BÜNDNIS\s?90\s?\/\s?DIE\s+GRÜNEN|DIE\s+LINKE\.?|Die\s+Linke\.?|FREIE\s+WÄHLER|CDU\/CSU|FDP\/DVP|CDU|CSU|SPD|FDP|AfD|GRÜNE|PIRATEN|NPD|SSW|BSW|ÖDP|fraktionslos)(-Fraktion)?\)?/gu
const MAX_SUBMITTER = 200
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
    const member = BY_MEMBER.exec(line) ?? BY_COUNCILLOR.exec(line)
    if (member) return memberWithParty(member[1]!)
    const faction = BY_FACTION.exec(line) ?? PARTY_ASKS.exec(line)
    if (faction) return faction[1]!.trim()
  }
  return fromKindLine(head) ?? fromLetterhead(head) ?? fromForm(head) ?? byMembership(head)
}

/** "Folgende Frage reichte unser Fraktionsmitglied Hakola Dippel … ein": a member named by the group's own page */
const MEMBER_OF_GROUP =
  /\b(?:unser(?:e|em|er)?|die|der|des)\s+(?:Fraktionsmitglied(?:es)?|Fraktionsvorsitzende[nr]?|Kreistagsmitglied(?:es)?|Ratsmitglied(?:es)?)\s+((?:(?:Dr|Prof)\.\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[\s,.;:]|$)/u
function byMembership(head: readonly string[]): string | null {
  for (const line of head) {
    const m = MEMBER_OF_GROUP.exec(line)
    if (m) return m[1]!
  }
  return null
}

/** "Kleine Anfrage" or "Gesetzentwurf", then "der Fraktion der SPD" on the line below. */
function fromKindLine(head: readonly string[]): string | null {
  for (let i = 1; i < head.length; i++) {
    if (!KIND_LINE.test(head[i - 1]!)) continue
    const m = /^(?:der|des)\s+(Fraktion(?:en)?\s.{2,80})$/u.exec(head[i]!)
    if (m) return m[1]!.replace(/[.,;:]$/, '').trim()
  }
  return null
}
const KIND_LINE =
  /^(?:(?:Kleine|Große|Schriftliche|Mündliche)\s+)?(?:Anfrage|Antrag|Gesetzentwurf|Entschließungsantrag|Änderungsantrag|Dringlichkeitsantrag)$/iu

/**
 * "Marcel Luthe (FDP) vom 02. Mai 2017 (Eingang …) und Antwort …" → "Marcel Luthe (FDP)"; "Tino Müller, Fraktion
 * der NPD Polizeieinsatz …" → "Tino Müller (NPD)"; "Sven Petke und Steeven Bretz der CDU-Fraktion" → "… (CDU-Fraktion)".
 */
export function memberWithParty(text: string): string {
  const end = MEMBER_END.exec(text)
  const names = (end ? text.slice(0, end.index) : text).trim()
  // "Jörg Kästner (Fraktion BSW)": already names and group
  const printed = /^(.+?)\s*\(([^()]+)\)$/u.exec(names)
  if (printed) return shorten(printed[1]!, printed[2]!)
  const parties = [...names.matchAll(PARTY_NAME)]
  const last = parties[parties.length - 1]
  if (!last) return shorten(withParty(names), '')
  const before = names.slice(0, last.index)
  // "…, Fraktion der FDP" keeps its words: "Henning Lüders (Fraktion der FDP)"
  const group = /(?:,\s*|\s+und\s+der\s+|\s+)(Fraktion(?:\s+der)?)\s*$/u.exec(before)
  const names0 = (group ? before.slice(0, group.index) : before).replace(/(?:\s+der|,)\s*$/u, '').trim()
  return shorten(names0, `${group ? `${group[1]} ` : ''}${last[1]}${last[2] ?? ''}`)
}

/** Names and party within MAX_SUBMITTER characters: a long list keeps its first names and "u. a.". */
function shorten(names: string, party: string): string {
  const tail = party ? ` (${party})` : ''
  if (names.length + tail.length <= MAX_SUBMITTER) return names + tail
  const room = MAX_SUBMITTER - tail.length - 8
  const cut = names.lastIndexOf(', ', room)
  return `${names.slice(0, cut > 0 ? cut : room)} u. a.${tail}`
}

/** A form's "Absender" label and the value below it, or a member's name alone on one of the first lines. */
function fromForm(head: readonly string[]): string | null {
  const at = head.findIndex((l) => /^(?:Absender|Einreicher|Antragsteller)\s*:?$/iu.test(l.trim()))
  const value = at >= 0 ? head.slice(at + 1, at + 6).find((l) => l.trim() !== '') : undefined
  if (value && value.split(/\s+/).length <= 8) return value.trim()
  const person = head
    .slice(0, 4)
    .find(
      (l) =>
        !ADDRESS_OPENERS.test(l) &&
        /^(?:(?:Dr|Prof)\.\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(l.trim())
    )
  // "Landkreis Hohenfels", "Bezirksverordnetenversammlung Treptow-Köpenick" have a person's shape too
  return person && !namesBodyOrPlace(person.trim()) && head.some((l) => /^Anfrage\b/u.test(l)) ? person.trim() : null
}

const OFFICE_IN_GROUP =
  /^(?:stellvertretende[r]?\s+)?(?:Fraktionsvorsitzende[r]?|Vorsitzende[r]?|Fraktionssprecher(?:in)?|Sprecher(?:in)?|Mitglied)\s+(?:der|des)\s+/u

/** "Florian Hausmann BÜNDNIS 90/DIE GRÜNEN" → "Florian Hausmann (BÜNDNIS 90/DIE GRÜNEN)"; "…, Fraktion der FDP" likewise. */
function withParty(text: string): string {
  const t = text.trim().replace(/[.,;:]$/, '')
  if (endsWithParenthesis(t)) return t
  const comma = /^(.+?),\s*(.+)$/u.exec(t)
  // "Marco Steiner, Fraktionsvorsitzender der Freien Wähler-Kreistagsfraktion": the group without the member's office
  if (comma) return `${comma[1]} (${comma[2]!.replace(OFFICE_IN_GROUP, '').replace(/^Freien\s+Wähler/u, 'Freie Wähler')})`
  const caps = /^(.+?\p{Ll})\s+((?:[\p{Lu}\p{N}][\p{Lu}\p{N}/.-]*\s?)+)$/u.exec(t)
  return caps ? `${caps[1]} (${caps[2]!.trim()})` : t
}

/**
 * Whether the text ends with "(…)", nothing but ")" inside. Found from the end, not by /\([^)]+\)$/, which
 * rescans the rest from every "(" (quadratic on a run of them).
 */
export function endsWithParenthesis(text: string): boolean {
  if (!text.endsWith(')')) return false
  const open = text.indexOf('(', text.lastIndexOf(')', text.length - 2) + 1)
  return open !== -1 && open < text.length - 2
}

const PERSON = /^(?:(?:Dr|Prof)\.\s+)?\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3}$/u
/** ", Bezirksverordnete der AfD-Fraktion", " (SPD)": the group beside a member's name */
const GROUP_BESIDE = /^(?:\s?\(([^()]{2,40})\)|,?\s+(?:\p{L}+\s+){0,2}(?:der|des)\s+([\p{Lu}][\p{L}\p{N}/.]*)-Fraktion\b)/u
/** "Fraktion BÜNDNIS 90/DIE GRÜNEN im Stadtrat Dresden", "SPD-Fraktion": a group's line in the head */
const GROUP_LINE = /^(Fraktion\s+.{2,60}?|[\p{Lu}][\p{L}\p{N}/.]*-Fraktion)(?:\s+(?:im|in\s+der)\s.*)?$/u

/** "richten die Stadtverordneten der Ofa-Fraktion die nachstehende Anfrage": the group that asks, in a sentence */
const ASKING_GROUP =
  /\b(?:die|der)\s+(?:Stadtverordneten|Kreistagsabgeordneten|Gemeindevertreter|Mitglieder)\s+der\s+([\p{Lu}][\p{L}\p{N}/.]*-Fraktion)\b/u

/** A member named alone ("Fragestellerin: Marlies Becker", a name atop a page), with the group the head names beside the name or on a line of its own. */
export function withGroup(submitter: string, head: readonly string[]): string {
  if (!PERSON.test(submitter) || FACTION.test(submitter)) return submitter
  const text = head.join(' ').slice(0, 4000)
  for (let at = text.indexOf(submitter); at >= 0; at = text.indexOf(submitter, at + 1)) {
    const m = GROUP_BESIDE.exec(text.slice(at + submitter.length, at + submitter.length + 80))
    if (m) return `${submitter} (${m[1] ?? m[2]})`
  }
  const group = head.map((l) => GROUP_LINE.exec(l.trim())?.[1] ?? ASKING_GROUP.exec(l)?.[1]).find((g) => g !== undefined)
  return group ? `${submitter} (${group.trim()})` : submitter
}

/** The letterhead: a faction's first line, or a member's name above "Stadträtin (ÖDP)". */
function fromLetterhead(head: readonly string[]): string | null {
  const first = head[0]
  if (!first || ADDRESS_OPENERS.test(first) || first.split(/\s+/).length > 12 || new RegExp(`^(?:${ORGANS})\\b`, 'u').test(first))
    return null
  const second = head[1] ?? ''
  if (first.endsWith('.') && FACTION.test(second)) return `${first} ${second}`
  // "FREIE WÄHLER Oberweiler" over "Fraktion im Gemeinderat": the group's name is the first line
  if (/^Fraktion\s+(?:im|in\s+der)\s/u.test(second) && !FACTION.test(first)) return first
  // "Stadtverordneter Dr. Matthias Krause" over "Fraktion Wir für Wolfsruh": the member, the group added by withGroup
  const member = new RegExp(`^${ROLE}\\s+((?:(?:Dr|Prof)\\.\\s+)*\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){1,3})$`, 'u').exec(first)
  if (member) return member[1]!
  const party = new RegExp(`^${ROLE}\\s+(\\([^)]+\\))$`, 'u').exec(second)
  if (party) return `${first} ${party[1]}`
  if (FACTION.test(first)) return first
  return null
}
