// Positioned problem reports: stages push Diagnostics into a sink instead of throwing strings.

/** How bad a problem is: an error stops the document from being published. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem, with where it is and what to do about it. */
export interface Diagnostic {
  /** Stable rule id, e.g. `source/invalid-utf8`. */
  code: string;
  severity: Severity;
  message: string;
  /** What was expected or how to fix it. */
  note?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Collects diagnostics for one document. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file?: string) {}

  report(d: Omit<Diagnostic, 'file'> & { file?: string }): void {
    this.items.push({ ...d, file: d.file ?? this.file });
  }

  error(code: string, message: string, at?: { line: number; column: number }, note?: string): void {
    this.report({ code, severity: 'error', message, note, line: at?.line, column: at?.column });
  }

  warn(code: string, message: string, at?: { line: number; column: number }, note?: string): void {
    this.report({ code, severity: 'warning', message, note, line: at?.line, column: at?.column });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** `file:line:column: severity [code]: message (note)`, the format editors' tools jump to. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file ?? '<input>', d.line, d.column].filter((p) => p !== undefined).join(':');
  const note = d.note ? `\n  ${d.note}` : '';
  return `${place}: ${d.severity} [${d.code}]: ${d.message}${note}`;
}

/** Thrown only to abort a stage whose diagnostics are already in the sink. */
export class StageAborted extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}
