// Name candidates: register surface forms, organizations, persons and places, each with what identifies it.
import type { Certainty, EntityType } from '../../model/edition';
import { longestMatches } from '../phrases';
import { latinize } from './ocr';
import { asciiFold, isPinyinGivenName, nameData, splitFullName, type NameData } from '../names-data';
import type { RuleContext } from '../rule';
import type { Span } from '../spans';
import type { Unit } from '../unit';

/** How a person's name is built, for linking mentions of one person. */
export interface PersonParts {
  surname: string;
  given?: string;
  initials?: string;
}

/** A name span, with the parts of a person's name when it is one. */
export type NameSpan = Span & { kind: 'name'; person?: PersonParts; display: string };

/**
 * A capitalized name word: "Gromyko", "Chou En-lai", Wade–Giles "P'eng Te-huai" and "Liu Shao-ch'i" (the
 * apostrophe marks aspiration), "McCloy", "O'Brien"; a possessive 's is not part of it.
 */
const CAP = "(?:Ma?c(?=\\p{Lu}))?\\p{Lu}(?:\\p{Ll}+|['’]\\p{Ll}+)(?:['’](?!s(?![\\p{L}]))\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+(?:['’](?!s(?![\\p{L}]))\\p{Ll}+)?)*";
const UPPER = '\\p{Lu}{2,}(?:-\\p{Lu}{2,})*';
const SURNAME = `(?:${CAP}|${UPPER})`;
/** Initials, including the two-letter ones of romanized Russian names (Yu., Zh., Kh.…) and Romanian Gh., in any case. */
const INITIALS = '(?:(?:\\p{Lu}|Yu|Ya|Ye|Yo|Zh|Kh|Ch|Sh|Ts|Gh|YU|YA|YE|YO|ZH|KH|CH|SH|TS|GH)\\.\\s?){1,4}';
const END = '(?![\\p{L}\\p{N}])';

/** The lower-case particles of surnames: "Charles de Gaulle", "Vasco Leitão da Cunha", "F.C. de Saram". */
const PARTICLE = '(?:da|de|do|dos|das|di|del|della|van|von|der|den|du|le|la|ter|ten|bin|ibn)(?:\\s(?:der|den|la|los|las))?';
/** "A.A. Gromyko", "F.C. de Saram", and "V.K. Krishna Menon" (a second name word in the same case, checked in personNames). */
const INITIALS_SURNAME = new RegExp(`(?<![\\p{L}.])(${INITIALS})((?:${PARTICLE}\\s)?${SURNAME})(?:\\s(${SURNAME}))?${END}`, 'gu');
/** "YUDIN P.F.": reversed initials, never followed by another name word ("Ambassador A.I. Alekseev" is not one). */
const SURNAME_INITIALS = new RegExp(`(?<![\\p{L}'’])(${SURNAME})\\s((?:\\p{Lu}\\.){2,3})(?![\\p{L}])(?!\\s*\\p{Lu})`, 'gu');
const CAPITAL_WORD = new RegExp(`(?<![\\p{L}'’])(?:${SURNAME})${END}`, 'gu');

/** The rules' regular expressions, compiled once from the name data. */
interface Patterns {
  organizations: [RegExp, string][];
  titled: RegExp;
  appositionBefore: RegExp;
  appositionAfter: RegExp;
  leaderGovernment: RegExp;
  fixedPersons: RegExp;
}

let compiled: Patterns | undefined;

function patterns(): Patterns {
  if (compiled) return compiled;
  const data = nameData();
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Titles also in capitals, as in an opener's heading ("GENERAL NE WIN"); the words after them are checked in titledNames.
  const capitalTitles = data.titles.filter((t) => /^\p{Lu}/u.test(t));
  const titles = ['com\\.', 'Com\\.', ...data.titles.map(escape), ...capitalTitles.map((t) => escape(t.toUpperCase()))].join('|');
  const roles = ['ambassador', 'minister', 'secretary', 'chairman', 'premier', 'president', 'counsellor', 'counselor', 'adviser',
    'consul', 'attaché', 'leader', 'head', 'chief', 'interpreter', 'correspondent', 'general'].join('|');
  const name = `(${CAP}(?:\\s${CAP}){0,2})`;

  compiled = {
    organizations: organizationPatterns(data),
    titled: new RegExp(`(?<![\\p{L}])(?:${titles})\\s+(?:(${INITIALS})?(${SURNAME})(?:\\s+(${SURNAME}))?(?:\\s+(${SURNAME}))?)${END}`, 'gu'),
    appositionBefore: new RegExp(`(?<![\\p{L}])(?:${capitalTitles.map(escape).join('|')})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*)*)?,\\s+${name}(?=\\s*[,.;)])`, 'gu'),
    appositionAfter: new RegExp(`(?<![\\p{L}])${name},\\s+(?:the\\s+|a\\s+)?(?:(?!(?:and|or|with|to|in)\\s)\\p{L}+\\s+){0,2}(?:${roles})\\b`, 'gu'),
    fixedPersons: new RegExp(`(?<![\\p{L}])(?:${data.fixedPersons.map(escape).join('|')})${END}`, 'gu'),
    leaderGovernment: new RegExp(`(?<![\\p{L}])[Tt]he\\s+(${CAP}(?:\\s${CAP})?)\\s+(?:government|cabinet|regime|administration|clique)\\b`, 'gu'),
  };
  return compiled;
}

/** Words that start a phrase but never an organization's name. */
const DETERMINERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Our', 'Their', 'His', 'Her', 'Its', 'Every', 'Each']);

function make(type: EntityType, start: number, end: number, display: string, key: string, cert: Certainty, rule: string): NameSpan {
  return { kind: 'name', type, key, cert, start, end, display, rule };
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Register surface forms: certain, and they carry the register id. */
export function registerNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  return longestMatches(unit.text, (p) => ctx.register.bySurface.get(p)).map((m) => ({
    ...make(m.value.type, m.start, m.end, unit.text.slice(m.start, m.end), m.value.entry.id, 'high', 'register'),
    registerId: m.value.entry.id,
  }));
}

/**
 * Gazetteer places, also when written in capitals (HANOI) or with a Cyrillic look-alike letter
 * (Hаnoi); and waters named "Gulf of X", "Strait of X"….
 */
