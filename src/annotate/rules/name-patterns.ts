// The pieces the name rules are built from: what a name word, initials and a particle look like, words that are never names, runs of capitalized words.

/**
 * A capitalized name word: "Gromyko", "Chou En-lai", Wade–Giles "P'eng Te-huai" and "Liu Shao-ch'i" (the
 * apostrophe marks aspiration), "McCloy", "O'Brien", Ukrainian "Il’nyts’kyi" (two soft signs); a possessive 's is not part of it.
 */
export const CAP = "(?:Ma?c(?=\\p{Lu}))?\\p{Lu}(?:\\p{Ll}+|['’]\\p{Ll}+)(?:['’](?!s(?![\\p{L}]))\\p{Ll}+){0,2}(?:-\\p{Lu}?\\p{Ll}+(?:['’](?!s(?![\\p{L}]))\\p{Ll}+)?)*";
const UPPER = '\\p{Lu}{2,}(?:-\\p{Lu}{2,})*';
/** A name word, capitalized or in capitals. */
export const SURNAME = `(?:${CAP}|${UPPER})`;
/**
 * Initials, including the two-letter ones of romanized Russian names (Yu., Zh., Kh.…; Iu. and Ia. in the Library of
 * Congress's romanization) and Romanian Gh., in
 * any case, and the French ones of a hyphenated given name ("J.-J." for Jean-Jacques); the last one's stop may
 * be lost in typing ("L.I Brezhnev").
 */
export const INITIAL = '(?:\\p{Lu}|Yu|Ya|Ye|Yo|Zh|Kh|Ch|Sh|Ts|Gh|Iu|Ia|YU|YA|YE|YO|ZH|KH|CH|SH|TS|GH|IU|IA)';
export const INITIALS = `(?:(?:(?:\\p{Lu}\\.-)?${INITIAL}\\.\\s?){1,4}|(?:${INITIAL}\\.){1,3}${INITIAL}\\s)`;
/** Initials as one word, each with its stop: "L. I." and "L.I" (a stop lost in typing) are "L.I.". */
export function initialsWord(written: string): string {
  return written.replace(/\s/g, '').replace(/([^.])$/, '$1.');
}
/** A king's number after his name: "Olav V", "Hassan II" (not "I", which is a pronoun). */
export const REGNAL_NUMBER = '(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII)';
/**
 * The organs a body is named with ("the Politburo of the CC PLA", "the PLO Executive Committee"), one organization
 * with it. Not a plenum, which is a meeting.
 */
export const BODY_ORGAN = '(?:Presidium|Politburo|Political\\s+Bureau|Secretariat|Orgburo|Central\\s+Committee|CC|General\\s+Assembly|(?:Executive|Standing|Political)\\s+Committee)';
/** Where a name ends: no letter or digit follows. */
export const END = '(?![\\p{L}\\p{N}])';

/** The Arabic article joined to a name by a hyphen: "al-Quwatli", "ad-Din", "el-Kuni". */
export const ARTICLE = '(?:al|el|as|ad|an|ar|ash|at|az|ud|ul)-';
/** An honorific that closes a name: "Ayub Khan", "Zahir Shah"; the word before it is the one used alone. */
export const HONORIFIC = '(?:Khan|Shah|Bey|Pasha|Effendi|Sahib)';
/** The lower-case particles of surnames: "Charles de Gaulle", "Vasco Leitão da Cunha", "F.C. de Saram". */
export const PARTICLE = '(?:da|de|do|dos|das|di|del|della|van|von|der|den|du|le|la|ter|ten|bin|ibn|arap)(?:\\s(?:der|den|la|los|las))?';
/** A particle as one word, also with a capital, as a sentence opens with it: "Del" of "Del Prado", "Van". */
export const PARTICLE_WORD = new RegExp(`^(?:${PARTICLE})$`, 'i');

const CAPITAL_WORD = new RegExp(`(?<![\\p{L}'’])(?:${SURNAME})${END}`, 'gu');

/** Words that start a phrase but never an organization's name. */
export const DETERMINERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Our', 'Your', 'Their', 'His', 'Her', 'Its', 'Every', 'Each']);

/** How much of a matched name a determiner that opens the sentence takes ("The Volta River" → 4), or 0. */
export function determinerLength(name: string): number {
  const first = name.split(/\s/, 1)[0]!;
  return DETERMINERS.has(first) ? first.length + 1 : 0;
}

/** The abbreviations of "comrade" the translators write, without their stop: "com. Khrushchev", "Cde. Mao Zedong". */
export const COMRADE_ABBREVIATION = '(?:com|Com|Cde|cde|Comr|comr|comrs|Comrs)';

