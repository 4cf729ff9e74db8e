// Persons named in East and Southeast Asian ways: Chinese, Korean and Vietnamese, Japanese (Hepburn) and Burmese names.
import { isEnglishWord } from '../english';
import { isPinyinGivenName, type NameData } from '../names-data';
import type { RuleContext } from '../rule';
import { END, LOWER_IN_NAMES, type Run, titleCase } from './name-patterns';
import { make, type NameSpan } from './name-span';

/** Hepburn romanization: the syllables of Japanese, a doubled consonant, a long vowel. */
const HEPBURN = /(?:[kgsztdnhbpmr]y[auoōū]|sh[iauoōū]|ch[iauoōū]|ts[uū]|j[iauoōū]|f[uū]|[kgsztdnhbpmrwy][aiueoōū]|[aiueoōū]|n(?![aiueoy])|([kstp])(?=\1))/y;

/** The number of Hepburn syllables a word splits into wholly ("Nobusuke": 4), or 0 when it does not. */
export function hepburnSyllables(word: string): number {
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

/**
 * Burmese names carry their honorific (U, Thakin, Bo, Sao, Daw…) as part of the name, and are one to three
 * short syllables: "U Thant", "U Ba Swe", "Thakin Tin", "Sao Shwe Thaik", in capitals "U NU".
 */
const BURMESE_SYLLABLE = '(?:\\p{Lu}\\p{Ll}{0,5}|\\p{Lu}{1,6})';
export const BURMESE = new RegExp(`(?<![\\p{L}.])(U|Thakin|THAKIN|Bo|BO|Sao|SAO|Daw|DAW|Bogyoke|BOGYOKE)\\s(${BURMESE_SYLLABLE}(?:\\s${BURMESE_SYLLABLE}){0,2})${END}`, 'gu');

/** The syllables of a Burmese name after its honorific, up to the first that is a known word or place; all in one case. */
export function burmeseName(syllables: string, ctx: RuleContext, data: NameData): string | undefined {
  const words = syllables.split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if ((w === w.toUpperCase()) !== (words[0] === words[0]!.toUpperCase()) || LOWER_IN_NAMES.has(w) || data.notNames.has(titleCase(w)) ||
      data.titles.includes(titleCase(w)) || ctx.gazetteer.byName.has(titleCase(w)) || data.acronyms.has(w)) break;
    kept.push(w);
  }
  return kept.length > 0 && !(kept.length === 1 && kept[0]!.length === 1) ? kept.join(' ') : undefined;
}

