// The annotate stage: edition model → edition model with names, dates, speech and editorial markup, linked to a register.
import type { Entity, Edition, FrameLine, Inline } from '../model/edition';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { asciiFold, isShortenedName, nameData, splitFullName, type NameData } from './names-data';
import { EntityTable, type DocumentEntity } from './entities';
import { indexRegister } from './register-index';
import { emptyRegister, type Register } from './register';
import type { Rule, RuleContext } from './rule';
import { abbreviationsRule } from './rules/abbreviations';
import { bracketsRule } from './rules/brackets';
import { datesRule } from './rules/dates';
import { ARTICLE, HONORIFIC, titleCase } from './rules/name-patterns';
import { slug, type NameSpan, type PersonParts } from './rules/name-span';
import { knownOrganizations, organizationNames, originalNamesAfter } from './rules/organizations';
import { personNames } from './rules/persons';
import { coordinatedPersons, knownNames, roleHolders, shortenedSurnames } from './rules/persons-in-context';
import { coordinatedPlaces, knownPlaces, placeNames, placesInContext } from './rules/places';
import { registerNames } from './rules/register-names';
import { ocrRule } from './rules/ocr';
import { findSpeech, readDocumentSpeech, type SpeechContext } from './rules/speech';
import { accept, buildInlines, type Span } from './spans';
import { positionIn, toUnit, type Unit } from './unit';
import { yearOf } from '../parse/dates';

export { emptyRegister, loadRegister, parseRegister, type Register } from './register';

/** Rules that mark editorial matter and dates, in priority order: an earlier rule's span wins. */
export const EDITORIAL_RULES: readonly Rule[] = [bracketsRule, ocrRule, abbreviationsRule, datesRule];

/** Name finders; their candidates compete longest first, the register winning ties. */
export const NAME_FINDERS = [registerNames, organizationNames, personNames, placeNames] as const;

interface Target {
  unit: Unit;
  spans: Span[];
  write(content: Inline[]): void;
}

