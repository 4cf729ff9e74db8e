// Precision and recall of the entity markup against a fixture's hand-checked entities.json.
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

/** The expected markup of a fixture (see test/fixtures/README.md). */
export interface Expected {
  persons: { text: string; key: string }[];
  orgs: { text: string; key: string }[];
  places: { text: string; key: string }[];
  dates: { text: string; when: string; inferred?: boolean }[];
  said: { startsWith: string; who: string }[];
  foreign: { text: string }[];
  supplied: { text: string }[];
  gap: { text: string }[];
  sic: { text: string; corr: string }[];
  abbr: { text: string; expan: string }[];
}

export type Kind = keyof Expected;
export const KINDS: Kind[] = ['persons', 'orgs', 'places', 'dates', 'said', 'foreign', 'supplied', 'gap', 'sic', 'abbr'];

export interface Score {
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  missed: string[];
  spurious: string[];
}

const ELEMENT: Record<Kind, string> = {
  persons: 'persName', orgs: 'orgName', places: 'placeName', dates: 'date', said: 'said',
  foreign: 'foreign', supplied: 'supplied', gap: 'gap', sic: 'sic', abbr: 'abbr',
};

/**
 * What the TEI marks in <text>, as comparable strings per kind. A quotation counts with its speaker:
 * its @who is translated into the fixture's key through the person mentions that both mark with the
 * same text (so that a quotation given to the wrong person is both missed and spurious).
 */
export function foundMarkup(xml: string, expected: Expected): Record<Kind, string[]> {
  const persons: { text: string; ref: string }[] = [];
  const speeches: { start: string; who: string }[] = [];
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(xml) as Node[];
  const out = Object.fromEntries(KINDS.map((k) => [k, [] as string[]])) as Record<Kind, string[]>;
  const byElement = new Map(KINDS.map((k) => [ELEMENT[k], k]));
  const walk = (nodes: Node[], inText: boolean) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (!name || name === '#text') continue;
      const children = node[name] as Node[];
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      const kind = byElement.get(name);
      if (inText && name === 'choice') {
        const part = (n: string) => textOf(((children.find((c) => n in c)?.[n]) as Node[]) ?? []);
        if (children.some((c) => 'sic' in c)) out.sic.push(`${part('sic')}=${part('corr')}`);
        if (children.some((c) => 'abbr' in c)) out.abbr.push(part('abbr'));
        walk(children.filter((c) => !('sic' in c) && !('abbr' in c)), inText);
        continue;
      }
      if (inText && kind === 'said') speeches.push({ start: firstWords(textOf(children)), who: firstPointer(attrs.who) });
      else if (inText && kind) out[kind].push(key(kind, textOf(children), attrs));
      if (inText && kind === 'persons') persons.push({ text: textOf(children), ref: firstPointer(attrs.ref) });
      walk(children, inText || name === 'text');
    }
  };
  walk(tree, false);
  const keys = keysOfIds(persons, expected.persons);
  out.said = speeches.map((s) => `${s.start} => ${keys.get(s.who) ?? s.who}`);
  return out;
}

function firstPointer(pointers: string | undefined): string {
  return (pointers ?? '').trim().split(/\s+/)[0]!.replace(/^#/, '');
}

/** Each found person id as the fixture's key its mentions have most often, aligning mentions of the same text in order. */
function keysOfIds(found: { text: string; ref: string }[], expected: Expected['persons']): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const used = new Set<number>();
  for (const e of expected) {
    const text = e.text.replace(/[[\]]/g, '');
    const at = found.findIndex((f, i) => !used.has(i) && f.text === text);
    if (at < 0) continue;
    used.add(at);
    const tally = votes.get(found[at]!.ref) ?? new Map<string, number>();
    tally.set(e.key, (tally.get(e.key) ?? 0) + 1);
    votes.set(found[at]!.ref, tally);
  }
  return new Map([...votes].map(([id, tally]) => [id, [...tally].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/** Expected markup as the same comparable strings. */
export function expectedMarkup(expected: Expected): Record<Kind, string[]> {
  return {
    persons: expected.persons.map((e) => e.text.replace(/[[\]]/g, '')),
    orgs: expected.orgs.map((e) => e.text),
    places: expected.places.map((e) => e.text),
    dates: expected.dates.map((e) => `${e.text}=${e.when}`),
    said: expected.said.map((e) => `${firstWords(e.startsWith)} => ${e.who}`),
    foreign: expected.foreign.map((e) => e.text),
    supplied: expected.supplied.map((e) => e.text),
    gap: expected.gap.map((e) => e.text.replace(/^\[|\]$/g, '')),
    sic: expected.sic.map((e) => `${e.text}=${e.corr}`),
    abbr: expected.abbr.map((e) => e.text),
  };
}

function key(kind: Kind, text: string, attrs: Record<string, string>): string {
  if (kind === 'dates') return `${text}=${attrs.when ?? ''}`;
  return text;
}

/** A quotation is identified by its first two words (the expectations give only its start). */
function firstWords(text: string): string {
  return text.replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).slice(0, 2).join(' ');
}

function textOf(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name) continue;
    if (name === '#text') out += String(node[name]);
    else if (name === 'note' || name === 'expan' || name === 'corr') continue;
    else if (name === 'gap') out += textOf(((node[name] as Node[]).find((n) => 'desc' in n)?.desc as Node[]) ?? []);
    else out += textOf(node[name] as Node[]);
  }
  return out;
}

/** Multiset comparison of found against expected strings. */
export function score(found: string[], expected: string[]): Score {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  const spurious: string[] = [];
  let correct = 0;
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      left.set(f, n - 1);
      correct += 1;
    } else spurious.push(f);
  }
  const missed = [...left.entries()].flatMap(([k, n]) => Array<string>(n).fill(k));
  return {
    expected: expected.length, found: found.length, correct,
    precision: found.length === 0 ? 1 : correct / found.length,
    recall: expected.length === 0 ? 1 : correct / expected.length,
    missed, spurious,
  };
}
