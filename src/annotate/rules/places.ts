// Place names: gazetteer places, landforms and waters, and (second pass) unknown names after 'in', 'at' or 'near'.
import { MONTH_PATTERN } from '../../parse/dates';
import { longestMatches } from '../phrases';
import { latinize } from './ocr';
import { isListedName, nameData, type NameData } from '../names-data';
import { countryOfPeople, type Gazetteer, type GazetteerPlace } from '../gazetteer';
import type { RuleContext } from '../rule';
import { PLACEHOLDER_BASE, type Span } from '../spans';
import { isEnglishWord } from '../english';
import type { Unit } from '../unit';
import { ARTICLE, CAP, CLASSIFICATION_AT_END, DEMONYM, determinerLength, END, EVENT_NAMED_AFTER, MONTH_OR_DAY, nameCase, REGNAL_NUMBER } from './name-patterns';
import { make, type NameSpan, slug } from './name-span';

/** "LET US GO", "FOR US": the pronoun in a line of capitals, not the country (it is one before a noun: "THE US EMBASSY"). */
function isPronounInCapitals(text: string, start: number, end: number): boolean {
  return text.slice(start, end) === 'US' && !/(?:^|\s)THE\s+$/.test(text.slice(Math.max(0, start - 5), start)) && /\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, start - 12), start));
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
    .filter((m) => !data.acronyms.has(unit.text.slice(m.start, m.end)) && !isPronounInCapitals(unit.text, m.start, m.end) && !endsUnknownCompound(unit.text, m.start, ctx.gazetteer)
      && !EVENT_NAMED_AFTER.test(unit.text.slice(m.end)) && !WORD_GOES_ON.test(unit.text.slice(m.end, m.end + 2)) && !isPeoplesAdjective(m.value, unit.text.slice(m.end), ctx.gazetteer)
      && !isFirstOfTwoPeoples(m.value, unit.text.slice(m.end), ctx.gazetteer))
    .map((m) => make('place', m.start, m.end, m.value.preferred ?? m.value.name, m.value.key, 'high', 'places/gazetteer'));
  for (const re of [WATERS, LANDFORMS]) {
    for (const m of unit.text.matchAll(re)) {
      // "The Volta River Project": a sentence's first word is no part of the name.
      const skip = determinerLength(m[0]);
      const name = m[0].slice(skip);
      if (!/\s/.test(name) && skip > 0) continue;
      // "Chairman Zhou Mines", "Comrade Heo Dam": a title makes the words a person's name, not a works' or a dam's.
      if (/\s(?:Mill|Factory|Mines?|Dam)$/u.test(name) && name.split(/\s+/).some((w) => data.titleWords.has(w))) continue;
      found.push(make('place', m.index + skip, m.index + m[0].length, name, slug(name), 'medium', 'places/landform'));
    }
  }
  // "Via delle Botteghe Oscure", "rue de Grenelle", "Palais Bourbon": a street or a palace named by its word before the name.
  for (const m of unit.text.matchAll(STREET)) {
    // "Via Cairo, the delegation…": a known place after "Via" is a route, not a street ("Villa Somalia" is a house).
    if (m[0].startsWith('Via ') && ctx.gazetteer.byName.has(m[0].slice(m[0].indexOf(' ') + 1))) continue;
    found.push(make('place', m.index, m.index + m[0].length, m[0], slug(m[0]), 'medium', 'places/street'));
  }
  // "the Saadabad palace", "the Aras river": a name before a lower-case word for a place.
  for (const m of unit.text.matchAll(NAME_BEFORE_PLACE_WORD)) {
    const name = m[1]!;
    if (!isPlaceLikeName(name, data)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push(make('place', start, start + name.length, name, slug(name), 'medium', 'places/before-place-word'));
  }
  // "the Republic of Cyprus", "the Kingdom of Laos": a country's formal name is that country.
  // "PR China", "PR Poland": a People's Republic by its initials; "D.R. Vietnam", "DR Congo": a Democratic Republic.
  for (const re of [STATE_OF, STATE_OF_IN_CAPITALS, PEOPLES_REPUBLIC_INITIALS]) {
    for (const m of unit.text.matchAll(re)) {
      // "D.R. Vietnam" is the Democratic Republic of Vietnam, "DR Congo" the Democratic Republic of the Congo: not Vietnam or
      // Congo; and "D.R. Germany", which the gazetteer does not name so, no state for the initials (the country's name alone
      // stays the gazetteer's place).
      const country = re === PEOPLES_REPUBLIC_INITIALS && m[0].startsWith('D')
        ? ctx.gazetteer.byName.get(`Democratic Republic of ${m[1]}`) ?? ctx.gazetteer.byName.get(`Democratic Republic of the ${m[1]}`)
        : ctx.gazetteer.byName.get(m[1]!) ?? ctx.gazetteer.byName.get(nameCase(m[1]!));
      if (country?.kind === 'country') found.push(make('place', m.index, m.index + m[0].length, m[0], country.key, 'high', 'places/state-of'));
    }
  }
  // "Kossuth tér", "Gustav Adolfs torg", "Václavské náměstí": streets and squares named in their own language put that word after the name, in lower case.
  for (const m of unit.text.matchAll(LOCAL_STREET)) found.push(make('place', m.index, m.index + m[0].length, m[0], slug(m[0]), 'medium', 'places/street'));
  // "Khang Khay, 16 June 1962": the place of a dateline, before its date, in the opener or the closer.
  // "Top Secret, 16 June 1962" and "Tuesday, June 5, 1962" name no place.
  const dateline = unit.place === 'opener' || unit.place === 'closer' ? DATELINE_PLACE.exec(unit.text) : null;
  const datelinePlace = dateline?.[1];
  if (datelinePlace && isDateAt(unit, dateline[0].length) && isPlaceLikeName(datelinePlace, data)) {
    const known = ctx.gazetteer.byName.has(datelinePlace);
    found.push(make('place', 0, datelinePlace.length, datelinePlace, slug(datelinePlace), known ? 'high' : 'low', 'places/dateline'));
  }
  for (const m of unit.text.matchAll(FEDERATION)) {
    if (!isFederatedState(m[0], ctx.gazetteer)) continue;
    found.push(make('place', m.index, m.index + m[0].length, m[0], slug(m[0]), 'medium', 'places/federation'));
  }
  found.push(...routeEnds(unit.text, found), ...republicsOf(unit.text, ctx), ...stateAcronymsInContext(unit.text, ctx));
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

/**
 * State acronyms in the Russian form ("MNR" of МНР, "PNR" of ПНР) that also name other bodies (Bolivia's MNR, Mexico's PNR):
 * the state in a translation from Russian, or where the document speaks of the state, and not of the other's country.
 */
const STATE_ACRONYMS_IN_CONTEXT: Record<string, { country: string; evidence: RegExp; against: RegExp }> = {
  MNR: { country: 'Mongolia', evidence: /Mongol/u, against: /Bolivia/u },
  PNR: { country: 'Poland', evidence: /Poland|Polish/u, against: /Mexic/u },
};
const STATE_ACRONYM = /(?<![\p{L}\p{N}])(?:MNR|PNR)(?![\p{L}\p{N}])/gu;

/** Whether an acronym names a state in this document: "the MNR" where the document speaks of Mongolia. */
export function isStateAcronymInContext(acronym: string, ctx: RuleContext): boolean {
  const state = STATE_ACRONYMS_IN_CONTEXT[acronym];
  return state !== undefined && (ctx.originalLanguage?.ident === 'ru' || state.evidence.test(ctx.documentText)) && !state.against.test(ctx.documentText);
}

function stateAcronymsInContext(text: string, ctx: RuleContext): NameSpan[] {
  return [...text.matchAll(STATE_ACRONYM)].filter((m) => isStateAcronymInContext(m[0], ctx)).flatMap((m) => {
    const country = ctx.gazetteer.byName.get(STATE_ACRONYMS_IN_CONTEXT[m[0]]!.country);
    return country ? [make('place', m.index, m.index + m[0].length, country.name, country.key, 'medium', 'places/state-acronym-in-context')] : [];
  });
}

const STATE_OF = new RegExp(`(?<![\\p{L}])(?:(?:People['’]s|Democratic|Federal|Federative|Socialist|Arab|Islamic|United)\\s+)*(?:Republic|Kingdom|Principality|Sultanate|Emirate|Grand\\s+Duchy)\\s+of\\s+(?:the\\s+)?(${CAP}(?:\\s${CAP})?)${END}`, 'gu');
/** "THE AMBASSADOR OF THE REPUBLIC OF GHANA": a heading's capitals. */
const STATE_OF_IN_CAPITALS = /(?<![\p{L}])(?:(?:PEOPLE['’]S|DEMOCRATIC|FEDERAL|SOCIALIST|ARAB|ISLAMIC|UNITED)\s+)*(?:REPUBLIC|KINGDOM)\s+OF\s+(?:THE\s+)?(\p{Lu}{3,}(?:\s(?!(?:AND|THE|TO|IN|FOR|OF)(?![\p{L}]))\p{Lu}{3,})?)(?![\p{L}])/gu;
const PEOPLES_REPUBLIC_INITIALS = new RegExp(`(?<![\\p{L}.])(?:P\\.?R\\.?|D\\.\\s?R\\.|DR)\\s(?:of\\s)?(${CAP})${END}`, 'gu');
const LOCAL_STREET = new RegExp(`(?<![\\p{L}])(?:${CAP}\\s){1,2}(?:utca|tér|út|körút|rakpart|náměstí|ulice|třída|ulitsa|prospekt|ploshchad['’]?|caddesi|sokak|meydanı|torg|torget|gatan|gata|vägen|gate|gaten|gade|plass|plads|torv)${END}`, 'gu');
const STREET = new RegExp(`(?<![\\p{L}])(?:Via|Viale|Rue|rue|Avenue|Avenida|Boulevard|Paseo|Calle|Rua|Piazza|Plaza|Place|Ulitsa|Prospekt|Palais|Palacio|Palazzo|Casa|Villa|Jalan|Djalan|Ulica|Utca)\\s(?:\\d{1,2}\\s+)?(?:(?:de|del|della|delle|dei|degli|des|du|de\\s+la|la|le)\\s)?${CAP}(?:\\s${CAP}){0,2}(?:\\s${REGNAL_NUMBER})?${END}`, 'gu');
const NAME_BEFORE_PLACE_WORD = new RegExp(`(?<![\\p{L}])the\\s(${CAP}(?:\\s${CAP})?)\\s(?:palace|residence|villa|river|valley|desert|plateau|mountains|pass|peninsula|area|region|province|district|enclave|coast|airfield|airport|air\\s+base|naval\\s+base|harbou?r|oasis|lake|mines?|oil\\s?fields?|dam)${END}`, 'gu');
const DATELINE_PLACE = new RegExp(`^(${CAP}(?:\\s${CAP}){0,2}),\\s+`, 'u');
const DATE_TEXT = new RegExp(`^(?:"?\\d{1,2}"?\\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\s+\\d{1,2}\\b)`, 'u');

/** Whether a date starts at the offset: as text, or as the date the parser already took from the line. */
function isDateAt(unit: Unit, offset: number): boolean {
  const placeholder = unit.placeholders[unit.text.charCodeAt(offset) - PLACEHOLDER_BASE];
  return placeholder ? placeholder.kind === 'date' : DATE_TEXT.test(unit.text.slice(offset));
}
/**
 * A name that can be a place's: not a common or title word, a month or a day, a nationality or an adjective
 * ("the Presidential residence", "the Royal palace"), nor a currency's or a treaty's area ("the Sterling area").
 */
function isPlaceLikeName(name: string, data: NameData): boolean {
  const words = name.split(/\s+/);
  return !words.some((w) => data.notNames.has(w) || data.titleWords.has(w) || MONTH_OR_DAY.test(w) || NOT_PLACE_WORD.test(w)) && !DEMONYM.test(name);
}

const NOT_PLACE_WORD = /^(?:\p{Lu}\p{Ll}+(?:al|ic|ian|ese|ish|ern)|Treaty|Pact|Alliance|Sterling|Dollar|Franc|Rouble|Ruble|Excellency|Secret|Confidential)$/u;

/**
 * "Mali Federation", "Federation of Rhodesia and Nyasaland": a state named by the places it federates,
 * not a body such as the "Kenya Federation of Labour" (organizations.ts leaves the states to this module).
 */
export function isFederatedState(name: string, gazetteer: Gazetteer): boolean {
  const words = name.split(/\s+/);
  const at = words.indexOf('Federation');
  const named = at === words.length - 1 ? words.slice(0, at) : words.slice(at + 2).filter((w) => w !== 'and' && w !== 'the');
  return at >= 0 && named.length > 0 && named.every((w) => gazetteer.byName.has(w));
}

const FEDERATION = new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+Federation|Federation\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+)?${CAP}){0,2})${END}`, 'gu');
const ROUTE_TO = new RegExp(`^[–-](${CAP})\\s+(?:road|railway|railroad|highway|line|pipeline|route|border|frontier)${END}`, 'u');
const FROM_BEFORE = /(?<![\p{L}])(?:from|through|via)\s$/u;
const TO_PLACE = new RegExp(`^\\s+to\\s+(${CAP})${END}(?!\\s+\\p{Lu})`, 'u');

/** "the Nicosia–Kyrenia road", "through Alexandria to Famagusta": the other end of a route from a known place. */
function routeEnds(text: string, found: NameSpan[]): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  for (const place of found.filter((f) => f.rule === 'places/gazetteer')) {
    const after = text.slice(place.end, place.end + 60);
    const road = ROUTE_TO.exec(after);
    // "from Washington to Harriman" sends something to a person: only a name no list has as a person's.
    const to = road ? null : FROM_BEFORE.test(text.slice(Math.max(0, place.start - 9), place.start)) ? TO_PLACE.exec(after) : null;
    const end = road ?? to;
    if (!end || !isPlaceLikeName(end[1]!, data) || (to && (data.surnames.has(end[1]!) || data.givenNames.has(end[1]!)))) continue;
    const start = place.end + end[0].indexOf(end[1]!, 1);
    out.push(make('place', start, start + end[1]!.length, end[1]!, slug(end[1]!), 'medium', 'places/route'));
  }
  return out;
}

const REPUBLIC = new RegExp(`(?<![\\p{L}])(${CAP})\\s+((?:(?:Arab|Democratic|People['’]s|Socialist|Federal|Islamic)\\s+)*)Republic${END}`, 'gu');

/**
 * "Yemen Arab Republic", "Somali Democratic Republic": the state of a known country, under the key of that
 * country; "Mongolian People's Republic": a state named by its people's adjective.
 */
function republicsOf(text: string, ctx: RuleContext): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(REPUBLIC)) {
    const named = ctx.gazetteer.byName.get(m[1]!);
    const country = named?.kind === 'country' ? named : countryOfPeople(m[1]!, ctx.gazetteer);
    // "the Iraqi Republic": a republic named by its people alone only where the people's country is known.
    if (ctx.gazetteer.byName.has(m[0]) || (!country && (!DEMONYM.test(m[1]!) || !m[2]))) continue;
    out.push(make('place', m.index, m.index + m[0].length, m[0], country?.key ?? slug(m[0]), 'medium', 'places/republic'));
  }
  return out;
}

/**
 * The gazetteer key of the state a whole name names, if it does: a country ("Cuba"), its formal name ("the
 * Republic of Cuba") or a republic of its people ("Chinese People's Republic", also as "Chinese Peoples' Republic").
 */
export function stateKey(name: string, ctx: RuleContext): string | undefined {
  const text = name.replace(/^the\s+/u, '').replace(/Peoples['’]/u, 'People’s');
  const known = ctx.gazetteer.byName.get(text);
  if (known) return known.kind === 'country' ? known.key : undefined;
  const whole = (re: RegExp) => [...text.matchAll(re)].find((m) => m.index === 0 && m[0].length === text.length);
  const state = whole(STATE_OF);
  if (state) return ctx.gazetteer.byName.get(state[1]!)?.key;
  return republicsOf(text, ctx).find((s) => s.start === 0 && s.end === text.length)?.key;
}

const DIRECTION_BEFORE = /(?<![\p{L}])(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)\s$/u;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const TWO_CAPITALS = /^\p{Lu}\p{Lu}/u;

/** Mountains, passes, rivers, squares and the like: "Kongka Pass", "Yalu River", "Mount Everest", "Brandenburg Gate", "Friedrichstrasse". */
const LANDFORMS = new RegExp(`(?<![\\p{L}])${CAP}(?:\\s+Autonomous)?\\s+A?SSR${END}|(?<![\\p{L}])(?:${CAP}\\s+){1,2}(?:Pass|Mountains|Range|River|Valley|Plateau|Desert|Peninsula|Canal|Delta|Heights|Gate|Square|Street|Road|Avenue|Palace|Castle|House|Bridge|Islands|Island|Line|Barracks|Sea|Ocean|Dam|Hills|Stadium|Building)${END}|(?<![\\p{L}])(?:${CAP}\\s+){1,3}(?:Mill|Factory|Mine|Mines)${END}|(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)\\s+parallel${END}|(?<![\\p{L}])(?:Mount|Lake|Cape|Wadi)\\s+${CAP}${END}|(?<![\\p{L}])(?:${CAP}\\s+){1,2}Hall(?:\\s+of\\s+(?:the\\s+)?${CAP})?${END}|(?<![\\p{L}])(?:Bay|Gulf|Straits?|BAY|GULF|STRAITS?)\\s+(?:of|OF)\\s+(?:${CAP}|\\p{Lu}{2,})${END}|(?<![\\p{L}])Dar\\s+${ARTICLE}${CAP}${END}|(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:strasse|straße|platz|gasse)${END}`, 'gu');

const PEOPLE_NOUN_AFTER = /^\s+(?:troops|units|forces|army|soldiers|side|delegation|government|leaders?|leadership|people|population|refugees|nationals|citizens|authorities|officials|representatives?|guerrillas|rebels|separatists|aggression|attack|offensive)\b/u;
/** What a state's people has, after its adjective: "Somali territory", "Somali claims" (but "the Yunnan border" is the province's). */
const STATE_NOUN_AFTER = /^\s+(?:territory|territories|relations|border|borders|frontier|question|problem|issue|claims|nationalism)\b/u;

/**
 * "Somali troops": a region named as its people are, used as their adjective before a word in lower case ("the Somali Region" is the
 * region); "Somali territory": the adjective of a state's people, which a region shares.
 */
function isPeoplesAdjective(place: GazetteerPlace, after: string, gazetteer: Gazetteer): boolean {
  if (place.kind !== 'region' || !/(?:i|(?<!st)an|ese|ish)$/.test(place.name)) return false;
  return PEOPLE_NOUN_AFTER.test(after) || (STATE_NOUN_AFTER.test(after) && countryOfPeople(place.name, gazetteer) !== undefined);
}

/** "Ha Dong" of "Ha Dong-yun" (a person's name): a place's name whose last word goes on after a hyphen in lower case. */
const WORD_GOES_ON = /^-\p{Ll}/u;

/** "Kurgan" of "Taldy-Kurgan": a place's name as the end of a hyphenated name whose first part is no place ("Moscow-Peking" is two). */
function endsUnknownCompound(text: string, start: number, gazetteer: Gazetteer): boolean {
  const before = /(\p{L}+)-$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return before !== undefined && /^\p{Lu}/u.test(before) && !gazetteer.byName.has(before) && !nameData().acronyms.has(before) && !/^\p{Lu}+$/u.test(before);
}


const WATERS = new RegExp(`(?<![\\p{L}])(?:Gulf|Bay|Strait|Straits|Sea|Lake|Cape|Island|Islands|Rann|Plain)\\s+of\\s+${CAP}(?:\\s${CAP})?${END}`, 'gu');

/**
 * Second pass: a capitalized name no list knows right after "in", "at" or "near" ("at Moa and Nicaro",
 * "in Vedado", "in Punta del Este") is probably a place; certainty low, so an editor checks it. Persons the
 * document has named, months, titles, languages and nationalities are not.
 */
export function placesInContext(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  for (const m of unit.text.matchAll(PLACE_IN_CONTEXT)) {
    for (const [written, at] of [[m[1]!, m.index + m[0].indexOf(m[1]!)], ...(m[2] ? [[m[2], m.index + m[0].lastIndexOf(m[2])] as const] : [])] as const) {
      // "in Ghulja Secret": a classification stamp after the place's name, where a heading runs on.
      const name = written.replace(CLASSIFICATION_AT_END, '');
      const words = name.split(/\s+/);
      // "the Commander in Chief": a title's words, no place.
      if (!name || /^Chief$/.test(name) || words.some((w) => data.titleWords.has(w))) continue;
      if (words.some((w) => data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w))) continue;
      if (ctx.knownNames.has(name) || MONTH_OR_DAY.test(name) || NOT_A_PLACE.test(name) || (words.length === 1 && DEMONYM.test(name))) continue;
      // "in Soviet-Somali relations": two peoples joined by a hyphen name a relation, no place.
      // (And "in Arab-Israel relations": two parties joined before a word for what is between them.)
      if (name.includes('-') && (name.split('-').every((part) => isPeoplesWord(part, ctx.gazetteer)) || RELATION_AFTER.test(unit.text.slice(at + name.length)))) continue;
      out.push(make('place', at, at + name.length, name, slug(name), 'low', 'places/in-context'));
    }
  }
  return out;
}

const RELATION_AFTER = /^\s+(?:relations|relationship|border|frontier|conflict|war|talks|negotiations|dispute|split|alliance|friendship|treaty|agreement|rapprochement|cooperation|trade)\b/u;

/** "Somali" of "Somali-Ethiopian relations": a region named as its people are, joined to another people's adjective. */
function isFirstOfTwoPeoples(place: GazetteerPlace, after: string, gazetteer: Gazetteer): boolean {
  const other = /^-(\p{Lu}\p{Ll}+)(?![\p{L}-])/u.exec(after)?.[1];
  return place.kind === 'region' && other !== undefined && isPeoplesWord(place.name, gazetteer) && isPeoplesWord(other, gazetteer);
}

/** "Soviet", "Sino", "Somali": a people's adjective, or the combining form of one ("Sino-Soviet", "Anglo-French"). */
function isPeoplesWord(word: string, gazetteer: Gazetteer): boolean {
  const country = countryOfPeople(word, gazetteer);
  return /^(?:Soviet|Sino|Anglo|Franco|Indo|Afro|Russo|Italo|Austro|Greco|Turco|Luso|Arab)$/u.test(word) || DEMONYM.test(word) || (country !== undefined && country.name !== word);
}

/** Places the document has named in a context that showed them to be places ("at Kokkina"), named again ('"Kokkina," he said'). */
export function knownPlaces(unit: Unit, ctx: RuleContext): NameSpan[] {
  if (ctx.knownPlaces.size === 0) return [];
  return longestMatches(unit.text, (p) => ctx.knownPlaces.get(p))
    .map((m) => make('place', m.start, m.end, unit.text.slice(m.start, m.end), m.value, 'low', 'places/known-name'));
}

/** The small words inside places' names: "Punta del Este", "Frankfurt am Main", "Ústí nad Labem". */
const PLACE_PARTICLE = '(?:de|del|la|el|da|do|nad|pod|na|am|an|der|sur|upon)';
const PLACE_PARTICLE_WORD = new RegExp(`^${PLACE_PARTICLE}$`, 'u');
const PLACE_WORDS = `${CAP}(?:\\s(?:${PLACE_PARTICLE}\\s)?${CAP}){0,2}`;
const PLACE_IN_CONTEXT = new RegExp(`(?<![\\p{L}])(?:in|at|near|outside|(?:[Gg]overnor|[Pp]rovince|[Ss]tate)\\s+of)\\s(${PLACE_WORDS})(?!['’\\p{L}])(?:\\s(?:and|or)\\s(${PLACE_WORDS})(?![\\p{L}'’]))?`, 'gu');

/** Doctrines, institutions, newspapers and other words that follow "in" without being places. */
const NOT_A_PLACE = /(?:isms?|ists?|-\p{L}+ism)$|^(?:Swahili|Arabic|Hindi|Urdu|Amharic|Latin|Esperanto|Pashto|Farsi|Tagalog)$|(?:^|\s)(?:University|College|School|Institute|Academy|Hospital|Parliament|Conference|Congress|Assembly|Government|Cabinet|Council|Committee|Party|Plenum|Session|Hotel|Embassy|Ministry|Office|Pravda|Izvestiy?a|Trud|Ribao|Hongqi|Times|Tribune|Herald|Post|Daily|Christ|God|Allah|Heaven|Scripture|Bible|Koran)$/u;

// (Sticky: read from the end of the item before, with no copy of the text after it.)
const LIST_ITEM_AFTER = new RegExp(`(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(${PLACE_WORDS})(?=[,.;:)]|\\s+(?:and|in|to|on|for)\\s|$)`, 'uy');
const LIST_ITEM_BEFORE = new RegExp(`(?<![\\p{L}'’.-])(${PLACE_WORDS})(?:,\\s+|\\s+and\\s+)$`, 'u');

interface ListItem { start: number; name: string; span?: Span }

/**
 * Second pass: "a tour of Quibala, Catofe, Conde, Ebo, Gabela, Point Amboim": the items of a list of three or more that names
 * a place are places too, when no list knows them as anything (no person's or common word) and no item is a name of another
 * kind. Certainty low.
 */
export function coordinatedPlaces(unit: Unit, accepted: readonly Span[], ctx: RuleContext): NameSpan[] {
  const out: NameSpan[] = [];
  const listed = new Set<Span>();
  for (const place of accepted) {
    if (!isPlaceSpan(place) || listed.has(place)) continue;
    const items = listAround(unit.text, place, accepted);
    if (!items) continue;
    for (const item of items) if (item.span) listed.add(item.span);
    // (A list whose known places are all countries names no unknown one: the gazetteer knows every country. "He thanked Angola,
    // Cuba and Risquet".)
    const known = items.filter((item) => item.span);
    if (items.length < 3 || known.every((item) => ctx.gazetteer.byName.get(item.name)?.kind === 'country')) continue;
    // (An item a list of persons' names knows is left alone, not the list: "Silva Porto, Teixeira de Sousa and Luso".)
    for (const u of items.filter((item) => !item.span && isUnknownPlaceName(item.name, ctx))) {
      out.push(make('place', u.start, u.start + u.name.length, u.name, slug(u.name), 'low', 'places/list'));
    }
  }
  return out;
}

function isPlaceSpan(span: Span | undefined): boolean {
  return span?.kind === 'name' && (span as NameSpan).type === 'place';
}

/**
 * The items of the list a place is one of, outwards from it in both directions, while they are places or words no rule
 * marked; undefined when an item is a name of another kind (a person's, a body's).
 */
function listAround(text: string, place: Span, accepted: readonly Span[]): ListItem[] | undefined {
  const spanAt = (start: number, end: number) => accepted.find((s) => s.start < end && start < s.end);
  const items: ListItem[] = [{ start: place.start, name: text.slice(place.start, place.end), span: place }];
  const item = (start: number, name: string): ListItem | undefined => {
    const span = spanAt(start, start + name.length);
    return span && !isPlaceSpan(span) ? undefined : { start, name, ...(span ? { span } : {}) };
  };
  let end = place.end;
  for (;;) {
    LIST_ITEM_AFTER.lastIndex = end;
    const m = LIST_ITEM_AFTER.exec(text);
    if (!m) break;
    const next = item(m.index + m[0].length - m[1]!.length, m[1]!);
    if (!next) return undefined;
    items.push(next);
    end = Math.max(next.start + next.name.length, next.span?.end ?? 0);
  }
  // "In Luanda, Carreira, Dilolwa, and President Neto met": a name of another kind after the list's last "and" makes it no list of places.
  const and = /^,?\s+and\s+/u.exec(text.slice(end));
  const from = end + (and?.[0].length ?? 0);
  // (The name right after the "and", after a title at most: "and President Neto", not "and the reinforcements of the FAPLA".)
  const afterAnd = and ? accepted.find((s) => s.start >= from && /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(from, s.start))) : undefined;
  if (afterAnd && !isPlaceSpan(afterAnd)) return undefined;
  for (let start = place.start; ;) {
    const m = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (!m) break;
    const previous = item(start - m[0].length, m[1]!);
    if (!previous) return undefined;
    items.unshift(previous);
    start = Math.min(previous.start, previous.span?.start ?? previous.start);
  }
  return items;
}

/** A capitalized name no list knows as anything: no common word, person, title, body, month, people or language. */
function isUnknownPlaceName(name: string, ctx: RuleContext): boolean {
  const data = nameData();
  const words = name.split(/\s+/u);
  // ("Ochoa", "Teixeira": a name the lists or the document know is a person's more likely than a town's.)
  return !ctx.knownNames.has(name) && !MONTH_OR_DAY.test(name) && !NOT_A_PLACE.test(name) && !DEMONYM.test(name) &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) ? !isEnglishWord(w.toLowerCase()) && !isListedName(w, data) && !data.knownSurnames.includes(w) && !data.notNames.has(w) && !data.titleWords.has(w) && !data.titles.includes(w) : PLACE_PARTICLE_WORD.test(w));
}
