// The corpus page of a large corpus, rendered in slices: the documents' sort keys, the page's frame, the
// documents' items and the index, each slice a small transform of xslt/html/corpus-to-html.xsl, so that the
// memory of a transform goes with the size of a slice and not with the corpus. This module only cuts the
// input and joins the outputs: what the page shows, and in which order, the stylesheet decides.
import type { EntityType } from '../model/edition';
import type { Renderer } from '.';

/**
 * A document as the corpus page reads it: the parts of its TEI that the stylesheet looks at (XML
 * fragments as the TEI writes them), and the entities its text names.
 */
export interface DocumentOutline {
  /** The base name of the document's outputs, its @n on the page. */
  name: string;
  /** The title elements of its titleStmt. */
  titles: string;
  /** The date element of its citation (sourceDesc/bibl), or ''. */
  citationDate: string;
  /** Its profileDesc's abstract, or ''. */
  abstract: string;
  /** Its profileDesc's creation (the document's and the event's dates), or ''. */
  creation: string;
  /**
   * Whom its text names and quotes: per kind of element and pointer attribute ('persName ref', 'said who'),
   * every pointer that such elements hold ('#mao-zedong'), each once.
   */
  pointers: [element: string, pointers: string[]][];
}

/** An entry of the register that the documents share. */
export interface RegisterEntry {
  id: string;
  type: EntityType;
  /** The entry (person, org or place) as XML. */
  xml: string;
}

/**
 * The documents of a corpus, each by its position: an array, or a list that keeps them elsewhere (the
 * build keeps them in a file). The page reads each document three times, a slice at a time.
 */
export interface DocumentList {
  readonly length: number;
  at(index: number): DocumentOutline | undefined;
}

/** What the corpus page is rendered from. */
export interface CorpusPageInput {
  /** The corpus's teiHeader: it names the page and the tool. */
  teiHeader: string;
  /** The register of the corpus, one entry per id; the documents have none of their own. */
  register: RegisterEntry[];
  /** The documents, in any order. */
  documents: DocumentList;
}

/** How much the page renders at a time. */
export interface SliceSizes {
  /** Documents per transform that orders documents or renders their items. */
  documents: number;
  /**
   * Links from index entries to documents per transform of the index: its slices are runs of documents
   * that name this many entities in all (a document that names more is a slice of its own).
   */
  references: number;
}

/**
 * Slices that saxon-js renders in about 50 to 150 ms each. On 10,000 documents, slices from a tenth to
 * twice these sizes take the same time in all; smaller slices need less memory at a time.
 */
export const DEFAULT_SLICE_SIZES: SliceSizes = { documents: 250, references: 5000 };

/**
 * Where the pieces of the index wait until every slice of it is rendered: a slice renders links of many
 * entries, and the page lists them entry by entry. `put` keeps a piece of text and returns a handle,
 * `get` gives the text back.
 */
export interface PieceStore {
  put(text: string): number;
  get(handle: number): string;
}

/** A piece store in memory: as large as the index, which for thousands of documents is megabytes (the build keeps its pieces in a file). */
export function piecesInMemory(): PieceStore {
  const pieces: string[] = [];
  return { put: (text) => pieces.push(text) - 1, get: (handle) => pieces[handle]! };
}

/** How the page is cut: slice sizes (default `DEFAULT_SLICE_SIZES`), and where the index's pieces wait (default memory). */
export interface CorpusPageOptions {
  slices?: SliceSizes;
  pieces?: PieceStore;
}

const KINDS: readonly EntityType[] = ['person', 'org', 'place'];
const LISTS: Record<EntityType, string> = { person: 'listPerson', org: 'listOrg', place: 'listPlace' };

/** Where the frame leaves out a list's items, and their order (see xslt/html/corpus-to-html.xsl). */
const LIST_PLACE = /\s*<li data-ed-list="(documents|person|org|place)" data-ed-order="([0-9 ]*)"><\/li>/g;
/** A document's sort keys, as text that the frame reads back. */
const ORDER_KEYS = /<li data-ed-key="([0-9. ]*)"><\/li>/g;
/** Where the items of a slice begin and end, and where each index entry begins, the space before it kept. */
const SLICE = /<li data-ed-slice="begin"><\/li>([^]*?)\s*<li data-ed-slice="end"><\/li>/g;
const ENTRY = /\s*<li data-ed-entry="([0-9]+)"><\/li>/g;
/** Around the links of an index entry to the documents of a slice. */
const REFS_BEGIN = '<!--ed:refs-->';
const REFS_END = '<!--/ed:refs-->';

/**
 * The corpus page, in pieces to write one after the other: the same page as `Renderer.renderCorpus`
 * makes of a teiCorpus of the whole documents with the register at the corpus level (the build's
 * corpus.tei.xml). The documents are ordered by their sort keys, which the stylesheet gives a slice of
 * documents at a time; the frame is rendered from the corpus's header and register, and gives the order
 * of the index entries; then the documents' items are rendered a slice at a time, and the index in
 * slices of documents (in page order) with the entries they name, each slice adding to each of these
 * entries the links to its documents. A document is read once by each of the three.
 */