/** Marks up an edition. The words of the text are never changed: markup only adds. */
export function annotateEdition(edition: Edition, register: Register = emptyRegister()): Edition {
  const ctx: RuleContext = {
    register: indexRegister(register),
    gazetteer: loadGazetteer(),
    terms: new Map(register.terms.map((t) => [t.translit.toLowerCase(), t])),
    refYear: yearOf(edition.header.documentDate),
    documentDate: edition.header.documentDate?.when,
    originalLanguage: edition.header.originalLanguage,
    knownNames: new Map(),
    knownOrganizations: new Map(),
    knownPlaces: new Map(),
    documentText: '',
  };
  const targets = collectTargets(edition);
  ctx.documentText = [edition.header.title, edition.header.summary ?? '', ...targets.map((t) => t.unit.text)].join('\n');
  for (const target of targets) {
    for (const rule of EDITORIAL_RULES) {
      // An endnote is a note already: TEI practice nests no note of the converter's in it (its foreign words and corrections stay marked).
      for (const span of rule.find(target.unit, ctx)) if (!(span.kind === 'note' && target.unit.place === 'endnote')) accept(target.spans, span);
    }
    for (const span of rankNames(NAME_FINDERS.flatMap((find) => find(target.unit, ctx)))) accept(target.spans, span);
  }
  for (const target of targets) {
    for (const span of target.spans as NameSpan[]) {
      rememberName(span, ctx.knownNames);
      rememberOrganization(span, ctx.knownOrganizations);
    }
  }
  // The archive's title and summary name the participants: evidence for bare surnames in the text, not markup.
  for (const text of [edition.header.title, edition.header.summary ?? '']) {
    // ("the Struggle for West Irian": a title's capitals make no person of a place.)
    for (const span of personNames(toUnit([{ kind: 'text', text }], 'paragraph', { line: 1, column: 1 }), ctx)) {
      if (!ctx.gazetteer.byName.has(span.display)) rememberName(span, ctx.knownNames);
    }
  }
  // Role holders and speakers ("Hysni Kapo, who …, said") first: the text may name them alone before or after.
  // So are an organization's own-language names ("(Sōhyō)"), which the text may use alone, with or without their accents.
  for (const target of targets) {
    for (const span of roleHolders(target.unit, target.spans, ctx)) if (acceptOverPart(target.spans, span)) rememberName(span, ctx.knownNames);
    for (const span of originalNamesAfter(target.unit, target.spans, ctx)) {
      if (!accept(target.spans, span)) continue;
      for (const form of [span.display, asciiFold(span.display)]) if (!ctx.knownOrganizations.has(form)) ctx.knownOrganizations.set(form, span.key);
    }
  }
  // First names alone ("Fidel", "Saifuddin" of a role holder), once every strong rule has named its persons.
  rememberGivenNames(targets.flatMap((t) => t.spans as NameSpan[]), ctx.knownNames);
  // A list's persons ("between Ambassador A.P. Ratanov and Mengistu") are named alone anywhere in the document, as the strong rules' are
  // (those the document names elsewhere, as persons or bodies, are left to the names used before, which are surer).
  for (const target of targets) {
    const listed = coordinatedPersons(target.unit, target.spans, ctx);
    if (listed.length === 0) continue;
    const known = [...knownNames(target.unit, ctx), ...knownOrganizations(target.unit, ctx)];
    for (const span of listed) {
      if (!known.some((k) => k.start < span.end && span.start < k.end) && accept(target.spans, span)) rememberName(span, ctx.knownNames);
    }
  }
  for (const target of targets) {
    for (const span of knownNames(target.unit, ctx)) {
      removeTownNamedLike(span, target, ctx);
      accept(target.spans, withSupplied(span, target.spans, target.unit.text, ctx.gazetteer));
    }
    for (const span of shortenedSurnames(target.unit, ctx)) accept(target.spans, span);
    for (const span of knownOrganizations(target.unit, ctx)) accept(target.spans, span);
    // (Again, with the names used before: "Brezhnev and Kosygin" where only "Brezhnev" is known; later paragraphs may name them alone.)
    for (const span of coordinatedPersons(target.unit, target.spans, ctx)) if (accept(target.spans, span)) rememberName(span, ctx.knownNames);
    const acceptPlace = (span: NameSpan) => {
      if (accept(target.spans, span) && !ctx.knownPlaces.has(span.display)) ctx.knownPlaces.set(span.display, span.key);
    };
    // (The places in context first: "at Quibala, Catofe and Conde" is a list that names a place.)
    placesInContext(target.unit, ctx).forEach(acceptPlace);
    coordinatedPlaces(target.unit, target.spans, ctx).forEach(acceptPlace);
  }
  // '"Kokkina," he said' after "at Kokkina": a place the context showed, named again anywhere in the document.
  for (const target of targets) {
    for (const span of knownPlaces(target.unit, ctx)) accept(target.spans, span);
    for (const span of target.spans) {
      if (span.kind !== 'name') continue;
      // "Zhou [Enlai] Dialogue": the supplied name may already be another name's.
      const extended = withCompletedWord(withSupplied(span as NameSpan, target.spans, target.unit.text, ctx.gazetteer), target.unit.text);
      if (extended.start === span.start || target.spans.every((other) => other === span || nests(other, extended))) Object.assign(span, extended);
    }
  }

  const table = new EntityTable(ctx.register, ctx.gazetteer);
  const entityOf = new Map<Span, DocumentEntity>();
  for (const target of targets) {
    let previous: Span | undefined;
    for (const span of [...target.spans].sort((a, b) => a.start - b.start)) {
      if (span.kind !== 'name') continue;
      const at = positionIn(target.unit, span.start);
      const bracket = previous && bracketAfter(span, previous, target.unit.text);
      const named = bracket ? entityOf.get(previous!) : undefined;
      const { entity, cert } = named
        ? table.resolveAsBracketedName(span as NameSpan, named, bracket!, at, target.unit.n)
        : table.resolve(span as NameSpan, at, target.unit.n);
      entityOf.set(span, entity);
      span.cert = cert;
      previous = span;
    }
  }

  const speech: SpeechContext = { spans: [], personId: (s) => entityOf.get(s)?.id, author: authorOf(targets, entityOf), nextGroup: 0 };
  // Headings, stamps and signatures report no speech: only paragraphs are searched for it.
  const paragraphs = targets.filter((t) => t.unit.place === 'paragraph');
  readDocumentSpeech(paragraphs, speech);
  for (const target of paragraphs) {
    speech.spans = target.spans;
    for (const span of findSpeech(target.unit, speech)) accept(target.spans, span);
  }

  const saidIds = numberQuotations(edition.id, targets);
  for (const target of targets) {
    target.write(buildInlines(target.unit.text, target.unit.placeholders, target.spans, {
      entityId: (span) => entityOf.get(span)!.id,
      saidIds: (span) => saidIds.get(span) ?? {},
    }));
  }
  return { ...edition, entities: table.entities.map(toEntity) };
}

