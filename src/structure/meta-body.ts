/**
 * @module
 * The body an inquiry is put to, by its own name: the Bundestag, the sixteen Landtage ("Landtag von
 * Baden-Württemberg", "Bayerischer Landtag", "Abgeordnetenhaus Berlin", "Hamburgische Bürgerschaft" …) from any of
 * the forms a head prints ("des Sächsischen Landtages", "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG",
 * "Drucksachen des Abgeordnetenhauses"), and councils with their place or number ("Stadtrat der Landeshauptstadt
 * Magdeburg", "Ortsbeirat 6", "Bezirksvertretung 10", "Kreistag des Landkreises Talbach").
 */

/** Each parliament's own name, and the pattern of the forms a document prints it in. */
const PARLIAMENTS: [string, RegExp][] = [
  ['Deutscher Bundestag', /\bDeutsche[rnms]?\s+Bundestag(?:es|s)?\b/iu],
  ['Landtag von Baden-Württemberg', /\bLandtag(?:es|s)?\s+(?:von\s+)?Baden-Württemberg\b/iu],
  ['Bayerischer Landtag', /\bBayerische[rnms]?\s+Landtag/iu],
  ['Abgeordnetenhaus Berlin', /\bAbgeordnetenhaus(?:es)?\b/iu],
  ['Landtag Brandenburg', /\b(?:Landtag(?:es|s)?\s+(?:des\s+Landes\s+)?Brandenburg|Brandenburgische[rnms]?\s+Landtag)/iu],
  ['Bremische Bürgerschaft', /\b(?:Bremische[rnms]?\s+Bürgerschaft|Bürgerschaft\s+der\s+Freien\s+Hansestadt\s+Bremen)\b/iu],
  ['Hamburgische Bürgerschaft', /\b(?:Hamburgische[rnms]?\s+Bürgerschaft|Bürgerschaft\s+der\s+Freien\s+und\s+Hansestadt\s+Hamburg)\b/iu],
  ['Hessischer Landtag', /\bHessische[rnms]?\s+Landtag/iu],
  ['Landtag Mecklenburg-Vorpommern', /\bLandtag(?:es|s)?\s+(?:von\s+)?Mecklenburg-Vorpommern\b/iu],
  ['Niedersächsischer Landtag', /\bNiedersächsische[rnms]?\s+Landtag/iu],
  ['Landtag Nordrhein-Westfalen', /\bLandtag(?:es|s)?\s+(?:von\s+)?Nordrhein-Westfalen\b/iu],
  ['Landtag Rheinland-Pfalz', /\bLandtag(?:es|s)?\s+(?:von\s+)?Rheinland-Pfalz\b/iu],
  ['Landtag des Saarlandes', /\b(?:Landtag(?:es|s)?\s+des\s+Saarlandes|Saarländische[rnms]?\s+Landtag)/iu],
  ['Sächsischer Landtag', /\b(?<!Nieder)Sächsische[rnms]?\s+Landtag/iu],
  ['Landtag von Sachsen-Anhalt', /\bLandtag(?:es|s)?\s+(?:von\s+)?Sachsen-Anhalt\b/iu],
  [
    'Schleswig-Holsteinischer Landtag',
    /\b(?:Schleswig-Holsteinische[rnms]?\s+Landtag|Landtag(?:es|s)?\s+(?:von\s+)?Schleswig-Holstein\b)/iu,
  ],
  ['Thüringer Landtag', /\bThüringer\s+Landtag/iu],
]

const COUNCILS =
  'Stadtverordnetenversammlung|Gemeindevertretung|Marktgemeinderat|Samtgemeinderat|Verbandsgemeinderat|Gemeinderat|Stadtrat|Kreistag|Bezirksverordnetenversammlung|Bezirksversammlung|Bezirksvertretung|Bezirksausschuss|Bezirksbeirat|Stadtbezirksrat|Ortsbeirat|Ortschaftsrat|Ortsrat|Ortsgemeinderat|Regionalversammlung|Verbandsversammlung|Rat der Stadt|Rat der Gemeinde|Beirat'
/** "Ortsbeirat 6", "Bezirksvertretung 10": numbered councils of a city's districts */
const NUMBERED = /\b(Ortsbeirat|Bezirksvertretung|Bezirksausschuss|Bezirksbeirat|Ortsbeiräte?)\s+(\d{1,2})\b/u
const TOWN_KIND =
  '(?:Landkreises|Kreises|Stadt|Gemeinde|Bezirks|Freistaates|Landes|Landeshauptstadt|Hansestadt|Kreisstadt|Universitätsstadt|Marktgemeinde|Stadtgemeinde|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde|Regionalverbandes)'
