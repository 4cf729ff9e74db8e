// Organization names: acronyms, parties, ministries, councils, embassies, names given with their acronym or original form, and (second pass) names the document has used before.
import { longestMatches } from '../phrases';
import { isEnglishWord } from '../english';
import { isListedName, nameData, type NameData } from '../names-data';
import { isFederatedState, isStateAcronymInContext, stateKey } from './places';
import { SPEAKER_LABEL } from './speaker-label';
import type { RuleContext } from '../rule';
import type { Span } from '../spans';
import type { Unit } from '../unit';
import { BODY_ORGAN, CAP, CLASSIFICATION_AT_END, DEMONYM, determinerLength, END, MONTH_OR_DAY, nameCase, NODE, PLACE_ACRONYMS, startsLine, titleCase } from './name-patterns';
import { make, type NameSpan, slug } from './name-span';

/** The (Democratic) People's Republics by their initial: Albania, Bulgaria, China, Hungary, Kampuchea, Mongolia, Poland, Romania, Yemen. */
const PEOPLES_REPUBLIC_WORD = /^D?PR[ABCHKMPRY]$/u;
const PEOPLES_REPUBLIC = /(?<![\p{L}\p{N}.])D?PR[ABCHKMPRY](?![\p{L}\p{N}])/gu;

/** The last word of an organization's name: "Revolutionary Directorate", "Indian National Congress", "Lok Sabha". */
const ORG_HEAD = '(?:Court|Authority|Fleet|Organizations?|Organisations?|Movement|Directorate|Commission|Confederations?|Church|Railways|Airways|Airlines|Party|Army|Navy|Congress|Front|Leagues?|Unions?|Corporation|Company|Shipyards?|Archdiocese|Diocese|Patriarchate|Commune|Society|Department|Office|Plant|Groups?|Bodyguard|Guards?|Rifles|Regiment|Corps|Brigades?|Democrats|Association|Federation|Secretariat|Bureau|Assembly|Council|Committee|Institute|Academy|Agency|Bank|Alliance|Pact|Sabha|Sangh|Ulama|Ulema|University|Pioneers|Youth|Command|Division|Battalion|Detachment|Police|Militia|Scouts|Board|Senate|Parliament|Ministry|Club)';
/** Words that begin a sentence or a phrase rather than a name. */
const NOT_ORG_START = '(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|In|On|At|For|From|With|By|To|Of|As|After|Before|During|When|While|Since|And|But|Then|Both|All|Some|Many|Each|Every|Whole|Entire|Said|Such|No|Any|Other|New|Copy|Comrade|Comrades|Mr|Mrs|Dr)\\s';
/** "Scientific and Technological Commission", "Production and Construction Corps": two adjectives (or nouns in -ion) joined by "and" inside a name. */
const ADJECTIVES_JOINED = '(?:(?<=(?:ic|al|ive|ary|ous|ion)\\s)and\\s+)?';
/** Capitalized words ending in an organization word, the first not a sentence word; an ordinal date may lead ("26th of July Movement"). */
const ORG_HEAD_WORD = new RegExp(`^${ORG_HEAD}$`);
const NAMED_ORG = `(?!${NOT_ORG_START})(?:\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+(?=\\p{Lu})|(?:US|U\\.S\\.|UK)\\s+)?(?:${CAP}(?:['’]s|(?<=s)['’])?\\s+${ADJECTIVES_JOINED}){1,4}${ORG_HEAD}`;

/** An organ of a party named with the party: "Presidium of the CC CPSU", "Secretariat of the Communist Party of Cuba". */
const ORGAN_WORDS = '(?:Presidium|Politburo|Political\\s+Bureau|Secretariat|Plenum|Orgburo)';
const ORGAN = new RegExp(`^${ORGAN_WORDS}$`, 'u');
const PARTY_ORGAN = new RegExp(`^${ORGAN_WORDS}\\s+of\\s+(?:the\\s+)?(?:CC\\b|.*\\bParty\\b)`, 'u');

/** Organizations: acronyms (CC CPSU, MID…), party, ministry, council and embassy names. */
export function organizationNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const spans: NameSpan[] = [];
  // A heading in capitals, or a line of an opener in capitals, is read a second time as a name is written ("CENTRAL COMMITTEE
  // OF THE SOCIALIST UNITY PARTY", "SOVIET EMBASSY IN THE DPRK" over "Nº 223 Copy Nº 1").
  const capitalLines = unit.upperCase ? nameCase(unit.text) : withCapitalLinesNameCased(unit.text);
  // And with the translator's brackets inside a name opened: "the Korean [Workers'] Party", "the [Chinese] Embassy".
  const opened = unit.text.replace(BRACKET_IN_NAME, ' $1 ');
  for (const written of new Set([unit.text, capitalLines, opened])) {
    spans.push(...patternNames(unit, written, ctx, data, written === opened && opened !== unit.text));
  }
  // "the Kaiser company", "the Renault works", "the Bakhtar agency": a firm named by the word before a common noun.
  for (const m of unit.text.matchAll(NAMED_FIRM)) {
    const skip = determinerLength(m[1]!);
    const name = m[1]!.slice(skip);
    const first = name.split(' ')[0]!;
    // "the Fria company": a firm may take a town's name, not a country's ("the Guinea company" is no firm's name).
    const town = ctx.gazetteer.byName.has(name) && ctx.gazetteer.byName.get(name)!.kind !== 'country'
      && (skip > 0 || /(?:^|[^\p{L}])the\s$/u.test(unit.text.slice(Math.max(0, m.index - 4), m.index)));
    if (!name || DEMONYM.test(name) || (ctx.gazetteer.byName.has(name) && !town) || data.notNames.has(first) || data.titleWords.has(first)) continue;
    spans.push(make('org', m.index + skip, m.index + skip + name.length, name, slug(name), 'low', 'orgs/firm-named'));
  }
  // "Air Mali", "Air India": a country's airline.
  for (const m of unit.text.matchAll(AIRLINE)) {
    if (ctx.gazetteer.byName.get(m[1]!)?.kind !== 'country') continue;
    spans.push(make('org', m.index, m.index + m[0].length, m[0], slug(m[0]), 'medium', 'orgs/airline'));
  }
  if (!unit.upperCase) spans.push(...unknownAcronyms(unit, ctx, data), ...spelledOutAcronyms(unit, ctx), ...namesWithOriginal(unit, ctx, data));
  // "the Secretariat of the CPCZ CC": an organ of a body named with its organ after it.
  const bodies = [...spans, ...statesBefore(unit, spans), ...organsAfter(unit, spans)];
  return [...bodies, ...organsOf(unit, bodies)];
}

