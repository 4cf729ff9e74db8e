// Property tests: conversion never throws on arbitrary text and never loses a word of it.
import fc from 'fast-check';
import { convert } from '../src/pipeline';
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

describe('convert', () => {
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
