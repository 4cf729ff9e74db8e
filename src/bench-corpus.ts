// Synthetic corpora for the benchmark: varied copies of the fixture transcripts (names, dates, record numbers, lengths).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NAMES: [string, string][] = [
  ['Deng Xiaoping', 'Liu Shaoqi'], ['Deng Xiaoping', 'Peng Zhen'], ['Zhou Enlai', 'Chen Yi'], ['Mao Zedong', 'Zhu De'],
  ['Gromyko', 'Kuznetsov'], ['Chervonenko', 'Lapin'], ['Rusk', 'Harriman'], ['Moscow', 'Leningrad'], ['Peking', 'Shanghai'],
];

/** Writes `count` transcripts into `dir`, each a variation of one of the fixtures; returns their paths. */
export function makeCorpus(fixtures: string, dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(fixtures, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(fixtures, e.name, 'input.txt'))
    .filter((p) => { try { readFileSync(p); return true; } catch { return false; } })
    .sort()
    .map((p) => readFileSync(p, 'utf8'));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `doc${String(i).padStart(6, '0')}.txt`);
    writeFileSync(path, vary(sources[i % sources.length]!, i));
    paths.push(path);
  }
  return paths;
}

/** A deterministic variation: other names, other years, a unique record number, shorter or longer text. */
function vary(text: string, i: number): string {
  let out = text.replace(/document\/\d+/g, `document/${900000 + i}`);
  const [from, to] = NAMES[i % NAMES.length]!;
  if (i % 2 === 1) out = out.split(from).join(to);
  const shift = (i % 7) - 3;
  out = out.replace(/\b(19[4-8]\d)\b/g, (y) => String(Number(y) + shift));
  const paragraphs = out.split('\n\n');
  const body = paragraphs.length > 12 ? paragraphs.slice(12) : paragraphs;
  if (i % 3 === 0) return out;
  if (i % 3 === 1) return [...paragraphs.slice(0, Math.max(12, paragraphs.length - Math.floor(body.length / 2)))].join('\n\n');
  return [...paragraphs, ...body.slice(1, Math.min(body.length, 6))].join('\n\n');
}