/** A state's initials and a space right before a body's name: "the USSR Council of Ministers", "the CSSR Academy of Sciences". */
const STATE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:${PLACE_ACRONYMS})\\s$`, 'u');
/** How far back the initials may begin: the longest and its space. */
const STATE_BEFORE_REACH = Math.max(...PLACE_ACRONYMS.split('|').map((a) => a.length)) + 1;

/**
 * A state's initials before the name of one of its bodies are part of the name, as "the USSR Ministry of Foreign
 * Affairs" and "the GDR Embassy" are: "the USSR Council of Ministers", "the DRV Workers' Party".
 */
function statesBefore(unit: Unit, spans: readonly NameSpan[]): NameSpan[] {
  return spans.flatMap((body) => {
    if (body.type !== 'org' || !/^\p{Lu}\p{Ll}/u.test(unit.text.slice(body.start, body.start + 2))) return [];
    const state = STATE_BEFORE.exec(unit.text.slice(Math.max(0, body.start - STATE_BEFORE_REACH), body.start));
    if (!state) return [];
    const start = body.start - state[0].length;
    const text = unit.text.slice(start, body.end);
    return [make('org', start, body.end, text, slug(text), 'medium', 'orgs/state-before')];
  });
}

/**
 * The organs named after their body, one organization with it: "RCP CC Permanent Presidium Executive Committee",
 * "Chinese Communist Party Politburo Permanent Committee", "the CPSU Central Committee".
 */
const ORGAN_AFTER = /^(?:\s+(?:CC|Central\s+Committee)(?![\p{L}]))?(?:\s+(?:(?:Permanent|Standing|Executive|Political|Central)\s+)?(?:Presidium|Politburo|Bureau|Secretariat|Committee)(?![\p{L}])){0,3}/u;

function organsAfter(unit: Unit, spans: readonly NameSpan[]): NameSpan[] {
  return spans.flatMap((body) => {
    const organ = body.type === 'org' ? ORGAN_AFTER.exec(unit.text.slice(body.end))?.[0] : undefined;
    if (!organ) return [];
    const text = unit.text.slice(body.start, body.end + organ.length);
    return [make('org', body.start, body.end + organ.length, text, slug(text), 'medium', 'orgs/organ-after')];
  });
}

/**
 * An organ's name before "of (the)" and the body it belongs to: "Politburo of the", "Central Committee of", "General
 * Assembly of the", "Political Bureau [of the]" (the translator's words, inside the organ's name). A department stays
 * a body of its own ("the International Department of the CC CPSU"), as the blind sets mark it.
 */
const ORGAN_OF = new RegExp(`(?<![\\p{L}])${BODY_ORGAN}\\s+(?:of\\s+(?:the\\s+)?|\\[of(?:\\s+the)?\\]\\s+)$`, 'u');

/**
 * A body's organ named with the body is one organization, whose name the body's ends: "the Politburo of
 * the CC PLA", "the Political Bureau of the MPLA", "the Politburo of the Central Committee of the WPE"
 * (organ by organ). The organ alone ("the Politburo") is then a short form of it.
 */
function organsOf(unit: Unit, spans: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const body of spans) {
    let end = body;
    for (let start = organBefore(unit.text, end); start !== undefined; start = organBefore(unit.text, end)) {
      end = make('org', start, body.end, unit.text.slice(start, body.end), slug(unit.text.slice(start, body.end)), 'medium', 'orgs/organ-of');
      out.push(end);
    }
  }
  return out;
}

/** Where the name of an organ of the body (an organization's span) begins, right before it: "[Politburo of the ]CC PLA". */
function organBefore(text: string, body: NameSpan): number | undefined {
  if (body.type !== 'org') return undefined;
  const from = Math.max(0, body.start - 60);
  const m = ORGAN_OF.exec(text.slice(from, body.start));
  return m ? from + m.index : undefined;
}

/**
 * The lines of a unit (the text between its line breaks and other nodes, which are private-use characters in the unit)
 * that are in capitals, as names are written; the rest as it is.
 */
function withCapitalLinesNameCased(text: string): string {
  return text.split(NODE).map((line) => (/\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line) ? nameCase(line) : line)).join('');
}

/**
 * Capitalized words in brackets before a capitalized word, at a line's start or after "the" or a capitalized word, which may be part of a name
 * the translator completed ("the [Chinese] Embassy", "Korean [Workers'] Party"); not a line's editorial note ("[Stamp]
 * Ministry of …"), and not after a preposition, where they open a place's name ("the Embassy in [North] Korea"), unless it is
 * the "of" of an embassy or a ministry, whose name the place is part of ("the Embassy of [North] Korea in China").
 */
const BRACKET_IN_NAME = /(?<=^|[\uE000-\uF8FF]|(?:^|[^\p{L}])(?:the|The)\s|\p{Lu}[\p{L}'’-]*\s|(?:Embassy|Consulate|Legation|Ministry)\sof\s)(?<!(?:^|\s)(?:in|at|to|from|near|and|with)\s)(?<!(?:^|\s)[("“'‘]?(?![("“'‘])(?!(?:Embassy|Consulate|Legation|Ministry)\s)\S+\sof\s)\[(?!(?:To|The|Of|In|On|At|For|From|With|By|And|Stamp|Seal|Signature|Illegible|Annex|Attachment|Enclosure|Translation|Copy|Handwritten)\])(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)\](?=\s\p{Lu})/gu;


/** The names the patterns find in the unit's text, or in `written`, the same text in other letter case or with brackets opened. */
function patternNames(unit: Unit, written: string, ctx: RuleContext, data: NameData, bracketsOpened: boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [re, rule] of patterns()) {
    for (const m of written.matchAll(re)) {
      // "The Ministry of…": a determiner the pattern took in is not part of the name.
      const first = m[0].split(/\s+/)[0]!;
      // "When Soviet Forces in Cuba are withdrawn": a nation's troops somewhere are no body of that name.
      if (rule === 'orgs/force-in' && (DEMONYM.test(first) || data.notNames.has(first))) continue;
      // "Deputy Department Director Li Chen": words of a title, not a body.
      if (rule === 'orgs/named' && TITLE_AFTER.test(written.slice(m.index + m[0].length))) continue;
      // "the Afghan Ministry of Planning": a nationality before a ministry's name is no part of it.
      const determiner = determinerLength(m[0]);
      // "Our Embassy in Pyongyang has informed…": at a sentence's start as inside one ("from our Embassy in Pyongyang"), no embassy's name.
      if (determiner > 0 && rule === 'orgs/embassy') continue;
      // "To Ministry of Foreign Affairs of the USSR": a cable's address, before the name.
      const lead = determiner || (ADDRESSED_TO.exec(m[0])?.[0].length ?? 0);
      const [people = '', head] = m[0].slice(lead).split(/\s+/);
      const ministry = rule === 'orgs/ministry' || rule === 'orgs/ministry-of' || (rule === 'orgs/head-of' && head === 'Ministry');
      const nationality = ministry && DEMONYM.test(people) && !ctx.gazetteer.byName.has(people);
      const skip = nationality ? lead + people.length + 1 : lead;
      // A listed body's name is whole ("Quan Doi Nhan Dan" has no person in it).
      // "the Seventh Fleet of the Americans": a people after "of the" owns the body, and is no part of its name.
      const after = written.slice(m.index + m[0].length);
      const text = (rule === 'orgs/body' ? m[0].slice(skip) : withoutTrailingPerson(withoutTrailingTitle(m[0].slice(skip), after), after, data)).replace(OF_A_PEOPLE, '');
      if (!/\s/.test(text) && rule !== 'orgs/acronym' && rule !== 'orgs/body') continue;
      // "CC: Prime Minister": a letter's copies to, not a central committee.
      if (text === 'CC' && /^\s*:/.test(written.slice(m.index + m[0].length))) continue;
      // "the Political Bureau of the Polish United Workers' Party": a party's organ named with it names the party.
      if (PARTY_ORGAN.test(text)) continue;
      // "Article 4, Department 3", "Chapter III, Division IV of the Code": a text's parts, numbered as departments are.
      if (rule === 'orgs/numbered-department' && TEXT_PART_AROUND.test(`${written.slice(Math.max(0, m.index - 30), m.index)}\u0000${written.slice(m.index + m[0].length, m.index + m[0].length + 40)}`)) continue;
      // "the Soviet Command": a nation's military command is no body of that name ("the Regional Command" is).
      if (/^\S+ Command$/.test(text) && DEMONYM.test(text.split(' ')[0]!)) continue;
      if (ORGAN.test(text) && /^\s+of\s/.test(written.slice(m.index + m[0].length))) continue;
      // In a heading's capitals, two words may be a generic phrase ("THE VIEWS OF THE SOVIET EMBASSY"), but not at the
      // start of a line, where a letterhead names its body ("USSR EMBASSY IN THE DPRK").
      // (The name with single spaces: a bracket the reading opened leaves two: "the [Soviet] Union" is "Soviet Union".)
      const plain = text.replace(/\s+/gu, ' ');
      if (written !== unit.text && !bracketsOpened && plain.split(' ').length < 3 && !startsLine(written, m.index + skip)) continue;
      // "Soviet Union", "Union of Soviet Socialist Republics": a place by the gazetteer, whatever its last word.
      if (ctx.gazetteer.byName.has(plain) || isFederatedState(plain, ctx.gazetteer) || isTwoPlacesJoined(plain, ctx)) continue;
      // "[Chinese] Embassy": a name read with the brackets opened takes in the bracket it starts or ends in (one the
      // reading opened, not a bracket around a whole name: "the NLF [National Liberation Front]").
      const at = m.index + skip;
      const opens = (i: number, bracket: string) => bracketsOpened && unit.text[i] === bracket && written[i] === ' ';
      // (A name that is a bracket's whole content, "the [PUWP]", is the plain reading's, inside the bracket.)
      if (opens(at - 1, '[') && opens(at + text.length, ']')) continue;
      const start = at - (opens(at - 1, '[') ? 1 : 0);
      // "Union Soudanaise–RDA": a French party's name joined to the acronym of the movement it belongs to
      // (but "the Warsaw Pact-NATO balance" names two).
      const joined = rule === 'orgs/french' ? JOINED_ACRONYM.exec(unit.text.slice(at + text.length))?.[0] : undefined;
      const end = at + text.length + (joined && !isKnownName(joined.slice(1), ctx, data) ? joined.length : 0) +
        (opens(at + text.length, ']') ? 1 : 0);
      spans.push(make('org', start, end, unit.text.slice(start, end), slug(unit.text.slice(start, end)), rule === 'orgs/acronym' ? 'high' : 'medium', rule));
    }
  }
  return spans;
}

/** A text's part before a number ("Article 4, ") or after it ("of the treaty"), around a match after a NUL. */
const TEXT_PART_AROUND = /(?:Article|Chapter|Section|Paragraph|Part|Clause|Point)\s+[\dIVX]+\S*,?\s*\u0000|\u0000\s+(?:of|in)\s+(?:the|this)\s+(?:[Tt]reaty|[Aa]greement|[Cc]ode|[Ll]aw|[Cc]onvention|[Pp]rotocol|[Cc]onstitution|[Ss]tatute|[Cc]harter|[Dd]ecree|[Rr]esolution)\b/u;

const ADDRESSED_TO = /^(?:To|From)\s+/u;

/** "the Ministry of Foreign Affairs and Ministry of Higher Education": after "and", the head of a second body ("Justice and Police" is one). */
const SECOND_BODY = `(?:Ministry|Commissariat|Department)${END}`;
/** A title that ends a body's name: "the Federal Government of Germany Chancellor Erhard". */
const TITLE_WORD = `(?:Chancellor|President|Premier|Prime|Minister|Foreign|Head|Chairman|Secretary|King|Queen|Prince|Princess|Emperor|Marshal|General|Generalissimo|Ambassador|Comrade)${END}`;
/** After "and" inside a body's name, no second body and no title: "of the Cuban Communist Party and First Deputy Chairman". */
const AFTER_AND_NO_NAME = `(?:${SECOND_BODY}|(?:First|Second|Deputy|Vice|Member|Director)${END}|${TITLE_WORD})`;
const TITLE_AFTER = /^\s+(?:Director|Head|Chief|Chairman|Secretary|Deputy)\b/;
const OF_A_PEOPLE = /\s+of\s+the\s+\p{Lu}\p{Ll}+(?:ans|ese)$/u;

function isKnownName(word: string, ctx: RuleContext, data: NameData): boolean {
  return data.acronyms.has(word) || ctx.gazetteer.byName.has(word);
}

const NAMED_FIRM = new RegExp(`(?<![\\p{L}'’-])(${CAP}(?:\\s${CAP}){0,2})(?=\\s+(?:company|corporation|concern|firm|works|agency|trust)\\b)`, 'gu');
const JOINED_ACRONYM = /^[–-]\p{Lu}{2,6}(?![\p{L}\p{N}])/u;
const AIRLINE = new RegExp(`(?<![\\p{L}])Air\\s(${CAP})${END}`, 'gu');

// "Workers'": a plural possessive inside a party's name ("Vietnam Workers' Party (Lao Dong)").
const NAME_WORD = `${CAP}(?:['’](?=\\s))?`;
const NAME_WORDS = `${CAP}(?:\\s(?:(?:of|the|and|de|del|la|des|du|el|pour|por|para)\\s)?${NAME_WORD}){1,4}`;
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
    const name = lastOfTwo(before[1]!.slice(determinerLength(before[1]!)), original);
    const words = `${name} ${original}`.split(' ');
    if (!/\s/.test(name) || name === original || ctx.gazetteer.byName.has(name) || ctx.gazetteer.byName.has(original)) continue;
    if (words.some((w) => data.givenNames.has(w) || data.titles.includes(w) || (data.notNames.has(w) && !ORG_HEAD_WORD.test(w)))) continue;
    const key = slug(name);
    const at = m.index - 1 - name.length;
    const inner = m.index + 1;
    out.push(make('org', at, at + name.length, name, key, 'low', 'orgs/name-with-original'));
    out.push(make('org', inner, inner + original.length, original, key, 'low', 'orgs/name-with-original'));
  }
  return out;
}

