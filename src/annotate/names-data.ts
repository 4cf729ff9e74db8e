// Loads the name data (surnames, given names, titles, organization acronyms) once.
import syllables from 'pinyin-split/lib/cjs/syllables';
import names from './data/names.json';
import givenNames from './data/given-names.json';
import surnames from './data/surnames.json';
import orgs from './data/organizations.json';
import { PARTICLE_WORD, titleCase } from './rules/name-patterns';

export interface NameData {
  /** Chinese surnames: the given name must be pinyin or hyphenated Wade-Giles. */
  eastAsianSurnames: Set<string>;
  /** Korean and Vietnamese surnames: the given name is one or two short syllables. Knows "Phạm" as "Pham". */
  koreanVietnameseSurnames: NameSet;
  /** Vietnamese surnames: a name of three words is also named by its last ("Giap" of Vo Nguyen Giap). Knows "Lê" as "Le". */
  vietnameseSurnames: NameSet;
  /** Given names: the lists, and Arabic names fused with Abd ("Abdelaziz", "Abdurrahman"). */
  givenNames: { has(name: string): boolean };
  /** Surnames of many languages (faker's lists): a word before one is a first name no list knows ("Tancredo Neves"). */
  surnames: NameSet;
  /** Persons known by a title that is their name: "Dalai Lama", "Genghis Khan". */
  fixedPersons: string[];
  /** Leaders of the period named by surname alone ("Nehru", "Adenauer"). */
  knownSurnames: string[];
  titles: string[];
  /** The capitalized words of the titles, and their plurals: "Crown" and "Prince" of "Crown Prince", "Generals". */
  titleWords: Set<string>;
  notNames: Set<string>;
  acronyms: Map<string, string>;
  bodies: string[];
  /** A body's other spellings, each to the one that stands for all ("Guomindang" → "Kuomintang"). */
  bodySpellings: Map<string, string>;
  pinyin: Set<string>;
}

/** A list of names asked only whether it has one. */
export interface NameSet {
  has(name: string): boolean;
}

let cached: NameData | undefined;


/** A word the name lists know as a given name or a surname ("Ha" of "Ha Dong-yun", "Brown" and "Guy" are, though also English words). */
export function isListedName(word: string, data: NameData): boolean {
  return data.givenNames.has(word) || data.surnames.has(word) || data.koreanVietnameseSurnames.has(word) || data.eastAsianSurnames.has(word);
}

/** The shipped name data (src/annotate/data). */
export function nameData(): NameData {
  if (cached) return cached;
  cached = {
    eastAsianSurnames: new Set(names.eastAsianSurnames),
    koreanVietnameseSurnames: withVietnameseSpellings(new Set([...names.koreanSurnames, ...names.vietnameseSurnames])),
    vietnameseSurnames: withVietnameseSpellings(new Set(names.vietnameseSurnames)),
    givenNames: givenNameLookup(new Set([...names.givenNames, ...givenNames.names])),
    surnames: withAsciiSpellings(Set.prototype.has.bind(new Set(surnames.names))),
    fixedPersons: names.fixedPersons,
    knownSurnames: names.knownSurnames,
    titles: [...new Set(names.titles)].sort((a, b) => b.length - a.length),
    titleWords: new Set(names.titles.flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => [w, `${w}s`])),
    notNames: new Set(names.notNames),
    acronyms: new Map(Object.entries(orgs.acronyms as Record<string, string>)),
    bodies: orgs.bodies,
    bodySpellings: new Map(Object.entries(orgs.bodySpellings as Record<string, string>)),
    pinyin: new Set(syllables.map((s) => s.toLowerCase())),
  };
  return cached;
}

/** True when the word splits wholly into 1–3 pinyin syllables (Xiaoping = xiao + ping). */
export function isPinyinGivenName(word: string, pinyin: Set<string>): boolean {
  const w = word.toLowerCase().replace(/[-'’]/g, '');
  const fits = (from: number, left: number): boolean => {
    if (from === w.length) return true;
    if (left === 0) return false;
    for (let len = Math.min(6, w.length - from); len >= 1; len--) {
      if (pinyin.has(w.slice(from, from + len)) && fits(from + len, left - 1)) return true;
    }
    return false;
  };
  return w.length > 0 && fits(0, 3);
}

/**
 * The name in plain Latin letters, case kept: "Hammarskjöld" → "Hammarskjold", "Đilas" → "Djilas", "Gomułka" → "Gomulka";
 * in Vietnamese, whose d with stroke is a plain d in English texts, "Phạm Văn Đồng" → "Pham Van Dong".
 */
export function asciiFold(text: string): string {
  const letters = VIETNAMESE_LETTER.test(text) ? VIETNAMESE_ASCII_LETTERS : ASCII_LETTERS;
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁđĐøØß]/g, (c) => letters[c]!);
}