/** A fuller name replaces the part of it a rule had found alone ("Hysni Kapo" over "Kapo"). */
function acceptOverPart(spans: Span[], span: NameSpan): boolean {
  // Only what is strictly inside: a name another rule found with the same extent keeps its reading.
  const parts = spans.filter((s) => s.kind === 'name' && (s as NameSpan).type === span.type && span.start <= s.start && s.end <= span.end &&
    s.end - s.start < span.end - span.start);
  // A register form inside is certain: it is not given up for a guess around it.
  if (parts.some((p) => (p as NameSpan).registerId)) return false;
  for (const part of parts) spans.splice(spans.indexOf(part), 1);
  if (accept(spans, span)) return true;
  spans.push(...parts);
  return false;
}

const STAMPS = new Set<FrameLine['role']>(['classification', 'copy', 'number']);

/** Every opener line, paragraph, closer line and endnote as a unit whose result is written back in place. */
function collectTargets(edition: Edition): Target[] {
  const targets: Target[] = [];
  const frame = (items: FrameLine[], place: 'opener' | 'closer') => {
    // Stamps ("COMPLETELY SECRET", "Copy No. 1", "No. 154") name nobody, and the schema allows no names in them.
    for (const item of items.filter((line) => !STAMPS.has(line.role))) {
      item.lines.forEach((line, i) => {
        targets.push({ unit: toUnit(line, place, item.at), spans: [], write: (content) => (item.lines[i] = content) });
      });
    }
  };
  frame(edition.opener, 'opener');
  for (const p of edition.paragraphs) targets.push({ unit: toUnit(p.content, 'paragraph', p.at, p.n), spans: [], write: (c) => (p.content = c) });
  frame(edition.closer, 'closer');
  for (const note of edition.endnotes) targets.push({ unit: toUnit(note.content, 'endnote', note.at), spans: [], write: (c) => (note.content = c) });
  return targets;
}

// A surname after a supplied first name ("[Carlos P.] Garcia") is a person before a town of that name.
// A Chinese, Korean or Vietnamese name read by its syllables knows its family name ("Li Xiannian" is a Li), which
// other person rules, reading a given name first, do not.
const NAME_RANK: Record<string, number> = { register: 0, 'persons/after-supplied-name': 1, orgs: 1, places: 2, 'persons/east-asian': 2.5, persons: 3, 'orgs/unknown-acronym': 4 };

/**
 * Longest candidates first; on equal length the register, then organizations, places (a gazetteer name), persons.
 * A name after a title ("Marshal Choibalsan") is a person before a town of that name.
 */
function rankNames(spans: NameSpan[]): NameSpan[] {
  const titled = new Set(spans.filter((s) => s.rule === 'persons/title').map((s) => `${s.start}:${s.end}`));
  const rank = (s: NameSpan) => (s.type === 'place' && titled.has(`${s.start}:${s.end}`) ? 4 : NAME_RANK[s.rule] ?? NAME_RANK[s.rule.split('/')[0]!] ?? 9);
  return spans.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
}