export function placeNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  // The lookup runs for every candidate phrase: the costlier retries only where they can apply.
  const cyrillic = CYRILLIC.test(unit.text);
  const lookup = (p: string) => ctx.gazetteer.byName.get(p) ?? (cyrillic && CYRILLIC.test(p) ? ctx.gazetteer.byName.get(latinize(p, false)) : undefined) ??
    (p.length > 3 && TWO_CAPITALS.test(p) && p === p.toUpperCase() ? ctx.gazetteer.byName.get(nameCase(p)) : undefined);
  const found = longestMatches(unit.text, lookup)
    .filter((m) => !data.acronyms.has(unit.text.slice(m.start, m.end)))
    .map((m) => make('place', m.start, m.end, m.value.preferred ?? m.value.name, m.value.key, 'high', 'places/gazetteer'));
  for (const re of [WATERS, LANDFORMS]) {
    for (const m of unit.text.matchAll(re)) {
      if (DETERMINERS.has(m[0].split(' ')[0]!)) continue;
      found.push(make('place', m.index, m.index + m[0].length, m[0], slug(m[0]), 'medium', 'places/landform'));
    }
  }
  // "the Saadabad palace", "the Aras river": a name before a lower-case word for a place.
  for (const m of unit.text.matchAll(NAME_BEFORE_PLACE_WORD)) {
    const name = m[1]!;
    if (data.notNames.has(name) || DEMONYM.test(name) || MONTH_OR_DAY.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push(make('place', start, start + name.length, name, slug(name), 'medium', 'places/before-place-word'));
  }
  // "Central Java", "Northern Kazakhstan": a part of a known place, named by its direction, is a place of its own.
  for (const place of found.filter((f) => f.rule === 'places/gazetteer')) {
    const direction = DIRECTION_BEFORE.exec(unit.text.slice(Math.max(0, place.start - 10), place.start))?.[0];
    if (!direction) continue;
    const start = place.start - direction.length;
    const text = unit.text.slice(start, place.end);
    if (!ctx.gazetteer.byName.has(text)) found.push(make('place', start, place.end, text, slug(text), 'medium', 'places/direction'));
  }
  return found;
}

const NAME_BEFORE_PLACE_WORD = new RegExp(`(?<![\\p{L}])the\\s(${CAP}(?:\\s${CAP})?)\\s(?:palace|river|valley|desert|plateau|mountains|pass|airfield|air\\s+base|naval\\s+base|oasis|lake|mines?|oil\\s?fields?|dam)${END}`, 'gu');
const DIRECTION_BEFORE = /(?<![\p{L}])(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)\s$/u;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const TWO_CAPITALS = /^\p{Lu}\p{Lu}/u;
/** Words a place name writes in lower case inside it: "REPUBLIC OF THE CONGO" is the "Republic of the Congo". */
const LOWER_IN_NAMES = new Set(['OF', 'THE', 'AND', 'DE', 'DEL', 'LA', 'NAD', 'AM', 'AN', 'DER']);

