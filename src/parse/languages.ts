// Maps the language names the archive uses to BCP 47 codes.

import type { Language } from '../model/edition';

const CODES: Record<string, string> = {
  english: 'en', russian: 'ru', chinese: 'zh', german: 'de', french: 'fr', polish: 'pl', czech: 'cs',
  hungarian: 'hu', romanian: 'ro', bulgarian: 'bg', korean: 'ko', vietnamese: 'vi', japanese: 'ja',
  mongolian: 'mn', albanian: 'sq', serbian: 'sr', croatian: 'hr', 'serbo-croatian': 'sh', spanish: 'es',
  portuguese: 'pt', italian: 'it', arabic: 'ar', persian: 'fa', farsi: 'fa', hindi: 'hi', ukrainian: 'uk',
  georgian: 'ka', armenian: 'hy', hebrew: 'he', turkish: 'tr', greek: 'el', slovak: 'sk', slovenian: 'sl',
  finnish: 'fi', swedish: 'sv', norwegian: 'no', danish: 'da', dutch: 'nl', indonesian: 'id', lao: 'lo',
  khmer: 'km', thai: 'th', burmese: 'my', estonian: 'et', latvian: 'lv', lithuanian: 'lt',
};

/**
 * The language of a name such as "Russian". An unknown name gets a private-use code derived
 * from it (BCP 47 `x-`), so the header stays valid and the name is kept.
 */
export function languageNamed(name: string): Language {
  const clean = name.trim().replace(/\s+/g, ' ');
  const code = CODES[clean.toLowerCase()];
  if (code) return { ident: code, name: clean };
  const slug = clean.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 8) || 'unknown';
  return { ident: `x-${slug}`, name: clean };
}
