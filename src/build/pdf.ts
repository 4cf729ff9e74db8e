// The PDF step of a build: prints the HTML editions built in this run with one headless Chromium.
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics';
import { EXTENSIONS } from './formats';

/** A document whose HTML edition is to be printed. */
export interface Printable {
  input: string;
  name: string;
  title: string;
}

/**
 * Prints each document's HTML edition to `<name>.pdf`. Without a usable Chromium it prints nothing
 * and says how to install one; the other formats are not affected.
 */
export async function printPdfs(out: string, docs: Printable[]): Promise<{ printed: string[]; diagnostics: Diagnostic[] }> {
  if (docs.length === 0) return { printed: [], diagnostics: [] };
  // playwright-core is loaded only when PDF is asked for: it would slow every other build's start.
  const { PdfPrinter } = require('../render/pdf') as typeof import('../render/pdf');
  const printer = await PdfPrinter.open();
  if ('unavailable' in printer) {
    return { printed: [], diagnostics: [{ code: 'pdf/unavailable', severity: 'warning', message: printer.unavailable, file: out }] };
  }
  const printed: string[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    for (const doc of docs) {
      try {
        await printer.print(join(out, doc.name + EXTENSIONS.html), join(out, doc.name + EXTENSIONS.pdf), doc.title);
        printed.push(doc.name);
      } catch (err) {
        diagnostics.push({ code: 'pdf/print', severity: 'error', file: doc.input, message: `cannot print the PDF edition: ${(err as Error).message.split('\n')[0]}` });
      }
    }
  } finally {
    await printer.close();
  }
  return { printed, diagnostics };
}
