// Person names found by the strong rules: initials, supplied names, telling surnames, titles, given names, appositions, particles, lists of participants.
import type { Certainty } from '../../model/edition';
import { isEnglishWord } from '../english';
import { countryOfPeople, placeOfAdjective } from '../gazetteer';
import { asciiFold, GENERATION, isListedName, nameData, splitFullName, type NameData } from '../names-data';
import type { RuleContext } from '../rule';
import type { Unit } from '../unit';
import { BURMESE, burmeseName, eastAsianNames, hepburnSyllables } from './asian-names';
import { ADDRESS_ABBREVIATION, ARTICLE, CAP, capitalRuns, COMRADE_ABBREVIATION, DEMONYM, DESCRIPTION, DETERMINERS, END, HONORIFIC, INITIAL, INITIALS, initialsWord, LOWER_IN_NAMES, MONTH_OR_DAY, PARTICLE, PARTICLE_WORD, type Run, REGNAL_NUMBER, SENTENCE_BEFORE, startsLine, SURNAME, titleCase } from './name-patterns';
import { make, type NameSpan, type PersonParts } from './name-span';
import { speakerLabel, turnSpeaker } from './speaker-label';

/**
 * "A.A. Gromyko", "F.C. de Saram", and "V.K. Krishna Menon" (a second name word in the same case, checked in
 * personNames); also right after an abbreviation's or a bracket's stop: "Cde.O.A. Troyanovsky", "(…).N.S. Khrushchev".
 */
const INITIALS_SURNAME = new RegExp(`(?:(?<![\\p{L}.])|(?<=(?:^|[^\\p{L}])(?:${COMRADE_ABBREVIATION}|c)\\.|[)\\]]\\.))(${INITIALS})((?:${PARTICLE}\\s)?${SURNAME})(?:\\s(${SURNAME}))?${END}`, 'gu');
/** "YUDIN P.F.": reversed initials, never followed by another name word ("Ambassador A.I. Alekseev" is not one). */
const SURNAME_INITIALS = new RegExp(`(?<![\\p{L}'’])(${SURNAME})\\s((?:${INITIAL}\\.){2,3})(?![\\p{L}])(?!\\s*\\p{Lu})`, 'gu');


/** Endings that make a word a Slavic or Romanian surname even alone: -ović, -enko, -escu, -ov, -ev, -sky. */
const TELLING_SURNAME_ENDING = 'ović|ević|ovič|evič|owski|ewski|enko|shvili|escu|eanu|[bdgklmnprstvz]ov|[bdgklmnprstvz]ev|ovich|evich|skiy|skii|sky';
/** A closer line that is one word in capitals, such as a telegram's signature. */
const SIGNATURE_SURNAME = /^\s*(\p{Lu}[\p{Lu}'’-]{2,})\s*$/u;
/** A closer line of two capitalized words. */
const SIGNATURE_TWO_WORDS = /^\s*((\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+))\s*$/u;

/**
 * A signature the other rules cannot read: a surname alone in capitals ("VÁVRA", as telegrams are signed),
 * or a name written family name first, as Hungarians sign ("Szentgyörgyi Béla": Béla is the given name).
 */
function signatureName(text: string, ctx: RuleContext, data: NameData): { at: number; text: string; parts: PersonParts } | undefined {
  const surname = SIGNATURE_SURNAME.exec(text)?.[1];
  if (surname && !isPlaceWord(titleCase(surname), ctx, data) && !data.acronyms.has(surname) && !data.titleWords.has(titleCase(surname))) {
    return { at: text.indexOf(surname), text: surname, parts: { surname } };
  }
  const [, name, family, given] = SIGNATURE_TWO_WORDS.exec(text) ?? [];
  if (!name || !data.givenNames.has(given!) || data.givenNames.has(family!) || isPlaceWord(family!, ctx, data) || data.titleWords.has(family!)) return undefined;
  return { at: text.indexOf(name), text: name, parts: { surname: family!, given: given! } };
}

const WORD_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}[\p{Ll}\p{M}'’-]+)\s$/u;

/**
 * The capitalized word right before a surname when it is a first name: a known one, or any word that is
 * neither a title, a place, a demonym, a month nor a common word, unless it opens a sentence ("Yesterday Kenyatta …").
 */
function givenNameBefore(text: string, at: number, ctx: RuleContext, data: NameData): string | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!word || data.titleWords.has(word) || data.notNames.has(word) || DETERMINERS.has(word) || MONTH_OR_DAY.test(word) || DEMONYM.test(word) ||
    ctx.gazetteer.byName.has(word) || PARTICLE_WORD.test(word)) return undefined;
  const opensSentence = SENTENCE_BEFORE.test(text.slice(Math.max(0, at - word.length - 4), at - word.length - 1));
  // "On Longju Nehru said": after a sentence's opening preposition, a word no list knows is a place or a topic.
  const afterOpening = OPENING_PREPOSITION.test(text.slice(Math.max(0, at - word.length - 16), at - word.length - 1));
  return data.givenNames.has(word) || !(opensSentence || afterOpening) ? word : undefined;
}

const OPENING_PREPOSITION = /(?:^|[.!?:;]\s+|\d\.\s+)(?:On|In|At|Near|From|About|Regarding|Concerning)\s*$/u;

/** Endings of English nouns and adjectives, which no first name has: "the Directorate G. Amendola" names no "Directorate". */
const COMMON_WORD_ENDING = /(?:ate|tion|sion|ment|ity|ship|ure|ence|ance|ism|ist|ory|ing|ness|dom|hood|ive|ous)$/;

/** A first name before a middle initial: a known one, or a capitalized word that reads as no common word. */
function firstNameBeforeInitial(text: string, at: number, ctx: RuleContext, data: NameData): string | undefined {
  const word = givenNameBefore(text, at, ctx, data);
  return word && (data.givenNames.has(word) || !COMMON_WORD_ENDING.test(word)) ? word : undefined;
}

/** The person rules' regular expressions, compiled once from the name data. */
interface Patterns {
  titled: RegExp;
  appositionBefore: RegExp;
  appositionAfter: RegExp;
  leaderGovernment: RegExp;
  fixedPersons: RegExp;
  knownSurnames: RegExp;
}

let compiled: Patterns | undefined;