/** A name in capitals as a gazetteer writes it: "HANOI" → "Hanoi", "REPUBLIC OF THE CONGO" → "Republic of the Congo". */
function nameCase(upper: string): string {
  return upper.replace(/\p{L}+/gu, (w, at: number) => (at > 0 && LOWER_IN_NAMES.has(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()));
}
const PEOPLES_REPUBLIC_WORD = /^D?PR\p{Lu}$/u;
const PEOPLES_REPUBLIC = /(?<![\p{L}\p{N}.])D?PR\p{Lu}(?![\p{L}\p{N}])/gu;
/** Mountains, passes, rivers, squares and the like: "Kongka Pass", "Yalu River", "Mount Everest", "Brandenburg Gate", "Friedrichstrasse". */
const LANDFORMS = new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){1,2}(?:Pass|Mountains|Range|River|Valley|Plateau|Desert|Peninsula|Canal|Delta|Heights|Gate|Square|Palace|Bridge|Islands|Island|Line|Barracks|Sea|Ocean|Dam)${END}|(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)\\s+parallel${END}|(?<![\\p{L}])(?:Mount|Lake|Cape)\\s+${CAP}${END}|(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:strasse|straße|platz|gasse)${END}`, 'gu');
/** The acronyms of states that organizations are "of": "Supreme Soviet of the USSR", "State Council of the PRC". */
const PLACE_ACRONYMS = 'USSR|PRC|GDR|FRG|DPRK|DRV|MPR|UAR|PRA|PRB|CSSR|ChSSR|SFRY|FPRY|USA|UK';
/** The last word of an organization's name: "Revolutionary Directorate", "Indian National Congress", "Lok Sabha". */
const ORG_HEAD = '(?:Court|Authority|Fleet|Organizations?|Organisations?|Movement|Directorate|Commission|Party|Army|Navy|Congress|Front|Leagues?|Unions?|Corporation|Company|Association|Federation|Secretariat|Bureau|Assembly|Council|Committee|Institute|Academy|Agency|Bank|Alliance|Pact|Sabha|Sangh|Ulama|Ulema)';
/** Words that begin a sentence or a phrase rather than a name. */
const NOT_ORG_START = '(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|In|On|At|For|From|With|By|To|Of|As|After|Before|During|When|While|Since|And|But|Then|Both|All|Some|Many|Each|Every|Whole|Entire|Said|Such|No|Any|Other|New)\\s';
/** Capitalized words ending in an organization word, the first not a sentence word; an ordinal date may lead ("26th of July Movement"). */
const NAMED_ORG = `(?!${NOT_ORG_START})(?:\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+)?(?:${CAP}(?:['’]s)?\\s+){1,4}${ORG_HEAD}`;
const WATERS = new RegExp(`(?<![\\p{L}])(?:Gulf|Bay|Strait|Straits|Sea|Lake|Cape|Island|Islands|Rann|Plain)\\s+of\\s+${CAP}(?:\\s${CAP})?${END}`, 'gu');

/** Organizations: acronyms (CC CPSU, MID…), party, ministry, council and embassy names. */
export function organizationNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const spans: NameSpan[] = [];
  for (const [re, rule] of patterns().organizations) {
    for (const m of unit.text.matchAll(re)) {
      // "The Ministry of…": a determiner the pattern took in is not part of the name.
      const first = m[0].split(/\s+/)[0]!;
      const skip = DETERMINERS.has(first) ? first.length + 1 : 0;
      const text = withoutTrailingPerson(m[0].slice(skip), data);
      if (!/\s/.test(text) && rule !== 'orgs/acronym' && rule !== 'orgs/body') continue;
      // "Soviet Union", "Union of Soviet Socialist Republics": a place by the gazetteer, whatever its last word.
      if (ctx.gazetteer.byName.has(text)) continue;
      const start = m.index + skip;
      spans.push(make('org', start, start + text.length, text, slug(text), rule === 'orgs/acronym' ? 'high' : 'medium', rule));
    }
  }
  if (!unit.upperCase) spans.push(...unknownAcronyms(unit, ctx, data), ...spelledOutAcronyms(unit, ctx), ...namesWithOriginal(unit, ctx, data));
  return spans;
}

const NAME_WORDS = `${CAP}(?:\\s(?:(?:of|the|and|de|del|la|des|du|el|pour|por|para)\\s)?${CAP}){1,4}`;
/** "Popular Unity (Unidad Popular)": a name of two or more words, then the same name in the original language. */
const ORIGINAL_IN_BRACKETS = new RegExp(`\\((${NAME_WORDS})\\)`, 'gu');
const NAME_BEFORE_BRACKET = new RegExp(`(?<![\\p{L}'’-])(${NAME_WORDS})\\s$`, 'u');

/**
 * A name given with its original-language form in brackets names a body (a party, a front, a
 * coalition), unless it is a place or a person's: two mentions of one organization.
 */
function namesWithOriginal(unit: Unit, ctx: RuleContext, data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of unit.text.matchAll(ORIGINAL_IN_BRACKETS)) {
    const original = m[1]!;
    const before = NAME_BEFORE_BRACKET.exec(unit.text.slice(Math.max(0, m.index - 80), m.index));
    if (!before) continue;
    let name = before[1]!;
    const first = name.split(' ')[0]!;
    if (DETERMINERS.has(first)) name = name.slice(first.length + 1);
    const words = `${name} ${original}`.split(' ');
    if (!/\s/.test(name) || name === original || ctx.gazetteer.byName.has(name) || ctx.gazetteer.byName.has(original)) continue;
    if (words.some((w) => data.givenNames.has(w) || data.titles.includes(w) || data.notNames.has(w))) continue;
    const key = slug(name);
    const at = m.index - 1 - name.length;
    const inner = m.index + 1;
    out.push(make('org', at, at + name.length, name, key, 'low', 'orgs/name-with-original'));
    out.push(make('org', inner, inner + original.length, original, key, 'low', 'orgs/name-with-original'));
  }
  return out;
}

/** Words before an acronym in brackets: "International Telephone and Telegraph (ITT)". */
const BEFORE_ACRONYM = /((?:\p{Lu}[\p{L}'’-]*\s(?:(?:and|of|for|the|de|du|des|la)\s)*){1,7})\((\p{Lu}{2,7})\)/gu;

/**
 * A name spelled out before its acronym in brackets is an organization when the acronym is its initials:
 * "International Telephone and Telegraph (ITT)", "Front of National Liberation (FLN)" in the other order
 * is left to the other rules. A place the gazetteer knows is not one.
 */
function spelledOutAcronyms(unit: Unit, ctx: RuleContext): NameSpan[] {
  const out: NameSpan[] = [];
  if (!/\(\p{Lu}{2,7}\)/u.test(unit.text)) return out;
  for (const m of unit.text.matchAll(BEFORE_ACRONYM)) {
    const words = [...m[1]!.matchAll(/\S+/gu)];
    const acronym = m[2]!;
    const capitalized = (w: RegExpExecArray) => /^\p{Lu}/u.test(w[0]);
    // The shortest run of words ending before the bracket whose capitalized words' initials spell the acronym.
    for (let from = words.length - 1; from >= 0; from--) {
      if (!capitalized(words[from]!)) continue;
      const initials = words.slice(from).filter(capitalized).map((w) => w[0][0]).join('');
      if (initials.length > acronym.length) break;
      if (initials !== acronym) continue;
      const start = m.index + words[from]!.index;
      const text = m[1]!.slice(words[from]!.index).trimEnd();
      if (!ctx.gazetteer.byName.has(text)) out.push(make('org', start, start + text.length, text, slug(text), 'medium', 'orgs/spelled-out-acronym'));
      break;
    }
  }
  return out;
}

/**
 * "Chairman of the Council of Ministers Mehmet Shehu": an organization's name ends where a person's
 * given name begins (the words after "of" are otherwise taken as the organization's).
 */
function withoutTrailingPerson(text: string, data: NameData): string {
  const words = text.split(' ');
  const cut = words.findIndex((w, i) => i > 1 && data.givenNames.has(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
  // "the Peasant Leagues of Francisco Julião": the "of" before the person goes with him.
  return cut > 0 ? words.slice(0, cut).join(' ').replace(/\s+(?:of|for)(?:\s+the)?$/, '') : text;
}

/** The organization patterns, each with the rule id it reports. */
function organizationPatterns(data: NameData): [RegExp, string][] {
  const acr = [...data.acronyms.keys()].sort((a, b) => b.length - a.length).join('|');
  const place = `(?:the\\s+)?(?:${acr}|PRC|USSR|GDR|FRG|DPRK|DRV|${CAP}(?:\\s+${CAP}){0,2})`;
  return [
    [new RegExp(`(?<![\\p{L}])CC\\s+(?:${acr})(?:\\s+(?:Secretariat|Presidium|Politburo))?${END}`, 'gu'), 'orgs/central-committee'],
    [new RegExp(`(?<![\\p{L}])(?:(?:Communist|Socialist|Workers['’]?|Labou?r|Social[- ]Democratic|Democratic|Revolutionary|Popular|People['’]s|National|Socialist Unity|United Workers['’])\\s+Party|Party\\s+of\\s+Labou?r)\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,3}${END}`, 'gu'), 'orgs/party-of'],
    [new RegExp(`(?<![\\p{L}])League\\s+of\\s+Communists\\s+of\\s+${CAP}${END}`, 'gu'), 'orgs/league-of'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){1,2}People['’]s\\s+(?:Volunteers|Army|Liberation\\s+Army|Militia|Congress|Commissariat)${END}`, 'gu'), 'orgs/peoples'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){1,2}(?:(?:Laborers['’]|Labourers['’]|Workers['’]|Working People['’]s|People['’]s|Communist|Socialist|Labou?r|Revolutionary|Unity|United|Democratic)\\s+){1,3}Party${END}`, 'gu'), 'orgs/x-party'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+)?(?:Ministry|Commissariat|Department)\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+)?${CAP}){0,3}(?:\\s+of\\s+${place})?${END}`, 'gu'), 'orgs/ministry'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+)?Ministry\\s+of\\s+${place}${END}`, 'gu'), 'orgs/ministry-of'],
    [new RegExp(`(?<![\\p{L}])(?:MFA|MID)\\s+of\\s+${place}${END}`, 'gu'), 'orgs/mfa-of'],
    [new RegExp(`(?<![\\p{L}])(?:Central Committee|Council of Ministers|Supreme Soviet|State Council|Presidium(?: of the (?:Supreme Soviet|Great Khural|${CAP}(?:\\s${CAP})?))?|State Planning Commission|State Planning Committee|Gosplan|Academy of Sciences|National Assembly|Council of State)\\s+of\\s+(?:the\\s+)?(?:${acr}|${PLACE_ACRONYMS}|${CAP}(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAP}){0,5})${END}`, 'gu'), 'orgs/body-of'],
    [new RegExp(`(?<![\\p{L}])${NAMED_ORG}${END}`, 'gu'), 'orgs/named'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){0,2}${ORG_HEAD}\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+)?${CAP}){0,3}${END}`, 'gu'), 'orgs/head-of'],
    [new RegExp(`(?<![\\p{L}])Radio(?:\\s+${CAP}){1,2}${END}`, 'gu'), 'orgs/radio'],
    // Movements named after a date: "the September 30th Movement".
    [new RegExp(`(?<![\\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+Movement${END}`, 'gu'), 'orgs/dated-movement'],
    // French names put the organization word first: "Mouvement National Congolais", "Union Minière".
    [new RegExp(`(?<![\\p{L}])(?:Mouvement|Parti|Union|Front|Comité|Conseil|Rassemblement|Confédération|Fédération)(?:\\s+(?:des?|du|pour\\s+la|de\\s+la))?(?:\\s+${CAP}){1,3}${END}`, 'gu'), 'orgs/french'],
    [new RegExp(`(?<![\\p{L}])(?:CABINET|COUNCIL)\\s+OF\\s+MINISTERS(?:\\s+OF\\s+(?:THE\\s+)?(?:${PLACE_ACRONYMS}|\\p{Lu}{3,}))?${END}`, 'gu'), 'orgs/ministers-upper'],
    [new RegExp(`(?<![\\p{L}])MINISTRY\\s+OF(?:\\s+(?!OF\\s)\\p{Lu}{2,}){1,3}(?:\\s+OF\\s+(?:THE\\s+)?(?:${PLACE_ACRONYMS}|\\p{Lu}{3,}))?${END}`, 'gu'), 'orgs/ministry-upper'],
    [new RegExp(`(?<![\\p{L}])(?:EMBASSY|CONSULATE(?:\\s+GENERAL)?)\\s+OF\\s+(?:THE\\s+)?\\p{Lu}{2,}(?:\\s+(?!IN\\s)\\p{Lu}{2,})?(?:\\s+IN\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})?)?${END}`, 'gu'), 'orgs/embassy-upper'],
    [new RegExp(`(?<![\\p{L}])Council\\s+(?:for|of|on)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,3}${END}`, 'gu'), 'orgs/council-for'],
    [new RegExp(`(?<![\\p{L}])(?:World|Worldwide|International|National|Supreme|State|Peace|Security)\\s+(?:${CAP}\\s+)?(?:Council|Committee|Congress|Assembly|Federation|Union|Front|Movement)(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,2})?${END}`, 'gu'), 'orgs/council'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}|${acr}|USSR|PRC|GDR|FRG)\\s+Embassy(?:\\s+in\\s+${CAP})?${END}`, 'gu'), 'orgs/embassy'],
    [new RegExp(`(?<![\\p{L}])Embassy\\s+of\\s+${place}(?:\\s+in\\s+${place})?${END}`, 'gu'), 'orgs/embassy-of'],
    [new RegExp(`(?<![\\p{L}])(?:${data.bodies.join('|')})${END}`, 'gu'), 'orgs/body'],
    [new RegExp(`(?<![\\p{L}])(?:${acr})${END}`, 'gu'), 'orgs/acronym'],
  ];
}

/** Capital-letter words the lists do not know (not places, not stamps): probably organizations. */
function unknownAcronyms(unit: Unit, ctx: RuleContext, data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  // "PRA", "PRB", "DPRV": the (Democratic) People's Republic of some country is a place, not an organization.
  for (const m of unit.text.matchAll(PEOPLES_REPUBLIC)) {
    if (ctx.gazetteer.byName.has(m[0])) continue;
    out.push(make('place', m.index, m.index + m[0].length, m[0], slug(m[0]), 'low', 'places/peoples-republic'));
  }
  for (const m of unit.text.matchAll(/(?<![\p{L}\p{N}.])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu)) {
    const word = m[0];
    if (data.acronyms.has(word) || ctx.gazetteer.byName.has(word) || data.notNames.has(word) || PEOPLES_REPUBLIC_WORD.test(word)) continue;
    if (/^(?:[IVXLCDM]+|SECRET|COPY|NOTE|ENCL|TOP)$/.test(word)) continue;
    out.push(make('org', m.index, m.index + word.length, word, slug(word), 'low', 'orgs/unknown-acronym'));
  }
  return out;
}

/** Persons found by the strong rules: initials, reversed initials, titles, East Asian and given names. */
export function personNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  const add = (start: number, text: string, parts: PersonParts, cert: Certainty, rule: string) => {
    if (data.notNames.has(parts.surname) || data.notNames.has(titleCase(parts.surname))) return;
    out.push({ ...make('person', start, start + text.length, text, '', cert, rule), person: parts });
  };
  for (const m of unit.text.matchAll(INITIALS_SURNAME)) {
    const initials = m[1]!.replace(/\s/g, '');
    const second = m[3];
    if (second && isNameWord(second, m[2]!, ctx, data)) {
      add(m.index, m[0], { initials, given: m[2]!, surname: second }, 'high', 'persons/initials');
    } else {
      add(m.index, m[1]! + m[2]!, { initials, surname: m[2]! }, 'high', 'persons/initials');
    }
  }
  // "[Dean] Rusk", "[Govind Ballabh] Pant": the translator supplied a first name, so the word after it is a surname.
  for (const m of unit.text.matchAll(AFTER_SUPPLIED_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "[Mohammad] Ayub Khan": an honorific closes the name ("Ayub" is the name used alone).
    const [name, honorific] = m[1]!.split(' ');
    add(start, m[1]!, honorific ? { given: name!, surname: honorific } : { surname: name! }, 'high', 'persons/after-supplied-name');
  }
  // "Koča Popović", "Józef Cyrankiewicz", "Tancredo Neves": a first name no list knows, before a surname of a
  // telling ending or one of the surname list.
  const pairs = [...unit.text.matchAll(TWO_CAPITAL_WORDS)];
  for (const m of [...unit.text.matchAll(SURNAME_ENDING), ...knownSurnameNames(unit.text, pairs, data)]) {
    if (!isNameWord(m[2]!, m[1]!, ctx, data) || data.notNames.has(m[1]!) || data.titles.includes(m[1]!) || ctx.gazetteer.byName.has(m[1]!) || DEMONYM.test(m[1]!)) continue;
    add(m.index, m[0], { given: m[1]!, surname: m[2]! }, 'medium', 'persons/surname-ending');
  }
  // "Nobusuke Kishi", "Inejiro Asanuma": two words made wholly of Hepburn syllables are a Japanese name.
  for (const m of pairs) {
    const [given, family] = [m[1]!, m[2]!];
    if (hepburnSyllables(given) < 3 || hepburnSyllables(family) < 2 || !isNameWord(family, given, ctx, data) || ctx.gazetteer.byName.has(given)) continue;
    add(m.index, m[0], { given, surname: family }, 'medium', 'persons/japanese');
  }
  // "Abd al-Karim Qasim", "Abu Bakr": Arabic names open with Abd, Abu or Ibn, the article joined by a hyphen.
  for (const m of unit.text.matchAll(ARABIC_NAME)) {
    const words = m[0].split(/\s+/);
    add(m.index, m[0], { given: words.slice(0, -1).join(' '), surname: words.at(-1)! }, 'medium', 'persons/arabic');
  }
  // "Luo [Ruiqing]": the translator supplied the given name after a Chinese surname.
  for (const m of unit.text.matchAll(SURNAME_BEFORE_SUPPLIED)) {
    if (!data.eastAsianSurnames.has(m[1]!) && !data.koreanVietnameseSurnames.has(m[1]!)) continue;
    add(m.index, m[0], { surname: m[1]!, given: m[2]! }, 'high', 'persons/surname-before-supplied');
  }
  for (const m of unit.text.matchAll(patterns().fixedPersons)) {
    add(m.index, m[0], { surname: m[0] }, 'high', 'persons/known-title');
  }
  for (const m of unit.text.matchAll(SURNAME_INITIALS)) {
    if (data.titles.includes(m[1]!)) continue;
    add(m.index, m[0], { initials: m[2]!, surname: m[1]! }, 'high', 'persons/reversed-initials');
  }
  // "John F. Kennedy": a known given name, a middle initial, a surname.
  for (const m of unit.text.matchAll(GIVEN_INITIAL_SURNAME)) {
    if (!data.givenNames.has(m[1]!) || !isNameWord(m[2]!, m[1]!, ctx, data)) continue;
    add(m.index, m[0], { given: m[1]!, surname: m[2]! }, 'high', 'persons/given-initial');
  }
  const runs = capitalRuns(unit.text);
  out.push(...eastAsianNames(runs, data), ...titledNames(unit, data), ...givenNameNames(runs, data));
  out.push(...appositions(unit, data), ...leaderGovernments(unit, ctx, data));
  for (const m of unit.text.matchAll(BURMESE)) {
    const name = burmeseName(m[2]!, ctx, data);
    if (name) add(m.index, `${m[1]} ${name}`, { surname: name, given: m[1]! }, 'medium', 'persons/burmese');
  }
  // "Charles de Gaulle": a known given name, a particle, a surname.
  for (const m of unit.text.matchAll(GIVEN_PARTICLE_SURNAME)) {
    if (!data.givenNames.has(m[1]!) || ctx.gazetteer.byName.has(m[0])) continue;
    add(m.index, m[0], { given: m[1]!, surname: m[0].slice(m[1]!.length + 1) }, 'high', 'persons/given-particle');
  }
  // "since de Gaulle's referendum": a surname with its particle, where no capitalized word comes before it.
  for (const m of unit.text.matchAll(PARTICLE_SURNAME)) {
    const before = unit.text.slice(Math.max(0, m.index - 30), m.index);
    if (/\p{Lu}[\p{L}.'’-]*\s$/u.test(before) || ctx.gazetteer.byName.has(m[0]) || isPlaceWord(m[1]!, ctx, data)) continue;
    add(m.index, m[0], { surname: m[0] }, 'medium', 'persons/particle-surname');
  }
  withParticleTails(unit.text, out, ctx);
  // Last, so that a name another rule has read (its surname known) keeps that reading.
  // "Present at the conversation were Son Sann, Penn Nouth and Lon Nol": the record lists its participants.
  for (const m of unit.text.matchAll(PRESENT_WERE)) {
    let at = m.index + m[0].length;
    for (;;) {
      PARTICIPANT.lastIndex = at;
      const item = PARTICIPANT.exec(unit.text);
      if (!item) break;
      const name = item[2]!;
      const words = name.split(' ');
      const start = at + item[0].indexOf(name, (item[1] ?? '').length);
      const known = out.some((o) => o.start === start && o.end === start + name.length);
      if (!known && !words.some((w) => data.notNames.has(w) || data.acronyms.has(w)) && !ctx.gazetteer.byName.has(name)) {
        add(start, name, splitFullName(name.replace(/^(?:\p{Lu}\.\s?)+/u, '')), 'medium', 'persons/participants');
      }
      at += item[0].length;
      if (!/,\s*$|\sand\s*$/.test(item[0])) break;
    }
  }
  return out;
}

const PARTICLE_SURNAME = new RegExp(`(?<![\\p{L}'’.-])(?:de|van|von|da|di|della|dos)\\s(${CAP})(?!\\s\\p{Lu})${END}`, 'gu');

/** A word that cannot be a surname after a particle: a place, a title, a common word. */
function isPlaceWord(word: string, ctx: RuleContext, data: NameData): boolean {
  return ctx.gazetteer.byName.has(word) || data.notNames.has(word) || data.titles.includes(word) || MONTH_OR_DAY.test(word);
}

const GIVEN_PARTICLE_SURNAME = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s${PARTICLE}\\s${CAP}${END}`, 'gu');
const PARTICLE_TAIL = new RegExp(`^\\s${PARTICLE}\\s${CAP}${END}`, 'u');

/** "Vasco Leitão da Cunha": a name another rule found goes on over a particle and the surname after it. */
function withParticleTails(text: string, names: NameSpan[], ctx: RuleContext): void {
  for (const name of names) {
    const tail = PARTICLE_TAIL.exec(text.slice(name.end))?.[0];
    if (!tail || !name.person || ctx.gazetteer.byName.has(text.slice(name.start, name.end + tail.length))) continue;
    name.end += tail.length;
    name.display = text.slice(name.start, name.end);
    const surname = tail.trim();
    name.person = { ...name.person, given: [name.person.given, name.person.surname].filter(Boolean).join(' '), surname };
  }
}

/** A word that continues a person's name: same case as the word before, and not a place, title or common word. */
function isNameWord(word: string, before: string, ctx: RuleContext, data: NameData): boolean {
  const upper = (w: string) => w === w.toUpperCase();
  return upper(word) === upper(before) && !data.notNames.has(word) && !data.notNames.has(titleCase(word)) &&
    !data.titles.includes(word) && !data.acronyms.has(word) && !ctx.gazetteer.byName.has(word);
}

const GIVEN_INITIAL_SURNAME = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s\\p{Lu}\\.\\s(${CAP})${END}`, 'gu');
const SURNAME_ENDING = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s(\\p{Lu}\\p{Ll}*(?:ović|ević|vić|ić|ovič|evič|owski|ewski|ański|iński|yński|cki|wicz|enko|shvili|dze|escu|eanu|[bdgklmnprstvz]ov|[bdgklmnprstvz]ev|[kv]ova|[kv]eva|ovich|evich|skiy|skii|sky|yan|ian)|\\p{Lu}\\p{Ll}*(?:OVIĆ|EVIĆ|VIĆ))${END}`, 'gu');
const TWO_CAPITAL_WORDS = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;

/**
 * Two capitalized words whose second is a known surname, as [match, first, surname] like SURNAME_ENDING's.
 * Not at the start of a sentence, where the first word may be any word ("Let Kennedy decide").
 */
function knownSurnameNames(text: string, pairs: RegExpExecArray[], data: NameData): RegExpExecArray[] {
  return pairs.filter((m) =>
    data.surnames.has(m[2]!) && !data.givenNames.has(m[1]!) && !SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)));
}

/** What ends the text before a sentence's first word: nothing, or a stop, colon, quotation mark or bracket and spaces. */
const SENTENCE_BEFORE = /(?:^|[.!?:;"“”(\[]\s*)$/u;
/** Hepburn romanization: the syllables of Japanese, a doubled consonant, a long vowel. */
const HEPBURN = /(?:[kgsztdnhbpmr]y[auoōū]|sh[iauoōū]|ch[iauoōū]|ts[uū]|j[iauoōū]|f[uū]|[kgsztdnhbpmrwy][aiueoōū]|[aiueoōū]|n(?![aiueoy])|([kstp])(?=\1))/y;

/** The number of Hepburn syllables a word splits into wholly ("Nobusuke": 4), or 0 when it does not. */
function hepburnSyllables(word: string): number {
  const w = word.toLowerCase();
  let at = 0;
  let count = 0;
  while (at < w.length) {
    HEPBURN.lastIndex = at;
    const m = HEPBURN.exec(w);
    if (!m) return 0;
    at += m[0].length;
    if (/[aiueoōū]/.test(m[0])) count += 1;
  }
  return count;
}

const ARABIC_NAME = new RegExp(`(?<![\\p{L}[])(?:Abd|Abu|Ibn)\\s(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-)?${CAP}(?:\\s${CAP})?${END}`, 'gu');

const PRESENT_WERE = /(?:[Pp]resent|[Tt]aking\s+part)(?:\s+(?:at|in)\s+the\s+(?:conversation|meeting|talks|reception|discussion))?\s+(?:were|was)\s*:?\s+/gu;
/** One participant of such a list, with an optional title, and the separator after it. */
const PARTICIPANT = new RegExp(`((?:com\\.|[Cc]omrade|Prince|Mr\\.|General|Minister|Ambassador)\\s+)?((?:\\p{Lu}\\.\\s?){0,3}${CAP}(?:\\s${CAP}){0,2})(?:,\\s*(?:and\\s+)?|\\s+and\\s+|(?=[\\s.;:)]|$))`, 'uy');
const SURNAME_BEFORE_SUPPLIED = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s\\[(\\p{Lu}[\\p{Ll}'’-]+)\\]`, 'gu');
const AFTER_SUPPLIED_NAME = new RegExp(`\\[\\p{Lu}[\\p{L}.'’-]*(?:\\s(?:\\p{Lu}|al-|as-|ad-|el-)[\\p{L}.'’-]*){0,2}\\]\\s((?:(?:al|el|as|ad|an|ar|ash|at|az)-)?${SURNAME}(?:\\s(?:Khan|Shah|Bey|Pasha))?)${END}`, 'gu');