/**
 * "Wenhui Bao and Jiefang Ribao (Liberation Daily)": of two names joined by "and", the bracket translates the
 * last when it has as many words as that one ("Workers and Peasants Party (Partido Obrero y Campesino)" is one name).
 */
function lastOfTwo(name: string, original: string): string {
  const at = name.lastIndexOf(' and ');
  if (at < 0) return name;
  const last = name.slice(at + 5);
  const count = (text: string) => text.split(' ').length;
  return count(last) === count(original) && count(name.slice(0, at)) >= 2 ? last : name;
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
      // "the Chinese Peoples’ Republic (CPR)": a state spelled out names a place, and so does its acronym.
      const state = stateKey(text, ctx);
      if (state) {
        // What the gazetteer knows, the place rule marks with its certainty.
        const acronymAt = m.index + m[0].lastIndexOf(acronym);
        if (!ctx.gazetteer.byName.has(text)) out.push(make('place', start, start + text.length, text, state, 'medium', 'places/spelled-out-acronym'));
        if (!ctx.gazetteer.byName.has(acronym)) out.push(make('place', acronymAt, acronymAt + acronym.length, acronym, state, 'medium', 'places/spelled-out-acronym'));
      } else out.push(make('org', start, start + text.length, text, slug(text), 'medium', 'orgs/spelled-out-acronym'));
      break;
    }
  }
  return out;
}

