#!/usr/bin/env node
// Regenerates given-names.json and surnames.json beside this file: `node src/annotate/data/make-name-lists.js`
// (run by hand after upgrading @faker-js/faker, and review the diff). The first and last names of faker's
// locales, Latin script only, less those that are also English words (/usr/share/dict/words, Debian's
// wamerican), titles, places of the gazetteer, or too short to tell: "Will", "May", "Israel", "Jordan",
// "King", "Baker", "Church" would mark the wrong words. The hand-kept names.json `givenNames` come first;
// the given-name list only adds to them.
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
// East Asian names are found by their syllables (names-data.ts), not from a list.
const SKIP_LOCALES = /^(?:zh|ja|ko|vi|th|en_BORK|base)/;

/** The usable names of one faker list (an array, or an object of arrays by gender). */
function usable(list) {
  return (Array.isArray(list) ? list : Object.values(list).flat()).filter((name) =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) && /^[\p{Script=Latin}]+$/u.test(name)
    && !english.has(name.toLowerCase()) && !titles.has(name) && !notNames.has(name) && !places.has(name));
}

function collect(field) {
  const found = new Set();
  for (const [locale, data] of Object.entries(allLocales)) {
    const list = data?.person?.[field];
    if (list && !SKIP_LOCALES.test(locale)) for (const name of usable(list)) found.add(name);
  }
  return [...found].sort();
}

function write(file, what, list) {
  const source = `@faker-js/faker ${what} of all locales (Latin script), less English words, titles and gazetteer places; see make-name-lists.js`;
  fs.writeFileSync(path.join(__dirname, file), `${JSON.stringify({ source, names: list })}\n`);
  console.log(`wrote ${list.length} ${what} to ${file}`);
}

write('given-names.json', 'first names', collect('first_name'));
write('surnames.json', 'last names', collect('last_name'));