/**
 * Burmese names carry their honorific (U, Thakin, Bo, Sao, Daw…) as part of the name, and are one to three
 * short syllables: "U Thant", "U Ba Swe", "Thakin Tin", "Sao Shwe Thaik", in capitals "U NU".
 */
const BURMESE_SYLLABLE = '(?:\\p{Lu}\\p{Ll}{0,5}|\\p{Lu}{1,6})';
const BURMESE = new RegExp(`(?<![\\p{L}.])(U|Thakin|THAKIN|Bo|BO|Sao|SAO|Daw|DAW|Bogyoke|BOGYOKE)\\s(${BURMESE_SYLLABLE}(?:\\s${BURMESE_SYLLABLE}){0,2})${END}`, 'gu');

/** The syllables of a Burmese name after its honorific, up to the first that is a known word or place; all in one case. */
function burmeseName(syllables: string, ctx: RuleContext, data: NameData): string | undefined {
  const words = syllables.split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if ((w === w.toUpperCase()) !== (words[0] === words[0]!.toUpperCase()) || LOWER_IN_NAMES.has(w) || data.notNames.has(titleCase(w)) ||
      data.titles.includes(titleCase(w)) || ctx.gazetteer.byName.has(titleCase(w)) || data.acronyms.has(w)) break;
    kept.push(w);
  }
  return kept.length > 0 && !(kept.length === 1 && kept[0]!.length === 1) ? kept.join(' ') : undefined;
}

