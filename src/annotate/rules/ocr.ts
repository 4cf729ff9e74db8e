// Recognition slips: a word that mixes Cyrillic and Latin letters (tумanno) → choice/sic/corr with a note.
import type { Span } from '../spans';
import type { Rule } from '../rule';

const WORD = /[\p{L}'’-]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Cyrillic letters that look like Latin ones: the slip in an English word is a look-alike. */
const LOOK_ALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', к: 'k', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', һ: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
};

/** Scholarly romanization of Russian letters: the slip in a romanized Russian word is a sound. */
const ROMANIZATION: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i',
};

/** Replaces the Cyrillic letters of a word: by sound in romanized Russian, by shape in English. */
export function latinize(word: string, romanized: boolean): string {
  const table = romanized ? ROMANIZATION : LOOK_ALIKE;
  return [...word].map((ch) => {
    if (!CYRILLIC.test(ch)) return ch;
    const lower = ch.toLowerCase();
    const mapped = table[ch] ?? table[lower] ?? ROMANIZATION[lower] ?? ch;
    return ch !== lower && mapped.length > 0 ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped;
  }).join('');
}

/** True for a word with both Cyrillic and Latin letters. */
export function isMixedScript(word: string): boolean {
  return LATIN.test(word) && CYRILLIC.test(word);
}

export const ocrRule: Rule = {
  name: 'ocr',
  find(unit) {
    const spans: Span[] = [];
    for (const m of unit.text.matchAll(WORD)) {
      const word = m[0];
      if (!isMixedScript(word)) continue;
      const romanized = unit.text[m.index - 1] === '[' || unit.text[m.index + word.length] === ']';
      const corr = latinize(word, romanized);
      const letters = [...new Set([...word].filter((ch) => CYRILLIC.test(ch)))].join(', ');
      spans.push({ kind: 'sic', sic: word, corr, start: m.index, end: m.index + word.length, rule: 'ocr/mixed-script' });
      spans.push({
        kind: 'note',
        note: { kind: 'note', type: 'correction', text: `The transcript has "${word}", with the Cyrillic letter(s) ${letters} among Latin ones; read "${corr}".` },
        start: m.index + word.length + (romanized ? 1 : 0),
        end: m.index + word.length + (romanized ? 1 : 0),
        rule: 'ocr/note',
      });
    }
    return spans;
  },
};
