#!/usr/bin/env node
// Compiles the XSLT editions to SEF (saxon-js's compiled form) beside their sources; run by `npm run build`.
'use strict';

const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** The stylesheets the render stage loads; each compiles to `<name>.sef.json` in its own folder. */
const STYLESHEETS = ['xslt/html/tei-to-html.xsl', 'xslt/html/corpus-to-html.xsl', 'xslt/text/tei-to-text.xsl'];

/**
 * Runs the xslt3 compiler (the XX compiler shipped with saxon-js) on one stylesheet. The SEF is
 * written to a temporary name and renamed only when it is complete and parses. When compilation
 * fails the previous SEF is removed too: the renderer must not go on with a stale stylesheet.
 * `-relocate:on` keeps absolute paths of this machine out of the SEF; imported modules are inlined.
 */
function compile(xslt3, source) {
  const xsl = path.join(ROOT, source);
  const sef = xsl.replace(/\.xsl$/, '.sef.json');
  const tmp = `${sef}.${process.pid}.tmp`;
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [xslt3, `-xsl:${xsl}`, `-export:${tmp}`, '-nogo', '-relocate:on'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        if (error) {
          fs.rmSync(tmp, { force: true });
          fs.rmSync(sef, { force: true });
          resolve({ source, ok: false, message: output || error.message });
          return;
        }
        try {
          JSON.parse(fs.readFileSync(tmp, 'utf8'));
          fs.renameSync(tmp, sef);
        } catch (err) {
          fs.rmSync(tmp, { force: true });
          fs.rmSync(sef, { force: true });
          resolve({ source, ok: false, message: `the compiler wrote no usable SEF (${err.message})${output ? `\n${output}` : ''}` });
          return;
        }
        const kb = Math.round(fs.statSync(sef).size / 1024);
        resolve({ source, ok: true, message: `${source} → ${path.relative(ROOT, sef)} (${kb} KB, ${Date.now() - started} ms)` });
      },
    );
  });
}

function findCompiler() {
  try {
    return require.resolve('xslt3/xslt3.js', { paths: [ROOT] });
  } catch {
    return undefined;
  }
}

async function main() {
  const xslt3 = findCompiler();
  if (!xslt3) {
    process.stderr.write(
      'compile-xslt: the XSLT compiler is missing: node_modules/xslt3 was not found.\n' +
      '  It is a devDependency of tei-edition; run `npm ci` (or `npm install`) and build again.\n',
    );
    return 1;
  }
  const missing = STYLESHEETS.filter((s) => !fs.existsSync(path.join(ROOT, s)));
  if (missing.length > 0) {
    process.stderr.write(`compile-xslt: stylesheet not found: ${missing.join(', ')} (looked under ${ROOT}).\n`);
    return 1;
  }
  const results = await Promise.all(STYLESHEETS.map((s) => compile(xslt3, s)));
  for (const r of results.filter((x) => x.ok)) process.stdout.write(`compiled ${r.message}\n`);
  const failed = results.filter((x) => !x.ok);
  for (const r of failed) {
    const detail = r.message.split('\n').map((line) => `  ${line}`).join('\n');
    process.stderr.write(
      `compile-xslt: ${r.source} did not compile; the render stage cannot use it until it does.\n${detail}\n` +
      '  Fix the stylesheet (the line numbers above are in the file named, or in an imported module)\n' +
      '  and run `npm run build` again.\n',
    );
  }
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`compile-xslt: unexpected failure: ${err.stack || err}\n`);
    process.exitCode = 1;
  },
);
