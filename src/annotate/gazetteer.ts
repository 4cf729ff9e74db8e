// The place gazetteer (countries, capitals, large cities, historical names), loaded once from data/gazetteer.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** The gazetteer shipped with the tool (see scripts/make-gazetteer.js for its sources). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const data = JSON.parse(readFileSync(join(__dirname, 'data', 'gazetteer.json'), 'utf8')) as { places: GazetteerPlace[] };
  const byName = new Map(data.places.map((p) => [p.name, p]));
  cached = { byName };
  return cached;
}

