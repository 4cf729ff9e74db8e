// Decides which entity each name mention is: a register entry, or a proposed entry shared by all its mentions.
import type { Certainty, EntityType } from '../model/edition';
import type { Position } from '../source';
import { countryOfPeople, type Gazetteer } from './gazetteer';
import { foldName as fold, GENERATION, isShortenedName, nameData, splitFullName } from './names-data';
import type { IndexedEntry, RegisterIndex } from './register-index';
import type { RegisterEntry } from './register';
import type { NameSpan, PersonParts } from './rules/name-span';
import { ARTICLE, BODY_ORGAN, PLACE_ACRONYMS } from './rules/name-patterns';

/** An entity of the document's lists. */
export interface DocumentEntity {
  id: string;
  type: EntityType;
  /** The register's entry, or undefined for a proposed entity found by rules. */
  entry?: RegisterEntry;
  /** Name shown in the list: the register's preferred name, or the fullest mention. */
  name: string;
  /** Expansion of an organization's acronym, when known. */
  fullName?: string;
  geonames?: string;
  person?: PersonParts;
  mentions: { text: string; at: Position; paragraph?: number; rule: string }[];
}

/** Ties mentions to entities in document order; call `resolve` once per accepted name span. */
export class EntityTable {
  readonly entities: DocumentEntity[] = [];
  private readonly byKey = new Map<string, DocumentEntity>();
  private readonly ids = new Set<string>();
  /** The order of each entity's last mention, for short forms, which mean the body named last. */
  private readonly lastNamed = new Map<DocumentEntity, number>();
  private mentionCount = 0;
  /** Each person by the words of their mentions, case and accents aside. */
  private readonly personByWords = new Map<string, DocumentEntity>();
  /** The forms of the register's organization names, worked out once per name. */
  private readonly registerForms = new Map<string, OrganizationForms>();
  /** The forms of each name an organization has had, worked out once per name. */
  private readonly organizationNames = new Map<DocumentEntity, Map<string, OrganizationForms>>();

  /** The register's places by the gazetteer keys of their names (see registeredPlaceOfKey), made at first use. */
  private placeKeys: Map<string, string> | undefined;

  constructor(private readonly register: RegisterIndex, private readonly gazetteer: Gazetteer) {}

  /** The entity a name span refers to (created when new) and how sure the link is. */
  resolve(span: NameSpan, at: Position, paragraph: number | undefined): { entity: DocumentEntity; cert: Certainty } {
    const { entity, cert } = this.find(span);
    this.mention(entity, span, at, paragraph);
    return { entity, cert };
  }

  /**
   * A name in brackets right after another name of the same kind ("Social Democratic Party (SDP)", "the
   * PZPR (Polish United Workers' Party)") is that body's other name: it joins the first name's entity,
   * and so do its later mentions. A name the register or an earlier mention has made an entity of keeps it.
   * Of persons, only the translator's square brackets give another name ("Pak Seong-cheol [Pak Song Chol]",
   * a second romanization); a round bracket may hold anyone ("the speaker (Zhou Enlai)").
   */
  resolveAsBracketedName(
    span: NameSpan, entity: DocumentEntity, bracket: '(' | '[', at: Position, paragraph: number | undefined,
  ): { entity: DocumentEntity; cert: Certainty } {
    const key = `${span.type}:${span.key}`;
    if (span.type === 'person' && bracket === '[' && entity.type === 'person') return this.anotherNameOfPerson(span, entity, at, paragraph);
    // "the Central Committee of the Socialist Unity Party [SED]": the translator's bracket may name the body's party, by
    // its acronym; but "Renmin Ribao [People's Daily]" translates the name before.
    const translation = bracket === '[' && span.type === 'org' && /\s/.test(span.display) && !span.display.split(/\s+/).every((w) => /^\p{Lu}{2,}$/u.test(w));
    if (span.registerId || span.type !== entity.type || span.type === 'person' || (bracket === '[' && !translation) || this.byKey.has(key)) return this.resolve(span, at, paragraph);
    this.byKey.set(key, entity);
    // "PZPR (Polish United Workers' Party)": the spelled-out name is the body's full name.
    if (bracket === '(' && !entity.entry && !entity.fullName && span.display.length > entity.name.length && /\s/.test(span.display)) entity.fullName = span.display;
    this.mention(entity, span, at, paragraph);
    return { entity, cert: span.cert };
  }

