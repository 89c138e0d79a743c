#!/usr/bin/env node
// Entry for `npx dialback`: runs the compiled CLI (npm run build:cli, done by `npm run setup`).
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "node", "src", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("dialback: the CLI is not built yet; run `npm run setup` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
require(main).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
