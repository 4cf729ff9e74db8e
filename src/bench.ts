// `npm run bench [-- --docs N]`: stage times on the seed, a cold one-document build, and corpus builds (1,000 and 10,000 documents).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateEdition, loadRegister, type Register } from './annotate';
import { makeCorpus } from './bench-corpus';
import { buildCorpus } from './build';
import { DiagnosticSink } from './diagnostics';
import { parseTranscript } from './parse';
import { Renderer } from './render';
import { readSource } from './source';
import { toTei } from './tei';
import { Validator } from './validate';

const ROOT = join(__dirname, '..');
const SEED = join(ROOT, 'input', '120726.txt');

/** Median milliseconds of `runs` calls after `warmup` unmeasured ones. */
async function time(runs: number, warmup: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/**
 * Builds a synthetic corpus of `count` documents in a process of its own, so that its peak memory is
 * the build's alone (not this benchmark's, which has compiled tei_all.rng).
 */
function corpusRunInChild(count: number): Record<string, unknown> {
  const child = spawnSync(process.execPath, [__filename, '--corpus-run', String(count)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`the corpus run of ${count} documents failed: ${child.stderr || child.stdout}`);
  }
}

/** Builds a synthetic corpus of `count` documents from scratch, then again (nothing to do). */
async function corpusRun(count: number, register: Register) {
  const dir = mkdtempSync(join(tmpdir(), `tei-edition-corpus-${count}-`));
  const inputs = makeCorpus(join(ROOT, 'test', 'fixtures'), join(dir, 'in'), count);
  const out = join(dir, 'out');
  const first = await buildCorpus(inputs, { out, register });
  const second = await buildCorpus(inputs, { out, register });
  const perDoc = Object.fromEntries(Object.entries(first.stageMs).map(([stage, ms]) => [stage, +(ms / Math.max(1, first.built)).toFixed(2)]));
  rmSync(dir, { recursive: true, force: true });
  return {
    built: first.built, failed: first.failed, seconds: +(first.ms / 1000).toFixed(2), docsPerSecond: +(first.built / (first.ms / 1000)).toFixed(1),
    msPerDocPerStage: perDoc, rebuildSeconds: +(second.ms / 1000).toFixed(2), rebuildSkipped: second.skipped,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

async function main(): Promise<void> {
  const run = process.argv.indexOf('--corpus-run');
  if (run >= 0) {
    const register = loadRegister(join(ROOT, 'input', 'register.json'), [])!;
    process.stdout.write(`${JSON.stringify(await corpusRun(Number(process.argv[run + 1]), register))}\n`);
    return;
  }
  const bytes = new Uint8Array(readFileSync(SEED));
  const register = loadRegister(join(ROOT, 'input', 'register.json'), [])!;
  const parse = () => parseTranscript(readSource(SEED, bytes, new DiagnosticSink())!, new DiagnosticSink());
  const annotated = annotateEdition(parse(), register);
  const tei = toTei(annotated);
  const validator = new Validator();
  const renderer = new Renderer();
  const tei_all = join(ROOT, '..', 'shared', 'tei', 'tei_all.rng');

  const results: Record<string, number> = {
    'source+parse ms': await time(50, 10, parse),
    'annotate ms': await time(50, 10, () => annotateEdition(parse(), register)),
    'tei ms': await time(50, 10, () => toTei(annotated)),
    'validate (project schema + integrity) ms': await time(50, 10, () => validator.validate([{ file: 'seed', xml: tei }])),
    'html ms': await time(50, 10, () => renderer.render(tei, 'html')),
    'text ms': await time(50, 10, () => renderer.render(tei, 'text')),
  };
  if (existsSync(tei_all)) {
    const started = process.hrtime.bigint();
    await validator.schema(tei_all);
    results['compile tei_all.rng ms'] = Number(process.hrtime.bigint() - started) / 1e6;
    results['validate (tei_all.rng, grammar only) ms'] = await time(20, 5, () => validator.validate([{ file: 'seed', xml: tei }], { schema: tei_all, integrity: false }));
  }
  // Each run builds into a new folder: into the same one, the second run would find the edition up to date.
  const outs: string[] = [];
  results['cold build of the seed (whole process) ms'] = await time(5, 0, () => {
    outs.push(mkdtempSync(join(tmpdir(), 'tei-edition-bench-')));
    spawnSync(process.execPath, ['--no-regexp-tier-up', join(__dirname, 'cli.js'), 'build', SEED, '--out', outs.at(-1)!, '--quiet'], { cwd: ROOT });
  });
  for (const out of outs) rmSync(out, { recursive: true, force: true });

  for (const [name, ms] of Object.entries(results)) process.stdout.write(`${name.padEnd(46)} ${ms.toFixed(1).padStart(8)}\n`);

  const docs = Number(process.argv[process.argv.indexOf('--docs') + 1] ?? 0) || 1000;
  const corpora: Record<string, unknown> = {};
  for (const count of [docs, ...(process.argv.includes('--no-10k') ? [] : [10 * docs])]) {
    corpora[String(count)] = corpusRunInChild(count);
    process.stdout.write(`corpus of ${count}: ${JSON.stringify(corpora[String(count)])}\n`);
  }
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ node: process.version, cores: availableParallelism(), seed: results, corpora }, null, 2)}\n`);
}

void main();
