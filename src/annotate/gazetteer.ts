// The place gazetteer (countries, capitals, large cities, historical names), indexed once from data/gazetteer.json.
import data from './data/gazetteer.json';

/** One gazetteer place name. */
export interface GazetteerPlace {
  name: string;
  /** The name the index shows (the current or ISO name), when it differs from this one. */
  preferred?: string;
  key: string;
  kind: string;
  country?: string;
  geonames?: string;
}

export interface Gazetteer {
  byName: Map<string, GazetteerPlace>;
}

let cached: Gazetteer | undefined;

/** The gazetteer shipped with the tool (see data/make-gazetteer.js for its sources). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const byName = new Map((data.places as GazetteerPlace[]).map((p) => [p.name, p]));
  // "Xi'an" and "Xi’an", "Cox's Bazar" and "Cox’s Bazar": transcripts write either apostrophe (the generator keeps one).
  for (const place of data.places as GazetteerPlace[]) {
    for (const form of [place.name.replace(/[’‘]/g, "'"), place.name.replace(/'/g, '’')]) if (!byName.has(form)) byName.set(form, place);
  }
  cached = { byName };
  return cached;
}

/** How a people's adjective is made from its country's name: "Mongolian", "Hungarian", "Polish", "Chinese", "Czechoslovak". */
const ADJECTIVE_ENDINGS: [RegExp, string][] = [[/n$/, ''], [/ian$/, 'y'], [/ian$/, ''], [/ish$/, 'and'], [/ese$/, 'a'], [/ese$/, ''], [/$/, 'ia'], [/i$/, 'ia'], [/i$/, '']];

/** The country a people's adjective names: "Mongolian" → Mongolia, "Polish" → Poland, "Iranian" → Iran. */
export function countryOfPeople(adjective: string, gazetteer: Gazetteer): GazetteerPlace | undefined {
  return placeOfAdjective(adjective, gazetteer, (place) => place.kind === 'country');
}

/** The place of any kind an adjective is made from: "Asian" → Asia, "Siberian" → Siberia, and the countries' adjectives. */
export function placeOfAdjective(adjective: string, gazetteer: Gazetteer, accept: (place: GazetteerPlace) => boolean = () => true): GazetteerPlace | undefined {
  for (const [ending, replacement] of ADJECTIVE_ENDINGS) {
    const place = gazetteer.byName.get(adjective.replace(ending, replacement));
    if (place && accept(place)) return place;
  }
  return undefined;
}
