// Square brackets: editorial supplements ([Dean] → supplied), gaps ([one word unclear] → gap), transliterated Russian (foreign + gloss note).
import type { Language } from '../../model/edition';
import { foldName, isPinyinGivenName, nameData } from '../names-data';
import type { RegisterTerm } from '../register';
import { ARTICLE, DEMONYM, DESCRIPTION, PARTICLE } from './name-patterns';
import { isEnglishWord } from '../english';
import { latinize } from './ocr';
import { MONTH_PATTERN } from '../../parse/dates';
import type { Span } from '../spans';
import type { Rule } from '../rule';

const BRACKET = /\[([^\[\]\n\uE000-\uF8FF]{1,80})\]/g;
/**
 * "[...]", "[…]", also with a stray full stop or space ("[.…]", "[….]", "[. . .]", "[..]"): dots alone mark a gap; so do
 * the translator's words for what cannot be read ("[two words illegible]", "[two names illegible]", "[one additional unreadable signature]").
 */
const GAP = /^(?:(?=[. …]*(?:\.\s?\.|…))[. …]+|(?:one|two|three|four|five|several|\d+)\s+(?:additional\s+|more\s+|other\s+)?(?:(?:words?|lines?|letters?|names?|signatures?|initials)\s+(?:unclear|illegible|unreadable|indecipherable|missing|omitted|not\s+legible)|(?:unclear|illegible|unreadable|indecipherable)\s+(?:words?|lines?|letters?|names?|signatures?|initials))|illegible(?:\s+(?:words?|lines?|text|passage))?|unclear|unreadable|text\s+missing|page\s+missing|omission|omitted|sic\s+gap)$/i;
/** Letter groups that English does not use and Russian romanization does. */
const RUSSIAN_ROMANIZATION = /(?:zh|kh|shch|ts|iy|yy|ye|ya|yu|yi|ogo|ego|nyi|nye|ie$|skii|skiy|ovo|ost'|nost|ovat|ennyi|ennye|ii\b|stvo|[bdfgklmnprstvz]['’](?:[aeiouy]|stv|n|k|s|$))/i;
/**
 * The translator's "[sic]", "[sp.]" and "[transliterated]" (the word before is as the original has it,
 * or spelled by its sound) and a footnote's asterisk "[*]": markers that stay as text.
 */