function patterns(): Patterns {
  if (compiled) return compiled;
  const data = nameData();
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Titles also in capitals, as in an opener's heading ("GENERAL NE WIN"); the words after them are checked in titledNames.
  const capitalTitles = data.titles.filter((t) => /^\p{Lu}/u.test(t));
  const titles = [`${COMRADE_ABBREVIATION}\\.`, ...data.titles.map(escape), ...capitalTitles.map((t) => escape(t.toUpperCase()))].join('|');
  // In either case: "Subandrio, First Deputy Prime Minister and …".
  const roles = ['ambassador', 'minister', 'secretary', 'chairman', 'premier', 'president', 'counsellor', 'counselor', 'adviser',
    'consul', 'attaché', 'leader', 'head', 'chief', 'interpreter', 'correspondent', 'general', 'member'].map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}`).join('|');
  const name = `(${CAP}(?:\\s${CAP}){0,2})`;

  compiled = {
    // With indices ('d'): the name's words may be set apart by more than one space. Titles may follow one
    // another ("Brigadier General Mengistu Neway"); a particle opens the surname ("General de Gaulle").
    titled: new RegExp(`(?<![\\p{L}])(?:(?:${titles})\\s+)+(?:(${INITIALS})?((?:${PARTICLE}\\s)?${SURNAME})(?:\\s+(${SURNAME}))?(?:\\s+(${SURNAME}))?)${END}`, 'dgu'),
    appositionBefore: new RegExp(`(?<![\\p{L}])(?:${capitalTitles.map(escape).join('|')})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*)*)?,\\s+${name}(?=\\s*[,.;)])`, 'gu'),
    // Not "the Minister of Defence, General A.H. Nasution": a role before a name is that name's title.
    appositionAfter: new RegExp(`(?<![\\p{L}])(?<!\\bof\\s)${name},\\s+(?:the\\s+|a\\s+)?(?:(?!(?:and|or|with|to|in)\\s)\\p{L}+\\s+){0,3}(?:${roles})\\b(?!\\s+\\p{Lu})`, 'gu'),
    fixedPersons: new RegExp(`(?<![\\p{L}])(?:${data.fixedPersons.map(escape).join('|')})${END}`, 'gu'),
    // Not as part of a longer name ("Lenin Prize", "Kennedy Round"), but in a doctrine or plan named after one ("Eisenhower Doctrine").
    knownSurnames: new RegExp(`(?<![\\p{L}'’-])(?:${data.knownSurnames.map(escape).join('|')})(?![\\p{L}-])(?!\\s+(?!Doctrine|Plan)\\p{Lu})`, 'gu'),
    leaderGovernment: new RegExp(`(?<![\\p{L}])[Tt]he\\s+(${CAP}(?:\\s${CAP})?)\\s+(?:government|cabinet|regime|administration|clique)\\b`, 'gu'),
  };
  return compiled;
}

