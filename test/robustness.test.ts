// Robustness of `tei-edition build`: hostile, odd and large inputs, unwritable output, racing and killed builds.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '../src/validate';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'dist', 'cli.js');
const SEED = readFileSync(join(ROOT, 'input', '120726.txt'));
const validator = new Validator();

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-robust-'));
  mkdirSync(join(dir, 'in'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'in', name), content);
  return dir;
}

/** Every TEI file of a folder is valid, and no temporary file is left. */
async function expectSound(out: string): Promise<void> {
  const files = readdirSync(out);
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  for (const f of files.filter((n) => n.endsWith('.tei.xml') && n !== 'corpus.tei.xml')) {
    expect(await validator.validate([{ file: f, xml: readFileSync(join(out, f), 'utf8') }])).toEqual([]);
  }
}

describe('odd inputs', () => {
  it('reads UTF-16 with a BOM and CRLF line ends as the same text', () => {
    const text = SEED.toString('utf8');
    const dir = folder({
      'utf8.txt': SEED,
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'crlf.txt': text.replace(/\n/g, '\r\n'),
    });
    const r = run(['build', join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(r.code).toBe(0);
    const tei = (name: string) => readFileSync(join(dir, 'out', `${name}.tei.xml`), 'utf8');
    expect(tei('utf16')).toBe(tei('utf8'));
    expect(tei('crlf')).toBe(tei('utf8'));
  });

  it('keeps markup-like text, unbalanced quotes and brackets as text, and the edition stays valid', async () => {
    const hostile = SEED.toString('utf8').replace('I visited Deng Xiaoping in the CC CCP building.',
      'I visited <script>alert("x")</script> & Deng Xiaoping ]]> in the "CC CCP building. [unclosed bracket and a stray ] here.');
    const dir = folder({ 'hostile.txt': hostile });
    const r = run(['build', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const tei = readFileSync(join(dir, 'out', 'hostile.tei.xml'), 'utf8');
    expect(tei).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; ');
    expect(tei).toContain(']]&gt;');
    expect(readFileSync(join(dir, 'out', 'hostile.html'), 'utf8')).not.toMatch(/<script/i);
    await expectSound(join(dir, 'out'));
  });

  it('builds a transcript without archive header, with a warning', () => {
    const body = SEED.toString('utf8').slice(SEED.toString('utf8').indexOf('FROM THE DIARY OF'));
    const dir = folder({ 'bare.txt': body });
    const r = run(['build', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [header/missing]');
  });
});

describe('the output folder', () => {
  it('refuses an output path that is a file, before doing any work', () => {
    const dir = folder({ 'seed.txt': SEED });
    writeFileSync(join(dir, 'out'), 'not a folder');
    const r = run(['build', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [io/output-folder]');
  });

  it('survives two builds racing into it', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`doc${i}.txt`, SEED])));
    const args = [BIN, 'build', join(dir, 'in'), '--out', join(dir, 'out'), '--force', '--quiet'];
    const codes = await Promise.all([0, 1].map(() => new Promise<number | null>((resolve) => spawn(process.execPath, args, { cwd: ROOT }).on('exit', resolve))));
    expect(codes).toEqual([0, 0]);
    await expectSound(join(dir, 'out'));
    const teis = readdirSync(join(dir, 'out')).filter((f) => /^doc\d\.tei\.xml$/.test(f));
    expect(teis).toHaveLength(6);
  });

  it('completes a build that was killed midway, leaving no damaged or temporary file', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`doc${String(i).padStart(2, '0')}.txt`, SEED])));
    const child = spawn(process.execPath, [BIN, 'build', join(dir, 'in'), '--out', join(dir, 'out'), '--quiet'], { cwd: ROOT });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const r = run(['build', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tei.xml') && f !== 'corpus.tei.xml')).toHaveLength(24);
    await expectSound(join(dir, 'out'));
    const again = run(['build', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(again.stderr).toContain('0 built, 24 up to date, 0 failed');
  });
});

describe('large inputs', () => {
  it('builds a 10 MB transcript as TEI and text, word for word', () => {
    const text = SEED.toString('utf8');
    const start = text.indexOf('On April 5');
    const end = text.indexOf('Ambassador of the USSR to the PRC');
    const body = text.slice(start, end);
    const big = text.slice(0, start) + body.repeat(Math.ceil((10 * 1024 * 1024) / body.length)) + text.slice(end);
    const dir = folder({ 'big.txt': big });
    copyFileSync(join(ROOT, 'input', 'register.json'), join(dir, 'register.json'));
    const r = run(['build', join(dir, 'in'), '--out', join(dir, 'out'), '--formats', 'tei,text', '--register', join(dir, 'register.json')]);
    expect(r.code).toBe(0);
    const words = (s: string) => s.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)).length;
    const edition = readFileSync(join(dir, 'out', 'big.txt'), 'utf8');
    expect(words(edition)).toBeGreaterThanOrEqual(words(big.slice(start)));
  }, 300_000);
});