  /**
   * "Pak Seong-cheol [Pak Song Chol]": the same person, whose bracketed spelling later mentions also
   * find (by its words); unless the register knows the two names as two persons.
   */
  private anotherNameOfPerson(span: NameSpan, entity: DocumentEntity, at: Position, paragraph: number | undefined): { entity: DocumentEntity; cert: Certainty } {
    const inRegister = span.person ? this.registeredPersons(span.person) : [];
    const registered = span.registerId ?? (inRegister.length === 1 ? inRegister[0]!.entry.id : undefined);
    if (registered !== undefined && registered !== entity.entry?.id) return this.resolve(span, at, paragraph);
    this.personByWords.set(fold(span.display), entity);
    this.mention(entity, span, at, paragraph);
    return { entity, cert: span.cert };
  }

  private mention(entity: DocumentEntity, span: NameSpan, at: Position, paragraph: number | undefined): void {
    entity.mentions.push({ text: span.display, at, paragraph, rule: span.rule });
    this.lastNamed.set(entity, ++this.mentionCount);
    if (entity.type === 'person' && !this.personByWords.has(fold(span.display))) this.personByWords.set(fold(span.display), entity);
    if (entity.type !== 'org') return;
    let names = this.organizationNames.get(entity);
    if (!names) this.organizationNames.set(entity, (names = new Map()));
    for (const name of [entity.name, entity.fullName, span.display]) if (name !== undefined && !names.has(name)) names.set(name, organizationForms(name));
  }

  private find(span: NameSpan): { entity: DocumentEntity; cert: Certainty } {
    if (span.registerId) return { entity: this.fromRegister(span.type, span.registerId), cert: 'high' };
    // "the Chinese People's Republic" is the register's China ("prc"), by the gazetteer's one key for the state.
    const registeredPlace = span.type === 'place' ? this.registeredPlaceOfKey(span.key) : undefined;
    if (registeredPlace) return { entity: this.fromRegister('place', registeredPlace), cert: span.cert };
    if (span.type === 'person' && span.person) return this.findPerson(span, span.person);
    const key = `${span.type}:${span.key}`;
    let entity = this.byKey.get(key);
    if (!entity && span.type === 'org') {
      // "CPSU Central Committee" is the register's "CC CPSU", written otherwise.
      const registered = this.registeredOrganization(span.display);
      if (registered) {
        const found = this.fromRegister('org', registered);
        this.byKey.set(key, found);
        return { entity: found, cert: span.cert };
      }
      const other = this.otherNameOfOrganization(span.display);
      if (other) {
        this.byKey.set(key, other.entity);
        return { entity: other.entity, cert: span.cert === 'low' ? 'low' : other.cert };
      }
    }
    if (!entity) {
      const place = span.type === 'place' ? this.gazetteer.byName.get(span.display) : undefined;
      const acronym = nameData().acronyms.get(span.display);
      const party = /^CC\s+(\S+)$/.exec(span.display)?.[1] ?? /^(\S+)\s+CC$/.exec(span.display)?.[1];
      const expansion = party ? `Central Committee of the ${nameData().acronyms.get(party) ?? party}` : acronym;
      entity = this.create(span.type, span.key, place?.preferred ?? place?.name ?? span.display, {
        ...(expansion ? { fullName: expansion } : {}),
        ...(place?.geonames ? { geonames: place.geonames } : {}),
      });
      this.byKey.set(key, entity);
    }
    return { entity, cert: span.cert };
  }