const SIC_MARKER = /^(?:sic[!.,]?(?:\s[^\]]*)?|sp\.?|\*+|transliterated|transliteration|phonetic(?:ally)?|as\s+in(?:\s+the)?\s+original)$/i;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The bracket rule: one span per bracketed stretch it understands; others are left as text. */
export const bracketsRule: Rule = {
  name: 'brackets',
  find(unit, ctx) {
    const spans: Span[] = [];
    for (const m of unit.text.matchAll(BRACKET)) {
      const inner = m[1]!;
      const start = m.index;
      const end = start + m[0].length;
      if (SIC_MARKER.test(inner.trim()) || DESCRIPTION.test(inner.trim())) continue;
      // "[sections omitted--ed.]": the editors' note of a cut is an omission too.
      const cut = EDITORS_CUT.test(inner);
      if (cut || GAP.test(inner.trim())) {
        spans.push({ kind: 'gap', reason: cut || /missing|omi/i.test(inner) ? 'omitted' : 'illegible', desc: inner, start, end, rule: 'brackets/gap' });
        continue;
      }
      // "F[oreign] M[inistry]", "D[ondogiin]", "[19]56": letters completing a word the original abbreviates.
      // Not "Synthetic[1]", a footnote's number.
      const against = (re: RegExp) => re.test(unit.text.slice(Math.max(0, start - 1), start)) || re.test(unit.text.slice(end, end + 1));
      // Digits complete a year ("[19]56", "19[56]"), but one digit after a year calls a footnote ("15 June 1961[1]").
      const digitsComplete = /^\d$/.test(unit.text.charAt(end)) || (inner.length > 1 && /^\d$/.test(unit.text.charAt(start - 1)));
      if (/^\d+$/.test(inner) ? digitsComplete : against(WITHIN_WORD)) {
        spans.push({ kind: 'supplied', reason: 'abbreviation', text: inner, start, end, rule: 'brackets/expansion' });
        continue;
      }
      // "on 12 January [1950]": a year the translator supplied after a date without one (a footnote's number is shorter).
      if (YEAR_IN_BRACKETS.test(inner) && DATE_WITHOUT_YEAR_BEFORE.test(unit.text.slice(Math.max(0, start - 24), start))) {
        spans.push({ kind: 'supplied', reason: 'clarification', text: inner, start, end, rule: 'brackets/year' });
        continue;
      }
      // "[zam. predsedatelya -SIC]": the original's words with the translator's "sic" after them, which stays text.
      const word = inner.slice(0, inner.length - (SIC_AFTER.exec(inner)?.[0].length ?? 0));
      const term = ctx.terms.get(word.toLowerCase()) ?? ctx.terms.get(latinize(word, true).toLowerCase());
      // "schismatic activity [Spaltertätigkeit]": German writes its nouns with a capital; a supplied first name has a name after it.
      // Not "he [Mengistu]": after a pronoun the bracket says who is meant.
      // Not "[Parliament]", "[Beijing]", "[Chinese-Soviet]": English words and places are the translator's.
      const germanNoun = ctx.originalLanguage?.ident === 'de' && GERMAN_NOUN.test(inner) && !NAME_AFTER.test(unit.text.slice(end))
        && !inner.split('-').every((w) => isEnglishWord(w) || DEMONYM.test(w) || nameData().notNames.has(w)) && !ctx.gazetteer.byName.has(inner)
        && !PRONOUN_BEFORE.test(unit.text.slice(Math.max(0, start - 6), start));
      // "Moscow [Tsentr]": a place's name in the original, as the archive's translators keep code words.
      const wordBefore = WORD_BEFORE.exec(unit.text.slice(Math.max(0, start - 30), start))?.[1];
      const placeBefore = ctx.gazetteer.byName.has(wordBefore ?? '');
      // (Not "Mukden [Shenyang]": the place's other name, which the gazetteer knows.)
      const originalOfPlace = placeBefore && /^\p{Lu}\p{Ll}+$/u.test(inner) && RUSSIAN_ROMANIZATION.test(inner) && !ctx.gazetteer.byName.has(inner);
      if (term || looksRussian(word) || looksLikeGloss(word) || germanNoun || originalOfPlace) {
        const original = term ? undefined : originalWord(word, ctx.originalLanguage);
        const lang = term?.lang ? `${term.lang}-Latn` : original?.lang ?? 'ru-Latn';
        spans.push({ kind: 'foreign', lang, start: start + 1, end: start + 1 + word.length, rule: 'brackets/foreign' });
        spans.push({ kind: 'note', note: { kind: 'note', type: 'gloss', text: glossNote(word, term, original?.name) }, start: end, end, rule: 'brackets/gloss' });
        continue;
      }
      // A name supplied before a surname ("[Dean] Rusk") or after one ("Luo [Ruiqing]", a Chinese surname first).
      // Arabic names join the article to the name ("[Abd al-Wahhab] al-Shawwaf"); others have particles ("[Marcelino] dos Santos").
      // Not "the Minister of External Relations [Raúl Roa]": a title's last word is no name the bracket completes.
      const nameBefore = wordBefore !== undefined && !placeBefore && !isEnglishWord(wordBefore) && !nameData().titleWords.has(wordBefore);
      const nameAround = NAME_AFTER.test(unit.text.slice(end)) || nameBefore;
      // "[S.V.] CHERVONENKO": initials the translator supplied before a surname are part of the name too.
      const initials = SUPPLIED_INITIALS.test(inner) && NAME_AFTER.test(unit.text.slice(end));
      const otherSpelling = isOtherSpellingOfNameBefore(inner, unit.text.slice(Math.max(0, start - 60), start), unit.text.slice(end));
      // Not "[Zhongnanhai] Xihua room": a place the translator supplied is no part of a name ("[Vladimir] Bakarić" is a first name).
      // Nor "Kuomintang [Guomindang]": a body's name, which the organizations rule marks inside the bracket.
      const placeOrBody = (ctx.gazetteer.byName.has(inner) && !nameData().givenNames.has(inner)) || nameData().bodies.includes(inner);
      const suppliedName = !otherSpelling && SUPPLIED_NAME.test(inner) && nameAround && !placeOrBody && !inner.split(/\s+/).some((w) => nameData().titleWords.has(w));
      if (initials || suppliedName) {
        spans.push({ kind: 'supplied', reason: 'clarification', text: inner, namePart: true, start, end, rule: 'brackets/supplied-name' });
      } else if (SUPPLIED_NAME_PART.test(inner) && NAME_AFTER.test(unit.text.slice(end))) {
        // "[the Democratic Republic of] Vietnam", "[People's Republic of] Albania": the opening words of a name, supplied before it.
        spans.push({ kind: 'supplied', reason: 'clarification', text: inner, namePart: true, start, end, rule: 'brackets/name-opening' });
      } else if (/^[\p{Ll}\s'’-]{1,30}$/u.test(inner) && inner.trim().split(/\s+/).length <= 3) {
        spans.push({ kind: 'supplied', reason: 'omitted-in-original', text: inner, start, end, rule: 'brackets/supplied-word' });
      } else if (!/[:;]/.test(inner) && !/^\d+$/.test(inner.trim())) {
        // "he [Pham Van Dong] said", "[PUWP]", "[Soviet Ambassador]": the translator's clarification, whose names are marked
        // inside it; not a footnote's number ("[1]") or a description with a colon ("[handwritten: …]").
        spans.push({ kind: 'supplied', reason: 'clarification', text: inner, start, end, rule: 'brackets/clarification' });
      }
    }
    return spans;
  },
};

/**
 * "Trần Đông [Tran Dong]", "Tschen Ji [Chen Yi]", "Chiang Kai-shek's [Jiang Jieshi's]": the name before the
 * bracket in another spelling, of two or more words as it has; a name of its own in the bracket, not a part of
 * the one before ("Luo [Ruiqing]").
 */
function isOtherSpellingOfNameBefore(inner: string, before: string, after: string): boolean {
  const words = inner.split(/\s+/);
  const previous = before.trimEnd().split(/\s+/).slice(-words.length);
  if (words.length < 2 || previous.length !== words.length || !previous.every((w) => /^\p{Lu}/u.test(w))) return false;
  // Not "Koirala, [Ganesh Man] Singh", "Field Marshal [Abd al-Hakim] Amer": first names supplied before a surname.
  const named = /\p{L}$/u.test(previous.at(-1)!) && !previous.some((w) => nameData().titleWords.has(w)) && !NAME_AFTER.test(after);
  return foldName(previous[0]!) === foldName(words[0]!) || named;
}

/** The translator's "sic" after the original's words in one bracket: " -SIC", ", sic", " sic!". */
const SIC_AFTER = /\s*[-–—,]?\s*\bsic[!.]?$/iu;

/** A year of the archive's centuries in brackets, after a day and month ("12 January", "January 12", "the 12th of January"). */
const YEAR_IN_BRACKETS = /^(?:1[89]\d\d|20\d\d)$/;
const DATE_WITHOUT_YEAR_BEFORE = new RegExp(`(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s$`, 'u');

/** The capitalized word right before a bracket: "Luo [Ruiqing]", "Moscow [Tsentr]". */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)\s$/u;
/** The opening words of a name: "the Democratic Republic of", "the People's", a state's form ("People's Republic of"), not a body's ("[Embassy of] Poland"). */
const SUPPLIED_NAME_PART = /^(?:(?:the|The)(?:\s(?:\p{Lu}[\p{Ll}'’]+|of|and|the)){1,5}|(?:(?:Democratic|People['’]s|Socialist|Federal|Federative|Islamic|Arab|United|Popular)\s){0,3}(?:Republic|Kingdom|Federation|Union|Emirates?|Principality|Sultanate)\sof)$/u;

