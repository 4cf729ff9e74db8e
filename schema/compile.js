#!/usr/bin/env node
// Compiles the project's schemas; run by `npm run build`. The RELAX NG schema becomes salve's JSON form beside it,
// and the register's JSON Schema becomes ajv's standalone validator (register.validate.js).
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

/**
 * The register's JSON Schema as ajv's standalone code: compiling it at run time costs some 35 ms in every
 * process (a one-document build waits for it). The module names the sha256 of the schema it was made from,
 * so that a changed schema is never checked with a stale validator (src/annotate/register.ts checks it).
 */
function compileRegisterSchema() {
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const file = path.join(__dirname, 'register.schema.json');
  const text = fs.readFileSync(file, 'utf8');
  // The options must be those of src/annotate/register.ts, which compiles the schema itself when this module is stale.
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(text)));
  const schemaSha256 = crypto.createHash('sha256').update(text).digest('hex');
  const out = path.join(__dirname, 'register.validate.js');
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${code}\nmodule.exports.schemaSha256 = ${JSON.stringify(schemaSha256)};\n`);
  fs.renameSync(tmp, out);
  console.log('compiled register.schema.json → register.validate.js');
}

(async () => {
  for (const name of SCHEMAS) await compile(name);
  compileRegisterSchema();
})().catch((err) => {
  console.error(`schema/compile.js: ${err.message}`);
  process.exit(1);
});