/**
 * "Chairman of the Council of Ministers Mehmet Shehu": an organization's name ends where a person's
 * given name begins (the words after "of" are otherwise taken as the organization's).
 */
function withoutTrailingPerson(text: string, after: string, data: NameData): string {
  // Cut in the text itself, so that its spacing (two spaces after a line break) stays as written.
  const words = [...text.matchAll(/\S+/g)];
  // "the Standing Committee of the National Assembly Truong Chinh": an Asian name begins with the family name, as the
  // last two or three words. "the Foreign Ministry of the People's Republic of China Wang Zhouzhu": the name may go on after the match.
  const nextWord = (i: number) => words[i + 1]?.[0] ?? /^\s(\S+)/u.exec(after)?.[1] ?? '';
  const asianName = (word: string, i: number) => words.length - i <= 3 && (words.length - i >= 2 || /^\p{Lu}\p{Ll}/u.test(nextWord(i))) && isAsianSurname(word, data);
  // "the Committee of the Soviet Union Mikoyan": a surname the lists know, last, is the holder's.
  const surnameLast = (word: string, i: number) => i === words.length - 1 && i > 2 && !/^\p{Lu}/u.test(nextWord(i)) && (isListedName(word, data) || data.knownSurnames.includes(word)) && !data.givenNames.has(word) && !isEnglishWord(word);
  const cut = words.findIndex((w, i) => i > 1 && ((/^\p{Lu}/u.test(nextWord(i)) && (data.givenNames.has(w[0]) || asianName(w[0], i))) || surnameLast(w[0], i)));
  // "the Peasant Leagues of Francisco Julião": the "of" before the person goes with him.
  return cut > 0 ? text.slice(0, words[cut]!.index).trimEnd().replace(/\s+(?:of|for)(?:\s+the)?$/, '') : text;
}