/**
 * "Ikeda" is the Prime Minister Hayato Ikeda the document has named, not the town of Ikeda; "Madeira Keïta"
 * is Mamadou Madeira Keïta, not the island of Madeira and a name: the place's span goes.
 */
function removeTownNamedLike(person: Span, target: Target, ctx: RuleContext): void {
  const town = target.spans.findIndex((o) => o.kind === 'name' && o.type === 'place' && o.rule === 'places/gazetteer' &&
    person.start <= o.start && o.end <= person.end && (o.end - o.start < person.end - person.start ||
      ctx.gazetteer.byName.get(target.unit.text.slice(o.start, o.end))?.kind === 'city'));
  if (town >= 0) target.spans.splice(town, 1);
}

/** Two-letter words that open English sentences, never a surname alone. */
const SHORT_WORDS = new Set(['He', 'Do', 'So', 'No', 'Go', 'On', 'An', 'In', 'If', 'It', 'As', 'At', 'To', 'Me', 'My', 'Us', 'We', 'Or', 'Of', 'By', 'Up', 'Be', 'Is', 'Am', 'Oh']);

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** A person named by a strong rule can be named again by surname alone, or by the same words without their cue. */
function rememberName(span: NameSpan, names: Map<string, PersonParts>): void {
  const person = span.kind === 'name' ? span.person : undefined;
  if (!person) return;
  // "Vo Nguyen Giap" is named "Giap", "Ngo Dinh Diem" "Diem".
  const given = person.given?.split(' ');
  if (given?.length === 2 && nameData().vietnameseSurnames.has(titleCase(person.surname))) {
    const last = titleCase(given[1]!);
    if (!names.has(last)) names.set(last, person);
  }
  // "Wu" is Wu Xiuquan, "Li" Li Xiannian: Chinese surnames of two letters, unless they are English words ("He", "Do").
  const chineseShort = person.surname.length === 2 && !!person.given && nameData().eastAsianSurnames.has(person.surname) && !SHORT_WORDS.has(person.surname);
  if (person.surname.length < 3 && !chineseShort) return;
  // "GHEORGHIU-DEJ" is named again as "Gheorghiu-Dej": each part of a double name keeps its capital.
  // "McNamara", "MacArthur", "de Gaulle" keep their own capitals.
  const upper = person.surname === person.surname.toUpperCase();
  const surname = upper ? person.surname.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase()) : person.surname;
  // An honorific is not a surname: "the Shah" is not Mohammad Reza Shah Pahlavi by rule.
  // "al-Quwatli" is also named "Quwatli".
  const bare = surname.replace(ARTICLE_START, '');
  // "de Gaulle" opens a sentence as "De Gaulle"; "Daniel arap Moi" is "Moi" (but de Gaulle is not "Gaulle").
  const opening = surname.charAt(0).toUpperCase() + surname.slice(1);
  const afterPatronymic = /^(?:arap|bin|ibn)\s(\p{Lu}\p{Ll}{2,})$/u.exec(surname)?.[1];
  if (afterPatronymic && !names.has(afterPatronymic)) names.set(afterPatronymic, person);
  // "Chou" alone is Chou En-lai, who is Zhou Enlai.
  const alone: PersonParts = { surname: person.surname, ...(person.pinyin ? { pinyin: { surname: person.pinyin.surname } } : {}) };
  // "Brentano" is Heinrich von Brentano: German names drop their "von" (French ones keep their "de").
  const withoutVon = /^von\s(?:der\s)?(\p{Lu}\p{Ll}{2,})$/u.exec(surname)?.[1];
  // "Schroeder" is Schröder, "Strauss" Strauß: German umlauts spelled out.
  const spelledOut = spelledOutUmlauts(surname);
  if (!HONORIFIC_SUFFIX.test(surname)) {
    for (const form of new Set([surname, surname.toUpperCase(), asciiFold(surname), bare, opening, spelledOut, ...(withoutVon ? [withoutVon] : [])])) if (!names.has(form)) names.set(form, alone);
  }
  // "Koca Popovic" is the "Koča Popović" named before.
  if (person.given && !person.initials) for (const form of [span.display, asciiFold(span.display)]) names.set(form, person);
  // "Mohammad Daoud Khan", "Zahir Shah": the honorific closes the name; the word before it is the one used alone.
  if (person.given && HONORIFIC_SUFFIX.test(person.surname)) {
    const before = person.given.split(' ').at(-1)!;
    for (const form of [before, `${before} ${person.surname}`]) if (!names.has(form) && before.length >= 3) names.set(form, person);
  }
  // "V.K. Krishna Menon" is named again as "Krishna Menon".
  if (person.given && person.initials && !/\s/.test(person.given)) names.set(`${person.given} ${person.surname}`, person);
  rememberLastWords(person, names);
}

