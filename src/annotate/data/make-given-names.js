#!/usr/bin/env node
// Regenerates given-names.json beside this file: `node src/annotate/data/make-given-names.js` (run by hand
// after upgrading @faker-js/faker, and review the diff). The first names of faker's locales, Latin script only,
// less those that are also English words (/usr/share/dict/words, Debian's wamerican), titles, places of the
// gazetteer, or too short to tell: "Will", "May", "Israel", "Jordan", "King" would mark the wrong words.
// The hand-kept names.json `givenNames` come first; this list only adds to them.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { allLocales } = require('@faker-js/faker');

const WORDS = '/usr/share/dict/words';
if (!fs.existsSync(WORDS)) throw new Error(`${WORDS} is missing: apt-get install wamerican`);
const english = new Set(fs.readFileSync(WORDS, 'utf8').split('\n').filter((w) => /^[a-z]/.test(w)));
const names = require('./names.json');
const titles = new Set(names.titles.flatMap((t) => t.split(' ')));
const notNames = new Set([...names.notNames, ...names.eastAsianSurnames, ...names.koreanVietnameseSurnames]);
const places = new Set(require('./gazetteer.json').places.map((p) => p.name));
// East Asian given names are found by their syllables (names-data.ts), not from a list.
const SKIP_LOCALES = /^(?:zh|ja|ko|vi|th|en_BORK|base)/;

const found = new Set();
for (const [locale, data] of Object.entries(allLocales)) {
  const first = data?.person?.first_name;
  if (!first || SKIP_LOCALES.test(locale)) continue;
  for (const name of Array.isArray(first) ? first : Object.values(first).flat()) {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name) || !/^[\p{Script=Latin}]+$/u.test(name)) continue;
    if (english.has(name.toLowerCase()) || titles.has(name) || notNames.has(name) || places.has(name)) continue;
    found.add(name);
  }
}
const sorted = [...found].sort();
fs.writeFileSync(path.join(__dirname, 'given-names.json'), `${JSON.stringify({
  source: '@faker-js/faker first names of all locales (Latin script), less English words, titles and gazetteer places; see make-given-names.js',
  names: sorted,
})}\n`);
console.log(`wrote ${sorted.length} given names`);