/**
 * A body's name without a classification or a title after it: "Ministry of Foreign Affairs Top Secret", "the
 * Council of Ministers President" (but "the Office of the President" names a body).
 */
function withoutTrailingTitle(text: string, after: string): string {
  // "… Affairs Top" before "Secret": the stamp's first word, which the pattern took in.
  const stamp = /^\s+Secret\b/u.test(after) ? /\s+(?:Top|Strictly)$/u : CLASSIFICATION_AT_END;
  // "the Presidium of the Supreme Soviet Chairman Voroshilov": the title and the holder after it too.
  // "Ministry of Foreign Affairs Incoming Telegram", "… Document", "… Vestibule": the kind of document the heading names
  // after its sender, or the room of the body's building where the talk was held.
  return text.replace(stamp, '').replace(DOCUMENT_KIND_AT_END, '').replace(/(?<!\s(?:the|of))\s+(?:President|Premier|Chairman|Secretary|Member|Minister)(?:\s+\p{Lu}\S*)*$/u, '');
}

// (Also a heading's next line, run on: "the Embassy of [North] Korea in China" and "Received by: …".)
const DOCUMENT_KIND_AT_END = /\s+(?:(?:Incoming|Outgoing|Urgent|Flash|Coded|Ciphered|Encrypted)(?:\s+(?:Telegram|Cable|Message))?|Telegram|Cable|Document|File|Vestibule|Lobby|Received|Sent|Dispatched|Delivered)$/iu;

/** "China-Soviet Union", "USSR-PRC": two places joined by a hyphen name a relation, not a body ("Union" though the last word is). */
function isTwoPlacesJoined(text: string, ctx: RuleContext): boolean {
  return [...text.matchAll(/-/g)].some((m) => ctx.gazetteer.byName.has(text.slice(0, m.index)) && ctx.gazetteer.byName.has(text.slice(m.index + 1)));
}

function isAsianSurname(word: string, data: NameData): boolean {
  return data.koreanVietnameseSurnames.has(word) || data.eastAsianSurnames.has(word);
}

let compiled: [RegExp, string][] | undefined;

/** The organization patterns, compiled once from the name data. */
function patterns(): [RegExp, string][] {
  return (compiled ??= organizationPatterns(nameData()));
}

/** An organ of a party's central committee after it, in either case: "CC CCP Politburo", "CC CPSU POLITBURO". */
const CC_ORGAN = '(?:\\s+(?:Secretariat|Presidium|Politburo|SECRETARIAT|PRESIDIUM|POLITBURO))?';