/**
 * The end of a longer name: "Adolfo López Mateos" is named again as "López Mateos" (or "Lopez Mateos"),
 * "Mamadou Madeira Keïta" as "Madeira Keïta", when the word before the surname is no given name; and
 * after initials, of two surnames the first, which Spanish uses alone ("V. Lombardo Toledano" is
 * "Lombardo"), when the surname list has it (but "Henry Cabot Lodge" is not "Cabot").
 * Not for East Asian names, whose surname comes first, nor titles and honorifics ("Mohammad Reza Shah Pahlavi").
 */
function rememberLastWords(person: PersonParts, names: Map<string, PersonParts>): void {
  const data = nameData();
  const given = person.given?.split(' ') ?? [];
  const last = given.at(-1);
  const middle = last && last === last.toUpperCase() ? titleCase(last) : last;
  if (!middle || given.length < (person.initials ? 1 : 2) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(middle)) return;
  if ([person.surname, middle].some((w) => HONORIFIC_SUFFIX.test(w) || data.titles.includes(w) || data.notNames.has(w))) return;
  if (data.eastAsianSurnames.has(person.surname) || data.koreanVietnameseSurnames.has(person.surname)) return;
  if (!isShortenedName(given, data)) return;
  const surname = person.surname === person.surname.toUpperCase() ? titleCase(person.surname) : person.surname;
  for (const form of [`${middle} ${surname}`, asciiFold(`${middle} ${surname}`)]) if (!names.has(form)) names.set(form, person);
  if (!data.givenNames.has(middle) && !names.has(middle) && (person.initials || isSpanishFirstSurname(middle, given, data))) {
    for (const form of [middle, asciiFold(middle)]) if (!names.has(form)) names.set(form, person);
  }
}

/**
 * "Velasco" of Juan Velasco Alvarado, "Belaúnde" of Fernando Belaúnde Terry: after a given name, a word of
 * the surname list (or with a Spanish accent) ending as Spanish surnames do. "Cabot" of Henry Cabot
 * Lodge does not.
 */
function isSpanishFirstSurname(middle: string, given: string[], data: NameData): boolean {
  if (given.length < 2 || !data.givenNames.has(given[0]!)) return false;
  return /[áéíóúñ]/.test(middle) || (data.surnames.has(middle) && /(?:[aeiou]|[sz])$/.test(middle));
}

/** An organization named in words ("Unidad Popular") is the same organization wherever the document names it so again. */
function rememberOrganization(span: NameSpan, organizations: Map<string, string>): void {
  // One word is a name to find again only when its context made it a firm's ("the Anaconda company").
  if (span.kind !== 'name' || span.type !== 'org' || span.registerId || (!/\s/.test(span.display) && span.rule !== 'orgs/firm-named')) return;
  // "Auswaertiges Amt" is the "Auswärtiges Amt" named before.
  for (const form of [span.display, spelledOutUmlauts(span.display), asciiFold(span.display)]) if (!organizations.has(form)) organizations.set(form, span.key);
}

/** German umlauts spelled out: "Schröder" → "Schroeder". */
function spelledOutUmlauts(text: string): string {
  return text.replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c]!);
}

