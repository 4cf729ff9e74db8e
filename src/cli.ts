#!/usr/bin/env -S node --no-regexp-tier-up
// The command line: argv → library → files, diagnostics on stderr, exit code (0 ok, 1 errors, 2 usage).
// --no-regexp-tier-up (above, and in package.json's start script): V8 first runs a regular expression in
// its bytecode interpreter and compiles it only when it is used again. The annotator's large patterns are
// slow to interpret over a whole paragraph: compiled at once, a one-document build converts in 0.2 s
// instead of 0.6 s, and a long build loses nothing. The flag must be given when node starts (set later,
// it can crash V8 on a pattern already run), and it holds for the worker threads too.
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadRegister, type Register } from './annotate';
import { buildCorpus, DEFAULT_FORMATS, findInputs, OUTPUT_FORMATS, outputClash, type OutputFormat } from './build';
import { Progress } from './progress';
import { formatDiagnostic, type Diagnostic } from './diagnostics';
import { validateDocuments } from './validate';
import { TOOL_VERSION } from './version';

/** Exit codes: the contract scripts rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: show a progress bar rather than lines. */
  isTTY?: boolean;
}

const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY };

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('tei-edition')
    .description('Turns plain-text transcripts of archival documents into TEI P5 editions, validated and rendered.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('build')
    .description('convert transcripts (files or folders of *.txt) into TEI, HTML and text editions')
    .argument('<inputs...>', 'transcript files or folders')
    .requiredOption('-o, --out <dir>', 'output folder')
    .addOption(new Option('-f, --formats <list>', `comma-separated output formats (${OUTPUT_FORMATS.join(', ')})`).default(DEFAULT_FORMATS.join(',')))
    .option('-r, --register <file>', `register of persons, organizations, places and terms (default: ${DEFAULT_REGISTER} if it exists)`)
    .option('-j, --jobs <n>', 'worker threads (default: all cores)')
    .option('--force', 'rebuild documents that are up to date')
    .option('-q, --quiet', 'print errors only')
    .action(async (inputs: string[], opts: BuildFlags) => {
      exitCode = await runBuild(inputs, opts, io);
    });

  program
    .command('validate')
    .description('validate TEI files (or folders of *.xml) against the project schema and integrity rules, or another RELAX NG schema')
    .argument('<paths...>', 'TEI files or folders')
    .option('-s, --schema <rng>', 'RELAX NG schema to use instead of the project schema')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], opts: { schema?: string; format: 'text' | 'json' }) => {
      exitCode = await runValidate(paths, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}

interface BuildFlags {
  out: string;
  formats: string;
  register?: string;
  jobs?: string;
  force?: boolean;
  quiet?: boolean;
}

const DEFAULT_REGISTER = 'input/register.json';

async function runBuild(paths: string[], opts: BuildFlags, io: Io): Promise<number> {
  const formats = parseFormats(opts.formats);
  if (typeof formats === 'string') return usage(io, formats);
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usage(io, `--jobs takes a whole number of at least 1, not "${opts.jobs}"`);
  if (opts.register && !existsSync(opts.register)) return usage(io, `no such register file: ${opts.register}`);
  const { inputs, missing } = findInputs(paths);
  if (missing.length > 0) return usage(io, `no such file or folder: ${missing.join(', ')}`);
  if (inputs.length === 0) return usage(io, `no transcripts (*.txt) in ${paths.join(', ')}`);
  const clash = outputClash(inputs);
  if (clash) return usage(io, clash);
  const register = readRegister(opts.register, io);
  if (register === null) return EXIT.failed;
  if (!outputFolderUsable(opts.out, io)) return EXIT.failed;

  const progress = new Progress(inputs.length, opts.quiet ? 'quiet' : io.isTTY ? 'bar' : 'lines', io);
  const summary = await buildCorpus(inputs, {
    out: opts.out, formats, register, jobs, force: opts.force,
    onDocument: (outcome) => {
      if ('skipped' in outcome) return progress.tick('skipped');
      progress.clear();
      report(io, outcome.diagnostics, opts.quiet);
      if (!opts.quiet && outcome.review && inputs.length <= 20) io.stderr(`${outcome.review}\n`);
      progress.tick(outcome.ok ? 'built' : 'failed');
    },
  });
  progress.stop();
  report(io, summary.diagnostics, opts.quiet);
  if (!opts.quiet) {
    io.stderr(`${summary.built} built, ${summary.skipped} up to date, ${summary.failed} failed; ` +
      `${summary.warnings} warning(s), ${summary.errors} error(s); ${(summary.ms / 1000).toFixed(1)} s → ${opts.out}\n`);
  }
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}

/** The register to use: the one named, else input/register.json if present; null when it is broken (reported). */
function readRegister(file: string | undefined, io: Io): Register | undefined | null {
  const path = file ?? (existsSync(DEFAULT_REGISTER) ? DEFAULT_REGISTER : undefined);
  if (!path) return undefined;
  const problems: Diagnostic[] = [];
  const register = loadRegister(path, problems);
  if (register) return register;
  report(io, problems, false);
  io.stderr(`tei-edition: the register ${path} has ${problems.length} error(s); nothing was built\n`);
  return null;
}

/** The output folder must be a folder we can create and write in; checked before any work. */
function outputFolderUsable(out: string, io: Io): boolean {
  try {
    mkdirSync(out, { recursive: true });
    const probe = join(out, `.tei-edition-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return true;
  } catch (err) {
    io.stderr(`${out}: error [io/output-folder]: cannot write into the output folder: ${(err as Error).message}\n` +
      '  Choose a folder you can write to (it is created if missing; it must not be a file).\n');
    return false;
  }
}

async function runValidate(paths: string[], opts: { schema?: string; format: 'text' | 'json' }, io: Io): Promise<number> {
  const { inputs: files, missing } = findInputs(paths, '.xml');
  if (missing.length > 0) return usage(io, `no such file or folder: ${missing.join(', ')}`);
  if (files.length === 0) return usage(io, `no TEI files (*.xml) in ${paths.join(', ')}`);
  if (opts.schema && !existsSync(opts.schema)) return usage(io, `no such schema file: ${opts.schema}`);
  const docs = files.map((file) => ({ file, xml: readFileSync(file, 'utf8') }));
  let diagnostics: Diagnostic[];
  try {
    // A foreign schema checks grammar only: our integrity rules are the project's, not TEI's.
    diagnostics = await validateDocuments(docs, { schema: opts.schema, integrity: !opts.schema });
  } catch (err) {
    return usage(io, `cannot use the schema ${opts.schema}: ${(err as Error).message.split('\n')[0]}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (opts.format === 'json') {
    io.stdout(JSON.stringify({ files: files.length, errors: errors.length, diagnostics }, null, 2) + '\n');
  } else {
    report(io, diagnostics, false);
    const invalid = new Set(errors.map((d) => d.file)).size;
    io.stderr(`${files.length - invalid} of ${files.length} file(s) valid; ${errors.length} error(s)\n`);
  }
  return errors.length > 0 ? EXIT.failed : EXIT.ok;
}

function parseFormats(list: string): OutputFormat[] | string {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (unknown.length > 0) return `unknown format(s) ${unknown.join(', ')}; choose from ${OUTPUT_FORMATS.join(', ')}`;
  return formats as OutputFormat[];
}

function report(io: Io, diagnostics: Diagnostic[], quiet: boolean | undefined): void {
  for (const d of diagnostics) if (!quiet || d.severity === 'error') io.stderr(formatDiagnostic(d) + '\n');
}

function usage(io: Io, message: string): number {
  io.stderr(`tei-edition: ${message}\nRun \`tei-edition --help\` for usage.\n`);
  return EXIT.usage;
}

// Run as the `tei-edition` command (package.json bin → dist/cli.js).
if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`tei-edition: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(70);
    },
  );
}
