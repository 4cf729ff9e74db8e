// Unit tests for the parser: dates, citation, header blocks, opener/closer roles, rejoined paragraphs.
import { DiagnosticSink } from '../src/diagnostics';
import { parseCitation } from '../src/parse/citation';
import { readDateAt, readWholeDate } from '../src/parse/dates';
import { parseTranscript } from '../src/parse';
import { readSource } from '../src/source';

function parse(text: string) {
  const sink = new DiagnosticSink('t.txt');
  const src = readSource('t.txt', new TextEncoder().encode(text), sink);
  if (!src) throw new Error(JSON.stringify(sink.items));
  return { edition: parseTranscript(src, sink), diagnostics: sink.items };
}

describe('readDateAt', () => {
  it.each([
    ['9 April 1962', undefined, '1962-04-09', '9 April 1962'],
    ['May 8, 1962', undefined, '1962-05-08', 'May 8, 1962'],
    ['"8" May, 1962', undefined, '1962-05-08', '"8" May, 1962'],
    ['March 1,1962 was', undefined, '1962-03-01', 'March 1,1962'],
    ['March 1st', 1958, '1958-03-01', 'March 1st'],
    ['5 April.', 1962, '1962-04-05', '5 April'],
    ['February 22', 1962, '1962-02-22', 'February 22'],
    ['September 1956', undefined, '1956-09', 'September 1956'],
    ['Sept. 3, 1960', undefined, '1960-09-03', 'Sept. 3, 1960'],
  ])('%s → %s', (text, refYear, when, matched) => {
    const found = readDateAt(text, refYear);
    expect(found?.value.when).toBe(when);
    expect(found?.value.text).toBe(matched);
    expect(found?.value.inferred ?? false).toBe(/\d{4}/.test(matched) ? false : true);
  });

  it.each(['Copy No. 1', 'four days', '31 February 1962', 'Mayor Smith', 'April fools'])('%s is not a date', (text) => {
    expect(readDateAt(text, 1962)).toBeUndefined();
  });

  it('gives no @when to a day and month when no year is known', () => {
    expect(readDateAt('5 April')?.value).toEqual({ text: '5 April' });
  });

  it('reads a whole-line date only when nothing else is on the line', () => {
    expect(readWholeDate('9 April 1962.')?.when).toBe('1962-04-09');
    expect(readWholeDate('9 April 1962 in Moscow')).toBeUndefined();
  });
});

describe('parseCitation', () => {
  it('reads the Wilson Center citation into its parts', () => {
    const c = parseCitation(
      '"Record of Conversation with Zhou Enlai", October 14, 1957, Wilson Center Digital Archive, AVP RF, f. 0100, op. 50, por. 5. ' +
        'Translated by S. Radchenko. <https://digitalarchive.umd.edu/document/117845>',
    );
    expect(c).toMatchObject({
      title: 'Record of Conversation with Zhou Enlai',
      date: { when: '1957-10-14' },
      distributor: 'Wilson Center Digital Archive',
      archive: 'AVP RF, f. 0100, op. 50, por. 5',
      archiveAbbr: 'AVP RF',
      translators: ['S. Radchenko'],
      url: 'https://digitalarchive.umd.edu/document/117845',
    });
  });

  it('names each of several translators', () => {
    expect(parseCitation('"T", May 8, 1962, Wilson Center Digital Archive. Translated by Gary Goldberg and Sergey Radchenko.').translators)
      .toEqual(['Gary Goldberg', 'Sergey Radchenko']);
    expect(parseCitation('"T", May 8, 1962. Translated for CWIHP by Anna Kovalchuk, David Wolff, and Mark Doctoroff.').translators)
      .toEqual(['Anna Kovalchuk', 'David Wolff', 'Mark Doctoroff']);
  });

  it('takes no URL from a damaged address (found by the fuzz test)', () => {
    const c = parseCitation('"T", May 8, 1962, Wilson Center Digital Archive, AVP RF. <https://"8" May, 1962digitalarchive.umd.edu/document/1>');
    expect(c.url).toBeUndefined();
  });

  it('keeps a citation it cannot read as text only', () => {
    expect(parseCitation('Some other source')).toEqual({ text: 'Some other source' });
  });
});

const HEADER = `**May 8, 1962**

**A Title  
Wrapped**

**Citation:**

"A Title Wrapped", May 8, 1962, Wilson Center Digital Archive, AVP RF. Translated by Jane Doe.  
<https://digitalarchive.umd.edu/document/99>

**Summary:**

**Keywords:**

Berlin; disarmament

**Original Language:**

Russian

**Contents:**

English Translation
`;