const PLACE =
  "(?:(?:Bad|Sankt|St\\.|Groß|Klein|Alt|Neu|Markt|Lutherstadt|Ostseebad|Nordseebad|Seebad)\\s+)?[\\p{Lu}][\\p{L}.'-]*(?:\\s+(?:a\\.\\s*d\\.|an der|am|im|in der|ob der|vor der|bei|von)\\s+[\\p{Lu}][\\p{L}.-]*)*"
const COUNCIL_NAMED = new RegExp(
  `\\b(${COUNCILS})(?:es|s)?\\s+((?:des|der)\\s+${TOWN_KIND}\\s+${PLACE}|des\\s+[\\p{Lu}][\\p{L}-]*(?:kreises|landes)|${PLACE})`,
  'u'
)
const NOT_A_PLACE =
  /^(?:Herrn?|Frau|Drucksache|Wahlperiode|Raum|Sitzung|Landtag|Ausschuss|Vorlage|Anfrage|Antrag|Beschluss|Fraktion|Mitglied|Sehr|Die|Der|Das|Den|Dem|Ich|Wir|Es|In|Im|Am|Zu|Zur|Mit|Von|Für|Auf|Aus|Nach|Bei|Über|Unter|Vor|Herr|Oberbürgermeister\p{L}*|Bürgermeister\p{L}*|Landrat|Magistrat)\b/u

/** The parliament a head names, by its own name; null when it names none. */
export function findParliament(text: string): string | null {
  let best: { name: string; index: number } | null = null
  for (const [name, pattern] of PARLIAMENTS) {
    const m = pattern.exec(text)
    if (m && (!best || m.index < best.index)) best = { name, index: m.index }
  }
  return best?.name ?? null
}

/** A council with its place or number: "Stadtrat der Landeshauptstadt Magdeburg", "Ortsbeirat 6". */
export function findCouncil(text: string): string | null {
  const numbered = NUMBERED.exec(text)
  const named = COUNCIL_NAMED.exec(text)
  const usable = named && !NOT_A_PLACE.test(named[2]!) ? named : null
  if (numbered && (!usable || numbered.index <= usable.index)) return `${numbered[1]!.replace(/räte?$/u, 'rat')} ${numbered[2]}`
  if (!usable) return null
  return `${usable[1]} ${usable[2]!.trim()}`.replace(/[.,;:]$/, '')
}

/** A place's or an administration's name is the line: "Landkreis Hohenfels", "Gemeinde Oberweiler" (not "Bezirksamt im Verzug – …"). */
const PLACE_WORD =
  /^(?:Landkreis|Kreis|Stadt|Gemeinde|Markt|Bezirk|Bezirksamt|Amt|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde|Marktgemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|Freistaat|Land)\s+(?:\p{Lu}[\p{L}.-]*\s?){1,4}$/u

/** Whether a line names a parliament, a council or a place: a letterhead's first line, never a title or a person. */
export function namesBodyOrPlace(line: string): boolean {
  return (
    PLACE_WORD.test(line) ||
    findParliament(line) !== null ||
    findCouncil(line) !== null ||
    new RegExp(`^(?:${COUNCILS})\\b`, 'u').test(line)
  )
}

/**
 * The body a reader infers where the head names none: the council of the office addressed ("Magistrat der Stadt
 * Sundheim" → its Stadtverordnetenversammlung, "Bürgermeisteramt der Gemeinde Ebersfeld" → its Gemeinderat,
 * "Bezirksamt Pankow" → its BVV), else the Landtag of the government that answers or is asked ("im Einvernehmen
 * mit dem Hessischen Ministerium des Innern", "Senat von Berlin").
 */
export function inferBody(addressee: string | null, head: string): string | null {
  if (addressee) {
    for (const [pattern, council] of OFFICES) {
      const m = pattern.exec(addressee)
      if (m) return `${council} ${m[1]!.trim()}`
    }
  }
  return inferParliament(head)
}

const PLACE_AFTER = `(${PLACE})`
/** Offices and the council they answer to. */
const OFFICES: [RegExp, string][] = [
  [
    new RegExp(`^Magistrat\\s+der\\s+(?:Stadt|Kreisstadt|Universitätsstadt|Hansestadt)\\s+${PLACE_AFTER}`, 'u'),
    'Stadtverordnetenversammlung',
  ],
  [new RegExp(`^Gemeindevorstand\\s+der\\s+Gemeinde\\s+${PLACE_AFTER}`, 'u'), 'Gemeindevertretung'],
  [new RegExp(`^(?:Bürgermeister(?:in|amt)?|Gemeindeverwaltung)\\s+(?:der\\s+Gemeinde\\s+)?${PLACE_AFTER}$`, 'u'), 'Gemeinderat'],
  [
    new RegExp(
      `^(?:Oberbürgermeister(?:in)?|Erste[rn]?\\s+Bürgermeister(?:in)?)\\s+der\\s+(?:Stadt|Landeshauptstadt|Kreisstadt)\\s+${PLACE_AFTER}`,
      'u'
    ),
    'Stadtrat',
  ],
  [new RegExp(`^(?:Kreisausschuss|Landrat|Landrätin)\\s+(des\\s+(?:Landkreises\\s+${PLACE}|[\\p{Lu}][\\p{L}-]*kreises))`, 'u'), 'Kreistag'],
  [new RegExp(`^Bezirksamt(?:es)?\\s+${PLACE_AFTER}`, 'u'), 'Bezirksverordnetenversammlung'],
]

