// Reads the archive export's header: bold date, bold title, and the labelled blocks (Citation, Summary, ...).
import type { DiagnosticSink } from '../diagnostics';
import type { DateValue, EditionHeader, ExtraBlock, Language } from '../model/edition';
import { blockText, type Block } from './blocks';
import { parseCitation } from './citation';
import { readWholeDate } from './dates';
import { languageNamed } from './languages';

/** The header as read, and the index of the first block of the document itself. */
export interface HeaderResult {
  header: EditionHeader;
  bodyStart: number;
}

const BOLD = /^\*\*(.*?)\*\*$/s;
const LABEL = /^\*\*\s*([^*]+?)\s*:\s*\*\*$/;
const KNOWN_LABELS = ['citation', 'summary', 'original language', 'contents'] as const;
type KnownLabel = (typeof KNOWN_LABELS)[number];

/** What a Contents line looks like: "Translation - English", "English Translation", "Original Scan". */
const CONTENTS_ENTRY = /^(?:(?:Translation|Transcription|Transcript|Original)(?:\s*[-–:]\s*\w+)?|\w+\s+(?:Translation|Transcription)|Original\s+\w+)$/i;

/** Reads the header; a transcript without one gets a minimal header and a warning. */
export function parseHeader(blocks: Block[], sink: DiagnosticSink): HeaderResult {
  let i = 0;
  const boldOf = (b: Block | undefined) => (b && !LABEL.test(blockText(b)) ? BOLD.exec(blockText(b))?.[1]?.trim() : undefined);
  const header: EditionHeader = { title: '', language: ENGLISH, extraBlocks: [], minimal: false };

  const first = boldOf(blocks[0]);
  if (first === undefined) {
    sink.warn('header/missing', 'the transcript has no archive header (bold date, title, Citation...); a minimal header is made',
      blocks[0]?.at, 'Add the export header if you have it: the edition then gets its title, date, source and translator.');
    return { header: { ...header, minimal: true }, bodyStart: 0 };
  }
  const firstDate = readHeaderDate(first);
  // A first bold line that is no date the reader knows, before a bold title and the labels, is still the date line.
  const dateLine = firstDate ?? (boldOf(blocks[1]) !== undefined && LABEL.test(blockText(blocks[2] ?? blocks[1]!)) ? { text: first } : undefined);
  if (dateLine) {
    if (!firstDate) {
      sink.warn('header/date', `the header's date "${first}" is not a date the converter can read; the edition has no date of its own`,
        blocks[0]!.at, 'Write the date as the archive does ("May 8, 1962", "May 1962" or "1962").');
    }
    header.documentDate = dateLine;
    i = 1;
  }
  const title = boldOf(blocks[i]);
  if (title !== undefined) {
    header.title = title.replace(/\s+/g, ' ');
    i += 1;
  } else if (!firstDate) {
    header.title = first;
    i = 1;
  }

  const values = new Map<KnownLabel, string>();
  while (i < blocks.length) {
    const label = LABEL.exec(blockText(blocks[i]!))?.[1];
    if (label === undefined) break;
    const labelBlock = blocks[i]!;
    i += 1;
    const taken = takeValue(blocks, i, label.toLowerCase());
    i += taken.length;
    const value = taken.map(valueText).join('\n');
    const known = KNOWN_LABELS.find((k) => k === label.toLowerCase());
    if (known) values.set(known, value);
    else keepUnknown(header.extraBlocks, { label, value, at: labelBlock.at }, sink);
  }

  fillFromLabels(header, values, sink, blocks[0]!);
  return { header, bodyStart: i };
}

const ENGLISH: Language = { ident: 'en', name: 'English' };

/** "1967", "circa 1960", "c. 1960": a year alone, as the archive dates a document whose day it does not know. */
const YEAR_ALONE = /^(?:(?:circa|ca?\.)\s*)?(1[5-9]\d\d|20\d\d)$/i;

/** The date of the header's first bold line: a day, a month or a year. */
function readHeaderDate(text: string): DateValue | undefined {
  const year = YEAR_ALONE.exec(text.trim())?.[1];
  return readWholeDate(text) ?? (year ? { text, when: year } : undefined);
}

/** The blocks that make a label's value: up to the next label; Contents takes only its entry lines. */
function takeValue(blocks: Block[], start: number, label: string): Block[] {
  const taken: Block[] = [];
  for (let j = start; j < blocks.length; j++) {
    const text = blockText(blocks[j]!);
    if (LABEL.test(text)) break;
    if (label === 'contents' && !isContentsEntry(text, taken.length === 0)) break;
    taken.push(blocks[j]!);
  }
  return taken;
}

/** Contents is followed by the document itself with no label between: only entry-like lines belong to it. */
function isContentsEntry(text: string, first: boolean): boolean {
  if (CONTENTS_ENTRY.test(text)) return true;
  return first && text.split(/\s+/).length <= 5 && /[a-z]/.test(text) && readWholeDate(text) === undefined;
}

function valueText(block: Block): string {
  return block.lines.map((l) => l.text).join('\n');
}

function keepUnknown(extra: ExtraBlock[], block: ExtraBlock, sink: DiagnosticSink): void {
  extra.push(block);
  sink.warn('header/unknown-label', `unknown header block "${block.label}:" kept in the TEI header as a note`, block.at,
    'Known labels are Citation, Summary, Original Language and Contents; nothing is dropped.');
}

function fillFromLabels(header: EditionHeader, values: Map<KnownLabel, string>, sink: DiagnosticSink, first: Block): void {
  const citation = values.get('citation');
  if (citation !== undefined && citation.trim() !== '') {
    header.citation = parseCitation(citation.replace(/\n/g, ' '));
    header.recordId = /\/document\/(\d+)/.exec(header.citation.url ?? '')?.[1];
  } else {
    sink.warn('header/no-citation', 'the header has no Citation block: the edition has no source URL or translator', first.at);
  }
  const summary = values.get('summary')?.replace(/\s*\n\s*/g, ' ').trim();
  if (summary) header.summary = summary;
  const original = values.get('original language')?.trim();
  if (original) header.originalLanguage = languageNamed(original);
  const contents = values.get('contents')?.replace(/\n+/g, '; ').trim();
  if (contents) {
    header.contents = contents;
    const lang = /(?:Translation|Transcription)\s*[-–:]\s*(\w+)|(\w+)\s+Translation/i.exec(contents);
    if (lang) header.language = languageNamed(lang[1] ?? lang[2]!);
  }
  if (!header.title) header.title = header.citation?.title ?? '';
  if (!header.documentDate && header.citation?.date) header.documentDate = header.citation.date;
}
