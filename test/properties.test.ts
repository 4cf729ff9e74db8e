// Property tests: conversion never throws on arbitrary text and never loses a word of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { convert } from '../src/pipeline';
import { Validator } from '../src/validate';
import { sourceWords, teiWords } from './helpers/words';

const FRAGMENTS = [
  '**May 8, 1962**', '**Citation:**', '**Summary:**', 'COMPLETELY SECRET', 'Copy No. 1', 'signature', '(S. CHERVONENKO)',
  '"8" May, 1962', 'Deng Xiaoping stated: "We agree."', '[Dean] Rusk', 'com. A.A. Gromyko', '<script>alert(1)</script>',
  'a & b < c ]]>', 'in answering', 'letters by the CC CCP.', '"unbalanced', '[open', 'tумanno', '  ', '\n', '\n\n', '\t',
];

const transcript = fc.array(
  fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

const SEED = readFileSync(join(__dirname, '..', 'input', '120726.txt'), 'utf8');

/** The seed with random edits: fragments inserted, stretches deleted or duplicated. */
const mutatedSeed = fc
  .array(fc.tuple(fc.nat({ max: SEED.length }), fc.nat({ max: 400 }), fc.constantFrom(...FRAGMENTS, ''), fc.constantFrom('insert', 'delete', 'duplicate')), { maxLength: 8 })
  .map((edits) => edits.reduce((text, [at, length, fragment, kind]) => {
    const i = Math.min(at, text.length);
    if (kind === 'insert') return text.slice(0, i) + fragment + text.slice(i);
    if (kind === 'delete') return text.slice(0, i) + text.slice(i + length);
    return text.slice(0, i + length) + text.slice(i, i + length) + text.slice(i + length);
  }, SEED));

describe('convert', () => {
  const validator = new Validator();

  it('turns every mutated transcript into valid TEI quickly, or reports an error', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, async (text) => {
        const started = Date.now();
        const result = convert(text, { file: 'mutated.txt' });
        expect(Date.now() - started).toBeLessThan(2000);
        if (!result.tei) {
          expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }
        expect(await validator.validate([{ file: 'mutated.txt', xml: result.tei }])).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('never throws, and either reports an error or keeps every word', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const result = convert(text, { file: 'random.txt' });
        if (!result.tei) {
          expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }
        const edition = result.edition!;
        const first = edition.opener[0]?.at ?? edition.paragraphs[0]?.at;
        if (!first) return;
        const normalised = text.replace(/\r\n?/g, '\n').normalize('NFC');
        const body = normalised.split('\n').slice(first.line - 1).join('\n');
        expect(teiWords(result.tei)).toEqual(sourceWords(body));
      }),
      { numRuns: 300 },
    );
  });
});
