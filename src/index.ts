// The library API: convert, validate, render and build, and the stages they are made of.
export { convert, STAGES, type Conversion, type ConvertOptions } from './pipeline';
export { annotateEdition, emptyRegister, loadRegister, parseRegister, type Register } from './annotate';
export { buildCorpus, findInputs, type BuildOptions, type BuildSummary, type DocumentOutcome, type OutputFormat } from './build';
export { validateDocuments, Validator, PROJECT_SCHEMA_PATH, type ValidateOptions } from './validate';
export { Renderer, type RenderFormat } from './render';
export { formatDiagnostic, DiagnosticSink, type Diagnostic, type Severity } from './diagnostics';
export type * from './model/edition';