/** The organization patterns, each with the rule id it reports. */
function organizationPatterns(data: NameData): [RegExp, string][] {
  const acr = [...data.acronyms.keys()].sort((a, b) => b.length - a.length).join('|');
  // "the Kazakh SSR", "the Uzbek SSR": a Soviet republic by its people's name.
  // "the Embassy of Polish People's Republic", "of the People's Republic of China".
  const place = `(?:the\\s+)?(?:${acr}|PRC|USSR|GDR|FRG|DPRK|DRV|${CAP}\\s+A?SSR|(?:${CAP}\\s+)?People['’]s\\s+(?:Democratic\\s+)?Republic(?:\\s+of\\s+${CAP})?|${CAP}(?:\\s+${CAP}){0,2})`;
  return [
    // "CC of BCP": the party of "CC of" may be one no list knows, by its acronym.
    [new RegExp(`(?<![\\p{L}])CC\\s+(?:(?:of\\s+the\\s+)?(?:${acr})|of\\s+(?:the\\s+)?\\p{Lu}{2,6})${CC_ORGAN}${END}`, 'gu'), 'orgs/central-committee'],
    // "the CC of your party" and "the CC of our party": two parties' committees in one record, which the words tell apart (in minutes,
    // where "our" changes with the speaker, they are the record's own reading; "their party" may be any third party's).
    [new RegExp(`(?<![\\p{L}])(?:CC|Central\\s+Committee)\\s+of\\s+(?:your|our)\\s+[Pp]arty${END}`, 'gu'), 'orgs/central-committee'],
    // "the CPSU CC", "the CCP CC Politburo": the order the archive's translations mostly use.
    [new RegExp(`(?<![\\p{L}])(?:${acr})\\s+CC${CC_ORGAN}${END}`, 'gu'), 'orgs/central-committee'],
    [new RegExp(`(?<![\\p{L}])(?:(?:Communist|Socialist|Workers['’]?|Worker['’]s|Labou?r|Social[- ]Democratic|Democratic|Revolutionary|Popular|People['’]s|National|Socialist Unity|United Workers['’])\\s+[Pp]arty|Party\\s+of\\s+Labou?r)\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,3}${END}`, 'gu'), 'orgs/party-of'],
    [new RegExp(`(?<![\\p{L}])League\\s+of\\s+Communists\\s+of\\s+${CAP}${END}`, 'gu'), 'orgs/league-of'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){1,2}People['’]s\\s+(?:Volunteers|Army|Liberation\\s+Army|Militia|Congress|Commissariat)${END}`, 'gu'), 'orgs/peoples'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){1,2}(?:(?:Laborers['’]|Labourers['’]|Workers['’]|Working People['’]s|People['’]s|Communist|Socialist|Labou?r|Revolutionary|Unity|United|Democratic)\\s+){1,3}Party${END}`, 'gu'), 'orgs/x-party'],
    // "the Ministry of Foreign Affairs and Ministry of Higher Education" names two.
    // "the USSR Ministry of Foreign Affairs": a state's acronym before a ministry is part of its name.
    [new RegExp(`(?<![\\p{L}])(?:(?:${CAP}|${PLACE_ACRONYMS})\\s+)?(?:Ministry|Commissariat|Department)\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+(?!${AFTER_AND_NO_NAME})|&\\s+)?${CAP}){0,3}(?:\\s+of\\s+${place})?${END}`, 'gu'), 'orgs/ministry'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+)?Ministry\\s+of\\s+${place}${END}`, 'gu'), 'orgs/ministry-of'],
    [new RegExp(`(?<![\\p{L}])(?:MFA|MID)\\s+(?:of\\s+${place}|(?:${PLACE_ACRONYMS}))${END}`, 'gu'), 'orgs/mfa-of'],
    // "the USSR MFA", "the MNR MFA", "the PRC Foreign Ministry": a state's ministry by the state's acronym before it.
    [new RegExp(`(?<![\\p{L}])(?:${PLACE_ACRONYMS})\\s+(?:MFA|MID|Foreign\\s+Ministry|Foreign\\s+Office)${END}`, 'gu'), 'orgs/mfa-of'],
    // "United Nations Peace-keeping Force in Cyprus", "the Military Assistance Command in Vietnam".
    [new RegExp(`(?<![\\p{L}])(?!${NOT_ORG_START})(?:${CAP}\\s+){1,4}(?:Force|Forces|Mission|Command)\\s+in\\s+${CAP}${END}`, 'gu'), 'orgs/force-in'],
    // "the CC of the Bulgarian Communist Party": the abbreviation names the party's body as the words do.
    [new RegExp(`(?<![\\p{L}])(?:Central Committee|CC|Council of Ministers|Supreme Soviet|State Council|Presidium(?: of the (?:Supreme Soviet|Great Khural|(?:${CAP}(?:['’]s)?\\s){0,2}${CAP}))?|State Planning Commission|State Planning Committee|Gosplan|Academy of Sciences|National Assembly|Council of State)\\s+of\\s+(?:the\\s+)?(?:CC\\s+(?:${acr})|(?:${acr})\\s+CC|${acr}|${PLACE_ACRONYMS}|${CAP}(?:['’]s)?(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAP}(?:['’]s)?){0,5})${END}`, 'gu'), 'orgs/body-of'],
    [new RegExp(`(?<![\\p{L}])${NAMED_ORG}${END}`, 'gu'), 'orgs/named'],
    // "Chamber of Deputies", "House of Representatives": heads that name a body only with what follows.
    // "the Sandinista National Liberation Front of Nicaragua": up to three words before the head.
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){0,3}(?:${ORG_HEAD}|Chamber|House)\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:(?:['’]s?)?\\s+(?:and\\s+(?!${AFTER_AND_NO_NAME}))?${CAP}){0,3}(?:\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+(?:${CAP}|A?SSR)){0,3})?${END}`, 'gu'), 'orgs/head-of'],
    [new RegExp(`(?<![\\p{L}])Radio(?:\\s+${CAP}){1,2}${END}`, 'gu'), 'orgs/radio'],
    // "Department II of the Foreign Ministry", "Regional Division IV": a department by its number, a body of its own, after an
    // adjective at most (not "Comrade Ivanov Department II"); a division by a Roman number only ("Division 2 of the treaty" is a text's).
    [new RegExp(`(?<![\\p{L}])(?:(?:\\p{Lu}\\p{Ll}+(?:al|ar|ic|ary|ive|ern|an|ese|ish)|Soviet|Far|Middle|Near)\\s+){0,2}(?:(?:Department|Directorate)\\s+(?:[IVX]{1,4}|\\d{1,2})|Division\\s+[IVX]{1,4})(?![\\p{L}\\p{N}]|\\.\\d)`, 'gu'), 'orgs/numbered-department'],
    // "the US Congress", "the U.S. Senate", "the 7th US Fleet": a state's legislature or armed service by its initials (not "the US government").
    [new RegExp(`(?<![\\p{L}\\p{N}.])(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?(?:US|USA|U\\.S\\.|UK|U\\.K\\.)\\s+(?:Congress|Senate|House\\s+of\\s+(?:Representatives|Commons|Lords)|Army|Navy|Air\\s+Force|Marine\\s+Corps|Fleet|State\\s+Department|Department\\s+of\\s+State|Embassy)${END}`, 'gu'), 'orgs/us-body'],
    // "the Revolutionary Government of the Republic of Cuba", "the Provisional Revolutionary Government of South Vietnam": a government named as a body.
    [new RegExp(`(?<![\\p{L}])(?:Provisional\\s+|Royal\\s+|Federal\\s+|Military\\s+|Nationalist\\s+|Transitional\\s+)?(?:Revolutionary\\s+)?(?<=(?:Provisional|Royal|Federal|Military|Nationalist|Transitional|Revolutionary)\\s+)Government(?:\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+(?:of\\s+)?(?!${TITLE_WORD})${CAP}){0,3})?${END}`, 'gu'), 'orgs/government'],
    // "the Central People's Government", "the People's Central Government", "the Shanghai Municipal People's Government": China's
    // governments by their names, a city's or a province's with it.
    [new RegExp(`(?<![\\p{L}])(?:(?!${NOT_ORG_START})${CAP}\\s+){0,2}?(?:(?:Central|City|Municipal|Provincial|County|Regional|Autonomous|Military|Local)\\s+)?People['’]s\\s+(?:(?:Central|Revolutionary|Provisional)\\s+)?Government${END}`, 'gu'), 'orgs/peoples-government'],
    // "the Great People's Hural", "the State Great Khural": Mongolia's parliament.
    [new RegExp(`(?<![\\p{L}])(?:(?:State|Great|Little|People['’]s)\\s+){1,3}K?hural${END}`, 'giu'), 'orgs/hural'],
    // "the Secretariat General", "the Directorate General of Political Affairs", "the Consulate General in Shanghai": a head before "General";
    // "the USSR General Consulate in Tabriz" after it.
    [new RegExp(`(?<![\\p{L}])(?:(?:${PLACE_ACRONYMS}|${CAP})\\s+General\\s+Consulate(?:\\s+in\\s+${CAP})?|(?:Secretariat|Directorate|Inspectorate|Commissariat|Procuratorate|Consulate)\\s+General(?!\\s+Secretary)(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+)?${CAP}){0,3}|\\s+in\\s+${CAP})?)${END}`, 'gu'), 'orgs/head-general'],
    // "the Hungarian Red Cross", "the Red Cross of Vietnam": a national society's name includes its nation.
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){0,2}Red\\s+(?:Cross|Crescent)(?:\\s+(?:Society\\s+)?of\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP})?)?${END}`, 'gu'), 'orgs/red-cross'],
    // "the Xinjiang Military District", "the Far Eastern Military District": a command of an army.
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){0,2}Military\\s+(?:District|Region)${END}`, 'gu'), 'orgs/military-district'],
    // "W.R. Grace and Company", "Cerro de Pasco Corporation": a firm named by its founder or its place.
    [new RegExp(`(?<![\\p{L}.])(?:(?:\\p{Lu}\\.){1,3}\\s?)?${CAP}(?:\\s+(?:de|del|de\\s+la)\\s+${CAP})?\\s+(?:and|&)\\s+(?:Company|Co\\.)(?![\\p{L}])|(?<![\\p{L}])${CAP}\\s+(?:de|del)\\s+${CAP}\\s+(?:Corporation|Company)${END}`, 'gu'), 'orgs/firm'],
    // Movements named after a date: "the September 30th Movement".
    [new RegExp(`(?<![\\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+Movement${END}`, 'gu'), 'orgs/dated-movement'],
    // French and Spanish names put the organization word first: "Mouvement National Congolais", "Falange Socialista Boliviana".
    [new RegExp(`(?<![\\p{L}])(?:Mouvement|Parti|Union|Front|Comité|Conseil|Rassemblement|Confédération|Fédération|Office|Banque|Société|Compagnie|Régie|Corporación|Confederación|Federación|Falange|Partido|Movimiento|Frente|Unión|Sindicato|Banco)(?:\\s+(?:des?|du|del|pour\\s+la|de\\s+la|de\\s+los))?(?:\\s+${CAP}){1,3}(?:\\s+(?:de|del|du|des)\\s+${CAP})?${END}`, 'gu'), 'orgs/french'],
    [new RegExp(`(?<![\\p{L}])(?:CABINET|COUNCIL)\\s+OF\\s+MINISTERS(?:\\s+OF\\s+(?:THE\\s+)?(?:${PLACE_ACRONYMS}|\\p{Lu}{3,}))?${END}`, 'gu'), 'orgs/ministers-upper'],
    [new RegExp(`(?<![\\p{L}])MINISTRY\\s+OF(?:\\s+(?!OF\\s)\\p{Lu}{2,}){1,3}(?:\\s+OF\\s+(?:THE\\s+)?(?:${PLACE_ACRONYMS}|\\p{Lu}{3,}))?${END}`, 'gu'), 'orgs/ministry-upper'],
    [new RegExp(`(?<![\\p{L}])(?:EMBASSY|CONSULATE(?:\\s+GENERAL)?)\\s+OF\\s+(?:THE\\s+)?\\p{Lu}{2,}(?:['’]S)?(?:\\s+(?!IN\\s)\\p{Lu}{2,}(?:['’]S)?){0,2}(?:\\s+IN\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})?)?${END}`, 'gu'), 'orgs/embassy-upper'],
    [new RegExp(`(?<![\\p{L}])Council\\s+(?:for|of|on)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,3}${END}`, 'gu'), 'orgs/council-for'],
    [new RegExp(`(?<![\\p{L}])(?:World|Worldwide|International|National|Supreme|State|Peace|Security)\\s+(?:${CAP}\\s+)?(?:Council|Committee|Congress|Assembly|Federation|Union|Front|Movement)(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,2})?${END}`, 'gu'), 'orgs/council'],
    [new RegExp(`(?<![\\p{L}])(?:${CAP}|${acr}|${PLACE_ACRONYMS})\\s+Embassy(?:\\s+in\\s+${CAP})?${END}`, 'gu'), 'orgs/embassy'],
    // "the Embassy of the PR Poland", "of the MNR": also a state by its initials (but "in the PRB" stays a place of its own).
    [new RegExp(`(?<![\\p{L}])(?:Embassy|Legation|Consulate(?:[-\\s]General)?)\\s+of\\s+(?:(?:the\\s+)?(?:${PLACE_ACRONYMS}|(?:PR|P\\.R\\.|D\\.\\s?R\\.|DR)\\s${CAP})(?![\\p{L}])|${place})(?:\\s+in\\s+${place}(?:\\s+of\\s+${CAP})?)?${END}`, 'gu'), 'orgs/embassy-of'],
    // Also in a heading's capitals: "STATE COUNCIL".
    [new RegExp(`(?<![\\p{L}])(?:${[...data.bodies, ...data.bodies.filter((b) => /\s/.test(b)).map((b) => b.toUpperCase())].join('|')})${END}`, 'gu'), 'orgs/body'],
    // "the UN Command", "the NATO Council": a known body's acronym before the name of one of its organs.
    // "the UNESCO General Assembly": also a body no list knows, by its acronym; "the U.N. General Assembly", "the U.S. Navy".
    [new RegExp(`(?<![\\p{L}.])(?:${acr}|\\p{Lu}{3,7}|U\\.[NS]\\.)\\s+(?:${CAP}\\s+){0,2}(?:Command|Secretariat|Mission|Forces|Force|Council|Commission|Committee|Assembly|Politburo|Presidium|Navy|Air\\s+Force)${END}`, 'gu'), 'orgs/acronym-organ'],
    // "Wenhui Bao", "Jiefang Ribao", "Asahi Shimbun", "Svenska Dagbladet": a paper named with its language's word for one.
    [new RegExp(`(?<![\\p{L}])(?:${CAP}\\s+){1,2}(?:Ribao|Bao|Shimbun|Sinmun|Zeitung|Nyheter|Sanomat|Dagblad|Dagbladet|Tidende|Gazeta)${END}`, 'gu'), 'orgs/newspaper'],
    [new RegExp(`(?<![\\p{L}])(?:${acr})${END}`, 'gu'), 'orgs/acronym'],
  ];
}

