// CLI tests: spawn the real binary and check exit codes, stderr and the files written (or not).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'dist', 'cli.js');
const SEED = join(ROOT, 'input', '120726.txt');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tei-edition-'));
}

describe('tei-edition build', () => {
  it('writes the TEI, HTML and text editions of the seed', () => {
    const out = tempDir();
    const r = run(['build', SEED, '--out', out]);
    expect(r.stderr).toContain('1 built, 0 up to date, 0 failed');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.tei-edition-manifest.json', '120726.html', '120726.review.json', '120726.tei.xml', '120726.txt', 'corpus.register.json', 'corpus.tei.xml', 'index.html',
    ]);
    expect(readFileSync(join(out, '120726.tei.xml'), 'utf8')).toBe(readFileSync(join(ROOT, 'output', '120726.tei.xml'), 'utf8'));
  });

  it.each([
    ['empty', Buffer.from(''), 'source/empty'],
    ['binary', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]), 'source/binary'],
    ['latin1', Buffer.from('**May 8, 1962**\n\nCaf\xe9 au lait\n', 'latin1'), 'source/invalid-utf8'],
  ])('rejects an %s input with a positioned error, exit 1 and no output', (name, bytes, code) => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, bytes);
    const r = run(['build', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${name}\\.txt:\\d+:\\d+: error \\[${code}\\]`));
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('builds the good documents of a folder and fails for the bad one', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    copyFileSync(SEED, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'bad.txt'), '');
    const r = run(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).filter((f) => f.startsWith('good') || f.startsWith('bad')).sort()).toEqual(['good.html', 'good.review.json', 'good.tei.xml', 'good.txt']);
  });

  it('refuses a broken register with positioned errors, exit 1 and no output', () => {
    const dir = tempDir();
    const register = join(dir, 'register.json');
    writeFileSync(register, '{\n  "persons": [\n    { "id": "Bad Id", "name": "X" }\n  ]\n}\n');
    const r = run(['build', SEED, '--out', join(dir, 'out'), '--register', register]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('register.json:3:13: error [register/schema]: /persons/0/id: must match pattern');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports the line and column of an invalid UTF-8 byte', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('line one\nline two ab'), Buffer.from([0xc3, 0x28])]));
    const r = run(['build', file, '--out', join(dir, 'out')]);
    expect(r.stderr).toContain('bad.txt:2:12: error [source/invalid-utf8]');
  });

  it.each([
    [['build', '--out', 'x'], 'missing required argument'],
    [['build', SEED], "required option '-o, --out <dir>' not specified"],
    [['build', 'no-such-file.txt', '--out', 'x'], 'no such file or folder'],
    [['build', SEED, '--out', 'x', '--formats', 'tei,docx'], 'unknown format(s) docx'],
    [['frobnicate'], 'unknown command'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('tei-edition validate', () => {
  it('accepts the committed seed edition', () => {
    const r = run(['validate', join(ROOT, 'output', '120726.tei.xml')]);
    expect(r.stderr).toContain('1 of 1 file(s) valid');
    expect(r.code).toBe(0);
  });

  it('reports a broken file with position and rule, exit 1, and JSON on request', () => {
    const dir = tempDir();
    const file = join(dir, 'broken.tei.xml');
    writeFileSync(file, readFileSync(join(ROOT, 'output', '120726.tei.xml'), 'utf8').replace('xml:id="wcda-120726-p3"', 'xml:id="wcda-120726-p2"'));
    const text = run(['validate', file]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/broken\.tei\.xml:\d+:\d+: error \[id\/unique\]/);
    const json = run(['validate', file, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).errors).toBeGreaterThan(0);
  });

  it('refuses a DOCTYPE with entities quickly, reading no file', () => {
    const dir = tempDir();
    const file = join(dir, 'xxe.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>\n');
    const started = Date.now();
    const r = run(['validate', file]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xxe.xml:2:1: error [xml/doctype]');
    expect(r.stderr).not.toContain('root:');
  });
});
