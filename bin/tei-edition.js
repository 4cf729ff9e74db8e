#!/usr/bin/env node
// Entry point of the `tei-edition` command: runs the compiled CLI and exits with its code.
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(`tei-edition: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exit(70);
  });