const UNKNOWN_ACRONYM = /(?<![\p{L}\p{N}.\/-])(\p{Lu}{2,6}[-/])?(\p{Lu}{3,7})(?![\p{L}\p{N}]|[-/]\p{Lu})/gu;

/** Whether the word between two offsets has a neighbour in capitals that is no known acronym or place. */
function inCapitalsPhrase(text: string, start: number, end: number, ctx: RuleContext, data: NameData): boolean {
  const before = /(?:^|\s)(\p{Lu}{3,})\s$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\s(\p{Lu}{3,})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((w) => w !== undefined && !data.acronyms.has(w) && !ctx.gazetteer.byName.has(w));
}

/** Capital-letter words the lists do not know (not places, not stamps): probably organizations. */
function unknownAcronyms(unit: Unit, ctx: RuleContext, data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  // "PRA", "PRB", "DPRV": the (Democratic) People's Republic of some country is a place, not an organization.
  for (const m of unit.text.matchAll(PEOPLES_REPUBLIC)) {
    if (ctx.gazetteer.byName.has(m[0])) continue;
    out.push(make('place', m.index, m.index + m[0].length, m[0], slug(m[0]), 'low', 'places/peoples-republic'));
  }
  for (const m of unit.text.matchAll(UNKNOWN_ACRONYM)) {
    const word = m[0];
    // "US-RDA": a hyphenated acronym whose last part no list knows; "USSR-PRC", "CPSU-CCP" are two known names.
    // "CDU/CSU": two parties' joint group is one body.
    if (m[1]?.endsWith('-') && (data.acronyms.has(m[2]!) || ctx.gazetteer.byName.has(m[2]!))) continue;
    if (m[1]?.endsWith('/') && [m[1].slice(0, -1), m[2]!].some((part) => ctx.gazetteer.byName.has(part))) continue;
    // "GENERAL SECRETARY" in a heading: a title or common word in capitals is no acronym.
    const asWord = titleCase(word);
    if (data.acronyms.has(word) || ctx.gazetteer.byName.has(word) || data.notNames.has(word) || PEOPLES_REPUBLIC_WORD.test(word) || isStateAcronymInContext(word, ctx)) continue;
    // "346 – FRIDAY – 1800hs": a day or a month in a telegram's capitals.
    if (data.titleWords.has(asWord) || data.notNames.has(asWord) || MONTH_OR_DAY.test(asWord)) continue;
    // "Only copy RECORD OF CONVERSATION": a heading's English word in capitals, no body's letters.
    if (word.length >= 5 && isEnglishWord(word.toLowerCase())) continue;
    // "MOLOTOV" in a diary's heading: a surname the lists know, in capitals.
    if (asWord.length > 4 && (data.surnames.has(asWord) || data.knownSurnames.includes(asWord))) continue;
    // A congress's or a section's number ("XXII", "XIV", "XL"), not "CDL", "MDC" or "DC", which read as acronyms.
    // Nor the abbreviations of English prose: "VIP Lounge", "FYI".
    if (/^(?:(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})|SECRET|COPY|NOTE|ENCL|TOP|VIP|FYI|ASAP|TBA)$/.test(word)) continue;
    // "RUB 210 million", "MIG-21": a currency or a model before its number is no body.
    if (/^(?:\s|-)?\d/.test(unit.text.slice(m.index + word.length, m.index + word.length + 2))) continue;
    // "From URUMCHI": a telegram's dateline names the town it was sent from, in capitals.
    if (/^From\s+$/i.test(unit.text.slice(0, m.index))) continue;
    // "KOSYGIN. Tell Cde. Taraki…", "KADAR : Upon greeting…": the speaker of a turn of minutes, whom the person
    // rules take where the name is known; a body's acronym as a label ("ZANU: …") is far rarer than a person's name.
    if (m.index === 0 && SPEAKER_LABEL.test(unit.text)) continue;
    // "TO THE MINISTER OF FOREIGN AFFAIRS OF THE USSR, com. A.A. GROMYKO": a word of a phrase in capitals.
    if (inCapitalsPhrase(unit.text, m.index, m.index + word.length, ctx, data)) continue;
    // "CC APL": the Central Committee of a party no list knows, named as "CC CPSU" is.
    const start = /(?:^|[^\p{L}])CC\s$/u.test(unit.text.slice(Math.max(0, m.index - 4), m.index)) ? m.index - 3 : m.index;
    const name = unit.text.slice(start, m.index + word.length);
    out.push(make('org', start, m.index + word.length, name, slug(name), 'low', 'orgs/unknown-acronym'));
  }
  return out;
}