/** Persons found by the strong rules: initials, reversed initials, titles, East Asian and given names. */
export function personNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const out: NameSpan[] = [];
  const add = (start: number, text: string, parts: PersonParts, cert: Certainty, rule: string) => {
    if (data.notNames.has(parts.surname) || data.notNames.has(titleCase(parts.surname))) return;
    out.push({ ...make('person', start, start + text.length, text, '', cert, rule), person: parts });
  };
  for (const c of [...completedInitialsNames(unit.text, ctx, data), ...surnamesAfterDescribedGivenName(unit.text, ctx, data)]) add(c.start, c.text, c.parts, c.cert, c.rule);
  for (const m of unit.text.matchAll(INITIALS_SURNAME)) {
    const initials = initialsWord(m[1]!);
    // "U.S. Secretary Kissinger", "the U.S.S.R. Supreme Soviet", "U.S. Vietnam policy", "the U.S. Kissinger plan": a country's
    // or a body's initials before a common word, a place, a body or a known name, no person's (but "U.K. Kekkonen" is Urho Kaleva).
    if (isInitialsOfStateOrBody(initials, ctx, data) && (isEnglishWord(m[2]!.toLowerCase()) || isPlaceWord(m[2]!, ctx, data) || isListedName(m[2]!, data) || data.bodies.includes(m[2]!))) continue;
    // "I. THE STATEMENT OF …": a heading's number before words in capitals is no initial; "P.S Comrade Ivanov" holds no surname "Comrade".
    // "D. R. Vietnam": a state's initials before its country.
    if (data.notNames.has(titleCase(m[2]!)) || data.titleWords.has(titleCase(m[2]!)) || (STATE_INITIALS.test(initials) && ctx.gazetteer.byName.get(m[2]!)?.kind === 'country')) continue;
    // "I. Questions discussed…", "I. Briefing", "V. Summary" at a line's start: a section's Roman number before a heading's noun is no initial.
    if (/^[IVX]\.$/u.test(initials) && SECTION_HEADING_WORD.test(m[2]!) && isEnglishWord(m[2]!.toLowerCase()) && !isListedName(m[2]!, data) && startsLine(unit.text, m.index)) continue;
    // "A. I. ALEKSEYEV RECORD OF CONVERSATION": a heading's English word in capitals after the surname is no second name.
    const second = m[3] && !isEnglishWordInCapitals(m[3], data) ? m[3] : undefined;
    // "Rashidi M. Kawawa", "Lyndon B. Johnson": a first name before a middle initial.
    const given = /^\p{Lu}\.$/u.test(initials) ? firstNameBeforeInitial(unit.text, m.index, ctx, data) : undefined;
    if (second && isNameWord(second, m[2]!, ctx, data)) {
      add(m.index, m[0], { initials, given: m[2]!, surname: second }, 'high', 'persons/initials');
    } else if (given) {
      add(m.index - given.length - 1, `${given} ${m[1]!}${m[2]!}`, { given: `${given} ${initials}`, surname: m[2]! }, 'high', 'persons/given-initial');
    } else {
      add(m.index, m[1]! + m[2]!, { initials, surname: m[2]! }, 'high', 'persons/initials');
    }
  }
  const turn = turnSpeaker(unit, ctx, data);
  if (turn) add(0, turn, splitFullName(turn), 'medium', 'persons/turn');
  if (unit.place === 'closer') {
    const signature = signatureName(unit.text, ctx, data);
    if (signature) add(signature.at, signature.text, signature.parts, 'medium', 'persons/signature');
  }
  // "[Dean] Rusk", "[Govind Ballabh] Pant": the translator supplied a first name, so the word after it is a surname.
  for (const m of unit.text.matchAll(AFTER_SUPPLIED_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "[Mohammad] Ayub Khan": an honorific closes the name ("Ayub" is the name used alone); "[Max] van der Stoel" keeps its particles.
    const [name, honorific] = [m[2]!, m[3]];
    // "[GDR Ambassador] Comrade Brie": a title after the bracket is no name (the titled names find Brie); "[Zhongnanhai] Xihua
    // room": a place supplied before a word is no first name of it.
    const inBracket = /^\[([^\]]+)\]/u.exec(m[0])![1]!;
    // "[North] Korea", "[West] Berlin": a place after a word the translator supplied is no surname ("[George] Washington" is).
    if (data.titleWords.has(name) || data.titles.includes(name) || (ctx.gazetteer.byName.has(inBracket) && !data.givenNames.has(inBracket))
      || (ctx.gazetteer.byName.has(name) && !data.givenNames.has(inBracket.split(/\s+/)[0]!))) continue;
    // "[Hernán] Siles Zuazo", "[John] Foster Dulles": a second name word goes with the first.
    const second = honorific ? undefined : NEXT_NAME_WORD.exec(unit.text.slice(start + m[1]!.length))?.[1];
    if (second && isNameWord(second, name, ctx, data) && !MONTH_OR_DAY.test(second)) {
      add(start, `${m[1]!} ${second}`, { given: name, surname: second }, 'high', 'persons/after-supplied-name');
      continue;
    }
    // "Zhou [Enlai] Dialogue": a common English word after a supplied name is no surname, unless the
    // name is a first name ("[William] Snow", "[Marshall] Green").
    const supplied = /^\[([^\s\]]+)/u.exec(m[0])![1]!;
    if (!honorific && isEnglishWord(name) && !isListedName(name, data) && !data.givenNames.has(supplied)) continue;
    // "the People's Republic [PR] Bulgaria": a place after an acronym the translator supplied is no surname.
    if (/^\[\p{Lu}{2,}\]/u.test(m[0]) && ctx.gazetteer.byName.has(name)) continue;
    // "[Stamp] DECLASSIFIED": a bracketed description, no supplied name.
    if (DESCRIPTION.test(/^\[([^\]]+)\]/u.exec(m[0])![1]!)) continue;
    add(start, m[1]!, honorific ? { given: name, surname: honorific } : { surname: name }, 'high', 'persons/after-supplied-name');
  }
  // "Koča Popović", "Józef Cyrankiewicz", "Tancredo Neves": a first name no list knows, before a surname of a
  // telling ending or one of the surname list.
  const pairs = [...unit.text.matchAll(TWO_CAPITAL_WORDS)];
  for (const m of [...unit.text.matchAll(SURNAME_ENDING), ...knownSurnameNames(unit.text, pairs, data)]) {
    if (!isNameWord(m[2]!, m[1]!, ctx, data) || data.notNames.has(m[1]!) || data.titles.includes(m[1]!) || ctx.gazetteer.byName.has(m[1]!) || DEMONYM.test(m[1]!)) continue;
    // "West Irian", "South Ossetian": a compass point opens a region's name, not a person's.
    if (COMPASS_POINT.test(m[1]!)) continue;
    // "The Great Proletarian Cultural Revolution": a common word no list gives as a first name opens no name here.
    if (isEnglishWord(m[1]!) && isEnglishWord(m[2]!) && !data.givenNames.has(m[1]!)) continue;
    // "Del Prado" opening a sentence is the surname "del Prado", not a first name and a surname.
    if (PARTICLE_WORD.test(m[1]!)) continue;
    // "Zhang Receives Indian Ambassador", "the Central Asian republics": a place's adjective is no surname, though "-ian" ends Armenian ones.
    if (placeOfAdjective(m[2]!, ctx.gazetteer)) continue;
    add(m.index, m[0], { given: m[1]!, surname: m[2]! }, 'medium', 'persons/surname-ending');
  }
  for (const c of surnamesAlone(unit.text, ctx, data)) add(c.start, c.text, c.parts, c.cert, c.rule);
  // "Yumjaagiin Tsedenbal", "Luvsantserengiin Tsend": a Mongolian father's name in the genitive, then the name used alone.
  for (const m of unit.text.matchAll(MONGOLIAN_PATRONYMIC)) {
    if (isPlaceWord(m[2]!, ctx, data)) continue;
    add(m.index, m[0], { given: m[1]!, surname: m[2]! }, 'medium', 'persons/mongolian-patronymic');
  }
  // "Nobusuke Kishi", "Inejiro Asanuma": two words made wholly of Hepburn syllables are a Japanese name.
  for (const m of pairs) {
    const [given, family] = [m[1]!, m[2]!];
    if (hepburnSyllables(given) < 3 || hepburnSyllables(family) < 2 || !isNameWord(family, given, ctx, data) || ctx.gazetteer.byName.has(given)) continue;
    // "Separate Wire 1": English words that happen to be made of such syllables.
    if ([given, family].some((w) => isEnglishWord(w.toLowerCase()) && !isListedName(w, data))) continue;
    add(m.index, m[0], { given, surname: family }, 'medium', 'persons/japanese');
  }
  // "Abd al-Karim Qasim", "Abu Bakr": Arabic names open with Abd, Abu or Ibn, the article joined by a hyphen.
  for (const m of unit.text.matchAll(ARABIC_NAME)) {
    const words = m[0].split(/\s+/);
    add(m.index, m[0], { given: words.slice(0, -1).join(' '), surname: words.at(-1)! }, 'medium', 'persons/arabic');
  }
  // "Shukri al-Quwatli", "Salah al-Din al-Bitar": a name whose last word carries the Arabic article.
  for (const m of unit.text.matchAll(ARTICLE_SURNAME_NAME)) {
    // "President Shukri al-Quwatli": words before the name that are titles or common words are left out.
    const words = m[0].split(' ');
    const notName = (w: string) => data.notNames.has(w) || data.titleWords.has(w) || ctx.gazetteer.byName.has(w) || DETERMINERS.has(w) || MONTH_OR_DAY.test(w) || DEMONYM.test(w);
    while (words.length > 1 && notName(words[0]!)) words.shift();
    // "Later al-Ahmar said": a sentence's first word is not a given name the lists do not know.
    const opensSentence = words.length === m[0].split(' ').length && SENTENCE_BEFORE.test(unit.text.slice(Math.max(0, m.index - 3), m.index));
    if (words.length > 1 && opensSentence && !data.givenNames.has(words[0]!)) words.shift();
    const name = words.join(' ');
    if (words.length < 2 || ctx.gazetteer.byName.has(name)) continue;
    const surname = words.at(-1)!;
    add(m.index + m[0].length - name.length, name, { given: words.slice(0, -1).join(' '), surname }, 'medium', 'persons/arabic-article');
  }
  // "Luo [Ruiqing]", "Kim [Il Sung]": the translator supplied the given name after an East Asian surname.
  for (const m of unit.text.matchAll(SURNAME_BEFORE_SUPPLIED)) {
    // "Luo [Ruiqing]", and "Tanaka [Kakuei]", "Takeiri [Yoshikatsu]": a surname no list knows, if neither word is a common word or a place.
    // "Vice Premier CHEN [Yi]": a heading's capitals.
    const surname = titleCase(m[1]!);
    const eastAsian = data.eastAsianSurnames.has(surname) || data.koreanVietnameseSurnames.has(surname);
    // "Kuomintang [Guomindang]": a body's name with its other spelling is no person.
    const unknown = [surname, m[2]!].every((w) => !isEnglishWord(w) && !isPlaceWord(w, ctx, data) && !data.titleWords.has(w) && !DEMONYM.test(w) && !data.bodies.includes(w));
    // "KGB [Komitet]": a word in capitals is a surname only where the lists know it.
    // "Hubert [Humphrey]": a first name the lists know before a surname the translator supplied, in the Western order.
    if (!eastAsian && (!unknown || m[1] === m[1]!.toUpperCase() || data.givenNames.has(surname))) continue;
    // "Kim [Il Sung]": a given name of two words only after an East Asian surname that opens the name (not "Tschen Ji [Chen Yi]",
    // "Pak Gyeong-sun [Pak Kyong-sun]", the whole name in another spelling, after a name's word; a title, a month, a place or
    // a stop may stand before it).
    const before = /(\S+)\s$/u.exec(unit.text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
    const nameWordBefore = /^\p{Lu}[\p{L}'’-]*$/u.test(before) && !data.titleWords.has(before) && !MONTH_OR_DAY.test(before) && !isPlaceWord(before, ctx, data);
    if (m[2]!.includes(' ') && (!eastAsian || nameWordBefore)) continue;
    // "Liu [Shaoqi's]": the possessive the bracket took in is no part of the given name.
    add(m.index, m[0], { surname: m[1]!, given: m[2]!.replace(/['’]s$/u, '') }, 'high', 'persons/surname-before-supplied');
  }
  // "KOSYGIN. Tell…": a speaker's label in capitals, when the lists know the name as a surname.
  const label = speakerLabel(unit.text, ctx, data);
  if (label) add(0, label, { surname: label }, 'medium', 'persons/speaker-label');
  // "Leonid Il'ich [Brezhnev]", "Hubert [Humphrey]": a first name (and patronymic) whose surname the translator supplied.
  for (const m of unit.text.matchAll(GIVEN_BEFORE_SUPPLIED_SURNAME)) {
    const supplied = m[2]!.split(' ');
    // "President Hubert [Humphrey]": the name starts at the first name.
    const words = m[1]!.split(' ');
    const from = words.findIndex((w) => data.givenNames.has(w));
    if (from < 0 || supplied.some((w) => isPlaceWord(w, ctx, data) || data.titleWords.has(w))) continue;
    // "Le Duan [Le Duẩn]": the name before in another spelling, no surname of two words ("René [Hernández Gatorno]").
    if (supplied.some((w) => words.some((before) => asciiFold(before) === asciiFold(w)))) continue;
    // "Raúl [Castro Ruz]": of two surnames (the first one the lists know, the second none), the first is the one used alone;
    // otherwise the name is read whole as written out ("Nikita [Sergeyevich Khrushchev]", "Gamal [Abdel Nasser]", "John [Foster Dulles]").
    const given = words.slice(from).join(' ');
    const twoSurnames = supplied.length === 2 && data.surnames.has(supplied[0]!) && !isListedName(supplied[1]!, data) && !data.knownSurnames.includes(supplied[1]!);
    const parts = supplied.length === 1 || twoSurnames ? { given, surname: supplied[0]! } : splitFullName(`${given} ${m[2]!}`);
    const skipped = words.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
    add(m.index + skipped, m[0].slice(skipped), parts, 'high', 'persons/given-before-supplied');
  }
  // "King Olav V", "Mohammed V": a given name and a king's number.
  for (const m of unit.text.matchAll(REGNAL_NAME)) {
    if (data.givenNames.has(m[1]!)) add(m.index, m[0], { surname: m[0] }, 'high', 'persons/regnal');
  }
  for (const m of unit.text.matchAll(patterns().fixedPersons)) {
    add(m.index, m[0], { surname: m[0] }, 'high', 'persons/known-title');
  }
  for (const m of unit.text.matchAll(patterns().knownSurnames)) {
    // "Jomo Kenyatta", "Syngman Rhee": a first name no list need know goes with the surname.
    const given = givenNameBefore(unit.text, m.index, ctx, data);
    if (given) add(m.index - given.length - 1, `${given} ${m[0]}`, { given, surname: m[0] }, 'medium', 'persons/known-surname');
    else add(m.index, m[0], { surname: m[0] }, 'medium', 'persons/known-surname');
  }
  for (const m of unit.text.matchAll(SURNAME_INITIALS)) {
    // "Washington D.C.": a town and its district's initials.
    if (data.titles.includes(m[1]!) || ctx.gazetteer.byName.has(m[1]!)) continue;
    add(m.index, m[0], { initials: m[2]!, surname: m[1]! }, 'high', 'persons/reversed-initials');
  }
  for (const c of surnamesWithInitialsAfterComma(unit.text, ctx, data)) add(c.start, c.text, c.parts, c.cert, c.rule);
  for (const c of namesAfterComradeC(unit.text, ctx)) add(c.nameStart, c.name, splitFullName(c.name), 'medium', 'persons/comrade-c');
  // "John F. Kennedy": a known given name, a middle initial, a surname.
  for (const m of unit.text.matchAll(GIVEN_INITIAL_SURNAME)) {
    if (!data.givenNames.has(m[1]!) || !isNameWord(m[2]!, m[1]!, ctx, data)) continue;
    add(m.index, m[0], { given: m[1]!, surname: m[2]! }, 'high', 'persons/given-initial');
  }
  const runs = capitalRuns(unit.text);
  out.push(...eastAsianNames(runs, data), ...titledNames(unit, data), ...givenNameNames(unit.text, runs, ctx, data));
  out.push(...appositions(unit, data), ...leaderGovernments(unit, ctx, data));
  for (const m of unit.text.matchAll(BURMESE)) {
    const name = burmeseName(m[2]!, ctx, data);
    if (name) add(m.index, `${m[1]} ${name}`, { surname: name, given: m[1]! }, 'medium', 'persons/burmese');
  }
  // "Charles de Gaulle": a known given name, a particle, a surname.
  for (const m of unit.text.matchAll(GIVEN_PARTICLE_SURNAME)) {
    if (!data.givenNames.has(m[1]!) || ctx.gazetteer.byName.has(m[0])) continue;
    // The family's name with its article, after the father's, is the one used alone ("al-Ahmar").
    const family = m[2];
    const parts = family ? { given: m[0].slice(0, -family.length - 1), surname: family } : { given: m[1]!, surname: m[0].slice(m[1]!.length + 1) };
    add(m.index, m[0], parts, 'high', 'persons/given-particle');
  }
  // "since de Gaulle's referendum": a surname with its particle, where no capitalized word comes before it.
  for (const m of unit.text.matchAll(PARTICLE_SURNAME)) {
    // A capitalized word just before may be the given name ("Charles de Gaulle", found whole by another rule),
    // unless it only opens the sentence ("After de Gaulle's address").
    const wordBefore = /(\p{Lu}[\p{L}.'’-]*)\s$/u.exec(unit.text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if ((wordBefore && !data.notNames.has(wordBefore)) || ctx.gazetteer.byName.has(m[0]) || isPlaceWord(m[1]!, ctx, data)) continue;
    add(m.index, m[0], { surname: m[0] }, 'medium', 'persons/particle-surname');
  }
  withParticleTails(unit.text, out, ctx);
  // Last, so that a name another rule has read (its surname known) keeps that reading.
  // "Present at the conversation were Son Sann, Penn Nouth and Lon Nol": the record lists its participants;
  // so does "members of the delegation Jalan-Aajav, Tsevegmid, Dagva", and "interpreters Dunger-Yaichil, Gursed"; a telegram's
  // clerks too ("Deciphered by Yelezov", "Typed by Rubleva"), and those it is copied to ("FYI: Trojanowski, Thee, Chodorek").
  for (const m of unit.text.matchAll(PRESENT_WERE)) {
    let at = m.index + m[0].length;
    for (;;) {
      PARTICIPANT.lastIndex = at;
      const item = PARTICIPANT.exec(unit.text);
      if (!item) break;
      const name = item[2]!;
      const words = name.split(' ');
      const start = at + item[0].indexOf(name, (item[1] ?? '').length);
      // "Choe Yong-gon, President of the Presidium…": a title after a name opens its apposition, not another participant;
      // "the interpreter Monday came" is no list.
      if (words.some((w) => data.titleWords.has(w) || MONTH_OR_DAY.test(w))) break;
      const known = out.some((o) => o.start === start && o.end === start + name.length);
      // "prepared by Department staff", "FYI: Archive, Files": after a clerk's verb or in a list of copies, one common word
      // or an abbreviation ("Dept", "Mrs") is no surname.
      const clerical = m.groups?.clerk !== undefined || m.groups?.copies !== undefined;
      const notSurname = words.length === 1 && ((isEnglishWord(name) && !isListedName(name, data)) || COPY_ABBREVIATION.test(name));
      if (!known && !words.some((w) => data.notNames.has(w) || data.acronyms.has(w)) && !ctx.gazetteer.byName.has(name) && !(clerical && notSurname)) {
        add(start, name, splitFullName(name.replace(/^(?:\p{Lu}\.\s?)+/u, '')), 'medium', 'persons/participants');
      }
      at += item[0].length;
      if (!/,\s*$|\sand\s*$/.test(item[0])) break;
    }
  }
  // "the Van Diem Sugar Mill": a name that ends in a works' word names the works (not "Wilbur Mills", a surname).
  return out.filter((span) => !FACILITY_AT_END.test(span.display));
}

const FACILITY_AT_END = /\s(?:Mill|Factory|Plant|Mine|Mines|Works|Combine)$/u;

/** Particles that open a surname alone; le, la, du and der are left out, being articles in French and German text. */
const PARTICLE_SURNAME = new RegExp(`(?<![\\p{L}'’.-])(?:de|van|von|da|di|della|dos)\\s(${CAP})(?!\\s\\p{Lu})${END}`, 'gu');

/** "Receives", "Meets", "Discusses": the verb of a heading in title case, which no surname after a title is ("Ambassador Winthrop Brown"). */
const HEADING_VERB = /^\p{Lu}\p{Ll}+(?:es|s)$/u;

/** A word that cannot be a surname after a particle: a place, a title, a common word. */
function isPlaceWord(word: string, ctx: RuleContext, data: NameData): boolean {
  return ctx.gazetteer.byName.has(word) || data.notNames.has(word) || data.titles.includes(word) || MONTH_OR_DAY.test(word);
}

/** "Faisal ibn Abd al-Aziz", "Abdullah bin Hussein al-Ahmar": after ibn or bin, an Abd name, and the family's name. */
const GIVEN_PARTICLE_SURNAME = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s${PARTICLE}\\s(?:Abd\\s(?:${ARTICLE})?)?${CAP}(?:\\s(${ARTICLE}${CAP}))?${END}`, 'gu');
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

/** A person's name as one of the rules below reads it, before the checks every name passes (see `personNames`). */
interface Candidate {
  start: number;
  text: string;
  parts: PersonParts;
  cert: Certainty;
  rule: string;
}

const COMPLETED_INITIALS_SURNAME = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}\\p{Ll}?\\[\\p{Ll}+\\]\\.?\\s?){1,3})(${CAP})(?![\\p{L}'’-])`, 'gu');

/**
 * "L[eonid] I[lyich] Brezhnev": initials the translator completed in brackets before a surname, the first to a known
 * first name; not a word the translator completed ("O[n] Monday", "A[nd] Brezhnev").
 */
function completedInitialsNames(text: string, ctx: RuleContext, data: NameData): Candidate[] {
  return [...text.matchAll(COMPLETED_INITIALS_SURNAME)].flatMap((m) => {
    const names = [...m[1]!.matchAll(/(\p{Lu}\p{Ll}?)\[(\p{Ll}+)\]/gu)].map((n) => n[1]! + n[2]!);
    const surname = m[2]!;
    // ("D[ondogiin] Tsevegmid": a Mongolian father's name in the genitive opens the name as a first name does.)
    if (!(data.givenNames.has(names[0]!) || MONGOLIAN_GENITIVE.test(names[0]!)) || isPlaceWord(surname, ctx, data) || isEnglishWord(surname.toLowerCase())) return [];
    const parts = { given: names.join(' '), initials: names.map((n) => `${n.charAt(0)}.`).join(''), surname };
    return [{ start: m.index, text: m[0], parts, cert: 'high', rule: 'persons/completed-initials' }];
  });
}

/** A surname after a bracket: in capitals too ("[Ambassador Boleslaw] JELEN"), and before a note's figure ("JELEN1", "JELEN12"). */
const SURNAME_AFTER_CLOSE = '\\]\\s(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{3,}(?:-\\p{Lu}{3,})?)(?=\\d{0,3}(?![\\p{L}\\p{N}-]))';
const SURNAME_AFTER_DESCRIBED_GIVEN = new RegExp(`\\[[^\\]]*?\\s(\\p{Lu}\\p{Ll}+)${SURNAME_AFTER_CLOSE}`, 'gu');
const SURNAME_AFTER_BRACKET = new RegExp(`^${SURNAME_AFTER_CLOSE}`, 'u');

/**
 * "[Israeli Ambassador to Brazil Arie] Eshel": a translator's supplement that describes a person and ends with his
 * first name, then his surname (the supplement holds more than a name, so the name cannot be one element).
 */
function surnamesAfterDescribedGivenName(text: string, ctx: RuleContext, data: NameData): Candidate[] {
  return [...text.matchAll(SURNAME_AFTER_DESCRIBED_GIVEN)].flatMap((m) => {
    const [given, surname] = [m[1]!, m[2]!];
    if (!data.givenNames.has(given) || !isNameWord(titleCase(surname), given, ctx, data) || isEnglishWord(surname.toLowerCase())) return [];
    return [{ start: m.index + m[0].length - surname.length, text: surname, parts: { given, surname }, cert: 'medium', rule: 'persons/after-supplied-given-name' }];
  });
}

/** A Slavic or Romanian surname by its ending, alone after a word in small letters or a comma, and before no other name word. */
const SURNAME_ALONE = new RegExp(`(?<=(?:^|[^\\p{L}])\\p{Ll}+,?\\s|,\\s)(\\p{Lu}\\p{Ll}+(?:${TELLING_SURNAME_ENDING}))(?![\\p{L}'’-])(?!\\s\\p{Lu})`, 'gu');
/** Words after which such a word names a town: "went to Kharkov", "the city of Kharkov", "held at Snagov". */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|outside|to|from|of|into|towards|via|through|across|left|city|town|village),?\s$/u;
/** What follows a person's surname, not a thing named after him ("the Makarov pistol", "Stakhanov workers"). */
const AFTER_SURNAME_ALONE = /^(?:[,.;:)[]|\s+(?:and|or|said|says|stated|told|noted|asked|replied|added|answered|declared|was|is|had|has|who|himself|also|did|would|will|could|came|went|arrived|left|met|spoke|received|phoned|called|agreed|proposed)\b)/u;
/** The capitalized words on either side of a word in a list: "Kiev, Kharkov and Lvov". */
const WORD_BEFORE_IN_LIST = /(\p{Lu}\p{Ll}+)(?:,\s|\s(?:and|or)\s)$/u;
const WORD_AFTER_IN_LIST = /^(?:,\s|\s(?:and|or)\s)(\p{Lu}\p{Ll}+)/u;

/**
 * "the delegation, led by Skachkov, …", "Dimitrov, Kolarov and others": a surname of a telling ending alone inside a
 * sentence, as a person's name is used; not after a word of place, before a noun it names, or in a list of places.
 */
function surnamesAlone(text: string, ctx: RuleContext, data: NameData): Candidate[] {
  return [...text.matchAll(SURNAME_ALONE)].flatMap((m) => {
    const word = m[1]!;
    const [before, after] = [text.slice(Math.max(0, m.index - 30), m.index), text.slice(m.index + word.length, m.index + word.length + 30)];
    const neighbours = [WORD_BEFORE_IN_LIST.exec(before)?.[1], WORD_AFTER_IN_LIST.exec(after)?.[1]];
    if (PLACE_WORD_BEFORE.test(before) || !AFTER_SURNAME_ALONE.test(after) || neighbours.some((n) => n !== undefined && ctx.gazetteer.byName.has(n))) return [];
    if (isPlaceWord(word, ctx, data) || isEnglishWord(word.toLowerCase()) || countryOfPeople(word, ctx.gazetteer)) return [];
    return [{ start: m.index, text: word, parts: { surname: word }, cert: 'medium', rule: 'persons/surname-ending-alone' }];
  });
}

/** "BREZHNEV, L.I., ANDROPOV, Yu.V.": surnames each with its initials after a comma, as attendance lists give them. */
const SURNAME_COMMA_INITIALS = new RegExp(`(?<![\\p{L}'’])(${SURNAME}),\\s((?:${INITIAL}\\.\\s?){1,3})(?=[,;)]|\\s*$|\\s+(?:\\p{Ll}|\\d))`, 'gu');

/** Names of an attendance list; not a word and a state's initials ("Thereafter, U.S. aid") nor a common word ("Annex, B."). */
function surnamesWithInitialsAfterComma(text: string, ctx: RuleContext, data: NameData): Candidate[] {
  return [...text.matchAll(SURNAME_COMMA_INITIALS)].flatMap((m) => {
    const [surname, initials] = [m[1]!, initialsWord(m[2]!)];
    if (isPlaceWord(surname, ctx, data) || data.notNames.has(titleCase(surname)) || data.acronyms.has(surname) || isEnglishWord(surname.toLowerCase())) return [];
    if (isInitialsOfStateOrBody(initials, ctx, data)) return [];
    return [{ start: m.index, text: m[0].trimEnd(), parts: { initials, surname }, cert: 'medium', rule: 'persons/surname-comma-initials' }];
  });
}

/** "U.S.", "U.S.S.R", "U.N.": the initials of a state or a body, which are no person's. */
function isInitialsOfStateOrBody(initials: string, ctx: RuleContext, data: NameData): boolean {
  const letters = initials.replace(/\./g, '');
  return ctx.gazetteer.byName.has(initials) || ctx.gazetteer.byName.has(letters) || data.acronyms.has(letters);
}

/** A word that continues a person's name: same case as the word before, and not a place, title or common word. */
function isNameWord(word: string, before: string, ctx: RuleContext, data: NameData): boolean {
  const upper = (w: string) => w === w.toUpperCase();
  return upper(word) === upper(before) && !data.notNames.has(word) && !data.notNames.has(titleCase(word)) &&
    !data.titles.includes(word) && !data.acronyms.has(word) && !ctx.gazetteer.byName.has(word);
}

/** "John F. Kennedy", "José B. Laurel Jr.": a given name, a middle initial, a surname and perhaps a generation. */
const GIVEN_INITIAL_SURNAME = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s\\p{Lu}\\.\\s(${CAP})(?:,?\\s(?:Jr|Sr)\\.)?(?![\\p{L}\\p{N}])`, 'gu');
/** Those, and endings that make one a surname after a first name: -ić, -wicz, -dze, -yan, -nen. */
const SURNAME_ENDING = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s(\\p{Lu}\\p{Ll}*(?:${TELLING_SURNAME_ENDING}|vić|ić|ański|iński|yński|cki|wicz|dze|[bdghklmnprstvz]ova|[bdghklmnprstvz]eva|yan|ian|[aeiouy]nen)|\\p{Lu}\\p{Ll}*(?:OVIĆ|EVIĆ|VIĆ))${END}`, 'gu');
/** "RECORD", "MINISTER": an English word in capitals, of more than three letters, that no list knows as a name. */
function isEnglishWordInCapitals(word: string, data: NameData): boolean {
  return word === word.toUpperCase() && word.length > 3 && isEnglishWord(word.toLowerCase()) && !isListedName(titleCase(word), data);
}

/** A body's word after a name, which ends it: "Comrade Ivanov Department II". */
const BODY_WORD = /^(?:Department|Ministry|Committee|Embassy|Division|Directorate|Office|Bureau|Section)$/u;

/** A heading's word after a section's number: a plural or a noun ("Questions", "Briefing", "Introduction", "Summary", "Background"), not a surname ("Gross"). */
const SECTION_HEADING_WORD = /^\p{Lu}\p{Ll}*(?:[^s]s|ing|ion|ment|ence|ance|ary|ground|view|ure)$/u;

const COMPASS_POINT = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)$/u;
const MONGOLIAN_GENITIVE = /^\p{Lu}\p{Ll}+(?:iin|yn)$/u;
const MONGOLIAN_PATRONYMIC = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+(?:iin|yn))\s(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}'’-])/gu;
const TWO_CAPITAL_WORDS = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;

/**
 * Two capitalized words whose second is a known surname, as [match, first, surname] like SURNAME_ENDING's.
 * Not at the start of a sentence, where the first word may be any word ("Let Kennedy decide").
 */
function knownSurnameNames(text: string, pairs: RegExpExecArray[], data: NameData): RegExpExecArray[] {
  return pairs.filter((m) =>
    data.surnames.has(m[2]!) && !data.givenNames.has(m[1]!) && !SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)));
}