export function* renderCorpusPage(input: CorpusPageInput, renderer: Renderer, options: CorpusPageOptions = {}): Generator<string> {
  const sizes = options.slices ?? DEFAULT_SLICE_SIZES;
  checkSizes(sizes);
  const pieces = options.pieces ?? piecesInMemory();
  const register = byKind(input.register);
  const document = (i: number) => input.documents.at(i) ?? mismatch(`document ${i} of ${input.documents.length} is missing`);
  const orderKeys = sortKeys(input.documents, renderer, sizes.documents);
  const frame = renderer.renderCorpusPart(teiCorpus(input.teiHeader, register, []), { part: 'frame', orderKeys });
  const lists = [...frame.matchAll(LIST_PLACE)].map((m) => ({ start: m.index, end: m.index + m[0].length, list: m[1]!, order: positions(m[2]!) }));
  // The documents' positions in the input, in the order of the page.
  const order = ordered(lists.find((l) => l.list === 'documents')?.order ?? [], range(0, orderKeys.length), 'document');
  let index: Map<string, IndexEntry> | undefined;
  let at = 0;
  for (const list of lists) {
    yield frame.slice(at, list.start);
    if (list.list === 'documents') {
      yield* documentItems(order, document, renderer, sizes.documents);
    } else {
      index ??= renderIndex(register, order, document, renderer, sizes.references, pieces);
      for (const entry of ordered(list.order, register, 'index entry')) {
        const rendered = index.get(entry.id) ?? mismatch(`no slice of the index rendered the entry ${entry.id}`);
        for (const piece of [rendered.head, ...rendered.links, rendered.tail]) yield pieces.get(piece);
      }
    }
    at = list.end;
  }
  yield frame.slice(at);
}

/**
 * The sort keys of every document, which the stylesheet works out `size` documents at a time, so that the
 * frame orders the documents from their keys alone (strings, not a tree of thousands of documents).
 */
function sortKeys(documents: DocumentList, renderer: Renderer, size: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < documents.length; i += size) {
    const slice = range(i, Math.min(i + size, documents.length)).map((d) => outlineTei(documents.at(d)!, 'order'));
    const found = [...renderer.renderCorpusPart(teiCorpus('', [], slice), { part: 'order' }).matchAll(ORDER_KEYS)].map((m) => m[1]!);
    if (found.length !== slice.length) mismatch(`the order of ${slice.length} documents has ${found.length} keys`);
    keys.push(...found);
  }
  return keys;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function checkSizes(sizes: SliceSizes): void {
  for (const [key, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`corpus page: slice size ${key} is ${value}; expected a whole number of at least 1`);
  }
}

/** The items of the documents' list, in page order (`order`, positions of the documents). */
function* documentItems(order: number[], document: (i: number) => DocumentOutline, renderer: Renderer, size: number): Generator<string> {
  for (let i = 0; i < order.length; i += size) {
    const slice = order.slice(i, i + size).map((d) => outlineTei(document(d), 'item'));
    const items = [...renderer.renderCorpusPart(teiCorpus('', [], slice), { part: 'documents' }).matchAll(SLICE)];
    if (items.length !== 1) mismatch(`a slice of the documents' list has ${items.length} runs of items`);
    yield items[0]![1]!;
  }
}

/**
 * An index entry as the page shows it, as handles in the piece store: its start, its links (one piece
 * per slice that renders some), its end. Kept there, not in memory, since a piece is cut from the
 * whole output of a slice, which a string cut from it would keep alive.
 */
interface IndexEntry {
  head: number;
  links: number[];
  tail: number;
}

/**
 * Every entry of the register, rendered in slices: runs of documents (in page order) that name `size`
 * entities in all, with those entities; then the entities that no document names, `size` at a time.
 */
function renderIndex(register: RegisterEntry[], order: number[], document: (i: number) => DocumentOutline, renderer: Renderer, size: number, pieces: PieceStore): Map<string, IndexEntry> {
  const byId = new Map(register.map((e) => [e.id, e]));
  const index = new Map<string, IndexEntry>();
  const render = (entries: Iterable<string>, slice: DocumentOutline[]) => {
    const sliceRegister = byKind([...entries].map((id) => byId.get(id)!));
    const continued = sliceRegister.filter((e) => index.has(e.id)).map((e) => e.id);
    const html = renderer.renderCorpusPart(teiCorpus('', sliceRegister, slice.map((d) => outlineTei(d, 'reference'))), { part: 'index', continued });
    const items = entryItems(html);
    if (items.length !== sliceRegister.length) mismatch(`a slice of the index renders ${items.length} of its ${sliceRegister.length} entries`);
    for (const [position, item] of items) {
      const entry = sliceRegister[position - 1] ?? mismatch(`a slice of the index renders entry ${position} of ${sliceRegister.length}`);
      const [head, links, tail] = splitLinks(item);
      // Every entry of a slice with documents is there because one of them names it.
      if (slice.length > 0 && links === undefined) mismatch(`a slice of the index gives the entry ${entry.id} no links to the documents that name it`);
      const known = index.get(entry.id);
      if (known) known.links.push(pieces.put(links!));
      else index.set(entry.id, { head: pieces.put(head), links: links === undefined ? [] : [pieces.put(links)], tail: pieces.put(tail) });
    }
  };
  let slice: DocumentOutline[] = [];
  let named = new Set<string>();
  let links = 0;
  for (const d of order) {
    const outline = document(d);
    const ids = namedIds(outline, byId);
    if (ids.size === 0) continue;
    if (slice.length > 0 && links + ids.size > size) {
      render(named, slice);
      [slice, named, links] = [[], new Set(), 0];
    }
    slice.push(outline);
    for (const id of ids) named.add(id);
    links += ids.size;
  }
  if (slice.length > 0) render(named, slice);
  const unnamed = register.filter((e) => !index.has(e.id)).map((e) => e.id);
  for (let i = 0; i < unnamed.length; i += size) render(unnamed.slice(i, i + size), []);
  return index;
}