/**
 * One word in its own language in brackets right after a name: "(Sōhyō)", "(Høyre)"; or its acronym of two letters in
 * that language, "the Swedish Confederation of Trade Unions (LO)" (longer ones are found as acronyms anyway).
 */
const ORIGINAL_WORD_AFTER = /^ \((\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2})\)/u;

/**
 * "the General Council of Trade Unions of Japan (Sōhyō)", "the Conservative Party (Høyre)": an organization's
 * own-language name of one word, in brackets after its English one, is the same organization. `accepted`
 * holds the unit's spans so far.
 */
export function originalNamesAfter(unit: Unit, accepted: Span[], ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  for (const org of accepted) {
    if (org.kind !== 'name' || org.type !== 'org') continue;
    const word = ORIGINAL_WORD_AFTER.exec(unit.text.slice(org.end))?.[1];
    if (!word || ctx.gazetteer.byName.has(word) || data.givenNames.has(word) || data.titleWords.has(word) || data.notNames.has(word)) continue;
    const start = org.end + 2;
    if (accepted.some((s) => s.start < start + word.length && start < s.end)) continue;
    out.push(make('org', start, start + word.length, word, org.key, 'low', 'orgs/original-in-brackets'));
  }
  return out;
}

/** Organizations the document has named elsewhere in the same words (see RuleContext.knownOrganizations). */
export function knownOrganizations(unit: Unit, ctx: RuleContext): NameSpan[] {
  if (ctx.knownOrganizations.size === 0) return [];
  return longestMatches(unit.text, (p) => ctx.knownOrganizations.get(p))
    .map((m) => make('org', m.start, m.end, unit.text.slice(m.start, m.end), m.value, 'medium', 'orgs/known-name'));
}
