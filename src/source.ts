// Reads a transcript's bytes into normalised text (UTF-8/UTF-16, no BOM, LF, NFC) and maps offsets to lines.
import { DiagnosticSink } from './diagnostics';

/** A transcript ready for parsing, with a way back from offsets to line/column. */
export interface SourceText {
  file: string;
  text: string;
  /** Offsets at which each line starts (0-based); used for offset → line/column. */
  lineStarts: number[];
}

/** 1-based line and column of a place in the source. */
export interface Position {
  line: number;
  column: number;
}

const MAX_CONTROL_RATIO = 0.01;

/**
 * Decodes and normalises raw bytes. Returns undefined (with an error in the sink) when the
 * bytes are not a text transcript: empty, binary, or not valid UTF-8/UTF-16.
 */
export function readSource(file: string, bytes: Uint8Array, sink: DiagnosticSink): SourceText | undefined {
  const decoded = decode(bytes, sink);
  if (decoded === undefined) return undefined;
  const text = decoded.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    sink.error('source/empty', 'the transcript is empty', { line: 1, column: 1 },
      'Give a UTF-8 text file with the archive header and the translation.');
    return undefined;
  }
  const src = { file, text, lineStarts: lineStartsOf(text) };
  const control = scanControlCharacters(text);
  if (control.binary) {
    sink.error('source/binary', 'the file looks binary (NUL or many control characters)', positionAt(src, control.first!),
      'Give a plain-text transcript; binary files (PDF, Word, images) must be converted to text first.');
    return undefined;
  }
  if (control.first !== undefined) {
    // XML 1.0 cannot carry these characters at all, so they cannot be kept in the edition.
    const code = text.charCodeAt(control.first).toString(16).padStart(4, '0');
    sink.error('source/control-character', `control character U+${code} cannot be represented in XML`, positionAt(src, control.first),
      'Delete the character from the transcript (it is usually a stray page-feed or a copy-paste artefact).');
    return undefined;
  }
  return src;
}

function decode(bytes: Uint8Array, sink: DiagnosticSink): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // Text files never hold NUL bytes; without a UTF-16 BOM this is a binary file, whatever else it contains.
    sink.error('source/binary', `the file looks binary (NUL byte at byte ${nul})`, positionOfByte(bytes, start, nul),
      'Give a plain-text transcript; binary files (PDF, Word, images) must be converted to text first.');
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    sink.error('source/invalid-utf8', `the file is not valid UTF-8 (bad byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at})`,
      positionOfByte(bytes, start, at),
      'Re-save the transcript as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`).');
    return undefined;
  }
}

/** Line and column of a byte offset, counting the (leniently decoded) characters before it. */
function positionOfByte(bytes: Uint8Array, start: number, at: number): Position {
  const lines = new TextDecoder('utf-8').decode(bytes.subarray(start, at)).split(/\r\n?|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = start;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails; a cut inside a valid sequence also fails, so step back.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(start, mid + 1));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  let at = lo;
  while (at > start && (bytes[at]! & 0xc0) === 0x80) at -= 1;
  return at;
}

/** Finds characters XML forbids; a NUL or many of them mean the file is binary. */
function scanControlCharacters(text: string): { first?: number; binary: boolean } {
  let count = 0;
  let first: number | undefined;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0xfffe || c === 0xffff) {
      nul ||= c === 0;
      count += 1;
      first ??= i;
    }
  }
  return { first, binary: nul || count / text.length > MAX_CONTROL_RATIO };
}

/** Offsets at which each line of a text starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line/column of an offset in the normalised text. */
export function positionAt(src: Pick<SourceText, 'lineStarts'>, offset: number): Position {
  let lo = 0;
  let hi = src.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (src.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - src.lineStarts[lo]! + 1 };
}