const ARTICLE_SURNAME_NAME = new RegExp(`(?<![\\p{L}'’.[-])(${CAP})(?:\\s(?:${ARTICLE})?${CAP}){0,2}\\s${ARTICLE}${CAP}${END}`, 'gu');
const ARABIC_NAME = new RegExp(`(?<![\\p{L}[])(?:Abd|Abu|Ibn|Moulay|Mulay)\\s(?:${ARTICLE})?${CAP}(?:\\s${CAP})?${END}`, 'gu');

const PRESENT_WERE = /(?:(?:[Pp]resent|[Tt]aking\s+part|[Pp]articipating)(?:\s+(?:at|in)\s+the\s+(?:conversation|meeting|talks|reception|discussion))?(?:\s+from\s+the\s+\p{L}+\s+side)?\s+(?:were|was)\s*:?|(?<![\p{L}])members\s+of\s+the\s+delegation|(?<![\p{L}])interpreters?|(?<copies>(?<![\p{L}])(?:FYI|[Cc]c|CC|Copies\s+to)\s*:)|(?<clerk>(?<![\p{L}])(?:[Dd]eciphered|[Ee]nciphered|[Ee]ncrypted|[Dd]ecrypted|[Tt]yped(?:\s+up)?|[Pp]rinted|[Cc]opied|[Rr]ecorded|[Tt]ranslated|[Ii]nterpreted|[Dd]rafted|[Pp]repared|[Cc]ompiled|[Cc]hecked)\s+by))\s+/gu;
/** Abbreviations in a list of a letter's copies that are no surnames: "Dept", "Mrs". */
const COPY_ABBREVIATION = new RegExp(`^(?:${ADDRESS_ABBREVIATION}|Dept|Depts|Sect|Div)$`);
/** One participant of such a list, with an optional title, and the separator after it. */
const PARTICIPANT = new RegExp(`((?:${COMRADE_ABBREVIATION}\\.|[Cc]omrade|Prince|Mr\\.|Dr\\.|General|Minister|Ambassador|(?:(?:Lt|Col|Gen|Maj|Capt)\\.\\s?)+)\\s+)?((?:\\p{Lu}\\.\\s?){0,3}${CAP}(?:\\s${CAP}){0,2})(?:,\\s*(?:and\\s+)?|\\s+and\\s+|(?=[\\s.;:)]|$))`, 'uy');
const SURNAME_BEFORE_SUPPLIED = new RegExp(`(?<![\\p{L}'’.])(${CAP}|\\p{Lu}{2,})\\s\\[(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+)?)\\]`, 'gu');
const GIVEN_BEFORE_SUPPLIED_SURNAME = new RegExp(`(?<![\\p{L}'’.\\]])(${CAP}(?:\\s${CAP})?)\\s\\[(${CAP}(?:\\s${CAP})?)\\]`, 'gu');
const REGNAL_NAME = new RegExp(`(?<![\\p{L}'’.])(${CAP})\\s${REGNAL_NUMBER}(?![\\p{L}\\p{N}.'’])`, 'gu');
const NEXT_NAME_WORD = new RegExp(`^ (${CAP})${END}(?!\\s+\\p{Lu})`, 'u');
const AFTER_SUPPLIED_NAME = new RegExp(`\\[\\p{Lu}[\\p{L}.'’-]*(?:\\s(?:\\p{Lu}|${ARTICLE})[\\p{L}.'’-]*){0,2}\\]\\s(((?:${ARTICLE}|${PARTICLE}\\s)?${SURNAME})(?:\\s(${HONORIFIC}))?)${END}`, 'gu');

