// Build progress on the terminal: a bar with counts and ETA on a TTY, a plain line every few seconds otherwise.
import { SingleBar } from 'cli-progress';
import type { Io } from './cli';

type Mode = 'bar' | 'lines' | 'quiet';

const LINE_EVERY_MS = 5000;

/** Counts built, skipped and failed documents and shows them as the build goes. */
export class Progress {
  private readonly counts = { built: 0, skipped: 0, failed: 0 };
  private readonly bar?: SingleBar;
  private readonly started = Date.now();
  private lastLine = Date.now();

  constructor(private readonly total: number, private readonly mode: Mode, private readonly io: Io) {
    if (mode === 'bar' && total > 1) {
      this.bar = new SingleBar({
        format: 'building {bar} {value}/{total} | {built} built, {skipped} up to date, {failed} failed | ETA {eta_formatted}',
        stream: process.stderr, hideCursor: true, clearOnComplete: true,
      });
      this.bar.start(total, 0, this.counts);
    }
  }

  tick(kind: keyof Progress['counts']): void {
    this.counts[kind] += 1;
    const done = this.counts.built + this.counts.skipped + this.counts.failed;
    this.bar?.update(done, this.counts);
    if (this.mode === 'lines' && this.total > 1 && (Date.now() - this.lastLine >= LINE_EVERY_MS || done === this.total)) {
      this.lastLine = Date.now();
      const rate = done / Math.max(0.001, (Date.now() - this.started) / 1000);
      this.io.stderr(`${done}/${this.total} documents (${this.counts.built} built, ${this.counts.skipped} up to date, ${this.counts.failed} failed), ${rate.toFixed(0)}/s\n`);
    }
  }

  /** Makes room for a diagnostic above the bar. */
  clear(): void {
    if (this.bar) process.stderr.write('\r\x1b[K');
  }

  stop(): void {
    this.bar?.stop();
  }
}
