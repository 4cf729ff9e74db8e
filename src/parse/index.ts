// The parse stage: normalised source text → edition model (header, opener, paragraphs, closer).
import type { DiagnosticSink } from '../diagnostics';
import type { DateValue, Edition, EditionHeader, FrameLine } from '../model/edition';
import type { SourceText } from '../source';
import { splitBlocks } from './blocks';
import { readDateAt, yearOf } from './dates';
import { parseFrame } from './frame';
import { parseHeader } from './header';

/** Parses a transcript in the Wilson Center export layout into the edition model. */
export function parseTranscript(src: SourceText, sink: DiagnosticSink): Edition {
  const blocks = splitBlocks(src);
  const { header, bodyStart } = parseHeader(blocks, sink);
  const frame = parseFrame(blocks.slice(bodyStart), yearOf(header.documentDate), sink);
  completeHeader(header, frame.opener, src.file);
  return { id: documentId(header, src.file), file: src.file, header, ...frame, entities: [] };
}

/** Fills what the archive header lacked from the document's own opener. */
function completeHeader(header: EditionHeader, opener: FrameLine[], file: string): void {
  const datelines = opener.filter((l) => l.role === 'dateline' && l.date?.when);
  header.documentDate ??= datelines[0]?.date;
  header.eventDate = eventDate(header, opener);
  if (!header.title) {
    const title = opener.find((l) => l.role === 'title');
    header.title = title ? title.lines.map(lineText).join(' ') : baseName(file);
  }
}

/**
 * The date of the event a record describes: a dateline after the document's title lines,
 * or a date closing the archive's title ("…, 9 April 1962"), when it differs from the document date.
 */
function eventDate(header: EditionHeader, opener: FrameLine[]): DateValue | undefined {
  const titleAt = opener.findIndex((l) => l.role === 'title');
  const afterTitle = titleAt < 0 ? undefined : opener.slice(titleAt).find((l) => l.role === 'dateline' && l.date?.when)?.date;
  const fromTitle = /,\s*([^,]+(?:,\s*\d{4})?)$/.exec(header.title)?.[1];
  const titled = fromTitle ? readDateAt(fromTitle.trim()) : undefined;
  const candidate = afterTitle ?? (titled && titled.length === fromTitle!.trim().length ? titled.value : undefined);
  return candidate && candidate.when !== header.documentDate?.when ? candidate : undefined;
}

function lineText(line: FrameLine['lines'][number]): string {
  return line.map((n) => (n.kind === 'text' ? n.text : ' ')).join('');
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
}

/** An NCName for the document: the archive record number, or else the file name. */
export function documentId(header: EditionHeader, file: string): string {
  if (header.recordId) return `wcda-${header.recordId}`;
  const slug = baseName(file).normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[A-Za-z_]/.test(slug) ? slug : `doc-${slug || 'untitled'}`;
}