/**
 * "c. Ulanfu", "c. TSEDENBAL", "c. N.S. Khrushchev": Russian "т." (comrade) as some translators abbreviate it. Only inside a
 * sentence, after a word, a bracket or a comma after one ("[…] c. Tsedenbal", "c. Tsedenbal, c. Damba"), since "c." after a
 * stop or at a line's start letters a list ("b. Korea; c. Taiwan"); and not where the word before or the list's earlier
 * letters make it one (LIST_LETTER_BEFORE).
 */
const COMRADE_C = new RegExp(`(?<=(?:[\\p{L}\\])]|[\\p{L}\\])],) )c\\.\\s((?:${INITIALS})?)((?:${SURNAME})(?:\\s${SURNAME}){0,2})${END}`, 'gu');
/** What makes "c." a list's letter: the word before it ("Point c.", "from c.") or the list's earlier letters ("points b. and c."). */
const LIST_LETTER_BEFORE = /(?:^|[^\p{L}])(?:points?|paragraphs?|sub-paragraphs?|items?|sections?|articles?|clauses?|from)\s$/iu;
const LIST_LETTERS_EARLIER = /(?:^|[\s(])(?:[ab][.)]|[AB]\))\s/u;

/** The names after "c." for comrade (see COMRADE_C), and where the "c." stands: the abbreviations rule marks it. */
export function namesAfterComradeC(text: string, ctx: RuleContext): { at: number; nameStart: number; name: string }[] {
  const data = nameData();
  return [...text.matchAll(COMRADE_C)].flatMap((m) => {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (LIST_LETTER_BEFORE.test(before) || LIST_LETTERS_EARLIER.test(before)) return [];
    // The name's words up to the first that is no name word ("c. Tsedenbal Monday morning" is Tsedenbal).
    const [initials, written] = [m[1]!, m[2]!];
    const words = written.split(' ');
    const notName = words.findIndex((w, i) => !isComradeCNameWord(w, i, ctx, data));
    const kept = notName === -1 ? words : words.slice(0, notName);
    if (kept.length === 0) return [];
    const name = initials + kept.join(' ');
    return [{ at: m.index, nameStart: m.index + m[0].length - written.length - initials.length, name }];
  });
}

