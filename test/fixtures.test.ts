// Golden files per scenario: TEI, HTML, text and diagnostics; each TEI valid against the project schema; no word lost.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegister } from '../src/annotate';
import { convert } from '../src/pipeline';
import { formatDiagnostic } from '../src/diagnostics';
import { Renderer } from '../src/render';
import { validateDocuments } from '../src/validate';
import { FIXTURES, golden, scenarios } from './helpers/fixtures';
import { sourceWords, teiWords } from './helpers/words';

const renderer = new Renderer();

/** A scenario's own register.json, or else the project's register (the configuration `npm start` uses). */
function registerFor(dir: string) {
  const own = join(dir, 'register.json');
  return loadRegister(existsSync(own) ? own : join(__dirname, '..', 'input', 'register.json'), [])!;
}

describe.each(scenarios())('scenario %s', (scenario) => {
  const dir = join(FIXTURES, scenario);
  const input = readFileSync(join(dir, 'input.txt'));
  const register = registerFor(dir);
  const conversion = convert(new Uint8Array(input), { file: `${scenario}/input.txt`, register });
  const tei = conversion.tei!;

  it('converts without errors', () => {
    expect(conversion.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(tei).toBeDefined();
  });

  it('matches the expected TEI, HTML, text and diagnostics', () => {
    expect(tei).toBe(golden(join(dir, 'expected.tei.xml'), tei));
    const html = renderer.render(tei, 'html');
    expect(html).toBe(golden(join(dir, 'expected.html'), html));
    const text = renderer.render(tei, 'text');
    expect(text).toBe(golden(join(dir, 'expected.txt'), text));
    const diagnostics = conversion.diagnostics.map(formatDiagnostic).join('\n') + '\n';
    expect(diagnostics).toBe(golden(join(dir, 'expected.diagnostics.txt'), diagnostics));
  });

  it('is valid against the project schema and integrity rules', async () => {
    expect(await validateDocuments([{ file: scenario, xml: tei }])).toEqual([]);
  });

  it('keeps every word of the transcription, in order', () => {
    const edition = conversion.edition!;
    const first = edition.opener[0]?.at ?? edition.paragraphs[0]!.at;
    const body = input.toString('utf8').replace(/\r\n?/g, '\n').normalize('NFC').split('\n').slice(first.line - 1).join('\n');
    expect(teiWords(tei)).toEqual(sourceWords(body));
  });

  it('is deterministic', () => {
    expect(convert(new Uint8Array(input), { file: `${scenario}/input.txt`, register }).tei).toBe(tei);
  });
});