/** A capitalized word and the words that follow it, each separated by one space. */
interface Run {
  start: number;
  words: string[];
}

/** For every capitalized word, the run of up to four capitalized words that starts there. */
function capitalRuns(text: string): Run[] {
  const words = [...text.matchAll(CAPITAL_WORD)].map((m) => ({ start: m.index, word: m[0] }));
  return words.map((w, i) => {
    const run = [w.word];
    for (let j = i + 1; j < words.length && run.length < 4; j++) {
      const prev = words[j - 1]!;
      if (text.slice(prev.start + prev.word.length, words[j]!.start) !== ' ') break;
      run.push(words[j]!.word);
    }
    return { start: w.start, words: run };
  });
}

function eastAsianNames(runs: Run[], data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const { start, words } of runs) {
    const [first, second, third] = words as [string, string?, string?];
    if (!second || (first === first.toUpperCase()) !== (second === second.toUpperCase())) continue;
    const text = chineseName(first, second, third, data) ?? koreanOrVietnameseName(first, second, third, data);
    if (!text) continue;
    out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/east-asian'), person: { surname: first, given: text.slice(first.length + 1) } });
  }
  return out;
}

/** "Deng Xiaoping", "Chou En-lai", "DENG XIAOPING": a Chinese surname and a pinyin or Wade–Giles given name. */
function chineseName(first: string, second: string, third: string | undefined, data: NameData): string | undefined {
  // Wade–Giles marks aspiration with an apostrophe: P'eng, Ch'en, T'ang are the surnames Peng, Chen, Tang.
  if (!data.eastAsianSurnames.has(titleCase(first).replace(/['’]/g, ''))) return undefined;
  const short = (w?: string) => w !== undefined && w.length <= 4 && !data.notNames.has(w);
  if (third && short(second) && short(third) && !isPinyinGivenName(second + third, data.pinyin)) return `${first} ${second} ${third}`;
  if (/^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(second)) return `${first} ${second}`;
  if (isPinyinGivenName(second, data.pinyin) && !data.notNames.has(titleCase(second))) return `${first} ${second}`;
  return undefined;
}

/** "Kim Il Sung", "Nam Il", "Pak Kim-cheol", "Vo Nguyen Giap": a Korean or Vietnamese surname and short syllables. */
function koreanOrVietnameseName(first: string, second: string, third: string | undefined, data: NameData): string | undefined {
  if (!data.koreanVietnameseSurnames.has(titleCase(first))) return undefined;
  const syllable = (w?: string) => w !== undefined && (w.length <= 6 || /-/.test(w)) && !data.notNames.has(w) && !data.notNames.has(titleCase(w));
  if (!syllable(second)) return undefined;
  return third && syllable(third) ? `${first} ${second} ${third}` : `${first} ${second}`;
}

/** A name after a title or form of address ("Premier Zhou Enlai", "com. Patolichev", "Lord Home"); the title stays outside. */
function titledNames(unit: Unit, data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of unit.text.matchAll(patterns().titled)) {
    const words = [m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
    const kept: string[] = [];
    for (const w of words) {
      if (data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w) || LOWER_IN_NAMES.has(w) || data.notNames.has(titleCase(w)) || data.titles.includes(titleCase(w))) break;
      kept.push(w);
    }
    if (kept.length === 0) continue;
    const text = (m[1] ?? '') + kept.join(' ');
    const start = m.index + m[0].indexOf(text);
    const { surname, given } = splitFullName(kept.join(' '));
    out.push({
      ...make('person', start, start + text.length, text, '', 'medium', 'persons/title'),
      person: { surname, ...(given ? { given } : {}), ...(m[1] ? { initials: m[1].replace(/\s/g, '') } : {}) },
    });
  }
  return out;
}

/** A known given name followed by one or two capitalized words: "Fidel Castro", "Carlos Rafael Rodríguez". */
function givenNameNames(runs: Run[], data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const { start, words } of runs) {
    const [given, second, third, fourth] = words as [string, string?, string?, string?];
    // In capitals ("MEHMET SHEHU", an opener line) the given name is looked up as it is usually written.
    const known = data.givenNames.has(given) || (given === given.toUpperCase() && second === second?.toUpperCase() && data.givenNames.has(titleCase(given)));
    if (!known || !second || data.notNames.has(second) || data.notNames.has(titleCase(second))) continue;
    const last = third && !data.notNames.has(third) ? third : undefined;
    // "Douglas MacArthur II": a generation is part of the name, not its surname.
    if (last && GENERATION.test(last)) {
      const text = `${given} ${second} ${last}`;
      out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/given-name'), person: { surname: second, given } });
      continue;
    }
    // "Mohammad Reza Shah Pahlavi": after an honorific, the dynasty's or family's name.
    const family = last && HONORIFIC.test(last) && fourth && !data.notNames.has(fourth) ? fourth : undefined;
    const text = [given, second, last, family].filter(Boolean).join(' ');
    const surname = family ?? last ?? second;
    out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/given-name'), person: { surname, given: text.slice(0, text.length - surname.length - 1) } });
  }
  return out;
}

/** A role in apposition: "the Prime Minister of Laos, Souvanna Phouma," and "Thompson, the American ambassador". */
function appositions(unit: Unit, data: NameData): NameSpan[] {
  const { appositionBefore: before, appositionAfter: after } = patterns();
  const out: NameSpan[] = [];
  for (const [re, rule] of [[before, 'persons/apposition-after-role'], [after, 'persons/apposition-before-role']] as const) {
    for (const m of unit.text.matchAll(re)) {
      const text = m[1]!;
      const words = text.split(' ');
      if (words.some((w) => data.notNames.has(w) || data.titles.includes(w))) continue;
      const start = m.index + m[0].indexOf(text);
      out.push({ ...make('person', start, start + text.length, text, '', 'medium', rule), person: splitFullName(text) });
    }
  }
  return out;
}

/** "the Kadar government", "the Adenauer cabinet": a leader's name before a word for his government. */
function leaderGovernments(unit: Unit, ctx: RuleContext, data: NameData): NameSpan[] {
  const re = patterns().leaderGovernment;
  const out: NameSpan[] = [];
  for (const m of unit.text.matchAll(re)) {
    const name = m[1]!;
    const words = name.split(' ');
    if (words.some((w) => data.notNames.has(w)) || (words.length === 1 && DEMONYM.test(name)) || ctx.gazetteer.byName.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ ...make('person', start, start + name.length, name, '', 'medium', 'persons/leader-government'), person: splitFullName(name) });
  }
  return out;
}

const HONORIFIC = /^(?:Shah|Khan|Bey|Pasha)$/;
const GENERATION = /^(?:II|III|IV|Jr|Sr)$/;

/** Adjectives of nationality ("Indonesian", "Japanese", "Polish", "Yugoslav"), not leaders' names. */
const DEMONYM = /(?:an|ese|ish|ic|ss|av|ch)$/;

/**
 * Second pass: a capitalized name no list knows right after "in", "at" or "near" ("at Moa and Nicaro",
 * "in Vedado", "in Punta del Este") is probably a place; certainty low, so an editor checks it. Persons the
 * document has named, months, titles, languages and nationalities are not.
 */
export function placesInContext(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  for (const m of unit.text.matchAll(PLACE_IN_CONTEXT)) {
    for (const [name, at] of [[m[1]!, m.index + m[0].indexOf(m[1]!)], ...(m[2] ? [[m[2], m.index + m[0].lastIndexOf(m[2])] as const] : [])] as const) {
      const words = name.split(/\s+/);
      if (words.some((w) => data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w))) continue;
      if (ctx.knownNames.has(name) || MONTH_OR_DAY.test(name) || NOT_A_PLACE.test(name) || (words.length === 1 && DEMONYM.test(name))) continue;
      out.push(make('place', at, at + name.length, name, slug(name), 'low', 'places/in-context'));
    }
  }
  return out;
}