/** A word of a name after "c.": no place, no common word or title, in the case of the first ("Ulanfu", "Yudin", "Li Fuchun"). */
function isComradeCNameWord(word: string, index: number, ctx: RuleContext, data: NameData): boolean {
  return isNameWord(word, word, ctx, data) && !isPlaceWord(word, ctx, data) && !isPlaceWord(titleCase(word), ctx, data) &&
    (isListedName(word, data) || isListedName(titleCase(word), data) || isUnlistedNameWord(word, ctx, data)) && (index === 0 || !isEnglishWord(word.toLowerCase()));
}

/** The initials of a (Democratic) People's Republic ("D. R. Vietnam", "P.R. China"), which places.ts reads as the state. */
const STATE_INITIALS = /^(?:D\.R|P\.R)\.$/u;

/** A name after a title or form of address ("Premier Zhou Enlai", "com. Patolichev", "Lord Home"); the title stays outside. */
function titledNames(unit: Unit, data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of unit.text.matchAll(patterns().titled)) {
    const words = [m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
    const kept: string[] = [];
    for (const [i, w] of words.entries()) {
      // "Vice-Minister Zhang Receives Indian Ambassador Nehru": a heading's common word ends the name (not "Ambassador Green").
      if (i > 0 && HEADING_VERB.test(w) && isEnglishWord(w) && !isListedName(w, data)) break;
      // "Comrade Peng Zhen Receive Tran Tu Binh": after a Chinese family name and a given name, a common word is the heading's.
      if (i === 2 && data.eastAsianSurnames.has(kept[0]!) && isEnglishWord(w) && !isListedName(w, data)) break;
      if (data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w) || LOWER_IN_NAMES.has(w) || data.notNames.has(titleCase(w)) || data.titles.includes(titleCase(w)) || BODY_WORD.test(w)) break;
      kept.push(w);
    }
    if (kept.length === 0) continue;
    // "the Minister CM No. 2114/55": a registry's letters alone, unless a surname in capitals ("Premier LI"); "GENERAL NE WIN" is a name.
    if (kept.length === 1 && /^\p{Lu}{2,3}$/u.test(kept[0]!) && !data.surnames.has(titleCase(kept[0]!)) && !data.eastAsianSurnames.has(titleCase(kept[0]!))) continue;
    const start = m.indices![m[1] ? 1 : 2]![0];
    const text = unit.text.slice(start, m.indices![1 + kept.length]![1]);
    // "[Deputy Foreign Minister Marian] Naszkowski": a first name that ends the translator's description is the surname's after it.
    if (kept.length === 1 && data.givenNames.has(kept[0]!) && SURNAME_AFTER_BRACKET.test(unit.text.slice(start + text.length))) continue;
    const { surname, given } = splitFullName(kept.join(' '));
    out.push({
      ...make('person', start, start + text.length, text, '', 'medium', 'persons/title'),
      person: { surname, ...(given ? { given } : {}), ...(m[1] ? { initials: initialsWord(m[1]) } : {}) },
    });
  }
  return out;
}

