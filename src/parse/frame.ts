// Splits the document's blocks into opener lines, body paragraphs and closer lines, and types each frame line.
import type { DiagnosticSink } from '../diagnostics';
import type { DateValue, Endnote, FrameLine, Inline, LineRole, Paragraph } from '../model/edition';
import { blockText, type Block, type Line } from './blocks';
import { readDateAt, readWholeDate } from './dates';

/** The document body as the parser sees it. */
export interface Frame {
  opener: FrameLine[];
  paragraphs: Paragraph[];
  closer: FrameLine[];
  endnotes: Endnote[];
}

const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;
const FULL_STOP = /[.!?…]["'”’)\]]*$/;
const CLASSIFICATION = /^(?:(?:COMPLETELY|STRICTLY|TOP|HIGHLY)\s+)?(?:SECRET|CONFIDENTIAL)\b|^FOR OFFICIAL USE ONLY\b|^(?:SPECIAL|PARTICULAR) IMPORTANCE\b/i;
const COPY = /^Copy\s+(?:No|Nr|N|#|№)\.?\s*\S+$/i;
const NUMBER = /^(?:(?:Outgoing|Incoming|Ref\.?|Reference|Document|Telegram)\s+)?(?:No|Nr|N|№)\.?\s*[\w/.-]*\d[\w/.-]*\.?$/i;
const BYLINE = /^FROM THE (?:DIARY|JOURNAL|NOTEBOOK|NOTES|RECORDS) OF\b/i;
const SIGNATURE_MARK = /^\[?(?:signature|signed|sgd\.?|\/s\/)\]?$/i;
const NAME_IN_PARENS = /^\(([^()]+)\)$/;
/** An initialled name alone on a line, as signatures are typed: "P. YUDIN", "S.V. Chervonenko". */
const BARE_NAME = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’-]+$/u;
const PLACE_THEN_DATE = /^([A-Z][\p{L}.'’ -]{1,40}),\s+(.+)$/u;

/** Splits the blocks and rejoins paragraphs that a page break cut in the middle of a sentence. */
export function parseFrame(allBlocks: Block[], refYear: number | undefined, sink: DiagnosticSink): Frame {
  const notesAt = endnotesStart(allBlocks);
  const blocks = allBlocks.slice(0, notesAt);
  const endnotes = readEndnotes(allBlocks.slice(notesAt));
  const first = blocks.findIndex(isProse);
  if (first < 0) {
    sink.warn('body/no-paragraphs', 'no body paragraph found: every block looks like a heading line', blocks[0]?.at,
      'Body paragraphs are sentences ending in punctuation; check that the translation was exported in full.');
    return callEndnotes({ opener: frameLines(blocks, 'opener', refYear), paragraphs: [], closer: [], endnotes });
  }
  let last = blocks.length - 1;
  while (last > first && !isProse(blocks[last]!) && isFrameBlock(blocks[last]!)) last -= 1;
  return callEndnotes({
    opener: frameLines(blocks.slice(0, first), 'opener', refYear),
    paragraphs: joinParagraphs(blocks.slice(first, last + 1)),
    closer: frameLines(blocks.slice(last + 1), 'closer', refYear),
    endnotes,
  });
}

/** An endnote as the archive prints it after the document: its number in square brackets, then its text. */
const ENDNOTE = /^\[(\d{1,3})\](?=\s+\S)/;
/** A call of a note in the text: "[1]", never at the start of a line (where the note itself stands). */
const NOTE_CALL = /(?<!^)\[(\d{1,3})\]/g;

/**
 * Where the document's endnotes begin: the last block opening with "[1]" after which every block opens
 * with the next number (or continues the note before it), when the text before calls note 1; else the end.
 */
function endnotesStart(blocks: Block[]): number {
  for (let k = blocks.length - 1; k > 0; k--) {
    if (ENDNOTE.exec(blocks[k]!.lines[0]!.text)?.[1] !== '1') continue;
    let expected = 2;
    const ordered = blocks.slice(k + 1).every((b) => {
      const n = ENDNOTE.exec(b.lines[0]!.text)?.[1];
      if (n === undefined) return true;
      return Number(n) === expected++;
    });
    const called = blocks.slice(0, k).some((b) => b.lines.some((l) => /.\[1\]/.test(l.text)));
    return ordered && called ? k : blocks.length;
  }
  return blocks.length;
}

/** The endnote blocks as notes; a block that opens with no number continues the note before it. */
function readEndnotes(blocks: Block[]): Endnote[] {
  const notes: Endnote[] = [];
  for (const block of blocks) {
    const content = blockInlines(block);
    const label = ENDNOTE.exec(block.lines[0]!.text);
    const previous = notes.at(-1);
    if (label || !previous) {
      const first = content[0]!;
      if (label && first.kind === 'text') first.text = first.text.slice(label[0].length);
      notes.push({ n: label?.[1] ?? String(notes.length + 1), label: label?.[0] ?? '', content, at: block.at });
    } else {
      previous.content.push({ kind: 'lb' }, ...content);
    }
  }
  return notes;
}

/** The frame with each "[n]" that calls one of its endnotes made a note call. */
function callEndnotes(frame: Frame): Frame {
  const numbers = new Set(frame.endnotes.map((e) => e.n));
  if (numbers.size === 0) return frame;
  const call = (content: Inline[]) => content.flatMap((node) => (node.kind === 'text' ? splitCalls(node.text, numbers) : [node]));
  for (const p of frame.paragraphs) p.content = call(p.content);
  for (const item of [...frame.opener, ...frame.closer]) item.lines = item.lines.map(call);
  return frame;
}

function splitCalls(text: string, numbers: Set<string>): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(NOTE_CALL)) {
    if (!numbers.has(m[1]!)) continue;
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    out.push({ kind: 'noteRef', n: m[1]!, text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/**
 * A body paragraph: mostly lower-case words that end as a sentence, or simply long; never a
 * block whose every line is a known frame line (stamp, copy number, date, signature).
 */
function isProse(block: Block): boolean {
  if (block.lines.every((l) => isKnownFrameLine(l.text))) return false;
  const text = blockText(block);
  const words = text.split(/\s+/);
  const lower = words.filter((w) => /\p{Ll}/u.test(w)).length / words.length;
  if (lower < 0.5) return false;
  return words.length >= 15 || (words.length >= 4 && SENTENCE_END.test(text)) || (words.length >= 2 && FULL_STOP.test(text));
}

function isKnownFrameLine(text: string): boolean {
  return [CLASSIFICATION, COPY, NUMBER, BYLINE, SIGNATURE_MARK, NAME_IN_PARENS].some((re) => re.test(text)) ||
    datelineDate(text, 2000) !== undefined;
}

/** Closer blocks are short lines: roles, signature marks, names; a long block is text. */
function isFrameBlock(block: Block): boolean {
  return block.lines.every((l) => l.text.split(/\s+/).length <= 12);
}

function joinParagraphs(blocks: Block[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    const content = blockInlines(block);
    const last = paragraphs[paragraphs.length - 1];
    if (last && previous && cutByPage(previous, block)) {
      last.content.push({ kind: 'rejoin', at: block.at }, ...content);
    } else {
      paragraphs.push({ n: paragraphs.length + 1, content, at: block.at });
    }
    previous = block;
  }
  return paragraphs;
}

/** A paragraph that stops without punctuation, followed by one that starts in lower case. */
function cutByPage(before: Block, after: Block): boolean {
  return !SENTENCE_END.test(blockText(before)) && /^\p{Ll}/u.test(after.lines[0]!.text);
}

/** A block's lines as inline content: soft line ends become spaces, hard breaks `lb`. */
function blockInlines(block: Block): Inline[] {
  const out: Inline[] = [];
  block.lines.forEach((line, i) => {
    if (i > 0) out.push(block.lines[i - 1]!.hardBreak ? { kind: 'lb' } : { kind: 'text', text: ' ' });
    out.push({ kind: 'text', text: line.text });
  });
  return mergeText(out);
}

function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    const prev = out[out.length - 1];
    if (node.kind === 'text' && prev?.kind === 'text') prev.text += node.text;
    else out.push(node);
  }
  return out;
}

/** Types each line of the opener or closer, grouping consecutive title lines into one item. */
function frameLines(blocks: Block[], where: 'opener' | 'closer', refYear: number | undefined): FrameLine[] {
  const items: FrameLine[] = [];
  for (const line of blocks.flatMap((b) => b.lines)) {
    const prev = items[items.length - 1];
    const { role, date } = lineRole(line, prev?.role, where, refYear);
    const content = date ? datedLine(line.text, date) : [{ kind: 'text' as const, text: line.text }];
    if (role === 'title' && prev?.role === 'title') prev.lines.push(content);
    else items.push({ role, lines: [content], ...(date ? { date } : {}), at: line.at });
  }
  return items;
}

function lineRole(
  line: Line,
  previous: LineRole | undefined,
  where: 'opener' | 'closer',
  refYear: number | undefined,
): { role: LineRole; date?: DateValue } {
  const text = line.text;
  if (CLASSIFICATION.test(text) && text.split(/\s+/).length <= 6) return { role: 'classification' };
  if (COPY.test(text)) return { role: 'copy' };
  if (NUMBER.test(text)) return { role: 'number' };
  if (BYLINE.test(text)) return { role: 'byline' };
  if (SIGNATURE_MARK.test(text)) return { role: 'signatureMark' };
  if (NAME_IN_PARENS.test(text)) return { role: 'signatureName' };
  const date = datelineDate(text, refYear);
  if (date) return { role: 'dateline', date };
  if (previous === 'byline') return { role: 'docAuthor' };
  if (where === 'opener') return { role: 'title' };
  return { role: BARE_NAME.test(text) ? 'signatureName' : 'role' };
}

/** A dateline's text with its date marked. */
function datedLine(text: string, date: DateValue): Inline[] {
  const at = text.lastIndexOf(date.text);
  const parts: Inline[] = [];
  if (at > 0) parts.push({ kind: 'text', text: text.slice(0, at) });
  parts.push({ kind: 'date', value: date, children: [{ kind: 'text', text: date.text }] });
  if (at + date.text.length < text.length) parts.push({ kind: 'text', text: text.slice(at + date.text.length) });
  return parts;
}

/** A line that is a date, optionally after a place ("Peking, 14 October 1957"). */
function datelineDate(text: string, refYear: number | undefined): DateValue | undefined {
  const whole = readWholeDate(text, refYear);
  if (whole) return whole;
  const placed = PLACE_THEN_DATE.exec(text);
  if (!placed) return undefined;
  const found = readDateAt(placed[2]!, refYear);
  return found && /^\.?$/.test(placed[2]!.slice(found.length).trim()) ? found.value : undefined;
}
