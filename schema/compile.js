#!/usr/bin/env node
// Compiles the project's RELAX NG schema to salve's JSON form beside it; run by `npm run build`.
// Converting the .rng at run time costs some 70 ms in every process (a one-document build waits for it);
// reading the compiled grammar costs under 2 ms. The JSON names the sha256 of the .rng it was made from,
// so that a changed schema is never validated against a stale grammar (src/validate/relaxng.ts checks it).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { convertRNGToPattern, writeTreeToJSON } = require('salve-annos');

const SCHEMAS = ['tei-edition.rng'];
/** The format version of salve's JSON that readTreeFromJSON reads. */
const FORMAT_VERSION = 3;

async function compile(name) {
  const rng = path.join(__dirname, name);
  const { simplified } = await convertRNGToPattern(pathToFileURL(rng));
  const out = rng.replace(/\.rng$/, '.salve.json');
  const tmp = `${out}.${process.pid}.tmp`;
  const rngSha256 = crypto.createHash('sha256').update(fs.readFileSync(rng)).digest('hex');
  fs.writeFileSync(tmp, `${JSON.stringify({ rngSha256, grammar: writeTreeToJSON(simplified, FORMAT_VERSION) })}\n`);
  fs.renameSync(tmp, out);
  console.log(`compiled ${name} → ${path.basename(out)}`);
}

(async () => {
  for (const name of SCHEMAS) await compile(name);
})().catch((err) => {
  console.error(`schema/compile.js: ${err.message}`);
  process.exit(1);
});
