// Validation: broken documents are rejected with the right rule and position; tei_all verdicts agree with jing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../src/diagnostics';
import { Validator } from '../src/validate';
import { FIXTURES, golden } from './helpers/fixtures';

const INVALID = join(FIXTURES, 'invalid');
const TEI_ALL = join(__dirname, '..', '..', 'shared', 'tei', 'tei_all.rng');
const validator = new Validator();
const files = readdirSync(INVALID).filter((f) => f.endsWith('.xml')).sort();

function brief(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.line}:${d.column} [${d.code}] ${d.message}`).join('\n') + '\n';
}

describe('invalid fixtures', () => {
  it('has at least 25 broken documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s is rejected with the expected rules and positions', async (file) => {
    const xml = readFileSync(join(INVALID, file), 'utf8');
    const diagnostics = await validator.validate([{ file, xml }]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.line !== undefined && d.column !== undefined && d.column > 0)).toBe(true);
    const actual = brief(diagnostics);
    expect(actual).toBe(golden(join(INVALID, file.replace(/\.xml$/, '.expected.txt')), actual));
  });

  it('refuses entity declarations quickly without reading any file', async () => {
    for (const file of ['27-xxe.xml', '28-billion-laughs.xml']) {
      const started = Date.now();
      const [d, ...rest] = await validator.validate([{ file, xml: readFileSync(join(INVALID, file), 'utf8') }]);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(d).toMatchObject({ code: 'xml/doctype', line: 2, column: 1 });
      expect(rest).toEqual([]);
    }
  });

  it('points at an error near the end of a 20 MB document', async () => {
    const seed = readFileSync(join(__dirname, '..', 'output', '120726.tei.xml'), 'utf8');
    const p = seed.match(/<p n="5"[^]*?<\/p>/)![0].replace(/ xml:id="[^"]*"/g, '').replace(/ (?:next|prev)="[^"]*"/g, '');
    const copies = Math.ceil((20 * 1024 * 1024) / p.length);
    const filler = `${Array.from({ length: copies }, () => p).join('\n        ')}\n        `;
    const big = seed.replace('<p n="19"', `${filler}<p n="19"`).replace('<date when="1962-04-13"', '<date when="1962-04-31"');
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    const started = Date.now();
    const diagnostics = await validator.validate([{ file: 'big.xml', xml: big }], { integrity: false });
    const line = big.slice(0, big.indexOf('1962-04-31')).split('\n').length;
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['schema/attribute-value', line]]);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

const jing = spawnSync('jing', ['-h']).error === undefined && existsSync(TEI_ALL);

(jing ? describe : describe.skip)('--schema tei_all.rng agrees with jing', () => {
  // We refuse DOCTYPEs by policy; jing would resolve them, so those two are not comparable.
  const comparable = files.filter((f) => !/xxe|billion/.test(f));

  it('on every fixture, valid or not', async () => {
    const docs = [
      ...comparable.map((f) => join(INVALID, f)),
      ...readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'expected.tei.xml'))).map((d) => join(FIXTURES, d, 'expected.tei.xml')),
    ];
    // jing stops at the first file that is not well-formed: those are checked one by one.
    const jingRun = (paths: string[]) => {
      const run = spawnSync('jing', [TEI_ALL, ...paths], { encoding: 'utf8' });
      return run.stdout + run.stderr;
    };
    const malformed = docs.filter((d) => /malformed/.test(d));
    const jingOutput = [jingRun(docs.filter((d) => !malformed.includes(d))), ...malformed.map((d) => jingRun([d]))].join('\n');
    for (const doc of docs) {
      const ours = await validator.validate([{ file: doc, xml: readFileSync(doc, 'utf8') }], { schema: TEI_ALL, integrity: false });
      expect({ doc, valid: ours.length === 0 }).toEqual({ doc, valid: !jingOutput.includes(`${doc}:`) });
    }
  });
});