const PLACE_WORDS = `${CAP}(?:\\s(?:(?:de|del|la|el|da|do|nad|pod|na|am|an|der|sur|upon)\\s)?${CAP}){0,2}`;
const PLACE_IN_CONTEXT = new RegExp(`(?<![\\p{L}])(?:in|at|near|outside|(?:[Gg]overnor|[Pp]rovince|[Ss]tate)\\s+of)\\s(${PLACE_WORDS})(?!['’\\p{L}])(?:\\s(?:and|or)\\s(${PLACE_WORDS})(?![\\p{L}'’]))?`, 'gu');
/** One to three name words, then what ends a list's item ("," "." ";" ")" " and "). */
const LIST_ITEM_AFTER = new RegExp(`^(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(${CAP}(?:\\s${CAP}){0,2})(?=[,.;:)]|\\s+and\\s|$)`, 'u');
const LIST_ITEM_BEFORE = new RegExp(`(?<![\\p{L}'’.-])(${CAP}(?:\\s${CAP}){0,2})(?:,\\s+|\\s+and\\s+)$`, 'u');

/**
 * "D.N. Aidit, M.H. Lukman and Njoto", "Hoxha, Shehu and Kapo": the items of a list that names persons
 * are persons too, when no rule made them anything else. `accepted` holds the unit's spans so far.
 */
