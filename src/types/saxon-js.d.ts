// saxon-js ships no type definitions: the small part of its API that tei-edition uses.
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal: unknown;
    /** The source as XML text, parsed by the transform… */
    sourceText?: string;
    /** …or a document node parsed before (see XPath.evaluate with parse-xml), to share between transforms. */
    sourceNode?: unknown;
    destination: 'serialized';
    stylesheetParams?: Record<string, unknown>;
    /** A named template to start with (an EQName, "Q{uri}local"), instead of applying templates to the source. */
    initialTemplate?: string;
    /** Tunnel parameters of the initial template. */
    tunnelParams?: Record<string, unknown>;
    deliverResultDocument?: () => { destination: 'serialized' };
  }
  interface TransformResult {
    principalResult: string;
    resultDocuments?: Record<string, string>;
  }
  interface XPathOptions {
    params?: Record<string, unknown>;
  }
  const SaxonJS: {
    transform(options: TransformOptions, mode: 'sync'): TransformResult;
    XPath: {
      evaluate(expression: string, contextItem: unknown, options?: XPathOptions): unknown;
    };
  };
  export default SaxonJS;
}