/** The index entries of a slice, by their position in its register, each with the space before it. */
function entryItems(html: string): [number, string][] {
  const items: [number, string][] = [];
  for (const [, run] of html.matchAll(SLICE)) {
    const marks = [...run!.matchAll(ENTRY)];
    marks.forEach((m, i) => items.push([Number(m[1]), run!.slice(m.index + m[0].length, marks[i + 1]?.index ?? run!.length)]));
  }
  return items;
}

/** An entry cut around its links: [before them, the links, after them]; an entry without links is all before. */
function splitLinks(item: string): [string, string | undefined, string] {
  const begin = item.indexOf(REFS_BEGIN);
  const end = item.lastIndexOf(REFS_END);
  if (begin < 0 || end < begin) return [item, undefined, ''];
  return [item.slice(0, begin), item.slice(begin + REFS_BEGIN.length, end), item.slice(end + REFS_END.length)];
}

/** The ids of the register's entities that a document's text names or quotes ('#id' pointers). */
function namedIds(document: DocumentOutline, register: Map<string, RegisterEntry>): Set<string> {
  const ids = new Set<string>();
  for (const [, pointers] of document.pointers) {
    for (const pointer of pointers) if (pointer.startsWith('#') && register.has(pointer.slice(1))) ids.add(pointer.slice(1));
  }
  return ids;
}

/** The things at the frame's positions (1-based) in `among`. */
function ordered<T>(order: number[], among: T[], what: string): T[] {
  return order.map((p) => {
    const found = among[p - 1];
    return found ?? mismatch(`the frame places ${what} ${p}, but its input holds ${among.length}`);
  });
}

function positions(list: string): number[] {
  return list.split(' ').filter(Boolean).map(Number);
}

/** Fails on output that the stylesheet should not have written: it and this module disagree. */
function mismatch(what: string): never {
  throw new Error(`corpus page: ${what}; xslt/html/corpus-to-html.xsl and src/render/corpus.ts disagree (is the compiled stylesheet stale? run \`npm run build\`)`);
}

/** Entries grouped by kind (persons, organizations, places), as a teiCorpus's register lists them. */
function byKind(entries: RegisterEntry[]): RegisterEntry[] {
  return KINDS.flatMap((kind) => entries.filter((e) => e.type === kind));
}

/** A teiCorpus of the given header (or none), register entries (listed by kind, see `byKind`) and TEI outlines. */
function teiCorpus(teiHeader: string, register: RegisterEntry[], documents: string[]): string {
  const lists = KINDS.map((kind) => {
    const entries = register.filter((e) => e.type === kind);
    return entries.length > 0 ? `<${LISTS[kind]}>${entries.map((e) => e.xml).join('')}</${LISTS[kind]}>` : '';
  }).join('');
  return `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${teiHeader}${lists ? `<standOff>${lists}</standOff>` : ''}\n${documents.join('')}</teiCorpus>\n`;
}

/**
 * A document as a small TEI, with what one part of the page reads: its dates, by which documents are
 * ordered ('order'); its titles and summary too, for its item in the list of documents ('item'); its
 * titles and dates and the entities its text names, for the links of the index ('reference').
 */
function outlineTei(document: DocumentOutline, view: 'order' | 'item' | 'reference'): string {
  const titleStmt = view === 'order' ? '' : `<titleStmt>${document.titles}</titleStmt>`;
  const abstract = view === 'item' ? document.abstract : '';
  const names = view === 'reference' ? document.pointers.map(([element, pointers]) => `<${element}="${pointers.join(' ')}"/>`).join('') : '';
  return `<TEI n="${escapeXml(document.name)}"><teiHeader><fileDesc>${titleStmt}<sourceDesc><bibl>${document.citationDate}</bibl></sourceDesc></fileDesc>`
    + `<profileDesc>${abstract}${document.creation}</profileDesc></teiHeader>${names ? `<text><body><p>${names}</p></body></text>` : ''}</TEI>\n`;
}

/** Text for an attribute value or content: a document's base name may hold any character that a file name may. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
