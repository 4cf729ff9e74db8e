// The render stage: TEI → HTML reading edition, plain-text edition and corpus page, by the XSLT 3.0 stylesheets in xslt/ (saxon-js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type SaxonJSType from 'saxon-js';

/** The editions this stage makes of one document. */
export type RenderFormat = 'html' | 'text';

/** The compiled stylesheets: one per edition format, and the corpus page. */
type Stylesheet = RenderFormat | 'corpus';

/** Compiled stylesheets (SEF), made by `npm run build` from xslt/. */
const STYLESHEETS: Record<Stylesheet, string> = {
  html: join(__dirname, '..', '..', 'xslt', 'html', 'tei-to-html.sef.json'),
  text: join(__dirname, '..', '..', 'xslt', 'text', 'tei-to-text.sef.json'),
  corpus: join(__dirname, '..', '..', 'xslt', 'html', 'corpus-to-html.sef.json'),
};

/**
 * A TEI document parsed for rendering (by `Renderer.parse`), to render in several formats without
 * parsing it again: each transform of the same tree also finds it ready, so that the second format
 * costs less than it would from the text.
 */
export class ParsedTei {
  /** @param document the document node saxon-js built; opaque outside this module. */
  constructor(readonly document: unknown) {}
}

/**
 * A part of the corpus page: the sort keys of some documents; the frame (the page without the documents'
 * items and the index entries), given the sort keys of every document as the 'order' part wrote them;
 * a slice of the documents' items; or a slice of the index entries, whose links to the documents of the
 * slice continue those of an earlier slice for the entities in `continued` (ids).
 */
export type CorpusPart =
  | { part: 'order' }
  | { part: 'frame'; orderKeys: string[] }
  | { part: 'documents' }
  | { part: 'index'; continued: string[] };

/** The namespace of the stylesheets' own names (ed:), in which the corpus parts' initial templates are. */
const XSLT_NAMESPACE = 'urn:x-tei-edition:xslt';

/** Where a transform starts when not at the document node: an initial template and its tunnel parameters. */
interface EntryPoint {
  initialTemplate?: string;
  tunnelParams?: Record<string, string[]>;
}

/** Runs one step of a job under a name, for instance to time it. */
export type Timer = <T>(step: string, run: () => T) => T;

const untimed: Timer = (_step, run) => run();

/** Loads each compiled stylesheet once and renders TEI documents with it. */
export class Renderer {
  private readonly compiled = new Map<Stylesheet, unknown>();

  /** The TEI document rendered in the given format. */
  render(tei: string | ParsedTei, format: RenderFormat): string {
    return this.transform(tei, format);
  }

  /**
   * The TEI document rendered in each of the given formats, parsed once for all of them. `timed` runs
   * each step, named 'parse-xml' or by its format, so that a caller can time them.
   */
  renderFormats<F extends RenderFormat>(tei: string | ParsedTei, formats: readonly F[], timed: Timer = untimed): Record<F, string> {
    if (formats.length === 0) return {} as Record<F, string>;
    const parsed = typeof tei === 'string' ? timed('parse-xml', () => this.parse(tei)) : tei;
    return Object.fromEntries(formats.map((format) => [format, timed(format, () => this.transform(parsed, format))])) as Record<F, string>;
  }

  /** Loads saxon-js and the stylesheets of these formats and of the corpus page now, rather than at first use. */
  preload(formats: readonly RenderFormat[]): void {
    saxon();
    for (const name of [...formats, 'corpus'] as const) this.stylesheet(name);
  }

  /** The TEI document parsed for `render` and `renderFormats`; throws on XML that is not well-formed. */
  parse(tei: string): ParsedTei {
    // parse-xml builds the same tree as a transform's own parser, synchronously (SaxonJS.getResource is asynchronous).
    return new ParsedTei(saxon().XPath.evaluate('parse-xml($tei)', null, { params: { tei } }));
  }

  /**
   * The corpus page (`index.html`) of a `teiCorpus` whose `TEI` children each carry `@n`, the base
   * name of that document's outputs, such as the build's corpus.tei.xml (the input is described
   * exactly in xslt/html/corpus-to-html.xsl).
   */
  renderCorpus(corpusTei: string): string {
    return this.transform(corpusTei, 'corpus');
  }

  /**
   * One part of the corpus page, rendered from a small teiCorpus, for `renderCorpusPage` (./corpus.ts),
   * which renders a large corpus in slices. The parts are described in xslt/html/corpus-to-html.xsl.
   */
  renderCorpusPart(corpusTei: string, part: CorpusPart): string {
    const tunnelParams: Record<string, string[]> =
      part.part === 'index' ? { continued: part.continued } : part.part === 'frame' ? { 'order-keys': part.orderKeys } : {};
    return this.transform(corpusTei, 'corpus', { initialTemplate: `Q{${XSLT_NAMESPACE}}corpus-${part.part}`, tunnelParams });
  }

  private transform(source: string | ParsedTei, stylesheet: Stylesheet, entry: EntryPoint = {}): string {
    const input = typeof source === 'string' ? { sourceText: source } : { sourceNode: source.document };
    const result = saxon().transform({ stylesheetInternal: this.stylesheet(stylesheet), ...input, ...entry, destination: 'serialized' }, 'sync');
    return result.principalResult;
  }

  private stylesheet(name: Stylesheet): unknown {
    let sef = this.compiled.get(name);
    if (sef === undefined) {
      sef = loadSef(STYLESHEETS[name]);
      this.compiled.set(name, sef);
    }
    return sef;
  }
}

let loaded: typeof SaxonJSType | undefined;

/**
 * saxon-js, loaded on first use: it takes some 65 MB in every thread that loads it, and a build's main
 * thread renders nothing while its workers build the documents.
 */
function saxon(): typeof SaxonJSType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('saxon-js') as typeof SaxonJSType;
  return loaded;
}

function loadSef(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot load the compiled stylesheet ${path} (${(err as Error).message}); run \`npm run build\` to compile xslt/`);
  }
}
