// The corpus export: corpus.tei.xml (a teiCorpus of every edition, entities in one shared list),
// corpus.register.json, and the corpus page index.html. Streams the editions from the output folder:
// memory grows with the number of distinct entities, not with the documents, whose outlines for the
// page wait in a temporary file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../model/edition';
import { REGISTER_LIST } from '../annotate/register';
import type { Renderer } from '../render';
import { type DocumentList, type DocumentOutline, escapeXml, renderCorpusPage, type SliceSizes } from '../render/corpus';
import { TOOL_ID, TOOL_NAME, TOOL_VERSION } from '../version';
import { EXTENSIONS } from './formats';
import { TemporaryPieces, writeFileAtomically, writeOutputsAtomically } from './output';

export const CORPUS_TEI = 'corpus.tei.xml';
export const CORPUS_PAGE = 'index.html';
export const CORPUS_REGISTER = 'corpus.register.json';

/** An entity as seen across the corpus: its first entry (XML), which documents name it. */
interface CorpusEntity {
  id: string;
  type: EntityType;
  xml: string;
  documents: string[];
}

/**
 * Writes the corpus export of the documents `names` (base names of editions in `out`, in input order):
 * corpus.tei.xml and corpus.register.json, and index.html when a renderer is given, rendered in slices
 * of `slices` (by default those of `renderCorpusPage`).
 */
export function writeCorpusExport(out: string, names: string[], renderer?: Renderer, slices?: SliceSizes): void {
  const page = join(out, CORPUS_PAGE);
  // The outlines wait in a file with the index's pieces, so that the page's memory does not grow with the corpus.
  const pieces = renderer ? new TemporaryPieces(page) : undefined;
  try {
    const entities = new Map<string, CorpusEntity>();
    const outlines: number[] = [];
    for (const name of names) {
      const tei = readEdition(out, name);
      for (const [id, type, xml] of standOffEntries(tei)) {
        const known = entities.get(id);
        if (known) known.documents.push(name);
        else entities.set(id, { id, type, xml: detached(xml), documents: [name] });
      }
      if (pieces) outlines.push(pieces.put(JSON.stringify(outline(tei, name))));
    }
    const sorted = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    writeFileAtomically(join(out, CORPUS_TEI), corpusTei(out, names, sorted));
    writeOutputsAtomically(out, [{ name: CORPUS_REGISTER, content: corpusRegister(sorted) }]);
    if (renderer && pieces) {
      const documents: DocumentList = {
        length: outlines.length,
        at: (i) => (i >= 0 && i < outlines.length ? (JSON.parse(pieces.get(outlines[i]!)) as DocumentOutline) : undefined),
      };
      writeFileAtomically(page, renderCorpusPage({ teiHeader: corpusTeiHeader(names.length), register: sorted, documents }, renderer, { slices, pieces }));
    }
  } finally {
    pieces?.close();
  }
}

/** corpus.tei.xml, written as it is read: an XML document may hold an xml:id once, so entries move to the corpus level. */
function* corpusTei(out: string, names: string[], entities: CorpusEntity[]): Generator<string> {
  yield corpusHeader(names.length, entities);
  for (const name of names) yield `  ${embedded(readEdition(out, name), name)}\n`;
  yield '</teiCorpus>\n';
}

/** Every entity of the corpus in the register's format, so that an editor can adopt it as the register. */
function corpusRegister(entities: CorpusEntity[]): string {
  const register: Record<string, unknown[]> = { persons: [], organizations: [], places: [] };
  for (const e of entities) {
    const name = nameOfType(e.xml, 'preferred') ?? e.id;
    const fullName = nameOfType(e.xml, 'full');
    const proposed = /^<\w+ xml:id="[^"]*" resp=/.test(e.xml);
    const documents = [...e.documents].sort();
    register[REGISTER_LIST[e.type]]!.push({
      id: e.id,
      name,
      ...(fullName ? { fullName } : {}),
      note: `${proposed ? 'Proposed by tei-edition (not in the register); named' : 'Named'} in ${documents.length} document(s): ${documents.join(', ')}.`,
    });
  }
  return `${JSON.stringify(register, null, 2)}\n`;
}

function readEdition(out: string, name: string): string {
  return readFileSync(join(out, name + EXTENSIONS.tei), 'utf8');
}

const ENTRY = /<(person|org|place) xml:id="([^"]+)"[^]*?<\/\1>/g;