/** "he [Mengistu]": a pronoun the bracket after it explains. */
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she|him|her|his|they|them|their)\s$/iu;
/** "[sections omitted--ed.]", "[passage cut]": the editors' note of a cut. */
const EDITORS_CUT = /^[\p{L}\s]{0,30}\b(?:omitted|deleted|cut)\b[\p{L}\s.–—-]{0,12}$/u;
/** A letter or digit right against a bracket, outside it. */
const WITHIN_WORD = /^[\p{L}\p{N}]$/u;

const GERMAN_NOUN = /^\p{Lu}\p{Ll}{4,}(?:-\p{Lu}?\p{Ll}+)?$/u;

/** A first name or two in brackets: "Dean", "Govind Ballabh", "Abd al-Wahhab". */
// "[Dean]", "[Kai-Uwe]", "[Abd al-Karim]".
const SUPPLIED_WORD = "\\p{Lu}[\\p{Ll}.'’]*(?:-\\p{Lu}?[\\p{Ll}.'’]*)*";
const SUPPLIED_NAME = new RegExp(`^(?:Ma?c|O['’]|D['’])?${SUPPLIED_WORD}(?:\\s(?:${ARTICLE})?${SUPPLIED_WORD})?$`, 'u');
/** "[S.V.]": initials the translator supplied. */
const SUPPLIED_INITIALS = /^(?:\p{Lu}\.\s?){1,3}$/u;
/** A name right after a bracket, with its particle or article: " Rusk", " dos Santos", " al-Shawwaf". */
const NAME_AFTER = new RegExp(`^\\s(?:${ARTICLE}|${PARTICLE}\\s)?\\p{Lu}`, 'u');

