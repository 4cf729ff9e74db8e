// The render stage: TEI → HTML reading edition and plain-text edition, by the XSLT 3.0 stylesheets in xslt/ (saxon-js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SaxonJS from 'saxon-js';

/** The editions this stage makes. */
export type RenderFormat = 'html' | 'text';

/** Compiled stylesheets (SEF), made by `npm run build` from xslt/. */
const STYLESHEETS: Record<RenderFormat, string> = {
  html: join(__dirname, '..', '..', 'xslt', 'html', 'tei-to-html.sef.json'),
  text: join(__dirname, '..', '..', 'xslt', 'text', 'tei-to-text.sef.json'),
};

/** Loads each compiled stylesheet once and renders TEI documents with it. */
export class Renderer {
  private readonly compiled = new Map<RenderFormat, unknown>();

  /** The TEI document rendered in the given format. */
  render(tei: string, format: RenderFormat): string {
    const result = SaxonJS.transform({ stylesheetInternal: this.stylesheet(format), sourceText: tei, destination: 'serialized' }, 'sync');
    return result.principalResult;
  }

  private stylesheet(format: RenderFormat): unknown {
    let sef = this.compiled.get(format);
    if (sef === undefined) {
      sef = loadSef(STYLESHEETS[format]);
      this.compiled.set(format, sef);
    }
    return sef;
  }
}

function loadSef(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot load the compiled stylesheet ${path} (${(err as Error).message}); run \`npm run build\` to compile xslt/`);
  }
}
