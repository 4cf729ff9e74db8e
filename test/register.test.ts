// The register: schema errors are reported with JSON path, line and column; a valid register loads.
import { join } from 'node:path';
import { loadRegister, parseRegister } from '../src/annotate';
import type { Diagnostic } from '../src/diagnostics';

function problems(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  expect(parseRegister(text, 'r.json', out)).toBeUndefined();
  return out;
}

describe('register', () => {
  it('loads the project register', () => {
    const out: Diagnostic[] = [];
    const register = loadRegister(join(__dirname, '..', 'input', 'register.json'), out);
    expect(out).toEqual([]);
    expect(register?.persons.map((p) => p.id)).toContain('deng-xiaoping');
  });

  it('reports every schema error with its JSON path, line and column', () => {
    const found = problems('{\n  "persons": [\n    { "id": "Deng Xiaoping", "name": "Deng" },\n    { "id": "mao", "birth": "1893-13" }\n  ]\n}\n');
    expect(found.map((d) => [d.code, d.line, d.column, d.message.split(':')[0]])).toEqual([
      ['register/schema', 3, 13, '/persons/0/id'],
      ['register/schema', 4, 5, '/persons/1'],
      ['register/schema', 4, 29, '/persons/1/birth'],
    ]);
    expect(found[0]!.message).toContain('must match pattern');
  });

  it('reports a JSON syntax error with its position', () => {
    const [d] = problems('{\n  "persons": [\n    { "id": "a", }\n  ]\n}');
    expect(d).toMatchObject({ code: 'register/json', line: 3 });
  });

  it('rejects two entries with one id', () => {
    const [d] = problems('{ "persons": [{ "id": "a", "name": "A" }], "places": [{ "id": "a", "name": "B" }] }');
    expect(d).toMatchObject({ code: 'register/duplicate-id', line: 1 });
  });

  it('rejects unknown fields and authority ids of the wrong form', () => {
    const found = problems('{ "places": [{ "id": "x", "name": "X", "authority": { "wikidata": "956" }, "colour": "red" }] }');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('must NOT have additional properties "colour"'),
      expect.stringContaining('/places/0/authority/wikidata: must match pattern'),
    ]);
  });
});