/** Letters only Vietnamese writes: o and u with a horn, and the vowels with two marks or a dot below (ạ, ồ, ữ…). */
const VIETNAMESE_LETTER = /[\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/** A set of names that also knows them written with Vietnamese diacritics ("Võ", "Lê", "Đặng"). */
function withVietnameseSpellings(names: Set<string>): NameSet {
  return { has: (name) => names.has(name) || names.has(vietnameseFold(name)) };
}

function vietnameseFold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const NOT_ASCII = /[^\x00-\x7F]/;

/** A lookup that also knows names with diacritics the lists leave out ("Wałęsa" as "Walesa", "Czesław" as "Czeslaw"). */
function withAsciiSpellings(has: (name: string) => boolean): NameSet {
  return { has: (name) => has(name) || (NOT_ASCII.test(name) && has(asciiFold(name))) };
}

const ASCII_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'dj', Đ: 'Dj', ø: 'o', Ø: 'O', ß: 'ss' };
const VIETNAMESE_ASCII_LETTERS: Record<string, string> = { ...ASCII_LETTERS, đ: 'd', Đ: 'D' };

/** Lower case without diacritics, dots or spaces: "Dorticós" and "DORTICOS" are one surname, "Gomułka" and "Gomulka" too. */
export function foldName(text: string): string {
  return asciiFold(text).toLowerCase().replace(/[.\s]/g, '');
}

/** Surname and given name of a full name, in the name's own order ("Deng Xiaoping": surname Deng). */
export function splitFullName(name: string): { surname: string; given?: string } {
  // "Douglas MacArthur II": a generational suffix is not the surname.
  const words = name.trim().split(/\s+/).filter((w, i, all) => i === 0 || i < all.length - 1 || !GENERATION.test(w));
  const data = nameData();
  const eastAsian = words.length > 1 && (data.eastAsianSurnames.has(words[0]!) || data.koreanVietnameseSurnames.has(words[0]!));
  if (eastAsian) {
    const given = words.slice(1).join(' ');
    return given ? { surname: words[0]!, given } : { surname: words[0]! };
  }
  // "Charles de Gaulle", "de Gaulle": a lower-case particle opens the surname.
  const particle = words.findIndex((w, i) => i < words.length - 1 && SURNAME_PARTICLE.test(w));
  const from = particle >= 0 ? particle : words.length - 1;
  const given = words.slice(0, from).join(' ');
  const surname = words.slice(from).join(' ');
  return given ? { surname, given } : { surname };
}

const SURNAME_PARTICLE = /^(?:da|de|do|dos|das|di|del|della|van|von|du|bin|ibn|arap)$/;

/**
 * Whether the last of these given names and the surname name the person alone: when it is no given name
 * ("López" of Adolfo López Mateos), or when a given name comes before it ("Paz" of Víctor Paz Estenssoro,
 * a first surname). "Mohammad Ali" may be another man than Chaudhri Mohammad Ali.
 */
export function isShortenedName(given: string[], data: NameData = nameData()): boolean {
  const isGiven = (w: string) => {
    const asWritten = w === w.toUpperCase() ? titleCase(w) : w;
    return data.givenNames.has(asWritten);
  };
  return !isGiven(given.at(-1)!) || (given.length > 1 && isGiven(given[0]!));
}

/** A generation after a name: "Douglas MacArthur II", "Hassan II", "Jr." */
export const GENERATION = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

/** "Abdelaziz", "Abdullah", "Abderrahmane": Abd and the article fused with one of God's names. */
const ABD_NAME = /^Abd[aeiu][lr]\p{Ll}{3,}$/u;

/** Known given names, fused Abd- names, and hyphenated ones of two known names ("Jean-Louis", "Marie-Claire"). */
function givenNameLookup(listed: Set<string>): NameData['givenNames'] {
  // "Del" (Delbert) and "Van" are given names to the lists, but before a surname they are its particle: "Del Prado".
  const has = (name: string): boolean => (listed.has(name) && !PARTICLE_WORD.test(name)) || ABD_NAME.test(name);
  return withAsciiSpellings((name) => has(name) || (name.includes('-') && name.split('-').every((part) => part.length > 1 && has(part))));
}