const HONORIFIC_SUFFIX = new RegExp(`^${HONORIFIC}$`);
const ARTICLE_START = new RegExp(`^${ARTICLE}(?=\\p{Lu})`, 'u');

/** Words that open a name without being a first name used alone: "Mehdi Ben Barka" is not "Ben". */
const NAME_OPENERS = new Set(['Ben', 'Bin', 'Ibn', 'Abu', 'Abd', 'Abdel', 'Abdul', 'Ould', 'Moulay', 'Sidi', 'Haji', 'Van', 'Von', 'Del', 'Della']);

/**
 * "Fidel", "Che": a first name alone, once the document has named its person in full (given name first),
 * when no other person of the document has that first name.
 */
function rememberGivenNames(spans: NameSpan[], names: Map<string, PersonParts>): void {
  const known = nameData().givenNames;
  const byGiven = new Map<string, PersonParts[]>();
  for (const span of spans) {
    const person = span.kind === 'name' ? span.person : undefined;
    const given = person?.given;
    if (!person || !given || person.initials || !span.display.startsWith(`${given} `)) continue;
    // "Ernesto Che Guevara" is "Che" too: of two first names, each that is a known given name.
    const words = given.split(' ');
    // "Carlos Rafael" is Carlos Rafael Rodríguez, "Lal Bahadur" Lal Bahadur Shastri: both first names together.
    const both = words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)) ? [given] : [];
    // "Mengistu" of Mengistu Haile Mariam: the first of them is the person's own name, known to the lists or not.
    for (const word of [...words.filter((w, i) => i === 0 || known.has(w)), ...both]) {
      if (!/^\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?$/u.test(word) || NAME_OPENERS.has(word)) continue;
      const persons = byGiven.get(word) ?? [];
      if (!persons.some((p) => p.surname === person.surname)) persons.push(person);
      byGiven.set(word, persons);
    }
  }
  for (const [given, persons] of byGiven) if (persons.length === 1 && !names.has(given)) names.set(given, persons[0]!);
}

