// Splits the normalised text into blank-line separated blocks of lines, each line with its source position.
import { positionAt, type Position, type SourceText } from '../source';

/** One source line: its text without the Markdown hard-break spaces, and where it starts. */
export interface Line {
  text: string;
  /** The line ended in a Markdown hard break (two or more trailing spaces). */
  hardBreak: boolean;
  offset: number;
  at: Position;
}

/** A run of non-blank lines. */
export interface Block {
  lines: Line[];
  at: Position;
}

/** The blocks of a source, in order. */
export function splitBlocks(src: SourceText): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ lines: current, at: current[0]!.at });
    current = [];
  };
  let offset = 0;
  for (const raw of src.text.split('\n')) {
    if (raw.trim() === '') flush();
    else {
      const lead = raw.length - raw.trimStart().length;
      current.push({
        text: raw.trim(),
        hardBreak: / {2,}$/.test(raw),
        offset: offset + lead,
        at: positionAt(src, offset + lead),
      });
    }
    offset += raw.length + 1;
  }
  flush();
  return blocks;
}

/** The block's lines joined by single spaces: its text as one run. */
export function blockText(block: Block): string {
  return block.lines.map((l) => l.text).join(' ');
}