/** The register entries of an edition's standOff (the writer puts each entry on its own lines). */
function standOffEntries(tei: string): [string, EntityType, string][] {
  const standOff = /<standOff>[^]*?<\/standOff>/.exec(tei)?.[0] ?? '';
  return [...standOff.matchAll(ENTRY)].map((m) => [m[2]!, m[1] as EntityType, m[0]]);
}

/** The text of an entry's name of one type (`preferred`, `full`), unescaped. */
function nameOfType(entry: string, type: string): string | undefined {
  const text = new RegExp(`<(?:persName|orgName|placeName) type="${type}">([^<]*)<`).exec(entry)?.[1];
  return text === undefined ? undefined : unescapeXml(text);
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}


/**
 * What the corpus page needs of an edition: the header's titles, dates and summary, and per kind of
 * name (and for speech) every entity the text names (quotes). The page lists documents and links each
 * index entry to the documents naming it, so the paragraphs and their text are not needed.
 */
function outline(tei: string, name: string): DocumentOutline {
  const part = (pattern: RegExp) => pattern.exec(tei)?.[0] ?? '';
  const bibl = /<sourceDesc>\s*<bibl\b[^>]*>([^]*?)<\/bibl>/.exec(tei)?.[1] ?? '';
  const text = tei.slice(tei.indexOf('<text'));
  const named = new Map<string, Set<string>>();
  const add = (element: string, pointers: string) => {
    const ids = named.get(element) ?? new Set<string>();
    for (const id of pointers.split(/\s+/)) if (id) ids.add(id);
    named.set(element, ids);
  };
  for (const m of text.matchAll(/<(persName|orgName|placeName|name|rs) ref="([^"]+)"/g)) add(`${m[1]} ref`, m[2]!);
  for (const m of text.matchAll(/<said [^>]*?who="([^"]+)"/g)) add('said who', m[1]!);
  return {
    name,
    // The page reads the titles of the titleStmt (the writer puts each title directly in it), not its respStmt.
    titles: (part(/<titleStmt>[^]*?<\/titleStmt>/).match(/<title\b[^>]*(?:\/>|>[^]*?<\/title>)/g) ?? []).join(''),
    citationDate: /<date\b[^>]*(?:\/>|>[^<]*<\/date>)/.exec(bibl)?.[0] ?? '',
    abstract: part(/<abstract>[^]*?<\/abstract>/),
    creation: part(/<creation>[^]*?<\/creation>/),
    pointers: [...named].map(([element, ids]) => [element, [...ids]]),
  };
}

/**
 * A copy of a string cut from an edition that does not keep the whole edition in memory: V8 makes a
 * substring a view into the string it was cut from, and thousands of entries would hold every edition.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function corpusHeader(count: number, entities: CorpusEntity[]): string {
  const lists = (['person', 'org', 'place'] as const).map((type) => {
    const items = entities.filter((e) => e.type === type).map((e) => e.xml);
    const list = { person: 'listPerson', org: 'listOrg', place: 'listPlace' }[type];
    return items.length ? `    <${list}>\n      ${items.join('\n      ')}\n    </${list}>\n` : '';
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
  ${corpusTeiHeader(count)}
${lists ? `  <standOff>\n${lists}  </standOff>\n` : ''}`;
}

/** The header of the corpus: its title counts the documents, its appInfo names the tool. */
function corpusTeiHeader(count: number): string {
  return `<teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Editions built by ${TOOL_NAME}: ${count} document(s)</title>
      </titleStmt>
      <publicationStmt>
        <p>Generated by ${TOOL_NAME} ${TOOL_VERSION} from the transcripts of one build; each document's header gives its source and distributor.</p>
      </publicationStmt>
      <sourceDesc>
        <p>Transcripts of archival documents; see the sourceDesc of each TEI document.</p>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <appInfo>
        <application xml:id="${TOOL_ID}" ident="${TOOL_NAME}" version="${TOOL_VERSION}">
          <label>${TOOL_NAME}</label>
        </application>
      </appInfo>
      <p>The persons, organizations and places of all documents are listed once, in the standOff below; every document points into it.</p>
    </encodingDesc>
  </teiHeader>`;
}

/** An edition as a child of the corpus: no prolog, no standOff or tool declaration of its own, its base name in @n. */
function embedded(tei: string, name: string): string {
  return tei
    .slice(tei.indexOf('<TEI '))
    .trimEnd()
    .replace(/^<TEI /, () => `<TEI n="${escapeXml(name)}" `)
    .replace(/\n  <standOff>[^]*?<\/standOff>/, '')
    .replace(/\n      <appInfo>[^]*?<\/appInfo>/, '')
    .replace(/\n/g, '\n  ');
}
