// saxon-js ships no type definitions: the small part of its API that tei-edition uses.
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal: unknown;
    sourceText: string;
    destination: 'serialized';
    stylesheetParams?: Record<string, unknown>;
    deliverResultDocument?: () => { destination: 'serialized' };
  }
  interface TransformResult {
    principalResult: string;
    resultDocuments?: Record<string, string>;
  }
  const SaxonJS: {
    transform(options: TransformOptions, mode: 'sync'): TransformResult;
  };
  export default SaxonJS;
}