/** Whether two spans are apart or one holds the other. */
function nests(a: Span, b: Span): boolean {
  return a.end <= b.start || b.end <= a.start || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/**
 * "[Dean] Rusk": a person name right after a supplied first name takes it in; "[People's Republic of] Albania":
 * a place or a body after the supplied opening words of its name.
 */
function withSupplied(span: NameSpan, spans: Span[], text: string, gazetteer: Gazetteer): NameSpan {
  const before = spans.find((s): s is Extract<Span, { kind: 'supplied' }> => s.kind === 'supplied' && s.end + 1 === span.start && /\s/.test(text[s.end]!));
  // "[North] Korea", "[West] Berlin": a word that makes the place another the gazetteer knows.
  const other = span.type === 'place' && before ? gazetteer.byName.get(`${before.text} ${span.display}`) : undefined;
  if (other) return { ...span, start: before!.start, display: other.name, key: other.key };
  // Not "[Foreign Minister] Pak": a title the translator supplied stays outside the name, as a title does.
  const supplied = before?.namePart ? before : undefined;
  if (!supplied || !joinsName(supplied, span)) return span;
  // "[Democratic People's Republic of] Korea" is the place the whole name names.
  const whole = span.type === 'place' ? gazetteer.byName.get(`${supplied.text.replace(/^the\s+/i, '')} ${span.display}`) : undefined;
  return { ...span, start: supplied.start, ...(whole ? { display: whole.name, key: whole.key } : {}) };
}

/** "Schagda[r]suren": a name's last word goes on after letters the translator supplied inside it. */
function withCompletedWord(span: NameSpan, text: string): NameSpan {
  const rest = /^(?:\[\p{Ll}{1,4}\]\p{Ll}*)+(?![\p{L}[])/u.exec(text.slice(span.end))?.[0];
  // Not "Kim Il Sung[s] wife": a possessive the translator supplied.
  if (!rest || rest === '[s]' || !/\p{L}$/u.test(text.slice(span.start, span.end))) return span;
  const display = `${span.display}${rest.replace(/[[\]]/g, '')}`;
  // A person is linked by the parts of the name, read again whole ("Mao Ze[dong]" is Mao Zedong); another name by its key.
  if (span.person) return { ...span, end: span.end + rest.length, display, person: splitFullName(display) };
  return { ...span, end: span.end + rest.length, display, key: slug(display) };
}

/** A supplied first name joins a person's name; the supplied opening words of a state's name ("[People's Republic of]") a place's or a body's. */
function joinsName(supplied: Span, span: NameSpan): boolean {
  const opening = supplied.rule === 'brackets/name-opening';
  return span.type === 'person' ? !opening : opening;
}

/** The person under "FROM THE DIARY OF", or the signatory: who "I" is. */
function authorOf(targets: Target[], entityOf: Map<Span, DocumentEntity>): string | undefined {
  for (const target of targets) {
    if (target.unit.place !== 'opener' && target.unit.place !== 'closer') continue;
    const person = target.spans.find((s) => s.kind === 'name' && s.type === 'person');
    if (person && (target.unit.place === 'closer' || /DIARY|JOURNAL/i.test(target.unit.text) || target.unit.text === target.unit.text.slice(person.start, person.end))) {
      return entityOf.get(person)?.id;
    }
  }
  return undefined;
}

/** Ids for quotations in document order, and the next/prev links of split ones. */
function numberQuotations(docId: string, targets: Target[]) {
  const ids = new Map<Span, { id?: string; next?: string; prev?: string }>();
  const groups = new Map<number, Span[]>();
  let n = 0;
  for (const target of targets) {
    for (const span of [...target.spans].sort((a, b) => a.start - b.start)) {
      if (span.kind !== 'said') continue;
      n += 1;
      ids.set(span, { id: `${docId}-q${n}` });
      if (span.part) groups.set(span.part.group, [...(groups.get(span.part.group) ?? []), span]);
    }
  }
  for (const parts of groups.values()) {
    parts.forEach((span, i) => {
      const own = ids.get(span)!;
      if (i > 0) own.prev = ids.get(parts[i - 1]!)!.id;
      if (i < parts.length - 1) own.next = ids.get(parts[i + 1]!)!.id;
    });
  }
  return ids;
}

function toEntity(e: DocumentEntity): Entity {
  const entry = e.entry;
  return {
    id: e.id, type: e.type, name: e.name, proposed: !entry,
    ...(entry?.fullName ?? e.fullName ? { fullName: entry?.fullName ?? e.fullName } : {}),
    ...(entry?.birth ? { birth: entry.birth } : {}), ...(entry?.death ? { death: entry.death } : {}),
    ...(entry?.role ? { role: entry.role } : {}), ...(entry?.note ? { note: entry.note } : {}),
    ...(entry?.originalName ? { originalName: entry.originalName } : {}),
    authority: { ...entry?.authority, ...(entry?.authority?.geonames ?? e.geonames ? { geonames: entry?.authority?.geonames ?? e.geonames } : {}) },
    mentions: e.mentions,
  };
}

/**
 * The bracket a name stands alone in right after another name: "Social Democratic Party (SDP)", or
 * the translator's "Pak Seong-cheol [Pak Song Chol]"; none after an organ named with its body.
 */
function bracketAfter(span: Span, previous: Span, text: string): '(' | '[' | undefined {
  // "the Secretariat of the Communist Party of Cuba (PCC)": the bracket names the body the organ belongs to.
  if (previous.rule === 'orgs/organ-of') return undefined;
  const between = text.slice(previous.end, span.start);
  if (between === ' (' && text.charAt(span.end) === ')') return '(';
  // "Chiang Kai-shek’s [Jiang Jieshi's] troops": both names in the possessive.
  const possessive = /^['’]s \[$/u.test(between) && /^['’]s\]/u.test(text.slice(span.end));
  return (between === ' [' && text.charAt(span.end) === ']') || possessive ? '[' : undefined;
}
