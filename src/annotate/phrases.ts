// Finds the longest known phrase at each capitalised word: a map lookup per candidate, no giant regex.
import { ARTICLE, PARTICLE } from './rules/name-patterns';

/** A phrase found in a text. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

const MAX_CHARS = 80;
const MAX_WORDS = 8;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const START = /(?<![\p{L}\p{N}'’])[\p{Lu}\p{N}[]/gu;
/** A surname's particle or article before a capital ("de Gaulle", "van der Stoel", "al-Azm"), where names may start too. */
const PARTICLE_START = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${PARTICLE}\\s|${ARTICLE})(?=\\p{Lu})`, 'gu');

/**
 * Leftmost-longest matches of phrases that start with a capital letter, a digit or "[" (or, with
 * `particles`, a surname's particle) and end at a
 * word boundary; `lookup` says whether a candidate is a known phrase.
 */
export function longestMatches<T>(text: string, lookup: (phrase: string) => T | undefined, options: { particles?: boolean } = {}): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  let after = 0;
  const starts = [...text.matchAll(START)].map((m) => m.index);
  if (options.particles) starts.push(...[...text.matchAll(PARTICLE_START)].map((m) => m.index));
  for (const start of options.particles ? starts.sort((a, b) => a - b) : starts) {
    if (start < after) continue;
    const ends = wordEnds(text, start);
    for (let k = ends.length - 1; k >= 0; k--) {
      const value = lookup(text.slice(start, ends[k]));
      if (value !== undefined) {
        out.push({ start, end: ends[k]!, value });
        after = ends[k]!;
        break;
      }
    }
  }
  return out;
}

/** Offsets where a word ends, for the next few words after `start`. */
function wordEnds(text: string, start: number): number[] {
  const ends: number[] = [];
  const limit = Math.min(text.length, start + MAX_CHARS);
  for (let i = start + 1; i <= limit && ends.length < MAX_WORDS; i++) {
    const prev = text[i - 1]!;
    const next = text[i];
    const prevWord = WORD_CHAR.test(prev) || prev === '.' || prev === ']';
    if (prevWord && (next === undefined || !WORD_CHAR.test(next))) ends.push(i);
  }
  return ends;
}