/** Chinese, Korean and Vietnamese names among the runs of capitalized words ("Deng Xiaoping", "Kim Il Sung"). */
export function eastAsianNames(runs: Run[], data: NameData): NameSpan[] {
  const out: NameSpan[] = [];
  for (const { start, words } of runs) {
    const [first, second, third] = words as [string, string?, string?];
    if (!second || ((first === first.toUpperCase()) !== (second === second.toUpperCase()) && !familyNameInCapitals(first, second, data))) continue;
    const chinese = chineseName(first, second, third, data);
    const text = chinese ?? koreanOrVietnameseName(first, second, third, data);
    if (!text) continue;
    const given = text.slice(first.length + 1);
    // Wade–Giles joins a given name's syllables with a hyphen and marks aspiration with an apostrophe; pinyin does neither.
    const wadeGiles = chinese !== undefined && (/-/.test(given) || /['’]/.test(text));
    const pinyin = wadeGiles ? { surname: wadeGilesToPinyin(first), given: given.split(/[-\s]/).map(wadeGilesToPinyin).join('') } : undefined;
    out.push({ ...make('person', start, start + text.length, text, '', 'high', 'persons/east-asian'), person: { surname: first, given, ...(pinyin ? { pinyin } : {}) } });
  }
  return out;
}

/**
 * "KIM Il Sung", "LEE Hu-rak", "HOÀNG Văn Hoan": the family name in capitals before given names in small
 * letters, as records from Korea and Vietnam write it; not a capitalized English word or acronym ("HE Said", "NAM
 * Summit", "HE Re-elected").
 */
function familyNameInCapitals(first: string, second: string, data: NameData): boolean {
  const english = (w: string) => isEnglishWord(w.toLowerCase());
  return /^\p{Lu}{2,}$/u.test(first) && /^\p{Lu}\p{Ll}/u.test(second) && (!english(first) || /-/.test(second)) && !data.acronyms.has(first) &&
    // "Van", "Song", "Man" are syllables of names too; "Summit", "elected" are no such syllables.
    !second.split('-').some((part) => part.length > 4 && english(part));
}

/** "Deng Xiaoping", "Chou En-lai", "DENG XIAOPING": a Chinese surname and a pinyin or Wade–Giles given name. */
function chineseName(first: string, second: string, third: string | undefined, data: NameData): string | undefined {
  // Wade–Giles marks aspiration with an apostrophe: P'eng, Ch'en, T'ang are the surnames Peng, Chen, Tang.
  // "Ts'ao Ti-ch'iu", "K'o Ch'ing-shih": a Wade–Giles surname whose pinyin (Cao, Ke) is the known one.
  const wadeGiles = /['’]/.test(first) || /^\p{Lu}\p{Ll}*['’]?\p{Ll}*-\p{Ll}/u.test(second);
  if (!data.eastAsianSurnames.has(titleCase(first).replace(/['’]/g, '')) && !(wadeGiles && data.eastAsianSurnames.has(capitalized(wadeGilesToPinyin(first))))) return undefined;
  const short = (w?: string) => w !== undefined && w.length <= 4 && !data.notNames.has(w);
  if (third && short(second) && short(third) && !isPinyinGivenName(second + third, data.pinyin)) return `${first} ${second} ${third}`;
  // "Teng Hsiao-p'ing", "Chiang Kai-shek", but not the Korean "Chang Jong-hwan": a part of a hyphenated given name is a Chinese syllable.
  if (/^\p{Lu}\p{Ll}*['’]?\p{Ll}*-\p{Ll}+['’]?\p{Ll}*$/u.test(second) && second.split('-').some((part) => isChineseSyllable(part, data))) return `${first} ${second}`;
  if (isPinyinGivenName(second, data.pinyin) && !data.notNames.has(titleCase(second))) return `${first} ${second}`;
  return undefined;
}

/** A syllable of Chinese in pinyin or in Wade–Giles ("p'ing" is ping, "hsiao" xiao). */
function isChineseSyllable(syllable: string, data: NameData): boolean {
  const lower = syllable.toLowerCase();
  // Only a syllable with Wade–Giles marks (an apostrophe, hs-, ts-, -ih, -ung) is converted: "jong" is Korean, not "rong".
  return data.pinyin.has(lower) || (/['’]|^hs|^ts|ih$|ung$/.test(lower) && data.pinyin.has(wadeGilesToPinyin(lower)));
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "Kim Il Sung", "Nam Il", "Pak Kim-cheol", "Vo Nguyen Giap": a Korean or Vietnamese surname and short syllables. */
function koreanOrVietnameseName(first: string, second: string, third: string | undefined, data: NameData): string | undefined {
  if (!data.koreanVietnameseSurnames.has(titleCase(first))) return undefined;
  const syllable = (w?: string) => w !== undefined && (w.length <= 6 || /-/.test(w)) && !data.notNames.has(w) && !data.notNames.has(titleCase(w));
  // "Lee Harvey Oswald": a Western first name of more than a syllable or two is no Korean given name.
  if (!syllable(second) || (second.length > 4 && data.givenNames.has(second))) return undefined;
  return third && syllable(third) ? `${first} ${second} ${third}` : `${first} ${second}`;
}

/** Wade–Giles syllables that convert as a whole. */
const WG_SYLLABLES: Record<string, string> = {
  erh: 'er', shih: 'shi', chih: 'zhi', "ch'ih": 'chi', jih: 'ri', tzu: 'zi', "tz'u": 'ci', ssu: 'si', szu: 'si',
  i: 'yi', yu: 'you', 'yü': 'yu', yung: 'yong', yeh: 'ye', yen: 'yan', 'yüan': 'yuan', 'yüeh': 'yue', 'yün': 'yun',
};

/** Wade–Giles initials, longest first, with their pinyin, and before i or ü their palatal pinyin ("ch'i" is qi, "chou" zhou). */
const WG_INITIALS: [string, string, string?][] = [
  ["ch'", 'ch', 'q'], ['ch', 'zh', 'j'], ['hs', 'x'], ["ts'", 'c'], ["tz'", 'c'], ['ts', 'z'], ['tz', 'z'],
  ["k'", 'k'], ['k', 'g'], ["p'", 'p'], ['p', 'b'], ["t'", 't'], ['t', 'd'], ['sh', 'sh'], ['j', 'r'],
];

const WG_FINALS: [RegExp, string][] = [[/ieh$/, 'ie'], [/ien$/, 'ian'], [/ung$/, 'ong'], [/uei$/, 'ui'], [/[uü]eh$/, 'ue'], [/eh$/, 'e'], [/ü/, 'u'], [/ê/, 'e']];

/**
 * A Wade–Giles syllable in pinyin, in lower case and without tone marks: "Chou" → zhou, "ch'i" → qi,
 * "hsiao" → xiao, "te" → de, "jo" → ruo, "ko" → ge. (A final o is e after k and h, o after the labials, uo otherwise.)
 */
export function wadeGilesToPinyin(syllable: string): string {
  const s = syllable.toLowerCase().replace(/[’‘`]/g, "'");
  const whole = WG_SYLLABLES[s];
  if (whole) return whole;
  const found = WG_INITIALS.find(([wg]) => s.startsWith(wg));
  let rest = found ? s.slice(found[0].length) : s.replace(/^[^aeiouüê]+/, '');
  const initial = found ? (found[2] && /^[iü]/.test(rest) ? found[2] : found[1]) : s.slice(0, s.length - rest.length);
  if (rest === 'o') rest = /^[gkh]$/.test(initial) ? 'e' : /^[bpmf]$/.test(initial) ? 'o' : 'uo';
  for (const [wg, py] of WG_FINALS) rest = rest.replace(wg, py);
  return initial + rest;
}