export function coordinatedPersons(unit: Unit, accepted: Span[], ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const text = unit.text;
  const out: NameSpan[] = [];
  const taken = (start: number, end: number) => [...accepted, ...out].some((s) => s.start < end && start < s.end);
  const worklist = accepted.filter((s): s is NameSpan => s.kind === 'name' && s.type === 'person');
  const consider = (name: string, start: number) => {
    const words = name.split(' ');
    if (taken(start, start + name.length) || ctx.gazetteer.byName.has(name) || MONTH_OR_DAY.test(name)) return;
    if (words.some((w) => data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w) || DETERMINERS.has(w) || DEMONYM.test(w))) return;
    if (SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && words.length === 1) return;
    const span: NameSpan = { ...make('person', start, start + name.length, name, '', 'low', 'persons/list'), person: splitFullName(name) };
    out.push(span);
    worklist.push(span);
  };
  // A comma alone may set off an apposition ("the Minister of Finance, Felix Dias Bandaranaike"): a list
  // is only taken for one where an "and" joins two of its items.
  const joined = (separator: string) => /\sand\s/.test(separator);
  for (let i = 0; i < worklist.length; i++) {
    const person = worklist[i]!;
    const after = LIST_ITEM_AFTER.exec(text.slice(person.end));
    const rest = after ? text.slice(person.end + after[0].length) : '';
    if (after && (joined(after[0]) || /^\s+and\s/.test(rest))) consider(after[1]!, person.end + after[0].length - after[1]!.length);
    const before = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, person.start - 60), person.start));
    if (before && (joined(before[0]) || /^\s+and\s/.test(text.slice(person.end)))) consider(before[1]!, person.start - before[0].length);
  }
  return out;
}

