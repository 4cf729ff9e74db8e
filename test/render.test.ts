// Render stage: markup in the input stays text, the text edition keeps to 72 columns, the corpus page lists and merges.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegister } from '../src/annotate';
import { writeCorpusExport } from '../src/build/corpus';
import { type DocumentOutline, renderCorpusPage, type SliceSizes } from '../src/render/corpus';
import { convert } from '../src/pipeline';
import { Renderer } from '../src/render';
import { FIXTURES, scenarios } from './helpers/fixtures';

const renderer = new Renderer();
const ROOT = join(__dirname, '..');

function fixtureTei(scenario: string): string {
  return readFileSync(join(FIXTURES, scenario, 'expected.tei.xml'), 'utf8');
}

/** The start tags of an HTML page, their quoted attribute values blanked (the serializer escapes `<` and `>` in them). */
function startTags(html: string): string[] {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""'));
}

/** The ways a page could run a script or leave for javascript:, whatever its text says. */
function activeMarkup(html: string): string[] {
  return [
    ...(html.match(/<script/gi) ?? []),
    ...(html.match(/(?:href|src|action)\s*=\s*["']?\s*(?:javascript|data|vbscript):/gi) ?? []),
    ...startTags(html).filter((tag) => /\son[a-z]+\s*=/i.test(tag)),
    ...(html.match(/<(?:iframe|object|embed|img|link|base|form)\b/gi) ?? []),
  ];
}

/** Ids of an HTML page (the attribute as serialized; ids here never hold quotes). */
function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

describe('markup in the input renders inert', () => {
  // Every place where document text reaches the page: title, metadata, register, speech, names,
  // foreign words, choice, notes, links, and attribute values built from them.
  const hostile = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="main">Memo &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; "quotes" ]]&gt;</title></titleStmt>
      <publicationStmt><idno type="URI">javascript:alert(2)</idno></publicationStmt>
      <sourceDesc><bibl>Cited as &lt;b onclick="alert(3)"&gt;bold&lt;/b&gt; <ref target="javascript:alert(4)">here</ref></bibl></sourceDesc>
    </fileDesc>
    <profileDesc><abstract><p>Summary with &lt;script&gt;alert(5)&lt;/script&gt;</p></abstract></profileDesc>
  </teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="mallory">
        <persName type="preferred">Mallory &lt;script&gt;alert(6)&lt;/script&gt; "Q" &amp; Co</persName>
        <occupation>&lt;iframe src="https://evil.example/"&gt;</occupation>
        <idno type="wikidata">"&gt;&lt;script&gt;alert(7)&lt;/script&gt;</idno>
        <idno type="URI">https://example.org/"onmouseover="alert(8)</idno>
      </person>
    </listPerson>
  </standOff>
  <text>
    <body>
      <p n="1">He wrote <said who="#mallory">"&lt;script&gt;alert(9)&lt;/script&gt;"</said> to <persName ref="#mallory">&lt;img src=x onerror=alert(10)&gt;</persName> &amp;amp; <foreign xml:lang="x&quot; onclick=&quot;alert(11)">terme</foreign> ]]&gt; <ref target="javascript:alert(12)">link</ref><note>&lt;/style&gt;&lt;script&gt;alert(13)&lt;/script&gt;</note></p>
      <p n="2"><persName ref="javascript:alert(14)">X</persName> <choice><sic>&lt;b&gt;</sic><corr>&lt;i&gt;</corr></choice> <hi rend="x&quot; onmouseover=&quot;alert(15)">hi</hi></p>
    </body>
  </text>
</TEI>
`;
  const html = renderer.render(hostile, 'html');
  const text = renderer.render(hostile, 'text');

  it('writes no script, handler, javascript: link or embedded content', () => {
    expect(activeMarkup(html)).toEqual([]);
  });

  it('shows the markup as text, escaped', () => {
    expect(html).toContain('<title>Memo &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; "quotes" ]]&gt;</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(10)&gt;');
    expect(html).toContain('"&lt;script&gt;alert(9)&lt;/script&gt;"');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(13)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src="https://evil.example/"&gt;');
    // In attribute values the quote is escaped too, so it cannot end the value.
    expect(html).toMatch(/title="Speaker: Mallory &lt;script&gt;alert\(6\)&lt;\/script&gt; (&#34;|&quot;)Q(&#34;|&quot;) &amp; Co"/);
  });

  it('keeps the text edition literal', () => {
    expect(text).toContain('Memo <script>alert(1)</script> &amp; "quotes" ]]>');
    expect(text).toContain('"<script>alert(9)</script>"');
  });

  it('stays inert when the markup comes through the converter', () => {
    const transcript = readFileSync(join(FIXTURES, 'memo-minimal-header', 'input.txt'), 'utf8') +
      '\nThe cable read <script>alert(1)</script> & "quotes" ]]> <img src=x onerror=alert(2)> [<b>sic</b>].\n';
    const register = loadRegister(join(ROOT, 'input', 'register.json'), [])!;
    const conversion = convert(transcript, { file: 'hostile.txt', register });
    expect(conversion.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const page = renderer.render(conversion.tei!, 'html');
    expect(activeMarkup(page)).toEqual([]);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes" ]]&gt; &lt;img src=x onerror=alert(2)&gt;');
    expect(renderer.render(conversion.tei!, 'text')).toContain('<script>alert(1)</script> & "quotes" ]]>');
  });
});

describe('text edition', () => {
  it.each(scenarios())('%s has no line over 72 columns', (scenario) => {
    const text = renderer.render(fixtureTei(scenario), 'text');
    const long = text.split('\n').filter((line) => [...line].length > 72);
    expect(long).toEqual([]);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
  });
});

describe('corpus page', () => {
  const names: Record<string, string> = { 'seed-120726': '120726', 'telegram-gromyko': '111634' };

  /** A teiCorpus of the fixtures' TEI as written, each with its own register (ids repeat across documents). */
  function wrap(scenarios: string[]): string {
    const documents = scenarios.map((s) => fixtureTei(s).replace(/^<\?xml[^>]*\?>\s*(<\?xml-model[^>]*\?>\s*)?/, '').replace(/^<TEI /, `<TEI n="${names[s]}" `));
    return `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader><fileDesc><titleStmt><title>Two conversations</title></titleStmt>` +
      `<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Fixtures</p></sourceDesc></fileDesc></teiHeader>\n${documents.join('\n')}\n</teiCorpus>\n`;
  }

  /** Every `page.html#id` link of the corpus page that does not land on an element of that page. */
  function brokenCrossLinks(corpus: string, pages: Record<string, string>): string[] {
    const known = new Map(Object.entries(pages).map(([name, html]) => [`${name}.html`, ids(html)]));
    return [...corpus.matchAll(/href="([^"#]+)#([^"]+)"/g)]
      .filter(([, page, id]) => !known.get(page!)?.has(id!))
      .map(([, page, id]) => `${page}#${id}`);
  }

  const scenariosUsed = ['seed-120726', 'telegram-gromyko'];
  const pages = Object.fromEntries(scenariosUsed.map((s) => [names[s]!, renderer.render(fixtureTei(s), 'html')]));

  it('lists every document with its date, title linked to its page, and summary', () => {
    const html = renderer.renderCorpus(wrap(scenariosUsed));
    expect(html).toContain('<title>Two conversations</title>');
    const documents = html.match(/<li class="document"[\s\S]*?<\/li>/g) ?? [];
    expect(documents).toHaveLength(2);
    // In date order: the telegram (12 March 1962) before the diary (8 May 1962).
    expect(documents[0]).toContain('<a href="111634.html">Ciphered Telegram from A.A. Gromyko');
    expect(documents[0]).toContain('<time datetime="1962-03-12">12 March 1962</time>');
    expect(documents[1]).toContain('<a href="120726.html">From the Diary of S. V. Chervonenko');
    expect(documents[1]).toContain('<time datetime="1962-05-08">8 May 1962</time>');
    expect(documents[1]).toContain('<p class="doc-summary">Ambassador Chervonenko and Deng Xiaoping discuss a proposed conference of world communist leaders.</p>');
  });

  it('merges an entity named in both documents into one entry that links to each', () => {
    const html = renderer.renderCorpus(wrap(scenariosUsed));
    const entries = html.match(/<li id="gromyko-andrei"[\s\S]*?<\/li>/g) ?? [];
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toContain('<span class="entry-name">Andrei Gromyko</span>');
    // One link per document, to the entity's entry in that document's index (which lists the paragraphs).
    expect(entry).toMatch(/Named in <a class="doc-ref" href="111634\.html#gromyko-andrei"[^>]*>111634<\/a>, <a class="doc-ref" href="120726\.html#gromyko-andrei"/);
    expect(entry).not.toContain('#p1"');
    expect(brokenCrossLinks(html, pages)).toEqual([]);
  });

  it('reads the build\'s corpus.tei.xml, whose register is shared at the corpus level', () => {
    const out = mkdtempSync(join(tmpdir(), 'tei-edition-corpus-'));
    for (const s of scenariosUsed) writeFileSync(join(out, `${names[s]}.tei.xml`), fixtureTei(s));
    writeCorpusExport(out, scenariosUsed.map((s) => names[s]!), renderer);
    const corpus = readFileSync(join(out, 'corpus.tei.xml'), 'utf8');
    expect(corpus).toMatch(/<\/teiHeader>\s*<standOff>/);
    const html = renderer.renderCorpus(corpus);
    expect(html.match(/<li class="document"/g)).toHaveLength(2);
    const entry = html.match(/<li id="gromyko-andrei"[\s\S]*?<\/li>/)![0];
    expect(entry.match(/class="doc-ref"/g)).toHaveLength(2);
    expect(brokenCrossLinks(html, pages)).toEqual([]);
    // The build renders the page from an outline of each document: the same page as from the whole corpus.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(html);
  });

  it('is self-contained and links nowhere but to the documents\' pages', () => {
    const html = renderer.renderCorpus(wrap(scenariosUsed));
    expect(activeMarkup(html)).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`);
    const targets = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(targets.filter((t) => !/^(#[^#]+|(111634|120726)\.html(#.+)?)$/.test(t))).toEqual([]);
    const own = ids(html);
    expect(targets.filter((t) => t.startsWith('#') && !own.has(t.slice(1)))).toEqual([]);
  });

  it('gives no link for a document name that is not a plain file name', () => {
    const hostile = wrap(['seed-120726']).replace('<TEI n="120726"', '<TEI n="javascript:alert(1)//&quot;&gt;&lt;script&gt;"');
    const html = renderer.renderCorpus(hostile);
    expect(activeMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/href="[^"#]/);
    expect(html).toContain('From the Diary of S. V. Chervonenko');
  });
});

describe('corpus page in slices', () => {
  // The build renders its corpus page a slice at a time (src/render/corpus.ts); whatever the slice sizes,
  // the page must be the one renderCorpus makes of corpus.tei.xml in one transform.
  const out = mkdtempSync(join(tmpdir(), 'tei-edition-slices-'));
  const seed = fixtureTei('seed-120726');
  const copies: Record<string, string> = {
    // The seed's date, so that these are ordered by name, as the stylesheet compares names (not by code
    // points: 'Copy-C' comes after 'copy-b'); the names of the last four are not plain file names, so the
    // page shows them unlinked, by title: they must be escaped in XML, or are misread as a replacement
    // pattern, or are ordered differently by code points and by UTF-16 code units ('ｚ' U+FF5A, '𝔸' U+1D538).
    'copy-d': seed, 'Copy-C': seed, 'copy-b': seed, 'copy-a': seed, 'a&b "c"': seed, 'dollar-$&': seed, 'ｚ-copy': seed, '𝔸-copy': seed,
    // Without a sortable date (listed last, by name), and with a year only (before the full dates of 1962).
    'undated-2': seed.replace(/ when="/g, ' data-when="'), 'undated-1': seed.replace(/ when="/g, ' data-when="'),
    'year-only': seed.replace(/when="1962-05-08"/g, 'when="1962"'),
  };
  const names = [...scenarios().filter((s) => s !== 'invalid'), ...Object.keys(copies)];
  for (const s of scenarios().filter((s) => s !== 'invalid')) writeFileSync(join(out, `${s}.tei.xml`), fixtureTei(s));
  for (const [name, tei] of Object.entries(copies)) writeFileSync(join(out, `${name}.tei.xml`), tei);
  writeCorpusExport(out, names);
  const whole = renderer.renderCorpus(readFileSync(join(out, 'corpus.tei.xml'), 'utf8'));

  it('has what the slicing must get right: documents that tie, entities named in many documents', () => {
    const documents = [...whole.matchAll(/<span class="doc-name">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(documents.slice(-2)).toEqual(['undated-1', 'undated-2']);
    expect(documents.indexOf('year-only')).toBeLessThan(documents.indexOf('copy-a'));
    expect(documents.filter((d) => /copy|seed/i.test(d!))).toEqual(['copy-a', 'copy-b', 'Copy-C', 'copy-d', 'seed-120726']);
    expect(whole.match(/<li class="document" data-tei="TEI">/g)).toHaveLength(4);
    const links = (whole.match(/<li id=[^]*?<\/li>/g) ?? []).map((entry) => entry.match(/class="doc-ref"/g)?.length ?? 0);
    expect(Math.max(...links)).toBeGreaterThanOrEqual(12);
  });

  it.each<[string, SliceSizes | undefined]>([
    ['one document and one link a slice', { documents: 1, references: 1 }],
    ['small slices', { documents: 2, references: 7 }],
    ['uneven slices', { documents: 5, references: 40 }],
    ['the default slices', undefined],
  ])('renders the same page as one transform, in %s', (_, sizes) => {
    const spy = jest.spyOn(renderer, 'renderCorpusPart');
    try {
      writeCorpusExport(out, names, renderer, sizes);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(whole);
      if (!sizes) return;
      // Each transform holds no more than its slice.
      for (const [input, { part }] of spy.mock.calls) {
        const documents = input.split('<TEI ').slice(1);
        if (part === 'order' || part === 'documents') expect(documents.length).toBeLessThanOrEqual(sizes.documents);
        if (part === 'frame') expect(documents).toEqual([]);
        if (part === 'index' && documents.length > 1) {
          const ids = new Set([...input.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]));
          const links = documents.map((d) => new Set([...d.matchAll(/#([^\s"]+)/g)].map((m) => m[1]).filter((id) => ids.has(id))).size);
          expect(links.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(sizes.references);
        }
      }
      // Some entity's links were cut across slices.
      expect(spy.mock.calls.some(([, part]) => part.part === 'index' && part.continued.length > 0)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('renders a corpus of no documents', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tei-edition-slices-'));
    writeCorpusExport(empty, [], renderer);
    expect(readFileSync(join(empty, 'index.html'), 'utf8')).toBe(renderer.renderCorpus(readFileSync(join(empty, 'corpus.tei.xml'), 'utf8')));
  });

  it('takes its documents from an array, and lists an entity that no document names', () => {
    const date = (when: string) => `<date type="document" when="${when}">${when}</date>`;
    const doc = (name: string, when: string, refs: string): DocumentOutline => ({
      name, titles: `<title>On ${name}</title>`, citationDate: '', abstract: `<abstract><p>About ${name}.</p></abstract>`,
      creation: `<creation>${date(when)}</creation>`, pointers: refs ? [['persName ref', refs.split(' ')], ['said who', [refs.split(' ')[0]!]]] : [],
    });
    const documents = [doc('e', '1960-02', '#x #y'), doc('d', '1960-01-01', '#x'), doc('c', '1961', ''), doc('b', '1960-01-01', '#x #z #elsewhere'), doc('a', '1959', '#x #y #z')];
    const person = (id: string, name: string) => ({ id, type: 'person' as const, xml: `<person xml:id="${id}"><persName type="preferred">${name}</persName></person>` });
    const register = [person('y', 'Yvonne Young'), person('x', 'Xavier Xu'), person('z', 'Zoe Zed'), person('nobody', 'Nora Nobody')];
    const teiHeader = '<teiHeader><fileDesc><titleStmt><title>Five</title></titleStmt></fileDesc></teiHeader>';
    const tei = (d: DocumentOutline) => `<TEI n="${d.name}"><teiHeader><fileDesc><titleStmt>${d.titles}</titleStmt><sourceDesc><bibl/></sourceDesc></fileDesc>`
      + `<profileDesc>${d.abstract}${d.creation}</profileDesc></teiHeader><text><body><p>${d.pointers.map(([e, p]) => `<${e}="${p.join(' ')}"/>`).join('')}</p></body></text></TEI>`;
    const corpus = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${teiHeader}<standOff><listPerson>${register.map((e) => e.xml).join('')}</listPerson></standOff>${documents.map(tei).join('')}</teiCorpus>`;
    const page = [...renderCorpusPage({ teiHeader, register, documents }, renderer, { slices: { documents: 1, references: 1 } })].join('');
    expect(page).toBe(renderer.renderCorpus(corpus));
    expect(page).toMatch(/<li id="nobody"[^]*?<\/li>/);
  });

  it('refuses a slice size that is not a whole number of at least 1', () => {
    expect(() => writeCorpusExport(out, names, renderer, { documents: 0, references: 5 })).toThrow(/slice size documents is 0/);
  });
});