  /** A person: the register by surname and initials, else an earlier compatible mention, else a new entity. */
  private findPerson(span: NameSpan, parts: PersonParts): { entity: DocumentEntity; cert: Certainty } {
    const compared = inPinyin(parts);
    const registered = this.registeredPersons(parts);
    // "Premier Chou" is Chou En-lai, whom the pinyin of his name also made Zhou Enlai; "Castro" is Fidel Castro Ruz.
    const forms = personForms(parts);
    const sameName = (a: PersonParts, b: PersonParts) => surnameForms(a).some((s) => surnameForms(b).includes(s)) && compatible(inPinyin(a), inPinyin(b));
    const known = this.entities.filter((e) => e.type === 'person' && e.person && personForms(e.person).some((other) => forms.some((form) => sameName(form, other))));
    // A surname alone means the person of that name the document has named already ("Brezhnev" after "L.I.
    // Brezhnev"), and the register's person only where the register lists it as a form of the name (a rule
    // of its own finds those): "Brezhnev" in another document is not the seed's A.A. Brezhnev.
    const alone = !parts.given && !parts.initials;
    if (registered.length === 1 && !alone) return { entity: this.fromRegister('person', registered[0]!.entry.id), cert: 'medium' };
    // "Haile Selassie" after "HAILE SELASSIE": the same words, though the rules that found them split them otherwise.
    const sameWords = known.length > 0 || !/\s/.test(span.display) ? undefined : this.personByWords.get(fold(span.display));
    if (sameWords) return { entity: sameWords, cert: span.cert };
    const byGivenName = known.length > 0 ? undefined : this.byGivenName(parts) ?? this.byGivenNames(span.display);
    if (byGivenName) return { entity: byGivenName, cert: span.cert };
    // "Castro" after Fidel Castro and Raúl Castro may be either: the one named first (a record's main person, as
    // a rule), with a doubt the editor can find.
    const namesakes = alone ? known.filter((e) => e.person!.given !== undefined || e.person!.initials !== undefined).length : 0;
    const best = known.find((e) => e.person!.given !== undefined) ?? known[0];
    if (best && namesakes > 1) return { entity: best, cert: 'low' };
    if (best) {
      if (fuller(parts, best.person!)) {
        best.person = parts;
        if (!best.entry) best.name = displayName(span.display);
      }
      return { entity: best, cert: span.cert };
    }
    // "Fidel Castro Ruz" is pers-castro-fidel, by the surname he is named by.
    const named = forms[1] ?? compared;
    const entity = this.create('person', `${fold(named.surname)}-${fold(named.given ?? parts.initials ?? '')}`, displayName(span.display), {});
    entity.person = parts;
    return { entity, cert: span.cert };
  }

  /** The register's place one of whose names the gazetteer knows under this key, if one is. */
  private registeredPlaceOfKey(key: string): string | undefined {
    if (!this.placeKeys) {
      this.placeKeys = new Map();
      for (const { type, entry } of this.register.byId.values()) {
        if (type !== 'place') continue;
        for (const name of [entry.name, ...(entry.variants ?? [])]) {
          const known = this.gazetteer.byName.get(name)?.key;
          if (known && !this.placeKeys.has(known)) this.placeKeys.set(known, entry.id);
        }
      }
    }
    return this.placeKeys.get(key);
  }

  /** The register's organization whose name or a variant is this name in another order or spelling ("CPSU Central Committee" for "CC CPSU"). */
  private registeredOrganization(name: string): string | undefined {
    const forms = organizationForms(name);
    for (const { type, entry } of this.register.byId.values()) {
      if (type !== 'org') continue;
      for (const known of [entry.name, ...(entry.variants ?? [])]) {
        if (!this.registerForms.has(known)) this.registerForms.set(known, organizationForms(known));
        const other = this.registerForms.get(known)!;
        if (forms.acronym === other.acronym && sameWords(forms.words, other.words)) return entry.id;
      }
    }
    return undefined;
  }

  /** The register's persons whose surname and given names or initials agree with these. */
  private registeredPersons(parts: PersonParts): IndexedEntry[] {
    const compared = inPinyin(parts);
    return (this.register.bySurname.get(fold(compared.surname)) ?? []).filter((r) => compatible(compared, partsOf(r.entry)));
  }

  /**
   * An organization the document has named before under another name: its acronym ("Organization of
   * African Unity" … "OAU", "PUWP" … "Polish United Workers' Party") or its short form ("CC CCP" …
   * "the CC apparatus", "Council of Ministers of the GDR" … "the Council of Ministers", "CC CCP
   * Politburo" … "the Politburo"). Of several, the one named last: a short form means the body in view.
   */
  private otherNameOfOrganization(name: string): { entity: DocumentEntity; cert: Certainty } | undefined {
    const forms = organizationForms(name);
    let found: { entity: DocumentEntity; cert: Certainty } | undefined;
    for (const [entity, names] of this.organizationNames) {
      if (found && this.lastNamed.get(entity)! < this.lastNamed.get(found.entity)!) continue;
      const links = [...names.values()].map((other) => namesOneBody(forms, other, this.gazetteer));
      // An acronym and its name are one body for sure; a short form ("the Central Committee") only probably.
      if (links.includes('name')) found = { entity, cert: 'medium' };
      else if (links.includes('short form')) found = { entity, cert: 'low' };
    }
    return found;
  }

