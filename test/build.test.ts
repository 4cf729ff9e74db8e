// Corpus builds: incremental rebuilds, the corpus export (valid TEI, shared ids), the worker pool.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRegister } from '../src/annotate';
import { buildCorpus } from '../src/build';
import type { Diagnostic } from '../src/diagnostics';
import { Validator } from '../src/validate';
import { FIXTURES } from './helpers/fixtures';

const ROOT = join(__dirname, '..');
const TEI_ALL = join(ROOT, '..', 'shared', 'tei', 'tei_all.rng');
const REGISTER = parseRegister(readFileSync(join(ROOT, 'input', 'register.json'), 'utf8'), 'register.json', [])!;

function corpusFolder(): { inputs: string[]; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-build-'));
  mkdirSync(join(dir, 'in'));
  const inputs = ['seed-120726', 'memorandum-zhou-enlai', 'telegram-gromyko'].map((s) => {
    const path = join(dir, 'in', `${s}.txt`);
    copyFileSync(join(FIXTURES, s, 'input.txt'), path);
    return path;
  });
  return { inputs, out: join(dir, 'out') };
}

describe('incremental builds', () => {
  it('skips unchanged documents, rebuilds a changed one, and rebuilds all with force', async () => {
    const { inputs, out } = corpusFolder();
    const first = await buildCorpus(inputs, { out, register: REGISTER, jobs: 1 });
    expect(first).toMatchObject({ built: 3, skipped: 0, failed: 0 });
    const corpusTime = statSync(join(out, 'corpus.tei.xml')).mtimeMs;

    const second = await buildCorpus(inputs, { out, register: REGISTER, jobs: 1 });
    expect(second).toMatchObject({ built: 0, skipped: 3, failed: 0 });
    expect(statSync(join(out, 'corpus.tei.xml')).mtimeMs).toBe(corpusTime);

    writeFileSync(inputs[1]!, readFileSync(inputs[1]!, 'utf8').replace('Warsaw', 'Prague'));
    expect(await buildCorpus(inputs, { out, register: REGISTER, jobs: 1 })).toMatchObject({ built: 1, skipped: 2 });
    expect(readFileSync(join(out, 'corpus.tei.xml'), 'utf8')).toContain('Prague');

    expect(await buildCorpus(inputs, { out, register: { ...REGISTER, terms: [] }, jobs: 1 })).toMatchObject({ built: 3, skipped: 0 });
    expect(await buildCorpus(inputs, { out, register: { ...REGISTER, terms: [] }, jobs: 1, force: true })).toMatchObject({ built: 3 });
  });

  it('remembers a failed document and reports it again without converting it', async () => {
    const { inputs, out } = corpusFolder();
    writeFileSync(inputs[0]!, '');
    const first = await buildCorpus(inputs, { out, jobs: 1 });
    const replayed: string[] = [];
    const second = await buildCorpus(inputs, { out, jobs: 1, onDocument: (o) => { if ('diagnostics' in o && !o.ok) replayed.push(o.diagnostics[0]!.code); } });
    expect([first.failed, second.failed, second.skipped]).toEqual([1, 1, 2]);
    expect(replayed).toEqual(['source/empty']);
  });
});

describe('the corpus export', () => {
  it('gives every entity one id across documents, in a teiCorpus with one shared list', async () => {
    const { inputs, out } = corpusFolder();
    await buildCorpus(inputs, { out, register: REGISTER, jobs: 1 });
    const corpus = readFileSync(join(out, 'corpus.tei.xml'), 'utf8');
    expect(corpus.match(/<TEI n="/g)).toHaveLength(3);
    expect(corpus.match(/<standOff>/g)).toHaveLength(1);
    expect(corpus.match(/<person xml:id="mao-zedong"/g)).toHaveLength(1);
    expect(corpus.match(/ref="#mao-zedong"/g)!.length).toBeGreaterThan(2);
    const register = readFileSync(join(out, 'corpus.register.json'), 'utf8');
    const diagnostics: Diagnostic[] = [];
    expect(parseRegister(register, 'corpus.register.json', diagnostics)).toBeDefined();
    expect(diagnostics).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(await new Validator().validate([{ file: 'corpus.tei.xml', xml: corpus }])).toEqual([]);
  });

  (existsSync(TEI_ALL) && spawnSync('jing', ['-h']).error === undefined ? it : it.skip)('is valid against tei_all.rng (jing)', async () => {
    const { inputs, out } = corpusFolder();
    await buildCorpus(inputs, { out, register: REGISTER, jobs: 1 });
    const run = spawnSync('jing', [TEI_ALL, join(out, 'corpus.tei.xml')], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
  });
});

describe('the worker pool (CLI)', () => {
  it('builds many documents on several workers with the same result as one thread', () => {
    const { inputs, out } = corpusFolder();
    const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(cli(['build', ...inputs, '--out', out, '--jobs', '2', '--quiet']).status).toBe(0);
    expect(cli(['build', ...inputs, '--out', `${out}-1`, '--jobs', '1', '--quiet']).status).toBe(0);
    for (const name of ['seed-120726.tei.xml', 'telegram-gromyko.html', 'corpus.tei.xml']) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(`${out}-1`, name), 'utf8'));
    }
  });

  it('builds a document too large for a worker\'s heap in the main thread instead', () => {
    const { inputs, out } = corpusFolder();
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'build', ...inputs, '--out', out, '--jobs', '2', '--quiet'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TEI_EDITION_WORKER_HEAP_MB: '8' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'seed-120726.html'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'seed-120726', 'expected.html'), 'utf8'));
  });
});

(existsSync('/usr/bin/chromium') ? describe : describe.skip)('PDF editions (CLI)', () => {
  it('prints the HTML edition to PDF when asked', () => {
    const { inputs, out } = corpusFolder();
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'build', inputs[0]!, '--out', out, '--formats', 'tei,pdf'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'seed-120726.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(out, 'seed-120726.html'))).toBe(true);
  });
});