/**
 * Translators supply the little words a sentence needs ("at [the] base", "[have been]", "[your country]"); one or
 * two lower-case words in brackets, none of them such a word or English by its ending, give the original's word,
 * as "a hotbed [ochag]".
 */
function looksLikeGloss(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  // "[describe]", "[end page]": common English words are the translator's, not the original's.
  return words.length <= 2 && words.every((w) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(w)) && !words.some((w) => FUNCTION_WORDS.has(w) || ENGLISH_ENDING.test(w))
    && !words.every((w) => isEnglishWord(w));
}

/**
 * Endings of English words that romanized Russian does not have ("[measures]", "[based]", "[proposed]"): such a word
 * in brackets was supplied, not kept from the original.
 */
const ENGLISH_ENDING = /(?:[^s]s|ed|ing|tion|ment|ness|ity|ful|ly)$/;

const FUNCTION_WORDS = new Set(('the a an of to in on at by for with from into and or but nor that which who whom whose it he she they we i you ' +
  'me him her us them my his its our their your is are was were be been being have has had do does did will would shall should can could ' +
  'may might must not no as this these those there then than so also only all any some such very too one').split(' '));

/** Lower-case Latin (or mixed-script) words with Russian letter groups: a romanized Russian phrase. */
function looksRussian(inner: string): boolean {
  // ("[zam. predsedatelya]": an abbreviation's stop after a word.)
  if (!/^[\p{Ll}\p{Script=Cyrillic}\s'’-]+(?:(?<=\p{L})\.[\p{Ll}\p{Script=Cyrillic}\s'’-]*)*$/u.test(inner)) return false;
  const words = inner.trim().split(/\s+/);
  // "[reports of]": words that are all English are the translator's ("[plan]" alone may be either, and stays Russian).
  if (words.length > 1 && words.every((w) => isEnglishWord(w))) return false;
  // With an abbreviation's stop, no English one ("[i.e. yesterday]"), and the Russian letters in a word English has not.
  if (inner.includes('.') && !CYRILLIC.test(inner)) return !words.some((w) => ENGLISH_ABBREVIATION.test(w)) && words.some((w) => RUSSIAN_ROMANIZATION.test(w) && !isEnglishWord(w.replace(/\.$/u, '')));
  return CYRILLIC.test(inner) || words.some((w) => RUSSIAN_ROMANIZATION.test(w));
}

const ENGLISH_ABBREVIATION = /^(?:i\.e|e\.g|etc|incl|approx|cf|viz|esp|resp|ca|vol|no|pp?|ed|eds|trans|lit|ibid|op|cit)\.$/iu;

/** Languages written in another script than Latin: a word of them in the translation is romanized ("zh-Latn"). */
const NON_LATIN = new Set(['ru', 'uk', 'be', 'bg', 'mk', 'sr', 'mn', 'zh', 'ja', 'ko', 'ka', 'hy', 'he', 'ar', 'fa', 'hi', 'el', 'th', 'lo', 'km', 'my']);

/**
 * A word the translator kept from the document's own language, when that is not Russian: pinyin in a record
 * translated from Chinese ("[zhengfeng]"), a Polish word in one from Polish. Russian stays the reading of
 * Russian letter groups; without a known original language the archive's usual Russian is assumed.
 */
function originalWord(inner: string, language: Language | undefined): { lang: string; name: string } | undefined {
  if (!language || language.ident === 'ru' || language.ident === 'en' || language.ident.startsWith('x-')) return undefined;
  if (language.ident === 'zh') {
    const pinyin = nameData().pinyin;
    return inner.split(/\s+/).every((w) => isPinyinGivenName(w, pinyin)) ? { lang: 'zh-Latn', name: 'Chinese (pinyin)' } : undefined;
  }
  if (looksRussian(inner) && !/[^\x00-\x7F]/.test(inner)) return undefined;
  return { lang: NON_LATIN.has(language.ident) ? `${language.ident}-Latn` : language.ident, name: NON_LATIN.has(language.ident) ? `Romanized ${language.name}` : language.name };
}

function glossNote(inner: string, term: RegisterTerm | undefined, language?: string): string {
  if (!term) return `${language ?? 'Romanized Russian'} in the translation: "${inner}".`;
  const original = term.original ? ` (${term.original})` : '';
  const gloss = term.gloss ? `: ${term.gloss}` : '';
  return `Russian "${term.translit}"${original}${gloss}.`;
}