  /**
   * "General Giap" after "Vo Nguyen Giap", "General Phoumi" after "Phoumi Nosavan": a name alone that no
   * person has as surname is the one person who has it among their given names, if only one has.
   */
  private byGivenName(parts: PersonParts): DocumentEntity | undefined {
    if (parts.given || parts.initials) return undefined;
    const word = fold(parts.surname);
    const having = this.entities.filter((e) => e.type === 'person' && e.person?.given?.split(/\s+/).some((g) => fold(g) === word));
    return having.length === 1 ? having[0] : undefined;
  }

  /** "Lal Bahadur" after "Lal Bahadur Shastri", "Carlos Rafael" after "Carlos Rafael Rodríguez": all the given names of one person. */
  private byGivenNames(display: string): DocumentEntity | undefined {
    if (!/\s/.test(display)) return undefined;
    const having = this.entities.filter((e) => e.type === 'person' && e.person?.given !== undefined && fold(e.person.given) === fold(display));
    return having.length === 1 ? having[0] : undefined;
  }

  private fromRegister(type: EntityType, id: string): DocumentEntity {
    const key = `register:${id}`;
    let entity = this.byKey.get(key);
    if (!entity) {
      const entry = this.register.byId.get(id)!.entry;
      entity = { id: this.uniqueId(id), type, entry, name: entry.name, mentions: [] };
      if (type === 'person') entity.person = partsOf(entry);
      this.entities.push(entity);
      this.byKey.set(key, entity);
    }
    return entity;
  }