/** A known given name followed by one or two capitalized words: "Fidel Castro", "Carlos Rafael Rodríguez". */
function givenNameNames(unitText: string, runs: Run[], ctx: RuleContext, data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const { start, words } of runs) {
    const [given, second, third, fourth] = words as [string, string?, string?, string?];
    // "his residence in Khang Khay", "their base at Mong Pa Liao": after these words, two capitalized words
    // are a place more often than a person, whose first word only looks like a given name.
    if (PLACE_PREPOSITION_BEFORE.test(unitText.slice(Math.max(0, start - 8), start))) continue;
    // In capitals ("MEHMET SHEHU", an opener line) the given name is looked up as it is usually written.
    const known = data.givenNames.has(given) || (given === given.toUpperCase() && second === second?.toUpperCase() && data.givenNames.has(titleCase(given)));
    // "Ludwig Erhard Federal Chancellor": a title after the name is no part of it.
    // An honorific that closes a name ("Zahir Shah", "Mohammad Reza Shah Pahlavi") is part of it.
    const nameWord = (w: string | undefined): w is string =>
      w !== undefined && ![w, titleCase(w)].some((f) => data.notNames.has(f) || (data.titleWords.has(f) && !HONORIFIC_WORD.test(f)));
    const secondKnown = second !== undefined && (data.givenNames.has(second) || data.givenNames.has(titleCase(second)));
    // "visited Mengistu Haile Mariam": a first name no list knows, before a known one and a surname; only
    // inside a sentence, since at its start a capitalized word may be any word.
    if (!known && secondKnown && nameWord(third) && fourth === undefined && !SENTENCE_BEFORE.test(unitText.slice(0, start)) &&
      !TITLE_CONTEXT_BEFORE.test(unitText.slice(Math.max(0, start - 5), start)) && isUnlistedNameWord(given, ctx, data) &&
      (given !== given.toUpperCase() || third === third!.toUpperCase())) {
      const text = `${given} ${second} ${third}`;
      out.push({ ...make('person', start, start + text.length, text, '', 'medium', 'persons/unknown-first-name'), person: { surname: third, given: `${given} ${second}` } });
      continue;
    }
    if (!known || !nameWord(second)) continue;
    // "the Congress of Women of America Fidel Castro": a country that is also a first name ("América") ends what comes before.
    if (secondKnown && ctx.gazetteer.byName.get(given)?.kind === 'country') continue;
    // "Juan Pablo Pérez Alfonzo": two given names and two surnames.
    if (data.givenNames.has(second) && third && fourth && !data.givenNames.has(third) &&
      [third, fourth].every((w) => !data.notNames.has(w) && !data.titleWords.has(w) && !HONORIFIC_WORD.test(w))) {
      const text = `${given} ${second} ${third} ${fourth}`;
      out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/given-name'), person: { surname: fourth, given: `${given} ${second} ${third}` } });
      continue;
    }
    const last = nameWord(third) ? third : undefined;
    // "Douglas MacArthur II": a generation is part of the name, not its surname.
    if (last && GENERATION.test(last)) {
      const text = `${given} ${second} ${last}`;
      out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/given-name'), person: { surname: second, given } });
      continue;
    }
    // "Mohammad Reza Shah Pahlavi": after an honorific, the dynasty's or family's name.
    const family = last && HONORIFIC_WORD.test(last) && fourth && !data.notNames.has(fourth) && !data.notNames.has(titleCase(fourth)) ? fourth : undefined;
    const text = [given, second, last, family].filter(Boolean).join(' ');
    const surname = family ?? last ?? second;
    out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/given-name'), person: { surname, given: text.slice(0, text.length - surname.length - 1) } });
  }
  return out;
}

