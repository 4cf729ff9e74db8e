// Render stage: markup in the input stays text, the text edition keeps to 72 columns, the corpus page lists and merges.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegister } from '../src/annotate';
import { writeCorpusExport } from '../src/build/corpus';
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