  private create(type: EntityType, key: string, name: string, extra: Partial<DocumentEntity>): DocumentEntity {
    const entity: DocumentEntity = { id: this.uniqueId(idFor(type, key || name)), type, name, mentions: [], ...extra };
    this.entities.push(entity);
    return entity;
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

const PREFIX: Record<EntityType, string> = { person: 'pers', org: 'org', place: 'place' };

/** An NCName for a proposed entity: type prefix and a slug, e.g. `pers-brezhnev-aa`. */
function idFor(type: EntityType, key: string): string {
  const slug = fold(key).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${PREFIX[type]}-${slug || 'unnamed'}`;
}

/** A name's parts as they compare with other mentions: a Wade–Giles name by its pinyin ("Chou En-lai" as Zhou Enlai). */
function inPinyin(parts: PersonParts): PersonParts {
  return parts.pinyin ? { ...parts, surname: parts.pinyin.surname, given: parts.pinyin.given ?? parts.given } : parts;
}

/** A surname as written, without its Arabic article ("el-Sadat" is also "Sadat") and, for a Wade–Giles name, in pinyin; folded. */
function surnameForms(parts: PersonParts): string[] {
  const written = [parts.surname, ...(parts.pinyin ? [parts.pinyin.surname] : [])];
  return [...new Set(written.flatMap((s) => [fold(s), fold(s.replace(LEADING_ARTICLE, ''))]))];
}

const LEADING_ARTICLE = new RegExp(`^${ARTICLE}`, 'i');

/**
 * A name as its parts, and a Spanish or Portuguese name with two surnames also by its first surname, by
 * which it is named alone: "Fidel Castro Ruz" is also Fidel Castro ("F. Castro", "Castro"). The first
 * surname is one the lists know as a surname and not as a given name ("Carlos Rafael Rodríguez" has one
 * surname).
 */
function personForms(parts: PersonParts): PersonParts[] {
  const given = parts.given?.split(/\s+/) ?? [];
  const first = given.at(-1);
  if (parts.pinyin || given.length < 2 || first === undefined || !/^\p{Lu}\p{Ll}/u.test(first)) return [parts];
  const data = nameData();
  if (!data.surnames.has(first) || data.givenNames.has(first)) return [parts];
  return [parts, { surname: first, given: given.slice(0, -1).join(' ') }];
}

function partsOf(entry: RegisterEntry): PersonParts {
  return splitFullName(entry.fullName ?? entry.name);
}

/**
 * Two descriptions of a name can be one person: given names and initials do not contradict. A given name
 * that ends another is the same name shortened ("López Mateos" is Adolfo López Mateos; "Madeira Keïta"
 * is Mamadou Madeira Keïta) when it is no given name of its own; "Mohammad Ali" is not Chaudhri Mohammad
 * Ali, nor "Mamadou Keïta" Mamadou Madeira Keïta.
 */
function compatible(a: PersonParts, b: PersonParts): boolean {
  if (a.given && b.given && (foldGiven(a.given) === foldGiven(b.given) || endsWithWords(a.given, b.given))) return true;
  // "Y. Andropov", "J. Andropov", "Iu.V. Andropov": Ю romanized three ways (Yu, Ju, Iu), and Е too (Ye, E). Not И (I): Ivan is no Yuri.
  const initialOf = (p: PersonParts) => fold((p.initials ?? p.given ?? '').replace(/^I[ua]\./, 'Y.')).charAt(0).replace(/[je]/, 'y');
  const ia = initialOf(a);
  const ib = initialOf(b);
  if (a.given && b.given && foldGiven(a.given) !== foldGiven(b.given)) return false;
  return ia === '' || ib === '' || ia === ib;
}

/** A given name folded, its syllables' hyphens dropped: "Il-sung" and "Il Sung" are one Korean given name. */
function foldGiven(given: string): string {
  return fold(given).replace(/-/g, '');
}

/** Whether the longer of two given names ends with all the other's words, a shortened form of it (see isShortenedName). */
function endsWithWords(a: string, b: string): boolean {
  const [long, short] = [a, b].map((g) => g.split(/\s+/)).sort((x, y) => y.length - x.length) as [string[], string[]];
  return short.length < long.length && isShortenedName(long.slice(0, long.length - short.length + 1)) &&
    short.every((word, i) => fold(word) === fold(long[long.length - short.length + i]!));
}

function fuller(a: PersonParts, b: PersonParts): boolean {
  return (a.given !== undefined && b.given === undefined) || (a.initials !== undefined && b.initials === undefined && b.given === undefined);
}

/** A mention as a list name: capitals made readable ("S.V. CHERVONENKO" → "S.V. Chervonenko"), but not a generation ("Hassan II"). */
function displayName(text: string): string {
  return text.replace(/\p{Lu}{2,}/gu, (w) => (GENERATION.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}

/** An organization's name as words with known acronyms spelled out ("CC PUWP" → Central Committee PUWP), and its initials. */
interface OrganizationForms {
  /** The words as written. */
  raw: string[];
  words: string[];
  initials: string;
  /** The name is an acronym: one word in capitals. */
  acronym: boolean;
}

const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'del', 'des', 'du', 'el', 'y', 'et']);

const PARTY_OF_MEMBERS: Record<string, string> = {
  Democrats: 'Democratic', Socialists: 'Socialist', Communists: 'Communist', Republicans: 'Republican', Liberals: 'Liberal', Conservatives: 'Conservative',
};

function organizationForms(name: string): OrganizationForms {
  const acronyms = nameData().acronyms;
  // "Political Bureau [of the] CC CPC": the translator's words are the name's too.
  // ("Ministry of the Foreign Affairs" is the "Ministry of Foreign Affairs": an article after "of" names nothing else.)
  const bare = name.replace(/^the\s+/i, '').replace(/[[\]]/g, '').replace(/\sof\sthe\s/gu, ' of ');
  // "Guomindang" is the "Kuomintang": a body's other spelling, by the list of them.
  const raw = stateOrder(ministryOrder(partyOrder((nameData().bodySpellings.get(bare) ?? bare).split(/\s+/))));
  const acronym = raw.length === 1 && isAcronymWord(raw[0]);
  // "Ministry of Foreign Affairs (of the USSR)": the bracket tells whose.
  const spelledOut = (word: string) => acronyms.get(word)?.replace(/[()]/g, '').split(/\s+/);
  // "CC PUWP" → Central Committee PUWP; "MFA of the PRC" → Ministry of Foreign Affairs of the PRC.
  // "CC BCP" → Central Committee of Bulgarian Communist Party, as "the Central Committee of the Bulgarian Communist Party" is written.
  const ccParty = raw.length >= 2 && raw.at(-2) === 'CC' ? spelledOut(raw.at(-1)!) : undefined;
  const head = ccParty ? raw.slice(0, -1) : raw;
  const spelled = [...head.flatMap((w, i) => ((w === 'CC' || (i === 0 && raw[1] === 'of')) && spelledOut(w)) || [w]),
    ...(ccParty ? ['of', ...ccParty.join(' ').replace(/\sof\sthe\s/gu, ' of ').split(' ')] : [])];
  // "the Christian Democrats" are the Christian Democratic Party, "the Free Democrats" the Free Democratic Party.
  const party = raw.length > 1 ? PARTY_OF_MEMBERS[spelled.at(-1)!] : undefined;
  const words = party ? [...spelled.slice(0, -1), party, 'Party'] : spelled;
  const initials = acronym ? raw[0]!.toUpperCase() : words.filter((w) => !LINKING_WORDS.has(w.toLowerCase())).map((w) => w.charAt(0).toUpperCase()).join('');
  return { raw, words: (acronym && spelledOut(raw[0]!)) || words, initials, acronym };
}

/**
 * A name's words with a party's central committee in one order: "CPSU CC" is "CC CPSU" in the order of the
 * translations that put the party first, and so are "CPSU Central Committee" and "Central Committee of the
 * CPSU"; also after an organ of it ("Presidium of the CPSU Central Committee" is "Presidium of CC CPSU"). An organ
 * after a body's acronym is the organ of it: "PLO Executive Committee", "CPSU Politburo".
 */
function partyOrder(written: string[]): string[] {
  // "CCP CC Politburo", "CC CCP Politburo": the organ of the central committee, as "the Politburo of the CC CCP" names it.
  const ccFirst = written[1] === 'CC' && isAcronymWord(written[0]) ? ['CC', written[0]!, ...written.slice(2)]
    : written[1] === 'Central' && written[2] === 'Committee' && isAcronymWord(written[0]) ? ['CC', written[0]!, ...written.slice(3)]
      : written[0] === 'CC' && isAcronymWord(written[1]) ? written : undefined;
  if (ccFirst && ccFirst.length > 2 && ORGAN_NAME.test(ccFirst.slice(2).join(' '))) return [...ccFirst.slice(2), 'of', 'CC', ccFirst[1]!];
  if (ccFirst && ccFirst !== written) return ccFirst;
  const cc = centralCommitteeOf(written);
  if (cc) return cc;
  // "the PLO Executive Committee" is "the Executive Committee of the PLO".
  if (written.length >= 2 && isAcronymWord(written[0]) && ORGAN_NAME.test(written.slice(1).join(' '))) return [...written.slice(1), 'of', written[0]!];
  const of = written.indexOf('of');
  if (of < 1 || !ORGAN_NAME.test(written.slice(0, of).join(' '))) return written;
  return [...written.slice(0, of), 'of', ...partyOrder(written.slice(written[of + 1] === 'the' ? of + 2 : of + 1))];
}

/**
 * "Foreign Ministry" as "Ministry of Foreign Affairs", which it is in English, and "PRC Foreign Ministry" as "Ministry
 * of Foreign Affairs of PRC": a record that names its ministry both ways names one body.
 */
function ministryOrder(written: string[]): string[] {
  const n = written.length;
  if (n < 2 || n > 3 || written[n - 2] !== 'Foreign' || written[n - 1] !== 'Ministry') return written;
  return ['Ministry', 'of', 'Foreign', 'Affairs', ...(n === 3 ? ['of', written[0]!] : [])];
}

const STATE_ACRONYM = new RegExp(`^(?:${PLACE_ACRONYMS})$`, 'u');

/**
 * "USSR Council of Ministers" as "Council of Ministers of USSR", and "US State Department" as "Department of State of US": a state's
 * initials before its body's name are the body's "of", as a record that names the body both ways means one body.
 */
function stateOrder(written: string[]): string[] {
  const words = written.at(-2) === 'State' && written.at(-1) === 'Department' ? [...written.slice(0, -2), 'Department', 'of', 'State'] : written;
  return words.length >= 2 && (STATE_ACRONYM.test(words[0]!) || words[0] === 'US') ? [...words.slice(1), 'of', words[0]!] : words;
}

/** The organs a body is named with ("the Politburo of the CC PLA"; see organsOf in rules/organizations.ts). */
const ORGAN_NAME = new RegExp(`^${BODY_ORGAN}$`);

/** "Central Committee of the CPSU" as "CC CPSU"; undefined for other names. */
function centralCommitteeOf(words: string[]): string[] | undefined {
  const party = words[0] === 'Central' && words[1] === 'Committee' && words[2] === 'of' ? words[words[3] === 'the' ? 4 : 3] : undefined;
  return party !== undefined && isAcronymWord(party) && words.length === (words[3] === 'the' ? 5 : 4) ? ['CC', party] : undefined;
}

/**
 * How a new name and an earlier one name one body, if they do: an acronym and the name it abbreviates (by the
 * acronym list, or by initials, for acronyms of three letters or more), or a short form that the earlier
 * name opens before "of" or an acronym ("Council of Ministers" of "Council of Ministers of the GDR",
 * "Central Committee" of "CC PUWP") or ends after an acronym ("Politburo" of "CC CCP Politburo").
 */
function namesOneBody(name: OrganizationForms, earlier: OrganizationForms, gazetteer: Gazetteer): 'name' | 'short form' | undefined {
  if (name.acronym !== earlier.acronym) {
    const [acronym, spelled] = name.acronym ? [name, earlier] : [earlier, name];
    if (sameWords(acronym.words, spelled.words) || (acronym.initials.length >= 3 && acronym.initials === spelled.initials)) return 'name';
  }
  if (sameWords(name.words, earlier.words) || sameWords(withPlaceKey(name.words, gazetteer), withPlaceKey(earlier.words, gazetteer))) return 'name';
  // An acronym is a short form by what it stands for ("CC": Central Committee), when the list knows it.
  const short = shortFormOf(name.raw, earlier.raw) || (!(name.acronym && name.words.length === 1) && shortFormOf(name.words, earlier.words))
    || withoutItsPlace(name.words, earlier.words, gazetteer);
  return short ? 'short form' : undefined;
}

/**
 * The words of a body's name with the place it ends with ("of the PRC", "of the People's Republic of China") as the
 * gazetteer's one key for that place: "State Council of the PRC" and "State Council of the People's Republic of China" are one.
 */
function withPlaceKey(words: readonly string[], gazetteer: Gazetteer): string[] {
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] !== 'of') continue;
    const from = words[i + 1] === 'the' ? i + 2 : i + 1;
    const place = gazetteer.byName.get(words.slice(from).join(' '));
    if (place) return [...words.slice(0, i), 'of', `place:${place.key}`];
  }
  return [...words];
}

/** "the Democratic Party" after "the Azerbaijan Democratic Party": the name without the place or people it opens with. */
function withoutItsPlace(short: readonly string[], long: readonly string[], gazetteer: Gazetteer): boolean {
  const first = long[0] ?? '';
  return short.length >= 2 && long.length === short.length + 1 && sameWords(long.slice(1), short)
    && (gazetteer.byName.has(first) || countryOfPeople(first, gazetteer) !== undefined);
}

/**
 * Whether `short` opens `long` before "of" or an acronym ("MFA" of "MFA of the PRC"), or ends it after an
 * acronym ("Politburo" of "CC CCP Politburo"; but "SDP" is not "CC SDP", the Central Committee of the SDP).
 */
function shortFormOf(short: readonly string[], long: readonly string[]): boolean {
  const n = short.length;
  if (n >= long.length) return false;
  // Before an acronym, the short form must be the name's head: "Central Committee" is "CC PUWP", not "CC PUWP Politburo".
  const opens = sameWords(long.slice(0, n), short) && (long[n]?.toLowerCase() === 'of' || (n === long.length - 1 && isAcronymWord(long[n])));
  const ends = !(n === 1 && isAcronymWord(short[0])) && sameWords(long.slice(-n), short) && isAcronymWord(long.at(-n - 1));
  // "the Ba'ath" for "the Ba'ath Party".
  const partyName = n === long.length - 1 && long[n] === 'Party' && sameWords(long.slice(0, n), short);
  return opens || ends || partyName;
}

/** "CPSU", "CPCz", "PCdoB": capitals, with no two small letters running. */
function isAcronymWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}\p{L}*$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{2}/u.test(word);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => fold(w) === fold(b[i]!));
}
