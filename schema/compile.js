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
 * process (a one-document build waits for it). The module carries the key of what it was made from (schema,
 * ajv's options and version), so that a stale validator is never used (src/annotate/register.ts checks it).
 * The options and the key come from the compiled register module: `npm run build` runs tsc first.
 */
function compileRegisterSchema() {
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const { REGISTER_AJV_OPTIONS, registerValidatorKey } = require('../dist/annotate/register.js');
  const text = fs.readFileSync(path.join(__dirname, 'register.schema.json'), 'utf8');
  const ajv = new Ajv({ ...REGISTER_AJV_OPTIONS, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(text)));
  const out = path.join(__dirname, 'register.validate.js');
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${code}\nmodule.exports.key = ${JSON.stringify(registerValidatorKey(text))};\n`);
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