/** A government that answers or is asked, and a Land it is known by. */
const GOVERNMENT = /\b(?:Landesregierung|Staatsregierung|Staatskanzlei|Staatsministeri\w*|Ministeri(?:um|ums|en)|Minister(?:in)?\b)/u
const LANDS: [RegExp, string][] = [
  [/\bBaden-Württemberg/u, 'Landtag von Baden-Württemberg'],
  [/\bBayer(?:n\b|ische)/u, 'Bayerischer Landtag'],
  [/\bBrandenburg(?:ische|\b)/u, 'Landtag Brandenburg'],
  [/\bHess(?:en\b|ische)/u, 'Hessischer Landtag'],
  [/\bMecklenburg-Vorpommern/u, 'Landtag Mecklenburg-Vorpommern'],
  [/\bNiedersachsen\b|\bNiedersächsische/u, 'Niedersächsischer Landtag'],
  [/\bNordrhein-Westfalen/u, 'Landtag Nordrhein-Westfalen'],
  [/\bRheinland-Pfalz/u, 'Landtag Rheinland-Pfalz'],
  [/\bSaarland\b|\bSaarländische/u, 'Landtag des Saarlandes'],
  [/\bSachsen-Anhalt/u, 'Landtag von Sachsen-Anhalt'],
  [/(?<!Nieder)\b(?:Sachsen(?!-)\b|Sächsische)/u, 'Sächsischer Landtag'],
  [/\bSchleswig-Holstein/u, 'Schleswig-Holsteinischer Landtag'],
  [/\bThüring(?:en\b|er\s)/u, 'Thüringer Landtag'],
]
const SENATES: [RegExp, string][] = [
  [/\bSenat(?:es|s)?\s+von\s+Berlin\b|\bSenatsverwaltung\b|\bBerliner\s+Senat/u, 'Abgeordnetenhaus Berlin'],
  [/\bSenat(?:es|s)?\s+der\s+Freien\s+und\s+Hansestadt\s+Hamburg\b/u, 'Hamburgische Bürgerschaft'],
  [/\bSenat(?:es|s)?\s+der\s+Freien\s+Hansestadt\s+Bremen\b/u, 'Bremische Bürgerschaft'],
]

function inferParliament(text: string): string | null {
  for (const [pattern, name] of SENATES) if (pattern.test(text)) return name
  if (!GOVERNMENT.test(text)) return null
  let best: { name: string; index: number } | null = null
  for (const [pattern, name] of LANDS) {
    const m = pattern.exec(text)
    if (m && (!best || m.index < best.index)) best = { name, index: m.index }
  }
  return best?.name ?? null
}

/** "Anfrage … für die Sitzung des Kreistages am …", "Anfrage zur Stadtratsberatung am …": the council in whose session it is asked */
const SESSION_OF =
  /\b(?:für\s+die|zur|in\s+der)\s+(?:nächsten\s+)?Sitzung\s+(?:des|der)\s+(Kreistag|Stadtrat|Gemeinderat|Ortsbeirat|Ortschaftsrat|Stadtverordnetenversammlung|Gemeindevertretung|Bezirksverordnetenversammlung)(?:es|s)?\b/u
const SESSION_WORD = /\bAnfrage\s+(?:zur|für\s+die)\s+(Kreistag|Stadtrat|Gemeinderat|Ortsbeirat|Ortschaftsrat)s?(?:sitzung|beratung)\b/u

/** The council a head puts its inquiry to in session, with its district where a Kreistag's is named (`rest`: the text after the head). */
export function sessionBody(head: string, rest: string): string | null {
  const m = SESSION_OF.exec(head) ?? SESSION_WORD.exec(head)
  if (!m) return null
  const organ = m[1]!
  const district = organ === 'Kreistag' ? /\bLandkreis(?:es)?\s+(\p{Lu}[\p{L}-]+)/u.exec(`${head}\n${rest}`)?.[1] : undefined
  return district ? `${organ} ${district}` : organ
}