describe('parseTranscript', () => {
  it('reads an empty Summary, keeps an unknown block with a warning, reads "English Translation"', () => {
    const { edition, diagnostics } = parse(`${HEADER}\nSECRET\n\nThe talk began at noon and lasted for an hour.\n`);
    expect(edition.header.title).toBe('A Title Wrapped');
    expect(edition.header.summary).toBeUndefined();
    expect(edition.header.extraBlocks).toEqual([expect.objectContaining({ label: 'Keywords', value: 'Berlin; disarmament' })]);
    expect(edition.header.contents).toBe('English Translation');
    expect(edition.header.language.ident).toBe('en');
    expect(edition.header.originalLanguage?.ident).toBe('ru');
    expect(edition.id).toBe('wcda-99');
    expect(diagnostics.map((d) => d.code)).toEqual(['header/unknown-label']);
  });

  it('types opener and closer lines', () => {
    const { edition } = parse(
      `${HEADER}\nFROM THE DIARY OF\n\nP.F. YUDIN  \nPeking, 14 October 1957\n\nTOP SECRET\n\nCopy No. 2\n\nRECORD OF CONVERSATION\n\n` +
        `The ambassador was received at noon by the Premier.\n\nAmbassador of the USSR in the PRC\n\nsignature  \n(P. YUDIN)\n`,
    );
    expect(edition.opener.map((l) => l.role)).toEqual(['byline', 'docAuthor', 'dateline', 'classification', 'copy', 'title']);
    expect(edition.opener[2]!.date?.when).toBe('1957-10-14');
    expect(edition.paragraphs).toHaveLength(1);
    expect(edition.closer.map((l) => l.role)).toEqual(['role', 'signatureMark', 'signatureName']);
  });

  it('rejoins a paragraph cut by a page and keeps the join', () => {
    const { edition } = parse(`${HEADER}\nThen he spoke at length about the proposal that was also being repeated in answering\n\nletters by the fraternal parties.\n\nThen he left.\n`);
    expect(edition.paragraphs).toHaveLength(2);
    expect(edition.paragraphs[0]!.content.map((n) => n.kind)).toEqual(['text', 'rejoin', 'text']);
  });

  it('does not rejoin a paragraph that ends a sentence', () => {
    const { edition } = parse(`${HEADER}\nHe spoke about the letters for an hour.\n\nletters were sent later by the parties.\n`);
    expect(edition.paragraphs).toHaveLength(2);
  });

  it.each([['1967', '1967'], ['circa 1960', '1960'], ['May 1967', '1967-05']])('reads a header dated "%s" (the archive\'s year or month alone) as the header', (date, when) => {
    const { edition, diagnostics } = parse(`${HEADER.replace('**May 8, 1962**', `**${date}**`)}\nThe delegation arrived.\n`);
    expect(edition.header.documentDate).toEqual({ text: date, when });
    expect(edition.header.title).toBe('A Title Wrapped');
    expect(edition.paragraphs.map((p) => p.content)).toEqual([[{ kind: 'text', text: 'The delegation arrived.' }]]);
    expect(diagnostics.filter((d) => d.code.startsWith('header/') && d.code !== 'header/unknown-label')).toEqual([]);
  });

  it('keeps a header whose date it cannot read, with that date as text and a warning', () => {
    const { edition, diagnostics } = parse(`${HEADER.replace('**May 8, 1962**', '**Undated, 1960s**')}\nThe delegation arrived.\n`);
    expect(edition.header.documentDate).toEqual({ text: 'Undated, 1960s' });
    expect(edition.header.title).toBe('A Title Wrapped');
    expect(edition.paragraphs).toHaveLength(1);
    expect(diagnostics.filter((d) => d.code.startsWith('header/') && d.code !== 'header/unknown-label').map((d) => d.code)).toEqual(['header/date']);
  });

  it('makes a minimal header for a body-only transcript, with a warning', () => {
    const { edition, diagnostics } = parse('MEMORANDUM\n\nThe delegation arrived in Havana on the third day of the visit.\n');
    expect(edition.header.minimal).toBe(true);
    expect(edition.header.title).toBe('MEMORANDUM');
    expect(edition.id).toBe('t.txt'.replace('.txt', ''));
    expect(diagnostics.map((d) => d.code)).toEqual(['header/missing']);
  });
});
