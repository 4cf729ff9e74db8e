// Abbreviations of address: com., Cde., Comr. (and c. before a name) → choice/abbr/expan (comrade), kept as written with the expansion beside it.
import type { Span } from '../spans';
import type { Rule } from '../rule';
import { namesAfterComradeC } from './persons';

const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}])com\.(?=\s)/gu, 'comrade'],
  [/(?<![\p{L}])Com\.(?=\s)/gu, 'Comrade'],
  [/(?<![\p{L}])coms\.(?=\s)/gu, 'comrades'],
  [/(?<![\p{L}])tov\.(?=\s)/gu, 'tovarishch'],
  // "Cde. Mao Zedong": the abbreviation many of the archive's translators use.
  [/(?<![\p{L}])Cde\.(?=\s)/gu, 'Comrade'],
  [/(?<![\p{L}])cde\.(?=\s)/gu, 'comrade'],
  [/(?<![\p{L}])Cdes\.(?=\s)/gu, 'Comrades'],
  // "Comr. PASTERNAK": the stenographic records' form.
  [/(?<![\p{L}])Comr\.(?=\s)/gu, 'Comrade'],
  [/(?<![\p{L}])comr\.(?=\s)/gu, 'comrade'],
  [/(?<![\p{L}])comrs\.(?=\s)/gu, 'comrades'],
  [/(?<![\p{L}])Comrs\.(?=\s)/gu, 'Comrades'],
];

export const abbreviationsRule: Rule = {
  name: 'abbreviations',
  find(unit, ctx) {
    const spans = ABBREVIATIONS.flatMap(([re, expan]) =>
      [...unit.text.matchAll(re)].map((m): Span => ({
        kind: 'abbr', abbr: m[0], expan, start: m.index, end: m.index + m[0].length, rule: 'abbreviations',
      })),
    );
    // "c. Ulanfu": "c." only before a name, since it is also a list's letter and "circa".
    const comradeC = namesAfterComradeC(unit.text, ctx).map(({ at }): Span => ({ kind: 'abbr', abbr: 'c.', expan: 'comrade', start: at, end: at + 2, rule: 'abbreviations' }));
    return [...spans, ...comradeC].sort((a, b) => a.start - b.start);
  },
};
