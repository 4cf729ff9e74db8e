// Checks that a TEI file is well-formed XML and refuses DTDs (no external entity or entity expansion is ever resolved).
import { XMLValidator } from 'fast-xml-parser';
import type { DiagnosticSink } from '../diagnostics';
import { lineStartsOf, positionAt } from '../source';

/** True when the document is well-formed and has no DOCTYPE; otherwise the sink has the error. */
export function checkWellFormed(xml: string, sink: DiagnosticSink): boolean {
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (doctype) {
    sink.error('xml/doctype', 'DOCTYPE declarations are not accepted: entities and external DTDs are never resolved',
      positionAt({ lineStarts: lineStartsOf(xml) }, doctype.index), 'TEI needs no DTD: remove the DOCTYPE and replace entity references by the characters themselves.');
    return false;
  }
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (result === true) return true;
  sink.error('xml/malformed', `not well-formed XML: ${result.err.msg}`, { line: result.err.line, column: result.err.col },
    'Fix the markup at this place (unclosed or misnested element, bad character, unquoted attribute).');
  return false;
}