/** "Minister of Information Anicet Kashamura", "the Primate Józef Glemp": a word after these is part of a title. */
const TITLE_CONTEXT_BEFORE = /(?:^|\s)(?:of|for|and|the|a|an)\s$/u;

/** A capitalized word that no list knows as anything: no place, title, body, month, nationality or common word. */
function isUnlistedNameWord(word: string, ctx: RuleContext, data: NameData): boolean {
  const forms = [word, titleCase(word)];
  return !DEMONYM.test(word) && !word.includes('-') && !COMMON_WORD_ENDING.test(word.toLowerCase()) && !isEnglishWord(word) && !MONTH_OR_DAY.test(titleCase(word)) && !DETERMINERS.has(titleCase(word)) && !data.acronyms.has(word) &&
    forms.every((f) => !isPlaceWord(f, ctx, data) && !data.titleWords.has(f) && !data.bodies.includes(f));
}

/** A role in apposition: "the Prime Minister of Laos, Souvanna Phouma," and "Thompson, the American ambassador". */
function appositions(unit: Unit, data: NameData): NameSpan[] {
  const { appositionBefore: before, appositionAfter: after } = patterns();
  const out: NameSpan[] = [];
  for (const [re, rule] of [[before, 'persons/apposition-after-role'], [after, 'persons/apposition-before-role']] as const) {
    for (const m of unit.text.matchAll(re)) {
      // "Visited Gyula Kállai, member of…": a diary's verb that opens the sentence is no first name.
      const first = m[1]!.split(' ')[0]!;
      const nameAt = m.index + m[0].indexOf(m[1]!);
      const opening = m[1]!.includes(' ') && /(?:ed|ly)$/.test(first) && !data.givenNames.has(first) &&
        SENTENCE_BEFORE.test(unit.text.slice(Math.max(0, nameAt - 3), nameAt));
      const text = opening ? m[1]!.slice(first.length + 1) : m[1]!;
      const words = text.split(' ');
      // "the Vice-President, Dr. Abd al-Rahman": an abbreviated title is no name.
      if (words.some((w) => data.notNames.has(w) || data.titleWords.has(w)) || data.titles.includes(`${text}.`)) continue;
      const start = m.index + m[0].indexOf(text);
      // "Of the Dutch, the President said": a people, not a person.
      if (words.length === 1 && /(?:^|[^\p{L}])the\s$/u.test(unit.text.slice(Math.max(0, start - 4), start))) continue;
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
    // "the Central government", "the Provisional government": a common word no list gives as a name is no leader.
    if (words.some((w) => isEnglishWord(w) && !isListedName(w, data))) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ ...make('person', start, start + name.length, name, '', 'medium', 'persons/leader-government'), person: splitFullName(name) });
  }
  return out;
}

const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|at|near|outside)\s$/u;
const HONORIFIC_WORD = new RegExp(`^${HONORIFIC}$`);
