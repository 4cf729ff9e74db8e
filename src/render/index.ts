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

/** Loads each compiled stylesheet once and renders TEI documents with it. */
export class Renderer {
  private readonly compiled = new Map<Stylesheet, unknown>();

  /** The TEI document rendered in the given format. */
  render(tei: string, format: RenderFormat): string {
    return this.transform(tei, format);
  }

  /**
   * The corpus page (`index.html`) of a `teiCorpus` whose `TEI` children each carry `@n`, the base
   * name of that document's outputs, such as the build's corpus.tei.xml (the input is described
   * exactly in xslt/html/corpus-to-html.xsl).
   */
  renderCorpus(corpusTei: string): string {
    return this.transform(corpusTei, 'corpus');
  }

  private transform(source: string, stylesheet: Stylesheet): string {
    const result = saxon().transform({ stylesheetInternal: this.stylesheet(stylesheet), sourceText: source, destination: 'serialized' }, 'sync');
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
