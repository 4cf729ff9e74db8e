// `node dist/bench-render.js [--runs N]`: the editions of every fixture's TEI checked against its goldens, then timed (median warm ms).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Renderer, type RenderFormat } from './render';

const ROOT = join(__dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A TEI document with the editions it must render to. */
interface Case {
  name: string;
  tei: string;
  expected: Partial<Record<RenderFormat, string>>;
}

/** Every fixture with an expected.tei.xml, and the seed's edition in output/, with whichever goldens they have. */
function cases(): Case[] {
  const found = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES, e.name, 'expected.tei.xml')))
    .map((e) => e.name)
    .sort()
    .map((name) => load(name, join(FIXTURES, name, 'expected.tei.xml'), join(FIXTURES, name, 'expected.html'), join(FIXTURES, name, 'expected.txt')));
  const seed = join(ROOT, 'output', '120726');
  if (existsSync(`${seed}.tei.xml`)) found.unshift(load('output/120726', `${seed}.tei.xml`, `${seed}.html`, `${seed}.txt`));
  return found;
}

function load(name: string, tei: string, html: string, text: string): Case {
  const expected: Partial<Record<RenderFormat, string>> = {};
  if (existsSync(html)) expected.html = readFileSync(html, 'utf8');
  if (existsSync(text)) expected.text = readFileSync(text, 'utf8');
  return { name, tei: readFileSync(tei, 'utf8'), expected };
}

/** Median milliseconds of `runs` calls after 10 unmeasured ones. */
function median(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 10; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function main(): number {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 0) || 50;
  const renderer = new Renderer();
  const all = cases();

  // Byte for byte: from the text, and from one parse for both editions (the way a build renders).
  const wrong: string[] = [];
  for (const c of all) {
    const fromOneParse = renderer.renderFormats(c.tei, ['html', 'text']);
    for (const format of ['html', 'text'] as const) {
      const expected = c.expected[format];
      if (expected === undefined) continue;
      if (renderer.render(c.tei, format) !== expected) wrong.push(`${c.name} ${format}`);
      if (fromOneParse[format] !== expected) wrong.push(`${c.name} ${format} (one parse)`);
    }
  }
  process.stdout.write(`goldens: ${all.length} documents, ${wrong.length === 0 ? 'all editions identical' : `DIFFERENT: ${wrong.join(', ')}`}\n\n`);

  const columns = ['html', 'text', 'parse-xml', 'html+text'] as const;
  process.stdout.write(`median of ${runs} warm runs, ms${' '.repeat(2)}(html, text: each from the TEI text; html+text: both from one parse)\n`);
  process.stdout.write(`${'document'.padEnd(28)}${columns.map((c) => c.padStart(11)).join('')}\n`);
  const sums = columns.map(() => 0);
  for (const c of all) {
    const row = [
      median(runs, () => renderer.render(c.tei, 'html')),
      median(runs, () => renderer.render(c.tei, 'text')),
      median(runs, () => renderer.parse(c.tei)),
      median(runs, () => renderer.renderFormats(c.tei, ['html', 'text'])),
    ];
    row.forEach((ms, i) => { sums[i]! += ms; });
    process.stdout.write(`${c.name.padEnd(28)}${row.map((ms) => ms.toFixed(2).padStart(11)).join('')}\n`);
  }
  process.stdout.write(`${'mean'.padEnd(28)}${sums.map((ms) => (ms / all.length).toFixed(2).padStart(11)).join('')}\n`);
  return wrong.length === 0 ? 0 : 1;
}

process.exitCode = main();