/** Abbreviated forms of address and ranks before a name, without their full stop ("Mr. Lodge", "Lt. Col. Ostaszewski"). */
export const ADDRESS_ABBREVIATION = '(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sen|Rep|Hon|Rev|St)';

/** Words a place name writes in lower case inside it: "REPUBLIC OF THE CONGO" is the "Republic of the Congo". */
export const LOWER_IN_NAMES = new Set(['OF', 'THE', 'AND', 'DE', 'DEL', 'LA', 'NAD', 'AM', 'AN', 'DER', 'ES', 'EL']);

/** A name in capitals as a name is written: "HANOI" → "Hanoi", "REPUBLIC OF THE CONGO" → "Republic of the Congo". Keeps the length. */
export function nameCase(upper: string): string {
  return upper.replace(/\p{L}+/gu, (w, at: number) => (at > 0 && LOWER_IN_NAMES.has(w) ? lowerKeepingLength(w) : w.charAt(0) + lowerKeepingLength(w.slice(1))));
}

/** Lower case letter by letter, keeping a letter whose lower case is longer ("İ"): offsets in the cased text stay those of the text. */
function lowerKeepingLength(word: string): string {
  const lower = word.toLowerCase();
  return lower.length === word.length ? lower : [...word].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/** What ends the text before a sentence's first word: nothing, or a stop, colon, quotation mark or bracket and spaces. */
export const SENTENCE_BEFORE = /(?:^|[.!?:;"“”(\[]\s*)$/u;

/** A capitalized word and the words that follow it, each separated by one space. */
export interface Run {
  start: number;
  words: string[];
}

/** For every capitalized word, the run of up to four capitalized words that starts there. */
export function capitalRuns(text: string): Run[] {
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

/** Adjectives of nationality ("Indonesian", "Japanese", "Polish", "Yugoslav"), not leaders' names. */
export const DEMONYM = /(?:an|ese|ish|ic|ss|av|ch)$/;

/** Months and weekdays: capitalized, never names. */
export const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "GROMYKO" → "Gromyko": a word as the lists write it. */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * The archive's own descriptions of what a page shows ("[signature]", "[stamp]", "[handwritten]",
 * "[crossed out]"): English words in brackets that are no romanized original, and stay as text.
 */
export const DESCRIPTION = /^(?:(?:illegible|unreadable|no|handwritten|typed)\s+)?(?:signatures?|signed|stamps?|seals?|initials|initialed|initialled|handwritten|handwriting|typed|typewritten|crossed\s+out|struck\s+out|underlined|underscored|in\s+(?:the\s+)?margin|marginal\s+note|blank|redacted|deleted|erased|excised|torn|damaged|attachment|enclosure|not\s+translated|untranslated|original|translation|date|number|name|resolution|visa|emblem|coat\s+of\s+arms|letterhead|page\s+break|end\s+(?:of\s+)?page|new\s+page)$/i;

/**
 * "the Geneva Accords", "the Bandung Conference", "the Tashkent Declaration": a place's name that opens
 * the name of an event or an instrument names that, not the place ("the Geneva talks", in lower case, is
 * talks at Geneva; but "the Warsaw pact", as translators write it, is the pact).
 */
export const EVENT_NAMED_AFTER = /^\s+(?:Peace\s+)?(?:Conference|Accords?|Agreements?|Treaty|Declaration|Communiqu[eé]|Final\s+Act|Protocols?|Charter|Convention|Summit|Talks|Negotiations|Crisis|Incident|Affair|Uprising|Doctrine|Plan|Pact|pact)(?![\p{L}])/u;

/** A classification stamp at the end of a name a heading runs on into ("in Ghulja Secret", "Ministry of Foreign Affairs Top Secret"). */
export const CLASSIFICATION_AT_END = /(?:^|\s+)(?:(?:Top|Strictly)\s+)?(?:Secret|Confidential)$/u;

/** A line break or another node of a unit, which the unit's text holds as a private-use character (captured, to split on). */
export const NODE = /([\uE000-\uF8FF])/u;

/** Whether an offset starts the unit or a line of it (after a line break or another node, and spaces). */
export function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(text[i]!)) i--;
  return i < 0 || NODE.test(text[i]!);
}

/** The acronyms of states that organizations are "of": "Supreme Soviet of the USSR", "State Council of the PRC". */
export const PLACE_ACRONYMS = 'USSR|PRC|GDR|FRG|DPRK|DRV|MPR|MNR|PNR|UAR|PRA|PRB|NRB|RPR|CSSR|ChSSR|SFRY|SFRJ|FPRY|USA|UK';