const ROLE_OF = /(?<![\p{L}])(?:[Ss]ecretary|[Cc]hairman|[Mm]inister|[Mm]ember|[Hh]ead|[Ll]eader|[Pp]resident|[Dd]irector|[Cc]hief|[Cc]ommander|[Dd]eputy|[Aa]mbassador)\s+of\s+(?:the\s+)?$/u;
const NAME_AFTER_ROLE = new RegExp(`^\\s(${CAP}(?:\\s${CAP}){1,2})(?=[\\s,.;:)]|$)`, 'u');

/**
 * "the secretary of the Central Committee Hysni Kapo", "the Prime Minister of India Jawaharlal Nehru":
 * a name of two or three words right after a role's organization or country is the holder's.
 */
export function roleHolders(unit: Unit, accepted: Span[], ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  for (const body of accepted) {
    if (body.kind !== 'name' || (body.type !== 'org' && body.type !== 'place')) continue;
    if (!ROLE_OF.test(unit.text.slice(Math.max(0, body.start - 40), body.start))) continue;
    const name = NAME_AFTER_ROLE.exec(unit.text.slice(body.end))?.[1];
    if (!name) continue;
    const words = name.split(' ');
    if (words.some((w) => data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w) || ctx.gazetteer.byName.has(w))) continue;
    const start = body.end + 1;
    if (accepted.some((s) => s.start < start + name.length && start < s.end && s.kind === 'name' && (s as NameSpan).type !== 'person')) continue;
    out.push({ ...make('person', start, start + name.length, name, '', 'medium', 'persons/role-holder'), person: splitFullName(name) });
  }
  return out;
}

/** Doctrines, institutions, newspapers and other words that follow "in" without being places. */
const NOT_A_PLACE = /(?:isms?|ists?|-\p{L}+ism)$|(?:^|\s)(?:University|College|School|Institute|Academy|Hospital|Parliament|Conference|Congress|Assembly|Government|Cabinet|Council|Committee|Party|Plenum|Session|Hotel|Embassy|Ministry|Office|Pravda|Izvestiy?a|Trud|Ribao|Hongqi|Times|Tribune|Herald|Post|Daily|Christ|God|Allah|Heaven|Scripture|Bible|Koran)$/u;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Second pass: a name or surname alone, once the document has named its person by a strong rule. */
/** Organizations the document has named elsewhere in the same words (see RuleContext.knownOrganizations). */
export function knownOrganizations(unit: Unit, ctx: RuleContext): NameSpan[] {
  if (ctx.knownOrganizations.size === 0) return [];
  return longestMatches(unit.text, (p) => ctx.knownOrganizations.get(p))
    .map((m) => make('org', m.start, m.end, unit.text.slice(m.start, m.end), m.value, 'medium', 'orgs/known-name'));
}

export function knownNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  if (ctx.knownNames.size === 0) return [];
  // "Hammarskjold" names the "Hammarskjöld" of an earlier paragraph, "Rankovic" "Ranković".
  return longestMatches(unit.text, (p) => ctx.knownNames.get(p) ?? ctx.knownNames.get(asciiFold(p)), { particles: true }).map((m) => ({
    ...make('person', m.start, m.end, unit.text.slice(m.start, m.end), '', 'medium', 'persons/known-name'),
    person: m.value,
  }));
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
